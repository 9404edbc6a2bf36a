// Compare two versions of one (dereferenced) JSON Schema, as the request or the response of an
// operation. Every keyword is either classified below or, if it changed, reported as breaking
// ("not classified"), so that an unknown kind of change can never pass as a patch.
import { type Direction, type Findings, type Sense, pointer, severityOf } from './change.js';
import { DOC_KEYS, type Json, asArray, isObject, sameValue, shapeOf, show, showAll } from './json.js';

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

/** Compare `before` with `after`, reporting into `out` with locations below `at`. */
export function compareSchema(before: unknown, after: unknown, at: string, direction: Direction, out: Findings): void {
  compare(before, after, at, { direction, out, ancestors: [] });
}

function compare(before: unknown, after: unknown, at: string, context: Context): void {
  if (context.ancestors.some(([a, b]) => a === before && b === after)) return;
  if (!isObject(before) || !isObject(after)) {
    // A schema that appears or disappears (no schema accepts anything), or a boolean schema.
    if (shapeOf(before) === shapeOf(after)) return;
    const sense: Sense = before === undefined ? 'narrower' : after === undefined ? 'wider' : 'different';
    report(context, sense, at, `${context.direction} schema changed from ${show(before)} to ${show(after)}`);
    return;
  }
  // `anyOf: [X, {type: 'null'}]` on one side only: compare it as X that also allows null, so
  // the report says "now nullable" rather than "anyOf added, type removed".
  const wrappedBefore = nullableWrapper(before);
  const wrappedAfter = nullableWrapper(after);
  if ((wrappedBefore === undefined) !== (wrappedAfter === undefined)) {
    return compare(wrappedBefore ?? before, wrappedAfter ?? after, at, context);
  }
  context.ancestors.push([before, after]);
  try {
    compareDocumentation(before, after, at, context);
    compareTypes(before, after, at, context);
    compareEnums(before, after, at, context);
    compareExtensibleEnums(before, after, at, context);
    compareIdPrefix(before, after, at, context);
    compareBounds(before, after, at, context);
    compareRestrictions(before, after, at, context);
    compareProperties(before, after, at, context);
    compareAdditionalProperties(before, after, at, context);
    compareItems(before, after, at, context);
    for (const keyword of COMPOSITIONS) compareComposition(keyword, before, after, at, context);
    compareDefaultAndFlags(before, after, at, context);
    compareUnclassified(before, after, at, context);
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

function report(context: Context, sense: Sense, at: string, message: string): void {
  context.out.add(severityOf(context.direction, sense), at, message);
}

/**
 * A keyword only the validator reads: limits, `pattern`, `format`, `multipleOf`, `uniqueItems` leave
 * the TypeScript types as they are (an `x-id-prefix`, which does change them, is compared on its
 * own). In a response, accepting more then only means that `validateResponses`, which is opt-in,
 * refuses less: code that compiled still compiles and gets what it got before, so it is minor, not
 * major as a wider response type would be. Everything else follows the one rule.
 */
function reportCheck(context: Context, sense: Sense, at: string, message: string): void {
  if (context.direction === 'response' && sense === 'wider') context.out.add('minor', at, message);
  else report(context, sense, at, message);
}

function compareDocumentation(before: Json, after: Json, at: string, context: Context): void {
  for (const key of DOC_KEYS) {
    if (!sameValue(before[key], after[key])) {
      const what = before[key] === undefined ? 'added' : after[key] === undefined ? 'removed' : 'changed';
      context.out.add('patch', pointer(at, key), `\`${key}\` ${what}`);
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

function compareTypes(before: Json, after: Json, at: string, context: Context): void {
  const old = typesOf(before);
  const now = typesOf(after);
  const where = pointer(at, 'type');
  if (old === undefined && now === undefined) return;
  if (old === undefined)
    return report(context, 'narrower', where, `${context.direction} type restricted to ${showAll(now ?? [])}`);
  if (now === undefined)
    return report(context, 'wider', where, `${context.direction} type restriction ${showAll(old)} removed`);
  const oldInNow = old.every((type) => covered(type, now));
  const nowInOld = now.every((type) => covered(type, old));
  if (oldInNow && nowInOld) return;
  const added = now.filter((type) => !old.includes(type));
  const removed = old.filter((type) => !now.includes(type));
  if (oldInNow) {
    const message = sameList(added, ['null'])
      ? `${context.direction} value now nullable`
      : `${context.direction} type widened from ${showAll(old)} to ${showAll(now)}`;
    return report(context, 'wider', where, message);
  }
  if (nowInOld) {
    const message = sameList(removed, ['null'])
      ? `${context.direction} value no longer nullable`
      : `${context.direction} type narrowed from ${showAll(old)} to ${showAll(now)}`;
    return report(context, 'narrower', where, message);
  }
  report(context, 'different', where, `${context.direction} type changed from ${showAll(old)} to ${showAll(now)}`);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

/** The closed list of values a schema allows (`const` is a list of one), or undefined. */
function enumOf(schema: Json): unknown[] | undefined {
  if ('const' in schema) return [schema['const']];
  return Array.isArray(schema['enum']) ? schema['enum'] : undefined;
}

function compareEnums(before: Json, after: Json, at: string, context: Context): void {
  const old = enumOf(before);
  const now = enumOf(after);
  const where = pointer(at, 'enum' in after || !('const' in after) ? 'enum' : 'const');
  if (old === undefined && now === undefined) return;
  if (old === undefined)
    return report(context, 'narrower', where, `${context.direction} values limited to ${showAll(now ?? [])}`);
  if (now === undefined)
    return report(context, 'wider', where, `${context.direction} values no longer limited to ${showAll(old)}`);
  const added = now.filter((value) => !old.some((known) => sameValue(known, value)));
  const removed = old.filter((value) => !now.some((known) => sameValue(known, value)));
  if (added.length > 0) {
    const message =
      context.direction === 'response'
        ? `response enum (closed): ${showAll(added)} added, which an exhaustive client does not handle`
        : `request enum widened: ${showAll(added)} added`;
    report(context, 'wider', where, message);
  }
  if (removed.length > 0) {
    const message =
      context.direction === 'request'
        ? `request enum narrowed: ${showAll(removed)} removed`
        : `response enum: ${showAll(removed)} no longer returned`;
    report(context, 'narrower', where, message);
  }
}

/**
 * `x-extensible-enum` lists the values known today of an open set: clients must already accept
 * others, so an added value is a minor change in either direction. A value removed from a request
 * is no longer accepted (breaking); one removed from a response is simply no longer sent.
 */
function compareExtensibleEnums(before: Json, after: Json, at: string, context: Context): void {
  const old = asArray(before['x-extensible-enum']);
  const now = asArray(after['x-extensible-enum']);
  const where = pointer(at, 'x-extensible-enum');
  const added = now.filter((value) => !old.some((known) => sameValue(known, value)));
  const removed = old.filter((value) => !now.some((known) => sameValue(known, value)));
  if (added.length > 0) context.out.add('minor', where, `open enum (x-extensible-enum): ${showAll(added)} added`);
  if (removed.length > 0) {
    const message =
      context.direction === 'request'
        ? `open enum (x-extensible-enum): ${showAll(removed)} no longer accepted`
        : `open enum (x-extensible-enum): ${showAll(removed)} no longer listed`;
    report(context, 'narrower', where, message);
  }
}

/** `x-id-prefix` becomes part of the TypeScript type (`inv_${string}`). */
function compareIdPrefix(before: Json, after: Json, at: string, context: Context): void {
  const old = before['x-id-prefix'];
  const now = after['x-id-prefix'];
  if (sameValue(old, now)) return;
  const where = pointer(at, 'x-id-prefix');
  if (old === undefined) return report(context, 'narrower', where, `identifier prefix ${show(now)} added`);
  if (now === undefined) return report(context, 'wider', where, `identifier prefix ${show(old)} removed`);
  report(context, 'different', where, `identifier prefix changed from ${show(old)} to ${show(now)}`);
}

function compareBounds(before: Json, after: Json, at: string, context: Context): void {
  for (const keyword of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
    const lower = (LOWER_BOUNDS as readonly string[]).includes(keyword);
    const fallback = ZERO_WHEN_ABSENT.has(keyword) ? 0 : undefined;
    const old = before[keyword] ?? fallback;
    const now = after[keyword] ?? fallback;
    if (sameValue(old, now)) continue;
    const where = pointer(at, keyword);
    if (!isBound(old) || !isBound(now)) {
      // OpenAPI 3.0's boolean exclusiveMinimum/exclusiveMaximum.
      report(context, 'different', where, `\`${keyword}\` changed from ${show(old)} to ${show(now)}`);
      continue;
    }
    // A bound that appears, a lower bound that rises or an upper bound that falls accepts less.
    const narrower = old === undefined || (now !== undefined && (lower ? now > old : now < old));
    const change =
      old === undefined ? `${show(now)} added` : now === undefined ? `${show(old)} removed` : `${old} → ${now}`;
    reportCheck(
      context,
      narrower ? 'narrower' : 'wider',
      where,
      `${context.direction} limit ${narrower ? 'narrowed' : 'widened'}: \`${keyword}\` ${change}`,
    );
  }
}

function isBound(value: unknown): value is number | undefined {
  return value === undefined || typeof value === 'number';
}

/** multipleOf, pattern, format, uniqueItems, x-allowed-credentials. */
function compareRestrictions(before: Json, after: Json, at: string, context: Context): void {
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
    reportCheck(context, sense, pointer(at, 'multipleOf'), `\`multipleOf\` changed from ${show(old)} to ${show(now)}`);
  }
  for (const keyword of ['pattern', 'format'] as const) {
    const was = before[keyword];
    const is = after[keyword];
    if (sameValue(was, is)) continue;
    const where = pointer(at, keyword);
    const subject = `${context.direction} \`${keyword}\``;
    if (was === undefined) reportCheck(context, 'narrower', where, `${subject} ${show(is)} added`);
    else if (is === undefined) reportCheck(context, 'wider', where, `${subject} ${show(was)} removed`);
    else reportCheck(context, 'different', where, `${subject} changed from ${show(was)} to ${show(is)}`);
  }
  if ((before['uniqueItems'] === true) !== (after['uniqueItems'] === true)) {
    const now = after['uniqueItems'] === true;
    reportCheck(
      context,
      now ? 'narrower' : 'wider',
      pointer(at, 'uniqueItems'),
      now ? 'items must now be unique' : 'items no longer need to be unique',
    );
  }
  // x-allowed-credentials: the security schemes whose credentials may send this field (absent: all).
  const allowedBefore = before['x-allowed-credentials'];
  const allowedAfter = after['x-allowed-credentials'];
  if (!sameValue(allowedBefore, allowedAfter)) {
    const where = pointer(at, 'x-allowed-credentials');
    if (!Array.isArray(allowedAfter)) {
      report(context, 'wider', where, 'field no longer restricted to some credentials');
    } else if (!Array.isArray(allowedBefore)) {
      report(context, 'narrower', where, `field now restricted to credentials ${showAll(allowedAfter)}`);
    } else {
      const removed = allowedBefore.filter((scheme) => !allowedAfter.includes(scheme));
      const added = allowedAfter.filter((scheme) => !allowedBefore.includes(scheme));
      if (removed.length > 0)
        report(context, 'narrower', where, `credentials ${showAll(removed)} may no longer send it`);
      if (added.length > 0) report(context, 'wider', where, `credentials ${showAll(added)} may now send it`);
    }
  }
}

function compareProperties(before: Json, after: Json, at: string, context: Context): void {
  const oldProps = isObject(before['properties']) ? before['properties'] : {};
  const newProps = isObject(after['properties']) ? after['properties'] : {};
  const oldRequired = new Set(asArray(before['required']).filter((name) => typeof name === 'string'));
  const newRequired = new Set(asArray(after['required']).filter((name) => typeof name === 'string'));
  const removed = Object.keys(oldProps).filter((name) => !(name in newProps));
  const added = Object.keys(newProps).filter((name) => !(name in oldProps));
  const request = context.direction === 'request';
  const settled = new Set<string>();

  // A removed field and an added field of the same shape in the same object: a rename.
  for (const oldName of removed) {
    const shape = shapeOf(oldProps[oldName]);
    const newName = added.find((name) => !settled.has(name) && shapeOf(newProps[name]) === shape);
    if (newName === undefined) continue;
    settled.add(oldName).add(newName);
    context.out.add(
      'major',
      pointer(at, 'properties', newName),
      `${context.direction} field \`${oldName}\` renamed to \`${newName}\``,
    );
  }
  for (const name of removed) {
    if (settled.has(name)) continue;
    settled.add(name);
    context.out.add('major', pointer(at, 'properties', name), `${context.direction} field \`${name}\` removed`);
  }
  for (const name of added) {
    if (settled.has(name)) continue;
    settled.add(name);
    const where = pointer(at, 'properties', name);
    if (request && newRequired.has(name)) context.out.add('major', where, `new required request field \`${name}\``);
    else if (request) context.out.add('minor', where, `optional request field \`${name}\` added`);
    else context.out.add('minor', where, `response field \`${name}\` added`);
  }
  for (const name of Object.keys(oldProps)) {
    if (name in newProps) compare(oldProps[name], newProps[name], pointer(at, 'properties', name), context);
  }
  // `required` may also name fields declared in another subschema (an allOf branch).
  for (const name of newRequired) {
    if (oldRequired.has(name) || settled.has(name)) continue;
    const where = pointer(at, 'required');
    if (request) report(context, 'narrower', where, `request field \`${name}\` is now required`);
    else report(context, 'narrower', where, `response field \`${name}\` is now always present`);
  }
  for (const name of oldRequired) {
    if (newRequired.has(name) || settled.has(name)) continue;
    const where = pointer(at, 'required');
    if (request) report(context, 'wider', where, `request field \`${name}\` is now optional`);
    else report(context, 'wider', where, `response field \`${name}\` may now be absent`);
  }
}

/** `additionalProperties`: absent or `true` (open), `false` (closed) or a schema. */
function compareAdditionalProperties(before: Json, after: Json, at: string, context: Context): void {
  const old = before['additionalProperties'] ?? true;
  const now = after['additionalProperties'] ?? true;
  if (shapeOf(old) === shapeOf(now)) return;
  const where = pointer(at, 'additionalProperties');
  if (isObject(old) && isObject(now)) return compare(old, now, where, context);
  const openness = (value: unknown): number => (value === false ? 0 : value === true ? 2 : 1);
  if (openness(now) < openness(old)) {
    report(context, 'narrower', where, 'fewer fields not listed in the schema are allowed');
  } else if (context.direction === 'request') {
    report(context, 'wider', where, 'more fields not listed in the schema are accepted');
  } else {
    // Clients ignore fields they do not know; the generated types only gain an index signature.
    context.out.add('minor', where, 'the response may carry fields not listed in the schema');
  }
}

function compareItems(before: Json, after: Json, at: string, context: Context): void {
  const old = before['items'];
  const now = after['items'];
  if (old === undefined && now === undefined) return;
  const where = pointer(at, 'items');
  if (old === undefined) return report(context, 'narrower', where, 'array items now restricted');
  if (now === undefined) return report(context, 'wider', where, 'array item restriction removed');
  compare(old, now, where, context);
}

/**
 * allOf / oneOf / anyOf. Branches are paired by shape first, then by similarity, so that reordering
 * them changes nothing. An added allOf branch is one more constraint (narrower); an added
 * oneOf/anyOf branch is one more alternative (wider), unless the keyword itself is new.
 */
function compareComposition(
  keyword: (typeof COMPOSITIONS)[number],
  before: Json,
  after: Json,
  at: string,
  context: Context,
): void {
  const old = asArray(before[keyword]);
  const now = asArray(after[keyword]);
  if (old.length === 0 && now.length === 0) return;
  const where = pointer(at, keyword);
  if (old.length === 0) return report(context, 'narrower', where, `${context.direction} \`${keyword}\` added`);
  if (now.length === 0) {
    return report(context, 'wider', where, `${context.direction} \`${keyword}\` removed`);
  }
  const { pairs, removed, added } = pairBranches(old, now);
  for (const [i, j] of pairs) compare(old[i], now[j], pointer(where, j), context);
  const alternatives = keyword !== 'allOf';
  for (const i of removed) {
    const message = isNullSchema(old[i])
      ? `${context.direction} value no longer nullable`
      : `${context.direction} \`${keyword}\` branch ${i} removed`;
    report(context, alternatives ? 'narrower' : 'wider', pointer(where, i), message);
  }
  for (const j of added) {
    const message = isNullSchema(now[j])
      ? `${context.direction} value now nullable`
      : `${context.direction} \`${keyword}\` branch ${j} added`;
    report(context, alternatives ? 'wider' : 'narrower', pointer(where, j), message);
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

function compareDefaultAndFlags(before: Json, after: Json, at: string, context: Context): void {
  if (!sameValue(before['default'], after['default'])) {
    const where = pointer(at, 'default');
    const message = `default changed from ${show(before['default'])} to ${show(after['default'])}`;
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
      after['deprecated'] === true ? 'deprecated' : 'no longer deprecated',
    );
  }
}

function compareUnclassified(before: Json, after: Json, at: string, context: Context): void {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (HANDLED.has(key)) continue;
    if (shapeOf(before[key]) === shapeOf(after[key])) continue;
    context.out.add(
      'major',
      pointer(at, key),
      `\`${key}\` changed (not classified by the release rules, so treated as breaking: review it)`,
    );
  }
}
