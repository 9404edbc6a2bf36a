// Field-level differences between our operation and the provider's description of it: names,
// types, nullability, formats, enums, required flags, limits, patterns, closed objects, parameters,
// media types, status codes and security. Each is marked from our side:
//   stricter  we refuse something the provider's description accepts;
//   looser    we accept something it refuses;
//   extra     we declare something it does not (a field, a status code, a media type, a credential);
//   missing   it declares something we do not.
// A difference is explained when an `x-assumption` sits on the field or on its parent.
import {
  contentSchemas,
  findOperation,
  forDirection,
  inline,
  isSchema,
  type Direction,
  type Json,
  type OperationRef,
  type Schema,
} from './schema-tree.js';
import { MAX_LIMITS, MIN_LIMITS, acceptsNull, viewOf, type LimitKey, type View } from './schema-view.js';

export type Kind = 'stricter' | 'looser' | 'extra' | 'missing';

export interface Difference {
  /** Where: `request body recipient.email`, `response 200 _links.self.href`, `header Idempotency-Key`, `status 409`. */
  readonly at: string;
  /** What differs: `type`, `nullable`, `format`, `enum`, `required`, `maxLength`, `pattern`, `field`, … */
  readonly aspect: string;
  readonly kind: Kind;
  readonly ours: string;
  readonly provider: string;
  /** The x-assumption that explains it, where it sits (`field` or `parent`), shortened; undefined: unexplained. */
  readonly explainedBy: string | undefined;
}

export interface Side {
  readonly doc: Schema;
  readonly operationId: string;
}

interface Context {
  readonly out: Difference[];
  readonly direction: Direction;
}

const show = (value: unknown): string => (value === undefined ? '(none)' : JSON.stringify(value));
const shorten = (text: string): string => (text.length > 80 ? `${text.slice(0, 77)}...` : text);

/**
 * The x-assumption that explains a difference: one on the field, else one on its parent (for
 * `required` and for a field's presence, the parent's first: they are facts of the parent). Of
 * several, the first that names the field is shown.
 */
function explanation(
  field: readonly string[],
  parent: readonly string[],
  options: { name?: string; parentFirst?: boolean } = {},
): string | undefined {
  const candidates = [
    ...(options.parentFirst ? [] : field.map((text) => ['field', text] as const)),
    ...parent.map((text) => ['parent', text] as const),
    ...(options.parentFirst ? field.map((text) => ['field', text] as const) : []),
  ];
  const name = options.name;
  const naming = name === undefined ? undefined : candidates.find(([, text]) => text.includes(`\`${name}\``));
  const [where, text] = naming ?? candidates[0] ?? [];
  return text === undefined ? undefined : `${where}: ${shorten(text)}`;
}

/** Every difference between our operation and the provider's, in a stable order. */
export function compareOperations(ours: Side, provider: Side): Difference[] {
  const mine = findOperation(ours.doc, ours.operationId);
  const theirs = findOperation(provider.doc, provider.operationId);
  const out: Difference[] = [];
  const add = (difference: Omit<Difference, 'explainedBy'>, field: readonly string[], parent: readonly string[] = []) =>
    out.push({ ...difference, explainedBy: explanation(field, parent) });

  if (mine.method !== theirs.method || mine.path !== theirs.path) {
    add(
      {
        at: 'operation',
        aspect: 'method and path',
        kind: 'extra',
        ours: `${mine.method} ${mine.path}`,
        provider: `${theirs.method} ${theirs.path}`,
      },
      assumptionsOf(mine.operation),
    );
  }
  compareParameters(mine, theirs, out);
  compareBody(ours.doc, provider.doc, mine, theirs, out);
  compareResponses(ours.doc, provider.doc, mine, theirs, out);
  compareSecurity(ours.doc, provider.doc, mine, theirs, out);
  return out;
}

function assumptionsOf(node: Json | undefined): string[] {
  return isSchema(node) && typeof node['x-assumption'] === 'string' ? [node['x-assumption']] : [];
}

// ---------------------------------------------------------------------------------------------
// Parameters, request body, responses.

function parameterKey(parameter: Schema): string {
  const name = String(parameter['name']);
  return `${String(parameter['in'])} ${parameter['in'] === 'header' ? name.toLowerCase() : name}`;
}

function compareParameters(mine: OperationRef, theirs: OperationRef, out: Difference[]): void {
  const ourParameters = new Map(mine.parameters.map((parameter) => [parameterKey(parameter), parameter]));
  const theirParameters = new Map(theirs.parameters.map((parameter) => [parameterKey(parameter), parameter]));
  for (const [id, parameter] of ourParameters) {
    const at = `${String(parameter['in'])} ${String(parameter['name'])}`;
    const notes = [...assumptionsOf(parameter), ...viewOf(parameter['schema']).assumptions];
    const other = theirParameters.get(id);
    if (!other) {
      out.push({
        at,
        aspect: 'parameter',
        kind: 'extra',
        ours: 'declared',
        provider: '(none)',
        explainedBy: explanation(notes, []),
      });
      continue;
    }
    const [a, b] = [parameter['required'] === true, other['required'] === true];
    if (a !== b) {
      out.push({
        at,
        aspect: 'required',
        kind: a ? 'stricter' : 'looser',
        ours: String(a),
        provider: String(b),
        explainedBy: explanation(notes, []),
      });
    }
    compareViews(viewOf(parameter['schema']), viewOf(other['schema']), at, [], { out, direction: 'request' }, notes);
  }
  for (const [id, parameter] of theirParameters) {
    if (ourParameters.has(id)) continue;
    out.push({
      at: `${String(parameter['in'])} ${String(parameter['name'])}`,
      aspect: 'parameter',
      kind: 'missing',
      ours: '(none)',
      provider: parameter['required'] === true ? 'required' : 'optional',
      explainedBy: explanation(assumptionsOf(mine.operation), []),
    });
  }
}

function bodyHolder(doc: Schema, ref: OperationRef): Schema | undefined {
  const holder = ref.operation['requestBody'];
  const resolved = holder === undefined ? undefined : inline(doc, holder);
  return isSchema(resolved) ? resolved : undefined;
}

function compareBody(ourDoc: Schema, theirDoc: Schema, mine: OperationRef, theirs: OperationRef, out: Difference[]) {
  const [a, b] = [bodyHolder(ourDoc, mine), bodyHolder(theirDoc, theirs)];
  const notes = assumptionsOf(a);
  if ((a?.['required'] === true) !== (b?.['required'] === true)) {
    out.push({
      at: 'request body',
      aspect: 'required',
      kind: a?.['required'] === true ? 'stricter' : 'looser',
      ours: String(a?.['required'] === true),
      provider: String(b?.['required'] === true),
      explainedBy: explanation(notes, []),
    });
  }
  compareContent(
    contentSchemas(ourDoc, mine, 'body'),
    contentSchemas(theirDoc, theirs, 'body'),
    'request body',
    notes,
    {
      out,
      direction: 'request',
    },
  );
}

function responseCodes(ref: OperationRef): string[] {
  return Object.keys(isSchema(ref.operation['responses']) ? ref.operation['responses'] : {});
}

function compareResponses(
  ourDoc: Schema,
  theirDoc: Schema,
  mine: OperationRef,
  theirs: OperationRef,
  out: Difference[],
) {
  const theirCodes = responseCodes(theirs);
  const ourCodes = responseCodes(mine);
  for (const code of ourCodes) {
    const holder = inline(ourDoc, (mine.operation['responses'] as Schema)[code] ?? null);
    const notes = assumptionsOf(holder);
    if (!theirCodes.includes(code)) {
      out.push({
        at: `status ${code}`,
        aspect: 'status code',
        kind: 'extra',
        ours: 'declared',
        provider: '(none)',
        explainedBy: explanation(notes, []),
      });
      continue;
    }
    compareContent(
      contentSchemas(ourDoc, mine, code),
      contentSchemas(theirDoc, theirs, code),
      `response ${code}`,
      notes,
      {
        out,
        direction: 'response',
      },
    );
  }
  for (const code of theirCodes) {
    if (ourCodes.includes(code)) continue;
    out.push({
      at: `status ${code}`,
      aspect: 'status code',
      kind: 'missing',
      ours: '(none)',
      provider: 'declared',
      explainedBy: explanation(assumptionsOf(mine.operation), []),
    });
  }
}

function compareContent(
  mine: Map<string, Json>,
  theirs: Map<string, Json>,
  at: string,
  notes: readonly string[],
  context: Context,
) {
  for (const [media, schema] of mine) {
    const other = theirs.get(media);
    if (other === undefined) {
      context.out.push({
        at,
        aspect: 'media type',
        kind: 'extra',
        ours: media,
        provider: show([...theirs.keys()]),
        explainedBy: explanation(notes, []),
      });
      continue;
    }
    const [a, b] = [viewOf(forDirection(schema, context.direction)), viewOf(forDirection(other, context.direction))];
    compareViews(a, b, at, [], context, notes);
  }
  for (const media of theirs.keys()) {
    if (mine.has(media)) continue;
    context.out.push({
      at,
      aspect: 'media type',
      kind: 'missing',
      ours: show([...mine.keys()]),
      provider: media,
      explainedBy: explanation(notes, []),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Schemas, field by field.

/** `response 200 lines[].unitPrice`: where a field sits, for people. */
const locate = (at: string, fieldPath: readonly string[]): string =>
  fieldPath.length === 0 ? at : `${at} ${fieldPath.join('.').replaceAll('.[]', '[]')}`;

const nonNull = (types: View['types']): string[] | undefined =>
  types && [...types].filter((type) => type !== 'null').sort();

/** Types a value of `a` may have that `b` does not allow (an integer is a number). */
function typesOutside(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] {
  if (b === undefined) return [];
  if (a === undefined) return ['any'];
  return a.filter((type) => !b.includes(type) && !(type === 'integer' && b.includes('number')));
}

function compareViews(
  ours: View,
  theirs: View,
  at: string,
  fieldPath: readonly string[],
  context: Context,
  parentNotes: readonly string[],
): void {
  const where = locate(at, fieldPath);
  const notes = ours.assumptions;
  const add = (aspect: string, kind: Kind, mine: unknown, provider: unknown): void => {
    context.out.push({
      at: where,
      aspect,
      kind,
      ours: show(mine),
      provider: show(provider),
      explainedBy: explanation(notes, parentNotes),
    });
  };

  const [a, b] = [nonNull(ours.types), nonNull(theirs.types)];
  const refused = typesOutside(b, a);
  const admitted = typesOutside(a, b);
  if (refused.length > 0) add('type', 'stricter', a ?? 'any', b ?? 'any');
  if (admitted.length > 0) add('type', 'looser', a ?? 'any', b ?? 'any');
  if (acceptsNull(ours) !== acceptsNull(theirs))
    add('nullable', acceptsNull(ours) ? 'looser' : 'stricter', acceptsNull(ours), acceptsNull(theirs));
  if (ours.format !== theirs.format)
    add('format', ours.format === undefined ? 'looser' : 'stricter', ours.format, theirs.format);
  compareEnums(ours, theirs, add);
  compareLimits(ours, theirs, add);
  if (ours.patterns.join('\n') !== theirs.patterns.join('\n')) {
    add('pattern', ours.patterns.length === 0 ? 'looser' : 'stricter', ours.patterns, theirs.patterns);
  }
  if (ours.closed !== theirs.closed)
    add('additionalProperties', ours.closed ? 'stricter' : 'looser', !ours.closed, !theirs.closed);

  for (const [name, view] of ours.properties) {
    const path = [...fieldPath, name];
    const other = theirs.properties.get(name);
    const field = locate(at, path);
    const fieldNotes = view.assumptions;
    const push = (aspect: string, kind: Kind, mine: unknown, provider: unknown): void => {
      const explainedBy = explanation(fieldNotes, notes, { name, parentFirst: aspect === 'required' });
      context.out.push({ at: field, aspect, kind, ours: show(mine), provider: show(provider), explainedBy });
    };
    if (!other) {
      // An open object of the provider's admits the field without declaring it.
      push('field', 'extra', 'declared', theirs.closed ? '(refused)' : '(not declared)');
      continue;
    }
    const requiredHere = (view2: View, flag: 'required' | 'conditional') => view2[flag].has(name);
    const mineRequired = requiredHere(ours, 'required')
      ? 'required'
      : requiredHere(ours, 'conditional')
        ? 'required in some branches'
        : 'optional';
    const theirRequired = requiredHere(theirs, 'required')
      ? 'required'
      : requiredHere(theirs, 'conditional')
        ? 'required in some branches'
        : 'optional';
    if (mineRequired !== theirRequired) {
      const rank = { optional: 0, 'required in some branches': 1, required: 2 } as const;
      push('required', rank[mineRequired] > rank[theirRequired] ? 'stricter' : 'looser', mineRequired, theirRequired);
    }
    compareViews(view, other, at, path, context, notes);
  }
  for (const name of theirs.properties.keys()) {
    if (ours.properties.has(name)) continue;
    const field = locate(at, [...fieldPath, name]);
    context.out.push({
      at: field,
      aspect: 'field',
      kind: 'missing',
      ours: ours.closed ? '(refused)' : '(not declared)',
      provider: theirs.required.has(name) ? 'required' : 'optional',
      explainedBy: explanation([], notes, { name }),
    });
  }
  if (ours.items && theirs.items) compareViews(ours.items, theirs.items, at, [...fieldPath, '[]'], context, notes);
}

function compareEnums(
  ours: View,
  theirs: View,
  add: (aspect: string, kind: Kind, mine: unknown, provider: unknown) => void,
) {
  const values = (view: View) =>
    (view.enumValues ?? [])
      .filter((value) => value !== null)
      .map(String)
      .sort();
  const [a, b] = [values(ours), values(theirs)];
  const ourClosed = ours.enumValues !== undefined && !ours.enumOpen;
  const theirClosed = theirs.enumValues !== undefined && !theirs.enumOpen;
  if (ourClosed && theirClosed) {
    if (b.some((value) => !a.includes(value))) add('enum', 'stricter', a, b);
    if (a.some((value) => !b.includes(value))) add('enum', 'looser', a, b);
    return;
  }
  if (ourClosed)
    return add('enum', 'stricter', a, theirs.enumValues === undefined ? '(any value)' : `open: ${b.join(', ')}`);
  if (theirClosed)
    return add('enum', 'looser', ours.enumValues === undefined ? '(any value)' : `open: ${a.join(', ')}`, b);
  // Both open (or neither has values): the known values are documentation, still worth a line.
  if (a.some((value) => !b.includes(value))) add('enum (open) values', 'extra', a, b);
  if (b.some((value) => !a.includes(value))) add('enum (open) values', 'missing', a, b);
}

function compareLimits(
  ours: View,
  theirs: View,
  add: (aspect: string, kind: Kind, mine: unknown, provider: unknown) => void,
) {
  for (const limit of [...MIN_LIMITS, ...MAX_LIMITS] as LimitKey[]) {
    const a = effectiveLimit(ours, limit);
    const b = effectiveLimit(theirs, limit);
    if (a === b) continue;
    const isMin = (MIN_LIMITS as readonly string[]).includes(limit);
    const stricter = b === undefined ? true : a === undefined ? false : isMin ? a > b : a < b;
    add(limit, stricter ? 'stricter' : 'looser', a, b);
  }
}

/**
 * A string length limit that checks nothing more than the rest of the schema already does (a
 * closed enum, or a `minLength: 1` beside a pattern that never matches the empty string): leave it out.
 */
function effectiveLimit(view: View, limit: LimitKey): number | undefined {
  const value = view.limits[limit];
  if (value === undefined || (limit !== 'minLength' && limit !== 'maxLength')) return value;
  if (limit === 'minLength' && value <= 1 && view.patterns.some((pattern) => !new RegExp(pattern, 'u').test(''))) {
    return undefined;
  }
  if (view.enumValues === undefined || view.enumOpen) return value;
  const strings = view.enumValues.filter((item): item is string => typeof item === 'string');
  const implied = strings.every((item) =>
    limit === 'minLength' ? [...item].length >= value : [...item].length <= value,
  );
  return implied ? undefined : value;
}

// ---------------------------------------------------------------------------------------------
// Security.

interface Credential {
  readonly name: string;
  readonly signature: string;
  readonly scopes: readonly string[];
  readonly notes: readonly string[];
}

function credentials(doc: Schema, ref: OperationRef): Credential[] {
  const requirements = Array.isArray(ref.operation['security'])
    ? ref.operation['security']
    : ((doc['security'] as Json[] | undefined) ?? []);
  const schemes =
    isSchema(doc['components']) && isSchema(doc['components']['securitySchemes'])
      ? doc['components']['securitySchemes']
      : {};
  const out: Credential[] = [];
  for (const requirement of requirements.filter(isSchema)) {
    for (const [name, scopes] of Object.entries(requirement)) {
      const scheme = inline(doc, schemes[name] ?? {});
      if (!isSchema(scheme)) continue;
      const flows = isSchema(scheme['flows']) ? scheme['flows'] : {};
      const flowText = Object.entries(flows)
        .map(([flow, value]) =>
          isSchema(value)
            ? `${flow} ${String(value['authorizationUrl'] ?? '')} ${String(value['tokenUrl'] ?? '')}`.trim()
            : flow,
        )
        .sort()
        .join('; ');
      const signature = [scheme['type'], scheme['scheme'], scheme['in'], scheme['name'], flowText]
        .filter(Boolean)
        .join(' ');
      out.push({
        name,
        signature,
        scopes: Array.isArray(scopes) ? scopes.map(String).sort() : [],
        notes: assumptionsOf(scheme),
      });
    }
  }
  return out;
}

function compareSecurity(
  ourDoc: Schema,
  theirDoc: Schema,
  mine: OperationRef,
  theirs: OperationRef,
  out: Difference[],
) {
  const a = credentials(ourDoc, mine);
  const b = credentials(theirDoc, theirs);
  const matched = new Set<Credential>();
  for (const credential of a) {
    const at = `security ${credential.name}`;
    const twin = b.find(
      (other) =>
        !matched.has(other) &&
        other.signature === credential.signature &&
        show(other.scopes) === show(credential.scopes),
    );
    if (!twin) {
      out.push({
        at,
        aspect: 'credential',
        kind: 'extra',
        ours: `${credential.signature} ${show(credential.scopes)}`,
        provider: '(no such requirement)',
        explainedBy: explanation(credential.notes, []),
      });
      continue;
    }
    matched.add(twin);
    if (twin.name !== credential.name) {
      out.push({
        at,
        aspect: 'scheme name',
        kind: 'extra',
        ours: credential.name,
        provider: twin.name,
        explainedBy: explanation(credential.notes, []),
      });
    }
  }
  for (const credential of b) {
    if (matched.has(credential)) continue;
    out.push({
      at: `security ${credential.name}`,
      aspect: 'credential',
      kind: 'missing',
      ours: '(no such requirement)',
      provider: `${credential.signature} ${show(credential.scopes)}`,
      explainedBy: explanation(assumptionsOf(mine.operation), []),
    });
  }
}

/** Counts by kind, and how many are unexplained. */
export function summarize(differences: readonly Difference[]): { byKind: Record<Kind, number>; unexplained: number } {
  const byKind: Record<Kind, number> = { stricter: 0, looser: 0, extra: 0, missing: 0 };
  for (const difference of differences) byKind[difference.kind]++;
  return { byKind, unexplained: differences.filter((difference) => difference.explainedBy === undefined).length };
}
