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
 * report the branch the value was evidently meant for (see `checkBranches`).
 */
export function validateValue(schema: JsonSchema, value: unknown, basePath = ''): ValidationIssue[] {
  const checker = checkerFor(schema);
  // Valid requests are the common case: answer them with the yes/no pass, which builds nothing.
  return checker(value, basePath, undefined, 0) ? [] : problems(checker, value, basePath);
}

/** Every problem of a value the schema refuses, each once. */
function problems(checker: Checker, value: unknown, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  // A refusal must name a problem: one found only by a part that reports none is named generically.
  if (!checker(value, path, issues, 0) && issues.length === 0)
    issues.push({ path, rule: 'schema', message: 'does not match the schema' });
  return withoutRepeats(issues);
}

/** The yes/no answer: stops at the first problem and builds no messages. */
export function matches(schema: JsonSchema, value: unknown): boolean {
  return checkerFor(schema)(value, '', undefined, 0);
}

/**
 * A schema compiled into a closure over just its own keywords, once. Walking the schema objects
 * on every call read a dozen optional keywords per node from objects of as many shapes, which V8
 * cannot optimize (megamorphic loads): large bodies took tens of microseconds.
 *
 * One closure answers both questions. Without `issues` it is the yes/no check: it returns at the
 * first problem and builds no pointer or message. With `issues` it appends every problem, with its
 * JSON pointer below `path`; `since` is where this value's problems start in `issues` (so that an
 * `anyOf` sees what the value's other keywords and `allOf` parts found).
 */
type Checker = (value: unknown, path: string, issues: ValidationIssue[] | undefined, since: number) => boolean;

const checkers = new WeakMap<JsonSchema, Checker>();

function checkerFor(schema: JsonSchema): Checker {
  let checker = checkers.get(schema);
  if (checker === undefined) {
    checker = compile(schema);
    checkers.set(schema, checker);
  }
  return checker;
}

/** A checker for `schema` compiled on first use (schemas may refer to themselves). */
function lazyChecker(schema: JsonSchema): Checker {
  let checker: Checker | undefined;
  return (value, path, issues, since) => (checker ??= checkerFor(schema))(value, path, issues, since);
}

/** Record a problem (when problems are being listed) and answer "no". */
function fail(issues: ValidationIssue[] | undefined, path: string, rule: string, message: string): false {
  issues?.push({ path, rule, message });
  return false;
}

/** The pointer of a child: only built when problems are being listed. */
function below(issues: ValidationIssue[] | undefined, path: string, key: string): string {
  return issues === undefined ? path : `${path}/${escapePointer(key)}`;
}

function compile(schema: JsonSchema): Checker {
  if (schema.binary) {
    // Bytes: no keyword of a string applies to them.
    const { binary: _binary, ...text } = schema;
    const asText = compile(text);
    return (value, path, issues, since) => isBinary(value) || asText(value, path, issues, since);
  }
  const tests: Checker[] = [];
  const { type, minLength, maxLength, pattern, minimum, maximum, minItems, maxItems } = schema;
  if (schema.const !== undefined) {
    const expected = schema.const.value;
    const message = `must be ${JSON.stringify(expected)}`;
    tests.push((value, path, issues) => jsonEqual(value, expected) || fail(issues, path, 'const', message));
  }
  if (schema.enum !== undefined) {
    const allowed = schema.enum;
    const message = `must be one of: ${allowed.map((item) => JSON.stringify(item)).join(', ')}`;
    const primitives = allowed.every((candidate) => typeof candidate !== 'object' || candidate === null)
      ? new Set(allowed)
      : undefined;
    tests.push(
      (value, path, issues) =>
        (primitives === undefined ? allowed.some((candidate) => jsonEqual(value, candidate)) : primitives.has(value)) ||
        fail(issues, path, 'enum', message),
    );
  }
  if (minLength !== undefined || maxLength !== undefined) {
    tests.push((value, path, issues) => {
      if (typeof value !== 'string') return true;
      const length = codePointLength(value);
      const short = minLength !== undefined && length < minLength;
      if (short) fail(issues, path, 'minLength', `must have at least ${minLength} character${plural(minLength)}`);
      if (short && issues === undefined) return false;
      const long = maxLength !== undefined && length > maxLength;
      if (long) fail(issues, path, 'maxLength', `must have at most ${maxLength} character${plural(maxLength)}`);
      return !short && !long;
    });
  }
  if (pattern !== undefined) {
    const message = patternMessage(pattern, schema.patternDescription);
    tests.push(
      (value, path, issues) =>
        typeof value !== 'string' || pattern.test(value) || fail(issues, path, 'pattern', message),
    );
  }
  if (minimum !== undefined) {
    tests.push(
      (value, path, issues) =>
        typeof value !== 'number' || value >= minimum || fail(issues, path, 'minimum', `must be at least ${minimum}`),
    );
  }
  if (maximum !== undefined) {
    tests.push(
      (value, path, issues) =>
        typeof value !== 'number' || value <= maximum || fail(issues, path, 'maximum', `must be at most ${maximum}`),
    );
  }
  if (minItems !== undefined) {
    tests.push(
      (value, path, issues) =>
        !Array.isArray(value) ||
        value.length >= minItems ||
        fail(issues, path, 'minItems', `must have at least ${minItems} item${plural(minItems)}`),
    );
  }
  if (maxItems !== undefined) {
    tests.push(
      (value, path, issues) =>
        !Array.isArray(value) ||
        value.length <= maxItems ||
        fail(issues, path, 'maxItems', `must have at most ${maxItems} item${plural(maxItems)}`),
    );
  }
  if (schema.uniqueItems === true) {
    tests.push((value, path, issues) => {
      const duplicate = Array.isArray(value) ? firstDuplicate(value) : undefined;
      return (
        duplicate === undefined ||
        fail(
          issues,
          path,
          'uniqueItems',
          `must not repeat an item (items ${duplicate[0]} and ${duplicate[1]} are equal)`,
        )
      );
    });
  }
  if (schema.items !== undefined) {
    const item = lazyChecker(schema.items);
    tests.push((value, path, issues) => {
      if (!Array.isArray(value)) return true;
      let valid = true;
      // An index loop, not `every`, which skips holes: a hole is sent as null and must be checked.
      for (let index = 0; index < value.length; index += 1) {
        const at = issues === undefined ? path : `${path}/${index}`;
        if (!item(value[index], at, issues, issues?.length ?? 0)) {
          if (issues === undefined) return false;
          valid = false;
        }
      }
      return valid;
    });
  }
  const objectTest = compileObject(schema);
  if (objectTest !== undefined)
    tests.push((value, path, issues) => !isObject(value) || objectTest(value, path, issues));
  for (const part of (schema.allOf ?? []).map(lazyChecker)) tests.push(part);
  if (schema.anyOf !== undefined) tests.push(branchesTest('anyOf', schema.anyOf));
  if (schema.oneOf !== undefined) tests.push(branchesTest('oneOf', schema.oneOf));
  for (const rule of schema.rules ?? []) {
    tests.push((value, path, issues) => {
      if (issues === undefined) return rule.matches(value, validator, schema);
      const before = issues.length;
      rule.check(value, path, issues, validator, schema);
      return issues.length === before;
    });
  }
  if (type === undefined && tests.length === 1) return tests[0]!;
  const typeTest = type === undefined ? undefined : typeof type === 'string' ? oneType(type) : someType(type);
  const typeMessage = type === undefined ? '' : `must be ${typeWords(type)}`;
  // Many schemas are a type alone (`{ type: ['string', 'null'] }`): no loop for them.
  if (typeTest !== undefined && tests.length === 0)
    return (value, path, issues) => typeTest(value) || fail(issues, path, 'type', typeMessage);
  return (value, path, issues, since) => {
    // Every other keyword would only repeat a type mismatch.
    if (typeTest !== undefined && !typeTest(value)) return fail(issues, path, 'type', typeMessage);
    let valid = true;
    for (const test of tests) {
      if (!test(value, path, issues, since)) {
        if (issues === undefined) return false;
        valid = false;
      }
    }
    return valid;
  };
}

function oneType(type: JsonType): (value: unknown) => boolean {
  return (value) => isType(value, type);
}

function someType(types: readonly JsonType[]): (value: unknown) => boolean {
  return (value) => types.some((type) => isType(value, type));
}

/** `required`, `properties`, `additionalProperties` and `minProperties`, in one pass over the fields. */
function compileObject(
  schema: JsonSchema,
): ((value: Record<string, unknown>, path: string, issues: ValidationIssue[] | undefined) => boolean) | undefined {
  const { required, properties, additionalProperties, minProperties } = schema;
  if (
    required === undefined &&
    properties === undefined &&
    (additionalProperties === undefined || additionalProperties === true) &&
    minProperties === undefined
  )
    return undefined;
  const fields = new Map<string, Checker>();
  for (const name in properties) if (Object.hasOwn(properties, name)) fields.set(name, lazyChecker(properties[name]!));
  const closed = additionalProperties === false;
  const rest = typeof additionalProperties === 'object' ? lazyChecker(additionalProperties) : undefined;
  return (value, path, issues) => {
    // A too-small object is reported before its fields' problems.
    const start = issues?.length ?? 0;
    let valid = true;
    if (required !== undefined) {
      for (const name of required) {
        // An undefined field is not sent (JSON.stringify drops it), so it is missing.
        if (!Object.hasOwn(value, name) || value[name] === undefined) {
          if (issues === undefined) return false;
          valid = fail(issues, below(issues, path, name), 'required', 'is required');
        }
      }
    }
    let defined = 0;
    // Own keys only, `__proto__` included when it is an own (JSON-parsed) key: that is what JSON.stringify sends.
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      const child = value[key];
      if (child !== undefined) defined += 1;
      const field = fields.get(key);
      const at = below(issues, path, key);
      const fits =
        field !== undefined
          ? child === undefined || field(child, at, issues, issues?.length ?? 0)
          : closed
            ? fail(issues, at, 'additionalProperties', 'is not a field the API accepts')
            : rest === undefined || child === undefined || rest(child, at, issues, issues?.length ?? 0);
      if (!fits) {
        if (issues === undefined) return false;
        valid = false;
      }
    }
    if (minProperties !== undefined && defined < minProperties) {
      if (issues === undefined) return false;
      issues.splice(start, 0, {
        path,
        rule: 'minProperties',
        message: `must have at least ${minProperties} field${plural(minProperties)}`,
      });
      valid = false;
    }
    return valid;
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

/** The validator as the rules of `rules/` see it, for their subschemas. */
const validator: Validator = {
  matches,
  check: (schema, value, path, issues) => void checkerFor(schema)(value, path, issues, issues.length),
};

/** `anyOf` or `oneOf`: the yes/no answer at once, the problems through `checkBranches`. */
function branchesTest(rule: 'anyOf' | 'oneOf', schemas: readonly JsonSchema[]): Checker {
  const branches = schemas.map(lazyChecker);
  return (value, path, issues, since) => {
    if (issues !== undefined) return checkBranches(rule, schemas, value, path, issues, issues.length > since);
    if (rule === 'anyOf') return branches.some((branch) => branch(value, path, undefined, 0));
    let count = 0;
    for (const branch of branches) if (branch(value, path, undefined, 0) && ++count > 1) return false;
    return count === 1;
  };
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
): boolean {
  const results = branches.map((branch) => problems(checkerFor(branch), value, path));
  const matching = results.filter((result) => result.length === 0).length;
  if (rule === 'anyOf' ? matching >= 1 : matching === 1) return true;
  if (rule === 'oneOf' && matching > 1) {
    issues.push({ path, rule, message: 'matches more than one of the allowed shapes' });
    return false;
  }
  const ruledOut = (issue: ValidationIssue): boolean =>
    issue.rule === 'const' || issue.rule === 'enum' || (issue.rule === 'type' && issue.path === path);
  const candidates = results.filter((result) => !result.some(ruledOut));
  if (candidates.length > 0) {
    issues.push(...candidates.reduce((fewest, result) => (result.length < fewest.length ? result : fewest)));
    return false;
  }
  if (alreadyReported) return false;
  // Every branch was ruled out. If all were ruled out at one field (`source` is neither "manual"
  // nor a link kind), say what that field may be; otherwise the value fits no shape at all.
  const decisive = results.map((result) => result.filter(ruledOut));
  const fields = new Set(decisive.flat().map((issue) => issue.path));
  const first = decisive[0]?.[0];
  if (fields.size === 1 && first !== undefined && decisive.every((found) => found.length > 0)) {
    const messages = [...new Set(decisive.flat().map((issue) => issue.message))];
    issues.push({ path: first.path, rule: first.rule, message: messages.join(', or ') });
    return false;
  }
  issues.push({ path, rule, message: 'does not match any of the allowed shapes' });
  return false;
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
