import type { ErrorShape } from '../../src/errors/error-summary.js';

type Json = Record<string, unknown>;
type Resolve = (node: unknown) => unknown;

/**
 * Property names that say what went wrong, best first: RFC 9457's `detail` and `title`, OAuth's
 * `error_description` and `error`, FastAPI's `msg`, and the common `message`, `reason`, `description`.
 */
const TEXT_NAMES = ['detail', 'message', 'error_description', 'msg', 'title', 'reason', 'description', 'error'];
/** Property names that name the request field at fault (`loc` is FastAPI's path of steps). */
const FIELD_NAMES = ['field', 'loc', 'param', 'parameter', 'pointer', 'path', 'location', 'property'];
/** Deep enough for `{ error: { errors: [{ message }] } }`; error bodies are never deeper in practice. */
const MAX_DEPTH = 3;

/**
 * How the runtime reads one documented error body (src/errors/error-summary.ts), from its schema: which
 * properties carry a message, which names the field, which holds a list of problems or a nested error
 * object. Undefined when the schema has nothing to read, so the message shows the status alone.
 */
export function readErrorShape(schema: unknown, resolve: Resolve, depth = 0): ErrorShape | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const properties = collectProperties(schema, resolve);
  const text = TEXT_NAMES.filter((name) => properties.get(name)?.some((branch) => allows(branch, 'string', resolve)));
  const field = FIELD_NAMES.find((name) =>
    properties.get(name)?.some((branch) => allows(branch, 'string', resolve) || allows(branch, 'array', resolve)),
  );
  let list: [string, ErrorShape] | undefined;
  let nested: [string, ErrorShape] | undefined;
  for (const [name, branches] of properties) {
    for (const branch of branches) {
      const items = arrayItems(branch, resolve);
      const itemShape = items === undefined ? undefined : readErrorShape(items, resolve, depth + 1);
      if (list === undefined && itemShape !== undefined) list = [name, itemShape];
      const inner = allows(branch, 'object', resolve) ? readErrorShape(branch, resolve, depth + 1) : undefined;
      if (nested === undefined && inner !== undefined && name !== list?.[0]) nested = [name, inner];
    }
  }
  if (text.length === 0 && list === undefined && nested === undefined) return undefined;
  return {
    ...(text.length > 0 ? { text } : {}),
    ...(text.length > 0 && field !== undefined ? { field } : {}),
    ...(list !== undefined ? { list } : {}),
    ...(nested !== undefined ? { nested } : {}),
  };
}

/** Every property a value of `schema` may have, with each schema it may take (through `$ref`, `allOf`, `anyOf`, `oneOf`). */
function collectProperties(schema: unknown, resolve: Resolve, seen = new Set<unknown>()): Map<string, unknown[]> {
  const properties = new Map<string, unknown[]>();
  const visit = (node: unknown): void => {
    const resolved = resolve(node);
    if (typeof resolved !== 'object' || resolved === null || seen.has(resolved)) return;
    seen.add(resolved);
    const object = resolved as Json;
    for (const [name, child] of Object.entries((object['properties'] ?? {}) as Json)) {
      properties.set(name, [...(properties.get(name) ?? []), child]);
    }
    for (const key of ['allOf', 'anyOf', 'oneOf']) for (const part of asArray(object[key])) visit(part);
  };
  visit(schema);
  return properties;
}

/** Whether `schema` may be a value of `type` (a schema that names no type may be anything). */
function allows(schema: unknown, type: string, resolve: Resolve, depth = 0): boolean {
  const resolved = resolve(schema);
  if (typeof resolved !== 'object' || resolved === null || depth > 10) return resolved === true;
  const object = resolved as Json;
  const declared = object['type'];
  const branches = [...asArray(object['anyOf']), ...asArray(object['oneOf'])];
  if (declared === undefined)
    return branches.length === 0 ? true : branches.some((branch) => allows(branch, type, resolve, depth + 1));
  return Array.isArray(declared) ? declared.includes(type) : declared === type;
}

/** The item schema, when `schema` (or one of its branches) is an array of objects. */
function arrayItems(schema: unknown, resolve: Resolve): unknown {
  const resolved = resolve(schema) as Json | undefined;
  if (typeof resolved !== 'object' || resolved === null) return undefined;
  if (resolved['items'] !== undefined && allows(resolved, 'array', resolve)) return resolved['items'];
  for (const branch of [...asArray(resolved['anyOf']), ...asArray(resolved['oneOf'])]) {
    const items = arrayItems(branch, resolve);
    if (items !== undefined) return items;
  }
  return undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
