// Compare two versions of one (dereferenced) JSON Schema, as the request or the response of an
// operation. Every keyword is either classified below or, if it changed, reported as breaking
// ("not classified"), so that an unknown kind of change can never pass as a patch.
//
// The question behind each classification is what happens to a consumer's code: a change is major
// if code that compiled against the old client can stop compiling, or behave differently, against
// the new one. Keywords that constrain the same values together (`required` and `minProperties`,
// `enum`/`const` and a `oneOf` of constants, `nullable` and `type`, `oneOf` and `anyOf` over the
// same branches) are judged together, by the set of values they accept.
//
// Rows name what users import (`Invoice.status`, `UpdateInvoiceStatusBody.note`): a schema from
// `components/schemas` by its exported type, an inline one by the operation type it is part of.
import { type Direction, type Findings, type Sense, pointer, reportUnclassified, severityOf } from './change.js';
import { componentName } from './dereference.js';
import { DOC_KEYS, type Json, asArray, isObject, sameValue, shapeOf, show, showAll } from './json.js';
import { FORMAT_EXPRESSIONS } from './format-expressions.js';
import { patternIncludes } from './pattern-inclusion.js';
import { code, items, mapValues, member, typeName } from './subjects.js';

/** Lower bounds: a higher value accepts less. For the first four, "absent" means 0. */
const LOWER_BOUNDS = ['minLength', 'minItems', 'minProperties', 'minContains', 'minimum', 'exclusiveMinimum'] as const;
const ZERO_WHEN_ABSENT = new Set(['minLength', 'minItems', 'minProperties', 'minContains']);
/** Upper bounds: a lower value accepts less. */
const UPPER_BOUNDS = ['maxLength', 'maxItems', 'maxProperties', 'maxContains', 'maximum', 'exclusiveMaximum'] as const;
const COMPOSITIONS = ['allOf', 'oneOf', 'anyOf'] as const;

/** Keywords this file classifies; any other keyword that changed is reported as breaking. */
const HANDLED = new Set<string>([
  ...DOC_KEYS,
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  ...COMPOSITIONS,
  'type',
  'nullable',
  'enum',
  'const',
  'x-extensible-enum',
  'x-id-prefix',
  'x-allowed-credentials',
  // The evidence of a rename, read by compareProperties; on its own it changes nothing.
  'x-renamed-from',
  'multipleOf',
  'pattern',
  'format',
  'uniqueItems',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'default',
  'deprecated',
]);

interface Context {
  readonly direction: Direction;
  readonly out: Findings;
  /** Pairs of nodes being compared above this one: a recursive schema stops here. */
  readonly ancestors: (readonly [unknown, unknown])[];
}

/**
 * Compare `before` with `after`, reporting into `out` with locations below `at`. `subject` is the
 * exported type the schema is (or is part of), e.g. `UpdateInvoiceStatusBody`.
 */
export function compareSchema(
  before: unknown,
  after: unknown,
  at: string,
  subject: string,
  direction: Direction,
  out: Findings,
): void {
  compare(before, after, at, subject, { direction, out, ancestors: [] });
}

function compare(rawBefore: unknown, rawAfter: unknown, at: string, outerSubject: string, context: Context): void {
  // The new side's name (a field whose schema is now inline is part of its parent's type); the
  // old one's only for what is gone.
  const named = rawAfter === undefined ? componentName(rawBefore) : componentName(rawAfter);
  const subject = named === undefined ? outerSubject : typeName(named);
  const [before, after] = flattenBoth(rawBefore, rawAfter);
  if (context.ancestors.some(([a, b]) => a === before && b === after)) return;
  if (!isObject(before) || !isObject(after)) {
    // A schema that appears or disappears (no schema accepts anything), or a boolean schema.
    if (shapeOf(before) === shapeOf(after)) return;
    const sense: Sense = before === undefined ? 'narrower' : after === undefined ? 'wider' : 'different';
    report(context, sense, at, subject, `${context.direction} schema changed from ${show(before)} to ${show(after)}`);
    return;
  }
  // `anyOf: [X, {type: 'null'}]` on one side only: compare it as X that also allows null, so
  // the report says "now nullable" rather than "anyOf added, type removed".
  const wrappedBefore = nullableWrapper(before);
  const wrappedAfter = nullableWrapper(after);
  if ((wrappedBefore === undefined) !== (wrappedAfter === undefined)) {
    return compare(wrappedBefore ?? before, wrappedAfter ?? after, at, subject, context);
  }
  context.ancestors.push([before, after]);
  try {
    compareDocumentation(before, after, at, subject, context);
    // A closed set of values on both sides (enum, const, a oneOf of constants, with or without
    // a type): compared as sets, whatever keywords spell them.
    const oldValues = finiteValues(before);
    const newValues = finiteValues(after);
    const settled = new Set<string>();
    if (oldValues !== undefined && newValues !== undefined) {
      compareValueSets(oldValues.values, newValues.values, at, subject, after, context);
      for (const keyword of [...oldValues.keywords, ...newValues.keywords]) settled.add(keyword);
    } else {
      compareTypes(before, after, at, subject, context);
      compareEnums(before, after, at, subject, context);
    }
    compareExtensibleEnums(before, after, at, subject, context);
    compareIdPrefix(before, after, at, subject, context);
    compareBounds(before, after, at, subject, context);
    compareRestrictions(before, after, at, subject, context);
    compareProperties(before, after, at, subject, context);
    compareAdditionalProperties(before, after, at, subject, context);
    compareItems(before, after, at, subject, context);
    compareCompositions(before, after, at, subject, settled, context);
    compareDefaultAndFlags(before, after, at, subject, context);
    compareUnclassified(before, after, at, subject, context);
  } finally {
    context.ancestors.pop();
  }
}

/**
 * For a schema that is exactly "a typed schema or null" (`anyOf`/`oneOf` of two branches, one of
 * them `type: 'null'`, and no type of its own), that typed schema with `null` added to its type
 * (and to its enum), the wrapper's own keywords kept. Otherwise undefined.
 */
function nullableWrapper(schema: Json): Json | undefined {
  if (schema['type'] !== undefined) return undefined;
  const keyword = (['anyOf', 'oneOf'] as const).find((key) => asArray(schema[key]).length === 2);
  if (keyword === undefined || schema[keyword === 'anyOf' ? 'oneOf' : 'anyOf'] !== undefined) return undefined;
  const branches = asArray(schema[keyword]);
  const inner = branches.find((branch) => !isNullSchema(branch));
  if (!isObject(inner) || !branches.some(isNullSchema) || typesOf(inner) === undefined) return undefined;
  const { [keyword]: _wrapped, ...own } = schema;
  const lifted: Json = { ...inner, ...own, type: [...(typesOf(inner) ?? []), 'null'] };
  if (Array.isArray(inner['enum'])) lifted['enum'] = [...inner['enum'], null];
  return lifted;
}

/** Keywords an `allOf` branch may have for the branches to be read as one object schema. */
const MERGEABLE = new Set([...DOC_KEYS, 'type', 'nullable', 'properties', 'required']);
/** Per schema with `allOf`, its flattened form (null: it cannot be flattened); kept so identity holds. */
const flattened = new WeakMap<Json, Json | null>();
/** Per flattened schema, the `allOf/<i>` each property came from, for the pointers of its rows. */
const propertyOrigins = new WeakMap<Json, ReadonlyMap<string, readonly (string | number)[]>>();

/**
 * A schema that wraps another in `allOf` to add fields (`allOf: [X, {properties: {…}}]`) accepts
 * what one object schema with all their fields accepts: read both sides that way, so that moving a
 * schema into an `allOf` reports the fields added, not "allOf added" and every field "removed".
 * Only plain branches (types, fields, required) are merged, and only if no field is declared twice;
 * otherwise, or if the other side has an `allOf` that cannot be merged, both stay as written.
 */
function flattenBoth(before: unknown, after: unknown): [unknown, unknown] {
  const flatBefore = isObject(before) ? flattenAllOf(before) : before;
  const flatAfter = isObject(after) ? flattenAllOf(after) : after;
  const stuck = (raw: unknown, flat: unknown): boolean => isObject(raw) && raw === flat && raw['allOf'] !== undefined;
  if (stuck(before, flatBefore) || stuck(after, flatAfter)) return [before, after];
  return [flatBefore, flatAfter];
}

function flattenAllOf(schema: Json): Json {
  if (asArray(schema['allOf']).length === 0) return schema;
  const known = flattened.get(schema);
  if (known !== undefined) return known ?? schema;
  flattened.set(schema, null);
  const { allOf, ...own } = schema;
  const parts: [Json, (string | number)[]][] = [[own, []]];
  for (const [index, branch] of asArray(allOf).entries()) {
    if (!isObject(branch)) return schema;
    const flat = flattenAllOf(branch);
    if (flat['allOf'] !== undefined) return schema;
    parts.push([flat, ['allOf', index]]);
  }
  const result: Json = {};
  const properties: Json = {};
  const origins = new Map<string, readonly (string | number)[]>();
  const required = new Set<unknown>();
  let types: string[] | undefined;
  for (const [part, path] of parts) {
    if (Object.keys(part).some((key) => !MERGEABLE.has(key))) return schema;
    for (const key of DOC_KEYS) if (part[key] !== undefined && result[key] === undefined) result[key] = part[key];
    const partTypes = typesOf(part);
    if (partTypes !== undefined) {
      types =
        types === undefined
          ? partTypes
          : types
              .filter((type) => covered(type, partTypes))
              .concat(partTypes.filter((type) => type === 'integer' && types!.includes('number')));
    }
    for (const [name, property] of Object.entries(isObject(part['properties']) ? part['properties'] : {})) {
      if (name in properties) return schema;
      properties[name] = property;
      origins.set(name, [...path, ...(propertyOrigins.get(part)?.get(name) ?? [])]);
    }
    for (const name of asArray(part['required'])) required.add(name);
  }
  if (types !== undefined) result['type'] = [...new Set(types)];
  if (Object.keys(properties).length > 0) result['properties'] = properties;
  if (required.size > 0) result['required'] = [...required];
  propertyOrigins.set(result, origins);
  flattened.set(schema, result);
  return result;
}

/** Where a property of `schema` is written: `…/allOf/1/properties/name` for a flattened one. */
function propertyPointer(schema: Json, at: string, name: string): string {
  return pointer(at, ...(propertyOrigins.get(schema)?.get(name) ?? []), 'properties', name);
}

/** A row about `subject`: `` `Invoice.status`: response value now nullable ``. */
function report(context: Context, sense: Sense, at: string, subject: string, message: string): void {
  context.out.add(severityOf(context.direction, sense), at, `${code(subject)}: ${message}`);
}

/**
 * A keyword only the validator reads: limits, `pattern`, `format`, `multipleOf`, `uniqueItems` leave
 * the TypeScript types as they are (an `x-id-prefix`, which does change them, is compared on its
 * own). In a response, a change to them only changes what `validateResponses`, which is opt-in,
 * refuses: code that compiled still compiles, and the responses the provider now describes are
 * accepted, so it is minor, not major as a wider response type would be. In a request the one
 * rule holds: refusing a value that was sent before is breaking.
 */
function reportCheck(context: Context, sense: Sense, at: string, subject: string, message: string): void {
  if (context.direction === 'response') context.out.add('minor', at, `${code(subject)}: ${message}`);
  else report(context, sense, at, subject, message);
}

function compareDocumentation(before: Json, after: Json, at: string, subject: string, context: Context): void {
  for (const key of DOC_KEYS) {
    if (!sameValue(before[key], after[key])) {
      const what = before[key] === undefined ? 'added' : after[key] === undefined ? 'removed' : 'changed';
      context.out.add('patch', pointer(at, key), `${code(subject)}: \`${key}\` ${what}`);
    }
  }
}

/** The JSON types a schema allows, or undefined for "any". `nullable: true` (OpenAPI 3.0) adds null. */
function typesOf(schema: Json): string[] | undefined {
  const declared =
    typeof schema['type'] === 'string'
      ? [schema['type']]
      : Array.isArray(schema['type'])
        ? schema['type'].filter((type): type is string => typeof type === 'string')
        : undefined;
  if (declared === undefined) return undefined;
  return schema['nullable'] === true && !declared.includes('null') ? [...declared, 'null'] : declared;
}

/** Whether `type` is allowed by `types` (an integer is a number). */
function covered(type: string, types: readonly string[]): boolean {
  return types.includes(type) || (type === 'integer' && types.includes('number'));
}

/** The TypeScript side of a JSON type: `integer` and `number` are both `number`. */
function tsTypes(types: readonly string[]): Set<string> {
  return new Set(types.map((type) => (type === 'integer' ? 'number' : type)));
}

function compareTypes(before: Json, after: Json, at: string, subject: string, context: Context): void {
  const old = typesOf(before);
  const now = typesOf(after);
  const where = pointer(at, 'type');
  const { direction } = context;
  if (old === undefined && now === undefined) return;
  if (old === undefined)
    return report(context, 'narrower', where, subject, `${direction} type restricted to ${showAll(now ?? [])}`);
  if (now === undefined)
    return report(context, 'wider', where, subject, `${direction} type restriction ${showAll(old)} removed`);
  const oldInNow = old.every((type) => covered(type, now));
  const nowInOld = now.every((type) => covered(type, old));
  if (oldInNow && nowInOld) return;
  const added = now.filter((type) => !old.includes(type));
  const removed = old.filter((type) => !now.includes(type));
  // `integer` ↔ `number` only: the TypeScript type stays `number`; only the validator changes.
  const oldTs = tsTypes(old);
  const nowTs = tsTypes(now);
  const sameTs = oldTs.size === nowTs.size && [...oldTs].every((type) => nowTs.has(type));
  if (oldInNow) {
    const message = sameList(added, ['null'])
      ? `${direction} value now nullable`
      : `${direction} type widened from ${showAll(old)} to ${showAll(now)}`;
    return sameTs
      ? reportCheck(context, 'wider', where, subject, message)
      : report(context, 'wider', where, subject, message);
  }
  if (nowInOld) {
    if (sameTs) {
      return reportCheck(
        context,
        'narrower',
        where,
        subject,
        `${direction} type narrowed from ${showAll(old)} to ${showAll(now)}`,
      );
    }
    if (sameList(removed, ['null'])) {
      // Comparing with null still compiles; the value is simply never null now.
      return report(context, 'narrower', where, subject, `${direction} value no longer nullable`);
    }
    const gone = [...oldTs].filter((type) => !nowTs.has(type) && type !== 'null');
    const message = `${direction} type narrowed from ${showAll(old)} to ${showAll(now)}`;
    if (direction === 'response') {
      // `if (value === 5)` on a value that can no longer be a number stops compiling (TS2367).
      return context.out.add(
        'major',
        where,
        `${code(subject)}: ${message}; code comparing it with a ${gone.join(' or ')} stops compiling`,
      );
    }
    return report(context, 'narrower', where, subject, message);
  }
  report(context, 'different', where, subject, `${direction} type changed from ${showAll(old)} to ${showAll(now)}`);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** The closed list of values a schema allows (`const` is a list of one), or undefined. */
function enumOf(schema: Json): unknown[] | undefined {
  if ('const' in schema) return [schema['const']];
  return Array.isArray(schema['enum']) ? schema['enum'] : undefined;
}

/**
 * The closed set of values a schema accepts, and the keywords that spell it, where it is one:
 * `enum`/`const` (with `nullable: true` adding null, as openapi-typescript reads it), or a
 * `oneOf`/`anyOf` whose branches are each only such a set. A `type` next to an enum only repeats it.
 */
function finiteValues(schema: Json): { values: unknown[]; keywords: string[] } | undefined {
  const own = enumOf(schema);
  if (own !== undefined) {
    const values = schema['nullable'] === true && !own.includes(null) ? [...own, null] : own;
    return { values, keywords: ['enum', 'const', 'type', 'nullable'] };
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = asArray(schema[keyword]);
    if (
      branches.length === 0 ||
      Object.keys(schema).some((key) => !DOC_KEYS.has(key) && key !== keyword && key !== 'type')
    )
      continue;
    const values: unknown[] = [];
    for (const branch of branches) {
      if (!isObject(branch)) return undefined;
      if (Object.keys(branch).some((key) => !DOC_KEYS.has(key) && !['enum', 'const', 'type'].includes(key)))
        return undefined;
      const branchValues = enumOf(branch);
      if (branchValues === undefined) return undefined;
      values.push(...branchValues);
    }
    return { values, keywords: [keyword, 'type'] };
  }
  return undefined;
}

function compareEnums(before: Json, after: Json, at: string, subject: string, context: Context): void {
  const old = enumOf(before);
  const now = enumOf(after);
  if (old === undefined && now === undefined) return;
  const where = pointer(at, 'enum' in after || !('const' in after) ? 'enum' : 'const');
  const { direction } = context;
  if (old === undefined)
    return report(context, 'narrower', where, subject, `${direction} values limited to ${showAll(now ?? [])}`);
  if (now === undefined)
    return report(context, 'wider', where, subject, `${direction} values no longer limited to ${showAll(old)}`);
  compareValueSets(old, now, at, subject, after, context);
}

/** Two closed sets of values. A value removed from a response breaks code that names it. */
function compareValueSets(
  old: readonly unknown[],
  now: readonly unknown[],
  at: string,
  subject: string,
  after: Json,
  context: Context,
): void {
  const where = pointer(
    at,
    'enum' in after ? 'enum' : 'const' in after ? 'const' : asArray(after['oneOf']).length > 0 ? 'oneOf' : 'anyOf',
  );
  const added = now.filter((value) => !old.some((known) => sameValue(known, value)));
  const removed = old.filter((value) => !now.some((known) => sameValue(known, value)));
  const { direction } = context;
  const nonNull = (values: unknown[]): unknown[] => values.filter((value) => value !== null);
  if (added.includes(null)) report(context, 'wider', where, subject, `${direction} value now nullable`);
  if (removed.includes(null)) report(context, 'narrower', where, subject, `${direction} value no longer nullable`);
  if (nonNull(added).length > 0) {
    const message =
      direction === 'response'
        ? `response enum (closed): ${showAll(nonNull(added))} added, which an exhaustive \`switch\` does not handle`
        : `request enum widened: ${showAll(nonNull(added))} added`;
    report(context, 'wider', where, subject, message);
  }
  if (nonNull(removed).length > 0) {
    if (direction === 'request') {
      report(context, 'narrower', where, subject, `request enum narrowed: ${showAll(nonNull(removed))} removed`);
    } else {
      // `value === 'stripe'` and `case 'stripe':` stop compiling (TS2367, TS2678).
      const first = show(nonNull(removed)[0]).slice(1, -1);
      context.out.add(
        'major',
        where,
        `${code(subject)}: response enum narrowed: ${showAll(nonNull(removed))} removed; code that compares with it (\`=== ${JSON.stringify(first)}\`, \`case ${JSON.stringify(first)}:\`) stops compiling`,
      );
    }
  }
}

/**
 * `x-extensible-enum` lists the values known today of an open set: clients must already accept
 * others, so an added value is a minor change in either direction. A value removed from a request
 * is no longer accepted (breaking); one removed from a response is simply no longer sent.
 */
function compareExtensibleEnums(before: Json, after: Json, at: string, subject: string, context: Context): void {
  const old = asArray(before['x-extensible-enum']);
  const now = asArray(after['x-extensible-enum']);
  const where = pointer(at, 'x-extensible-enum');
  const added = now.filter((value) => !old.some((known) => sameValue(known, value)));
  const removed = old.filter((value) => !now.some((known) => sameValue(known, value)));
  if (added.length > 0)
    context.out.add('minor', where, `${code(subject)}: open enum (x-extensible-enum): ${showAll(added)} added`);
  if (removed.length > 0) {
    const message =
      context.direction === 'request'
        ? `open enum (x-extensible-enum): ${showAll(removed)} no longer accepted`
        : `open enum (x-extensible-enum): ${showAll(removed)} no longer listed`;
    report(context, 'narrower', where, subject, message);
  }
}

/**
 * `x-id-prefix` becomes part of the TypeScript type (`inv_${string}`): added to a response, code
 * that compares the identifier with another literal stops compiling, so it is major either way.
 */
function compareIdPrefix(before: Json, after: Json, at: string, subject: string, context: Context): void {
  const old = before['x-id-prefix'];
  const now = after['x-id-prefix'];
  if (sameValue(old, now)) return;
  const where = pointer(at, 'x-id-prefix');
  if (old === undefined) {
    const message = `identifier prefix ${show(now)} added (the type becomes \`${String(now)}\${string}\`)`;
    if (context.direction === 'response') return context.out.add('major', where, `${code(subject)}: ${message}`);
    return report(context, 'narrower', where, subject, message);
  }
  if (now === undefined)
    return report(
      context,
      'wider',
      where,
      subject,
      `identifier prefix ${show(old)} removed (the type becomes \`string\`)`,
    );
  report(context, 'different', where, subject, `identifier prefix changed from ${show(old)} to ${show(now)}`);
}

function compareBounds(before: Json, after: Json, at: string, subject: string, context: Context): void {
  for (const keyword of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
    const lower = (LOWER_BOUNDS as readonly string[]).includes(keyword);
    const fallback = ZERO_WHEN_ABSENT.has(keyword) ? 0 : undefined;
    const old = before[keyword] ?? fallback;
    const now = after[keyword] ?? fallback;
    if (sameValue(old, now)) continue;
    const where = pointer(at, keyword);
    if (!isBound(old) || !isBound(now)) {
      // OpenAPI 3.0's boolean exclusiveMinimum/exclusiveMaximum.
      report(context, 'different', where, subject, `\`${keyword}\` changed from ${show(old)} to ${show(now)}`);
      continue;
    }
    // A bound that appears, a lower bound that rises or an upper bound that falls accepts less.
    const narrower = old === undefined || (now !== undefined && (lower ? now > old : now < old));
    const change =
      old === undefined ? `${show(now)} added` : now === undefined ? `${show(old)} removed` : `${old} → ${now}`;
    const harmless = narrower && now !== undefined ? propertyCountAlreadyHeld(keyword, now, before) : undefined;
    if (harmless !== undefined) {
      context.out.add('minor', where, `${code(subject)}: \`${keyword}\` ${change}; ${harmless}, so none is refused`);
      continue;
    }
    reportCheck(
      context,
      narrower ? 'narrower' : 'wider',
      where,
      subject,
      `${context.direction} limit ${narrower ? 'narrowed' : 'widened'}: \`${keyword}\` ${change}`,
    );
  }
}

/**
 * Whether a new `minProperties`/`maxProperties` only states what the old schema already held: every
 * object it accepted has at least as many fields as it required, and at most as many as a closed
 * object declares. Returns the reason, or undefined.
 */
function propertyCountAlreadyHeld(keyword: string, bound: number, before: Json): string | undefined {
  if (keyword === 'minProperties') {
    const required = [...new Set(asArray(before['required']).filter((name) => typeof name === 'string'))];
    const least = Math.max(typeof before['minProperties'] === 'number' ? before['minProperties'] : 0, required.length);
    if (required.length > 0 && bound <= least) {
      return `every value accepted before has at least ${least} field${least === 1 ? '' : 's'} (${required.map((name) => `\`${String(name)}\``).join(', ')} required)`;
    }
  }
  if (
    keyword === 'maxProperties' &&
    before['additionalProperties'] === false &&
    before['patternProperties'] === undefined
  ) {
    const declared = Object.keys(isObject(before['properties']) ? before['properties'] : {}).length;
    if (bound >= declared) return `every value accepted before has at most ${declared} fields (the object is closed)`;
  }
  return undefined;
}

function isBound(value: unknown): value is number | undefined {
  return value === undefined || typeof value === 'number';
}

/** multipleOf, pattern, format, uniqueItems, x-allowed-credentials. */
function compareRestrictions(before: Json, after: Json, at: string, subject: string, context: Context): void {
  const old = before['multipleOf'];
  const now = after['multipleOf'];
  if (!sameValue(old, now)) {
    let sense: Sense = 'different';
    if (old === undefined) sense = 'narrower';
    else if (now === undefined) sense = 'wider';
    else if (typeof old === 'number' && typeof now === 'number') {
      if (Number.isInteger(now / old)) sense = 'narrower';
      else if (Number.isInteger(old / now)) sense = 'wider';
    }
    reportCheck(
      context,
      sense,
      pointer(at, 'multipleOf'),
      subject,
      `\`multipleOf\` changed from ${show(old)} to ${show(now)}`,
    );
  }
  comparePattern(before, after, pointer(at, 'pattern'), subject, context);
  const was = before['format'];
  const is = after['format'];
  if (!sameValue(was, is)) {
    const where = pointer(at, 'format');
    const what = `${context.direction} \`format\``;
    if (was === undefined) reportCheck(context, 'narrower', where, subject, `${what} ${show(is)} added`);
    else if (is === undefined) reportCheck(context, 'wider', where, subject, `${what} ${show(was)} removed`);
    else reportCheck(context, 'different', where, subject, `${what} changed from ${show(was)} to ${show(is)}`);
  }
  if ((before['uniqueItems'] === true) !== (after['uniqueItems'] === true)) {
    const unique = after['uniqueItems'] === true;
    reportCheck(
      context,
      unique ? 'narrower' : 'wider',
      pointer(at, 'uniqueItems'),
      subject,
      unique ? 'items must now be unique' : 'items no longer need to be unique',
    );
  }
  // x-allowed-credentials: the security schemes whose credentials may send this field (absent: all).
  const allowedBefore = before['x-allowed-credentials'];
  const allowedAfter = after['x-allowed-credentials'];
  if (!sameValue(allowedBefore, allowedAfter)) {
    const where = pointer(at, 'x-allowed-credentials');
    if (!Array.isArray(allowedAfter)) {
      report(context, 'wider', where, subject, 'field no longer restricted to some credentials');
    } else if (!Array.isArray(allowedBefore)) {
      report(context, 'narrower', where, subject, `field now restricted to credentials ${showAll(allowedAfter)}`);
    } else {
      const removed = allowedBefore.filter((scheme) => !allowedAfter.includes(scheme));
      const added = allowedAfter.filter((scheme) => !allowedBefore.includes(scheme));
      if (removed.length > 0)
        report(context, 'narrower', where, subject, `credentials ${showAll(removed)} may no longer send it`);
      if (added.length > 0) report(context, 'wider', where, subject, `credentials ${showAll(added)} may now send it`);
    }
  }
}

/**
 * A rewritten pattern is judged by the strings it accepts (./pattern-inclusion.ts), together with
 * the `format` it may replace: a pattern that every string of the old format matches refuses
 * nothing that was accepted.
 */
function comparePattern(before: Json, after: Json, where: string, subject: string, context: Context): void {
  const was = before['pattern'];
  const is = after['pattern'];
  if (sameValue(was, is)) return;
  const what = `${context.direction} \`pattern\``;
  const format = before['format'];
  const formatExpression =
    typeof format === 'string' && Object.hasOwn(FORMAT_EXPRESSIONS, format) ? FORMAT_EXPRESSIONS[format] : undefined;
  const coversFormat =
    typeof is === 'string' && formatExpression !== undefined && patternIncludes(is, formatExpression) === true;
  if (was === undefined) {
    if (coversFormat) {
      const message = `${what} ${show(is)} added; every string the \`format\` ${show(format)} accepted matches it`;
      return after['format'] === format
        ? context.out.add('patch', where, `${code(subject)}: ${message}, so it refuses nothing more`)
        : reportCheck(context, 'wider', where, subject, message);
    }
    return reportCheck(context, 'narrower', where, subject, `${what} ${show(is)} added`);
  }
  if (is === undefined) return reportCheck(context, 'wider', where, subject, `${what} ${show(was)} removed`);
  const widens =
    typeof was === 'string' && typeof is === 'string' ? coversFormat || patternIncludes(is, was) : undefined;
  const narrows = typeof was === 'string' && typeof is === 'string' ? patternIncludes(was, is) : undefined;
  const change = `${what} changed from ${show(was)} to ${show(is)}`;
  if (widens === true && narrows === true) {
    return context.out.add('patch', where, `${code(subject)}: ${change} (the same strings match)`);
  }
  if (widens === true)
    return reportCheck(context, 'wider', where, subject, `${change} (every string that matched still matches)`);
  if (narrows === true) return reportCheck(context, 'narrower', where, subject, `${change} (it matches fewer strings)`);
  const why = widens === undefined || narrows === undefined ? 'could not be compared' : 'matches other strings';
  reportCheck(context, 'different', where, subject, `${change} (${why})`);
}

/**
 * Whether the spec gives evidence that `oldName` became `newName`: the new field says so
 * (`x-renamed-from`), or both carry the same description or the same example. A field removed and
 * another of the same type added is not evidence: that is a removal and an addition.
 */
function renameEvidence(oldName: string, oldSchema: unknown, newSchema: unknown): string | undefined {
  if (!isObject(oldSchema) || !isObject(newSchema)) return undefined;
  if (newSchema['x-renamed-from'] === oldName) return '`x-renamed-from`';
  for (const key of ['description', 'example', 'examples'] as const) {
    const value = oldSchema[key];
    if (value !== undefined && value !== '' && sameValue(value, newSchema[key]))
      return `the same ${key === 'description' ? 'description' : 'example'}`;
  }
  return undefined;
}

function compareProperties(before: Json, after: Json, at: string, subject: string, context: Context): void {
  const oldProps = isObject(before['properties']) ? before['properties'] : {};
  const newProps = isObject(after['properties']) ? after['properties'] : {};
  const oldRequired = new Set(asArray(before['required']).filter((name) => typeof name === 'string'));
  const newRequired = new Set(asArray(after['required']).filter((name) => typeof name === 'string'));
  const removed = Object.keys(oldProps).filter((name) => !(name in newProps));
  const added = Object.keys(newProps).filter((name) => !(name in oldProps));
  const { direction } = context;
  const request = direction === 'request';
  const settled = new Set<string>();
  const field = (name: string): string => code(member(subject, name));

  for (const oldName of removed) {
    const newName = added.find(
      (name) => !settled.has(name) && renameEvidence(oldName, oldProps[oldName], newProps[name]),
    );
    if (newName === undefined) continue;
    const evidence = renameEvidence(oldName, oldProps[oldName], newProps[newName]);
    settled.add(oldName).add(newName);
    const where = propertyPointer(after, at, newName);
    context.out.add('major', where, `${direction} field ${field(oldName)} renamed to ${field(newName)} (${evidence})`);
    compare(oldProps[oldName], newProps[newName], where, member(subject, newName), context);
  }
  for (const name of removed) {
    if (settled.has(name)) continue;
    settled.add(name);
    context.out.add('major', propertyPointer(before, at, name), `${direction} field ${field(name)} removed`);
  }
  for (const name of added) {
    if (settled.has(name)) continue;
    settled.add(name);
    const where = propertyPointer(after, at, name);
    if (request && newRequired.has(name)) context.out.add('major', where, `new required request field ${field(name)}`);
    else if (request) context.out.add('minor', where, `optional request field ${field(name)} added`);
    else context.out.add('minor', where, `response field ${field(name)} added`);
  }
  for (const name of Object.keys(oldProps)) {
    if (name in newProps)
      compare(oldProps[name], newProps[name], propertyPointer(after, at, name), member(subject, name), context);
  }
  // `required` may also name fields declared in another subschema (an allOf branch).
  for (const name of newRequired) {
    if (oldRequired.has(name) || settled.has(name)) continue;
    const where = pointer(at, 'required');
    if (request) context.out.add('major', where, `request field ${field(name)} is now required`);
    else context.out.add('minor', where, `response field ${field(name)} is now always present`);
  }
  for (const name of oldRequired) {
    if (newRequired.has(name) || settled.has(name)) continue;
    const where = pointer(at, 'required');
    if (request) context.out.add('minor', where, `request field ${field(name)} is now optional`);
    else context.out.add('major', where, `response field ${field(name)} may now be absent`);
  }
}

/** `additionalProperties`: absent or `true` (open), `false` (closed) or a schema. */
function compareAdditionalProperties(before: Json, after: Json, at: string, subject: string, context: Context): void {
  const old = before['additionalProperties'] ?? true;
  const now = after['additionalProperties'] ?? true;
  if (shapeOf(old) === shapeOf(now)) return;
  const where = pointer(at, 'additionalProperties');
  if (isObject(old) && isObject(now)) return compare(old, now, where, mapValues(subject), context);
  const openness = (value: unknown): number => (value === false ? 0 : value === true ? 2 : 1);
  if (openness(now) < openness(old)) {
    report(context, 'narrower', where, subject, 'fewer fields not listed in the schema are allowed');
  } else if (context.direction === 'request') {
    report(context, 'wider', where, subject, 'more fields not listed in the schema are accepted');
  } else {
    // Clients ignore fields they do not know; the generated types only gain an index signature.
    context.out.add('minor', where, `${code(subject)}: the response may carry fields not listed in the schema`);
  }
}

function compareItems(before: Json, after: Json, at: string, subject: string, context: Context): void {
  const old = before['items'];
  const now = after['items'];
  if (old === undefined && now === undefined) return;
  const where = pointer(at, 'items');
  if (old === undefined) return report(context, 'narrower', where, subject, 'array items now restricted');
  if (now === undefined) return report(context, 'wider', where, subject, 'array item restriction removed');
  compare(old, now, where, items(subject), context);
}

/**
 * allOf / oneOf / anyOf, except where a closed set of values already accounted for them. A `oneOf`
 * that becomes an `anyOf` over the same branches (or the reverse) is one composition: the
 * TypeScript union is the same, and the accepted values are too when the branches exclude each
 * other.
 */
function compareCompositions(
  before: Json,
  after: Json,
  at: string,
  subject: string,
  settled: ReadonlySet<string>,
  context: Context,
): void {
  const has = (schema: Json, keyword: string): boolean => asArray(schema[keyword]).length > 0;
  const switched =
    !settled.has('oneOf') &&
    !settled.has('anyOf') &&
    ((has(before, 'oneOf') && !has(before, 'anyOf') && has(after, 'anyOf') && !has(after, 'oneOf')) ||
      (has(before, 'anyOf') && !has(before, 'oneOf') && has(after, 'oneOf') && !has(after, 'anyOf')));
  if (switched) {
    const from = has(before, 'oneOf') ? 'oneOf' : 'anyOf';
    const to = from === 'oneOf' ? 'anyOf' : 'oneOf';
    compareBranches(from, asArray(before[from]), asArray(after[to]), pointer(at, to), subject, context);
    const where = pointer(at, to);
    const message = `\`${from}\` became \`${to}\` over the same alternatives`;
    if (branchesExclusive(asArray(before[from])) && branchesExclusive(asArray(after[to]))) {
      context.out.add(
        'patch',
        where,
        `${code(subject)}: ${message}; they exclude each other, so the same values are accepted`,
      );
    } else if (to === 'anyOf') {
      reportCheck(context, 'wider', where, subject, `${message}; a value matching several of them is now accepted`);
    } else {
      reportCheck(context, 'narrower', where, subject, `${message}; a value matching several of them is now refused`);
    }
  }
  for (const keyword of COMPOSITIONS) {
    if (settled.has(keyword) || (switched && keyword !== 'allOf')) continue;
    compareComposition(keyword, before, after, at, subject, context);
  }
}

/** Whether no value can match two of the branches: their types, or a constant they require, differ. */
function branchesExclusive(branches: readonly unknown[]): boolean {
  const exclusive = (a: unknown, b: unknown): boolean => {
    if (!isObject(a) || !isObject(b)) return false;
    const typesA = typesOf(a);
    const typesB = typesOf(b);
    if (
      typesA !== undefined &&
      typesB !== undefined &&
      !typesA.some((type) => covered(type, typesB) || typesB.some((other) => covered(other, [type])))
    )
      return true;
    const valuesA = finiteValues(a)?.values;
    const valuesB = finiteValues(b)?.values;
    if (
      valuesA !== undefined &&
      valuesB !== undefined &&
      !valuesA.some((value) => valuesB.some((other) => sameValue(value, other)))
    )
      return true;
    // A discriminating field: required in both, with disjoint constants.
    const requiredA = asArray(a['required']);
    const requiredB = asArray(b['required']);
    const propsA = isObject(a['properties']) ? a['properties'] : {};
    const propsB = isObject(b['properties']) ? b['properties'] : {};
    return requiredA.some((name) => {
      if (typeof name !== 'string' || !requiredB.includes(name)) return false;
      const left = isObject(propsA[name]) ? finiteValues(propsA[name])?.values : undefined;
      const right = isObject(propsB[name]) ? finiteValues(propsB[name])?.values : undefined;
      return (
        left !== undefined &&
        right !== undefined &&
        !left.some((value) => right.some((other) => sameValue(value, other)))
      );
    });
  };
  return branches.every((a, i) => branches.every((b, j) => j <= i || exclusive(a, b)));
}

/**
 * One composition keyword. Branches are paired by shape first, then by similarity, so that
 * reordering them changes nothing. An added allOf branch is one more constraint (narrower); an
 * added oneOf/anyOf branch is one more alternative (wider), unless the keyword itself is new.
 */
function compareComposition(
  keyword: (typeof COMPOSITIONS)[number],
  before: Json,
  after: Json,
  at: string,
  subject: string,
  context: Context,
): void {
  const old = asArray(before[keyword]);
  const now = asArray(after[keyword]);
  if (old.length === 0 && now.length === 0) return;
  const where = pointer(at, keyword);
  if (old.length === 0) return report(context, 'narrower', where, subject, `${context.direction} \`${keyword}\` added`);
  if (now.length === 0) return report(context, 'wider', where, subject, `${context.direction} \`${keyword}\` removed`);
  compareBranches(keyword, old, now, where, subject, context);
}

function compareBranches(
  keyword: (typeof COMPOSITIONS)[number],
  old: readonly unknown[],
  now: readonly unknown[],
  where: string,
  subject: string,
  context: Context,
): void {
  const { pairs, removed, added } = pairBranches(old, now);
  for (const [i, j] of pairs) compare(old[i], now[j], pointer(where, j), subject, context);
  const alternatives = keyword !== 'allOf';
  const { direction } = context;
  for (const i of removed) {
    const message = isNullSchema(old[i])
      ? `${direction} value no longer nullable`
      : `${direction} \`${keyword}\` branch ${i} removed`;
    report(context, alternatives ? 'narrower' : 'wider', pointer(where, i), subject, message);
  }
  for (const j of added) {
    const message = isNullSchema(now[j])
      ? `${direction} value now nullable`
      : `${direction} \`${keyword}\` branch ${j} added`;
    report(context, alternatives ? 'wider' : 'narrower', pointer(where, j), subject, message);
  }
}

function isNullSchema(schema: unknown): boolean {
  return isObject(schema) && schema['type'] === 'null';
}

/** Pair old and new branches: equal shapes first, then the most similar, by greed. */
function pairBranches(
  old: readonly unknown[],
  now: readonly unknown[],
): { pairs: [number, number][]; removed: number[]; added: number[] } {
  const pairs: [number, number][] = [];
  const freeOld = new Set(old.keys());
  const freeNew = new Set(now.keys());
  const take = (i: number, j: number): void => {
    pairs.push([i, j]);
    freeOld.delete(i);
    freeNew.delete(j);
  };
  for (const i of [...freeOld]) {
    const shape = shapeOf(old[i]);
    const j = [...freeNew].find((candidate) => shapeOf(now[candidate]) === shape);
    if (j !== undefined) take(i, j);
  }
  const candidates: [number, number, number][] = [];
  for (const i of freeOld) {
    for (const j of freeNew) {
      const score = similarity(old[i], now[j]);
      if (score > 0) candidates.push([score, i, j]);
    }
  }
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  for (const [, i, j] of candidates) if (freeOld.has(i) && freeNew.has(j)) take(i, j);
  // As many left on each side, with nothing in common: read them as changed in place, in order.
  if (freeOld.size === freeNew.size) {
    const rest = [...freeNew];
    for (const [k, i] of [...freeOld].entries()) take(i, rest[k] as number);
  }
  return { pairs: pairs.sort((a, b) => a[1] - b[1]), removed: [...freeOld], added: [...freeNew] };
}

/** Shared features of two branches (equal keywords, shared property names) over all features. */
function similarity(a: unknown, b: unknown): number {
  const features = (schema: unknown): Set<string> => {
    const result = new Set<string>();
    if (!isObject(schema)) return result;
    for (const [key, value] of Object.entries(schema)) {
      if (DOC_KEYS.has(key)) continue;
      result.add(`${key}=${shapeOf(value)}`);
      if (key === 'properties' && isObject(value)) {
        for (const [name, property] of Object.entries(value)) {
          result.add(`property:${name}`);
          result.add(`property:${name}=${shapeOf(property)}`);
        }
      } else if ((COMPOSITIONS as readonly string[]).includes(key)) {
        for (const branch of asArray(value)) result.add(`${key}[]=${shapeOf(branch)}`);
      }
    }
    return result;
  };
  const left = features(a);
  const right = features(b);
  const shared = [...left].filter((feature) => right.has(feature)).length;
  const all = new Set([...left, ...right]).size;
  return all === 0 ? 0 : shared / all;
}

function compareDefaultAndFlags(before: Json, after: Json, at: string, subject: string, context: Context): void {
  if (!sameValue(before['default'], after['default'])) {
    const where = pointer(at, 'default');
    const message = `${code(subject)}: default changed from ${show(before['default'])} to ${show(after['default'])}`;
    // In a request, an unchanged call that leaves the field out now means something else.
    if (context.direction === 'response') context.out.add('patch', where, message);
    else if (before['default'] !== undefined && after['default'] !== undefined)
      context.out.add('major', where, message);
    else context.out.add('minor', where, message);
  }
  if ((before['deprecated'] === true) !== (after['deprecated'] === true)) {
    context.out.add(
      'minor',
      pointer(at, 'deprecated'),
      `${code(subject)}: ${after['deprecated'] === true ? 'deprecated' : 'no longer deprecated'}`,
    );
  }
}

function compareUnclassified(before: Json, after: Json, at: string, subject: string, context: Context): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (HANDLED.has(key)) continue;
    if (shapeOf(before[key]) === shapeOf(after[key])) continue;
    reportUnclassified(context.out, pointer(at, key), `${code(subject)}: `, key);
  }
}
