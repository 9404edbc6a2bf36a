import type { ValidationIssue } from '../errors/errors.js';
import type { JsonSchema, JsonType } from './schema.js';
import { escapePointer } from './json-pointer.js';
import type { Validator } from './rule.js';
import { isPlainObject as isObject, plural } from './rules/values.js';

/**
 * Check `value` against a precompiled schema and list every problem, each with its JSON pointer
 * (below `basePath`), the keyword that failed and a message. An empty list means valid.
 *
 * Verdicts match Ajv's on the same JSON Schema (a differential test holds them together). The
 * messages go further than Ajv's for `oneOf`/`anyOf`: instead of every branch's failures, they
 * report the branch the value was evidently meant for (see `pickBranch`).
 */
export function validateValue(schema: JsonSchema, value: unknown, basePath = ''): ValidationIssue[] {
  // Valid requests are the common case: answer them with the allocation-free check alone.
  if (matches(schema, value)) return [];
  const issues: ValidationIssue[] = [];
  check(schema, value, basePath, issues);
  // The two passes implement the same rules; should they ever disagree, refuse rather than send.
  if (issues.length === 0) issues.push({ path: basePath, rule: 'schema', message: 'does not match the schema' });
  return withoutRepeats(issues);
}

/** The same rules as `check`, as a yes/no answer that stops at the first problem and builds no messages. */
export function matches(schema: JsonSchema, value: unknown): boolean {
  return matcherFor(schema)(value);
}

type Matcher = (value: unknown) => boolean;

// Each schema is turned into a closure over just its own keywords, once. Walking the schema
// objects on every call read a dozen optional keywords per node from objects of as many shapes,
// which V8 cannot optimize (megamorphic loads): large bodies took tens of microseconds.
const matchers = new WeakMap<JsonSchema, Matcher>();

function matcherFor(schema: JsonSchema): Matcher {
  let matcher = matchers.get(schema);
  if (matcher === undefined) {
    matcher = compileMatcher(schema);
    matchers.set(schema, matcher);
  }
  return matcher;
}

/** A matcher for `schema` compiled on first use (schemas may refer to themselves). */
function lazyMatcher(schema: JsonSchema): Matcher {
  let matcher: Matcher | undefined;
  return (value) => (matcher ??= matcherFor(schema))(value);
}

function compileMatcher(schema: JsonSchema): Matcher {
  if (schema.binary) {
    const { binary: _binary, ...text } = schema;
    const asText = compileMatcher(text);
    return (value) => isBinary(value) || asText(value);
  }
  const tests: Matcher[] = [];
  const { type, minLength, maxLength, pattern, minimum, maximum, minItems, maxItems } = schema;
  if (type !== undefined) tests.push(typeof type === 'string' ? typeMatcher(type) : anyOfTypes(type.map(typeMatcher)));
  if (schema.const !== undefined) {
    const expected = schema.const.value;
    tests.push((value) => jsonEqual(value, expected));
  }
  if (schema.enum !== undefined) {
    const allowed = schema.enum;
    if (allowed.every((candidate) => typeof candidate !== 'object' || candidate === null)) {
      const primitives = new Set(allowed);
      tests.push((value) => primitives.has(value));
    } else {
      tests.push((value) => allowed.some((candidate) => jsonEqual(value, candidate)));
    }
  }
  if (minLength !== undefined || maxLength !== undefined) {
    tests.push((value) => {
      if (typeof value !== 'string') return true;
      const length = codePointLength(value);
      return !((minLength !== undefined && length < minLength) || (maxLength !== undefined && length > maxLength));
    });
  }
  if (pattern !== undefined) tests.push((value) => typeof value !== 'string' || pattern.test(value));
  if (minimum !== undefined) tests.push((value) => typeof value !== 'number' || value >= minimum);
  if (maximum !== undefined) tests.push((value) => typeof value !== 'number' || value <= maximum);
  if (minItems !== undefined) tests.push((value) => !Array.isArray(value) || value.length >= minItems);
  if (maxItems !== undefined) tests.push((value) => !Array.isArray(value) || value.length <= maxItems);
  if (schema.uniqueItems === true) tests.push((value) => !Array.isArray(value) || firstDuplicate(value) === undefined);
  if (schema.items !== undefined) {
    const item = lazyMatcher(schema.items);
    tests.push((value) => {
      if (!Array.isArray(value)) return true;
      // An index loop, not `every`, which skips holes: a hole is sent as null and must be checked.
      for (let index = 0; index < value.length; index += 1) if (!item(value[index])) return false;
      return true;
    });
  }
  const objectTest = compileObjectMatcher(schema);
  if (objectTest !== undefined) tests.push((value) => !isObject(value) || objectTest(value));
  if (schema.allOf !== undefined) {
    const parts = schema.allOf.map(lazyMatcher);
    tests.push((value) => parts.every((part) => part(value)));
  }
  if (schema.anyOf !== undefined) {
    const branches = schema.anyOf.map(lazyMatcher);
    tests.push((value) => branches.some((branch) => branch(value)));
  }
  if (schema.oneOf !== undefined) {
    const branches = schema.oneOf.map(lazyMatcher);
    tests.push((value) => {
      let count = 0;
      for (const branch of branches) if (branch(value) && ++count > 1) return false;
      return count === 1;
    });
  }
  for (const rule of schema.rules ?? []) tests.push((value) => rule.matches(value, validator, schema));
  if (tests.length === 1) return tests[0]!;
  return (value) => {
    for (const test of tests) if (!test(value)) return false;
    return true;
  };
}

function typeMatcher(type: JsonType): Matcher {
  return (value) => isType(value, type);
}

function anyOfTypes(matchers: readonly Matcher[]): Matcher {
  return (value) => matchers.some((matcher) => matcher(value));
}

function compileObjectMatcher(schema: JsonSchema): ((value: Record<string, unknown>) => boolean) | undefined {
  const { required, properties, additionalProperties, minProperties } = schema;
  if (
    required === undefined &&
    properties === undefined &&
    (additionalProperties === undefined || additionalProperties === true) &&
    minProperties === undefined
  )
    return undefined;
  const fields = new Map<string, Matcher>();
  for (const name in properties) if (Object.hasOwn(properties, name)) fields.set(name, lazyMatcher(properties[name]!));
  const closed = additionalProperties === false;
  const rest = typeof additionalProperties === 'object' ? lazyMatcher(additionalProperties) : undefined;
  return (value) => {
    if (required !== undefined) {
      for (const name of required) if (!Object.hasOwn(value, name) || value[name] === undefined) return false;
    }
    let defined = 0;
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const child = value[key];
      if (child !== undefined) defined += 1;
      const field = fields.get(key);
      if (field !== undefined) {
        if (child !== undefined && !field(child)) return false;
      } else if (closed || (rest !== undefined && child !== undefined && !rest(child))) {
        return false;
      }
    }
    return minProperties === undefined || defined >= minProperties;
  };
}

/** The same problem can be reached twice (a field checked by `allOf` and by a rule branch); report it once. */
function withoutRepeats(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\u0000${issue.rule}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `since`: where this value's issues start in `issues` (so `allOf` parts see each other's findings). */
function check(
  schema: JsonSchema,
  value: unknown,
  path: string,
  issues: ValidationIssue[],
  since = issues.length,
): void {
  const before = since;
  if (schema.binary && isBinary(value)) return; // bytes: no keyword of a string applies to them
  if (schema.type !== undefined && !hasType(value, schema.type)) {
    issues.push({ path, rule: 'type', message: `must be ${typeWords(schema.type)}` });
    return; // every other keyword would only repeat the type mismatch
  }
  if (schema.const !== undefined && !jsonEqual(value, schema.const.value)) {
    issues.push({ path, rule: 'const', message: `must be ${JSON.stringify(schema.const.value)}` });
  }
  if (schema.enum !== undefined && !schema.enum.some((allowed) => jsonEqual(value, allowed))) {
    issues.push({
      path,
      rule: 'enum',
      message: `must be one of: ${schema.enum.map((allowed) => JSON.stringify(allowed)).join(', ')}`,
    });
  }
  if (typeof value === 'string') checkString(schema, value, path, issues);
  else if (typeof value === 'number') checkNumber(schema, value, path, issues);
  else if (Array.isArray(value)) checkArray(schema, value, path, issues);
  else if (isObject(value)) checkObject(schema, value, path, issues);
  if (schema.allOf !== undefined) for (const part of schema.allOf) check(part, value, path, issues, before);
  if (schema.anyOf !== undefined) checkBranches('anyOf', schema.anyOf, value, path, issues, issues.length > before);
  if (schema.oneOf !== undefined) checkBranches('oneOf', schema.oneOf, value, path, issues, issues.length > before);
  for (const rule of schema.rules ?? []) rule.check(value, path, issues, validator, schema);
}

/** The validator as the rules of `rules/` see it, for their subschemas. */
const validator: Validator = { matches, check: (schema, value, path, issues) => check(schema, value, path, issues) };

function checkString(schema: JsonSchema, value: string, path: string, issues: ValidationIssue[]): void {
  if (schema.minLength !== undefined || schema.maxLength !== undefined) {
    const length = codePointLength(value);
    if (schema.minLength !== undefined && length < schema.minLength) {
      issues.push({
        path,
        rule: 'minLength',
        message: `must have at least ${schema.minLength} character${plural(schema.minLength)}`,
      });
    }
    if (schema.maxLength !== undefined && length > schema.maxLength) {
      issues.push({
        path,
        rule: 'maxLength',
        message: `must have at most ${schema.maxLength} character${plural(schema.maxLength)}`,
      });
    }
  }
  if (schema.pattern !== undefined && !schema.pattern.test(value)) {
    issues.push({ path, rule: 'pattern', message: patternMessage(schema.pattern, schema.patternDescription) });
  }
}

function checkNumber(schema: JsonSchema, value: number, path: string, issues: ValidationIssue[]): void {
  if (schema.minimum !== undefined && value < schema.minimum) {
    issues.push({ path, rule: 'minimum', message: `must be at least ${schema.minimum}` });
  }
  if (schema.maximum !== undefined && value > schema.maximum) {
    issues.push({ path, rule: 'maximum', message: `must be at most ${schema.maximum}` });
  }
}

function checkArray(schema: JsonSchema, value: readonly unknown[], path: string, issues: ValidationIssue[]): void {
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    issues.push({
      path,
      rule: 'minItems',
      message: `must have at least ${schema.minItems} item${plural(schema.minItems)}`,
    });
  }
  if (schema.maxItems !== undefined && value.length > schema.maxItems) {
    issues.push({
      path,
      rule: 'maxItems',
      message: `must have at most ${schema.maxItems} item${plural(schema.maxItems)}`,
    });
  }
  const duplicate = schema.uniqueItems === true ? firstDuplicate(value) : undefined;
  if (duplicate !== undefined) {
    issues.push({
      path,
      rule: 'uniqueItems',
      message: `must not repeat an item (items ${duplicate[0]} and ${duplicate[1]} are equal)`,
    });
  }
  if (schema.items !== undefined) {
    for (let index = 0; index < value.length; index += 1) check(schema.items, value[index], `${path}/${index}`, issues);
  }
}

function checkObject(
  schema: JsonSchema,
  value: Record<string, unknown>,
  path: string,
  issues: ValidationIssue[],
): void {
  // Own keys only, `__proto__` included when it is an own (JSON-parsed) key: that is what JSON.stringify sends.
  const keys = Object.keys(value);
  if (
    schema.minProperties !== undefined &&
    keys.filter((key) => value[key] !== undefined).length < schema.minProperties
  ) {
    issues.push({
      path,
      rule: 'minProperties',
      message: `must have at least ${schema.minProperties} field${plural(schema.minProperties)}`,
    });
  }
  if (schema.required !== undefined) {
    for (const name of schema.required) {
      if (!Object.hasOwn(value, name) || value[name] === undefined) {
        issues.push({ path: `${path}/${escapePointer(name)}`, rule: 'required', message: 'is required' });
      }
    }
  }
  const properties = schema.properties;
  for (const key of keys) {
    const child = value[key];
    const propertySchema = properties !== undefined && Object.hasOwn(properties, key) ? properties[key] : undefined;
    if (propertySchema !== undefined) {
      // An undefined field is not sent (JSON.stringify drops it), so it is not checked.
      if (child !== undefined) check(propertySchema, child, `${path}/${escapePointer(key)}`, issues);
    } else if (schema.additionalProperties === false) {
      issues.push({
        path: `${path}/${escapePointer(key)}`,
        rule: 'additionalProperties',
        message: 'is not a field the API accepts',
      });
    } else if (typeof schema.additionalProperties === 'object' && child !== undefined) {
      check(schema.additionalProperties, child, `${path}/${escapePointer(key)}`, issues);
    }
  }
}

/**
 * `anyOf` needs one matching branch, `oneOf` exactly one. On failure, report the problems of the
 * branch the value was meant for. A branch is ruled out when the value is of another kind than it
 * takes (a type mismatch at the value itself), or has another `const`/`enum` value anywhere (a
 * different `status`, say); of the branches left, the one with the fewest problems wins. When all
 * are ruled out, their own messages are combined ("must be one of: …, or null"), unless the value
 * already has a more specific problem reported.
 */
function checkBranches(
  rule: 'anyOf' | 'oneOf',
  branches: readonly JsonSchema[],
  value: unknown,
  path: string,
  issues: ValidationIssue[],
  alreadyReported: boolean,
): void {
  const results = branches.map((branch) => validateValue(branch, value, path));
  const matching = results.filter((result) => result.length === 0).length;
  if (rule === 'anyOf' ? matching >= 1 : matching === 1) return;
  if (rule === 'oneOf' && matching > 1) {
    issues.push({ path, rule, message: 'matches more than one of the allowed shapes' });
    return;
  }
  const ruledOut = (issue: ValidationIssue): boolean =>
    issue.rule === 'const' || issue.rule === 'enum' || (issue.rule === 'type' && issue.path === path);
  const candidates = results.filter((result) => !result.some(ruledOut));
  if (candidates.length > 0) {
    issues.push(...candidates.reduce((fewest, result) => (result.length < fewest.length ? result : fewest)));
    return;
  }
  if (alreadyReported) return;
  // Every branch was ruled out. If all were ruled out at one field (`source` is neither "manual"
  // nor a link kind), say what that field may be; otherwise the value fits no shape at all.
  const decisive = results.map((result) => result.filter(ruledOut));
  const fields = new Set(decisive.flat().map((issue) => issue.path));
  const first = decisive[0]?.[0];
  if (fields.size === 1 && first !== undefined && decisive.every((found) => found.length > 0)) {
    const messages = [...new Set(decisive.flat().map((issue) => issue.message))];
    issues.push({ path: first.path, rule: first.rule, message: messages.join(', or ') });
    return;
  }
  issues.push({ path, rule, message: 'does not match any of the allowed shapes' });
}

function hasType(value: unknown, type: JsonType | readonly JsonType[]): boolean {
  return typeof type === 'string' ? isType(value, type) : type.some((candidate) => isType(value, candidate));
}

function isType(value: unknown, type: JsonType): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
  }
}

/** The indexes of the first two equal items (JSON equality), if two are. */
function firstDuplicate(value: readonly unknown[]): [number, number] | undefined {
  for (let later = 1; later < value.length; later += 1) {
    for (let earlier = 0; earlier < later; earlier += 1) {
      if (jsonEqual(value[earlier], value[later])) return [earlier, later];
    }
  }
  return undefined;
}

/** A file's or a body's bytes: what a `format: binary` string may be given as. */
export function isBinary(value: unknown): value is Blob | ArrayBuffer | ArrayBufferView {
  return value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value);
}

/** JSON equality, for `const` and `enum` (which in these specs hold strings and null). */
/** JSON Schema's equality: the same JSON value, whatever the order of an object's keys. */
function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length &&
    keys.every(
      (key) =>
        Object.hasOwn(b, key) && jsonEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
    )
  );
}

/** String length as JSON Schema counts it: in code points, so an emoji is one character. */
function codePointLength(value: string): number {
  let length = 0;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < value.length) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index += 1;
    }
    length += 1;
  }
  return length;
}

/** `['integer', 'string']` → `an integer or a string`: what a value must be, in words. */
export function typeWords(type: JsonType | readonly JsonType[]): string {
  return (typeof type === 'string' ? [type] : type).map(article).join(' or ');
}

function article(type: JsonType): string {
  return type === 'null'
    ? 'null'
    : type === 'array' || type === 'integer' || type === 'object'
      ? `an ${type}`
      : `a ${type}`;
}

/** What a value that breaks `pattern` is told: the spec's words for it when there are any, then the regex. */
export function patternMessage(pattern: RegExp, description: string | undefined): string {
  return description === undefined ? `must match ${pattern.source}` : `must be ${description} (${pattern.source})`;
}
