// Reading one operation of an OpenAPI 3.1 document as plain, self-contained JSON Schemas: every
// local `$ref` inlined, and the schema prepared the way OpenAPI reads it for one direction
// (readOnly fields are not sent, writeOnly fields are not returned). Shared by `npm run
// contract:diff` and the provider-contract test, so both read the provider's description alike.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json };
export type Direction = 'request' | 'response';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Where an open enum's values are kept once `enum` is taken out (see `forDirection`), so a
 * generator can still draw the known values. Ajv ignores it like any other `x-` keyword.
 */
export const OPEN_ENUM_VALUES = 'x-open-enum-values';

export function isSchema(value: Json | undefined): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readDocument(file: string): Schema {
  const doc = parse(readFileSync(file, 'utf8')) as Json;
  if (!isSchema(doc)) throw new Error(`${file}: not an OpenAPI document`);
  return doc;
}

/** The value a local `$ref` (`#/a/b~1c`) points to. */
export function pointer(doc: Schema, ref: string): Json {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: Json = doc;
  for (const token of ref.slice(2).split('/')) {
    const key = decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
    const next: Json | undefined = isSchema(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
    if (next === undefined) throw new Error(`$ref ${ref} does not resolve`);
    node = next;
  }
  return node;
}

/**
 * A copy of `node` with every local `$ref` replaced by what it points to. Keywords written next to
 * a `$ref` are laid over the target's, as Redocly and Mollie's own SDK generator read them (so
 * `{$ref: url, type: [object, 'null']}` is a nullable url object). When both carry an
 * `x-assumption`, both texts are kept, joined.
 */
export function inline(doc: Schema, node: Json, seen: readonly string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => inline(doc, item, seen));
  if (!isSchema(node)) return node;
  const { $ref, ...siblings } = node;
  const own: Schema = {};
  for (const [key, value] of Object.entries(siblings)) own[key] = inline(doc, value, seen);
  if (typeof $ref !== 'string') return own;
  if (seen.includes($ref)) throw new Error(`recursive $ref ${$ref} (${seen.join(' → ')})`);
  const target = inline(doc, pointer(doc, $ref), [...seen, $ref]);
  if (!isSchema(target)) return target;
  const merged: Schema = { ...target, ...own };
  const assumptions = [own['x-assumption'], target['x-assumption']].filter((text) => typeof text === 'string');
  if (new Set(assumptions).size > 1) merged['x-assumption'] = assumptions.join(' / ');
  return merged;
}

export interface OperationRef {
  readonly path: string;
  readonly method: string;
  readonly operation: Schema;
  /** Parameters of the path item and of the operation (the operation's win), inlined. */
  readonly parameters: readonly Schema[];
}

/** The operation with this operationId, inlined where it is read below. */
export function findOperation(doc: Schema, operationId: string): OperationRef {
  const paths = doc['paths'];
  for (const [apiPath, rawItem] of Object.entries(isSchema(paths) ? paths : {})) {
    const item = inline(doc, rawItem);
    if (!isSchema(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isSchema(operation) || operation['operationId'] !== operationId) continue;
      const listed = [item['parameters'], operation['parameters']].flatMap((list) => (Array.isArray(list) ? list : []));
      const byKey = new Map<string, Schema>();
      for (const parameter of listed.filter(isSchema)) {
        const name = String(parameter['name']);
        const where = String(parameter['in']);
        byKey.set(`${where}:${where === 'header' ? name.toLowerCase() : name}`, parameter);
      }
      return { path: apiPath, method, operation, parameters: [...byKey.values()] };
    }
  }
  throw new Error(`no operation ${operationId}`);
}

/** The request body (`at: 'body'`) or the response of status `at`, as written. */
function contentHolder(ref: OperationRef, at: string): Json | undefined {
  if (at === 'body') return ref.operation['requestBody'];
  return isSchema(ref.operation['responses']) ? ref.operation['responses'][at] : undefined;
}

/** Media type → inlined schema, of the request body (`at: 'body'`) or of one response. */
export function contentSchemas(doc: Schema, ref: OperationRef, at: string): Map<string, Json> {
  const holder = contentHolder(ref, at);
  const out = new Map<string, Json>();
  if (holder === undefined) return out;
  const resolved = inline(doc, holder);
  const content = isSchema(resolved) ? resolved['content'] : undefined;
  for (const [media, value] of Object.entries(isSchema(content) ? content : {})) {
    if (isSchema(value)) out.set(media, inline(doc, value['schema'] ?? {}));
  }
  return out;
}

/** The examples of one media type (`example` and every `examples.*.value`), inlined. */
export function contentExamples(doc: Schema, ref: OperationRef, at: string, media: string): Json[] {
  const holder = contentHolder(ref, at);
  const resolved = holder === undefined ? undefined : inline(doc, holder);
  const content = isSchema(resolved) && isSchema(resolved['content']) ? resolved['content'][media] : undefined;
  if (!isSchema(content)) return [];
  const named = isSchema(content['examples']) ? Object.values(content['examples']) : [];
  return [
    ...(content['example'] === undefined ? [] : [content['example']]),
    ...named.filter(isSchema).flatMap((example) => (example['value'] === undefined ? [] : [example['value']])),
  ];
}

/** Whether an enum is open: ours say so with `x-extensible-enum`, Speakeasy-made descriptions with this flag. */
export function isOpenEnum(schema: Schema): boolean {
  return Array.isArray(schema['x-extensible-enum']) || schema['x-speakeasy-unknown-values'] === 'allow';
}

/** Property names of an object schema and of its `allOf` members, which `flag` marks. */
function flaggedProperties(schema: Schema, flag: 'readOnly' | 'writeOnly'): Set<string> {
  const names = new Set<string>();
  const visit = (node: Json | undefined): void => {
    if (!isSchema(node)) return;
    for (const [name, property] of Object.entries(isSchema(node['properties']) ? node['properties'] : {})) {
      if (isSchema(property) && property[flag] === true) names.add(name);
    }
    if (Array.isArray(node['allOf'])) node['allOf'].forEach(visit);
  };
  visit(schema);
  return names;
}

/**
 * An inlined schema as a validator should see it in one direction, as OpenAPI reads it:
 * - a readOnly property may not be sent: in a request it is not required and any value is refused;
 * - a writeOnly property is not returned: in a response it is not required and whatever comes is ignored;
 * - an open enum (`x-speakeasy-unknown-values: allow`) takes any value of its type: its `enum`
 *   moves to `x-open-enum-values`.
 */
export function forDirection(node: Json, direction: Direction): Json {
  if (Array.isArray(node)) return node.map((item) => forDirection(item, direction));
  if (!isSchema(node)) return node;
  const out: Schema = {};
  for (const [key, value] of Object.entries(node)) out[key] = forDirection(value, direction);
  if (out['x-speakeasy-unknown-values'] === 'allow' && Array.isArray(out['enum'])) {
    out[OPEN_ENUM_VALUES] = out['enum'];
    delete out['enum'];
  }
  const flag = direction === 'request' ? 'readOnly' : 'writeOnly';
  const dropped = flaggedProperties(node, flag);
  if (dropped.size > 0) stripProperties(out, dropped, direction);
  return out;
}

function stripProperties(node: Schema, names: ReadonlySet<string>, direction: Direction): void {
  if (Array.isArray(node['required'])) node['required'] = node['required'].filter((name) => !names.has(String(name)));
  if (isSchema(node['properties'])) {
    for (const name of names) {
      if (!(name in node['properties'])) continue;
      if (direction === 'request') node['properties'][name] = false;
      else delete node['properties'][name];
    }
  }
  if (Array.isArray(node['allOf'])) {
    for (const member of node['allOf']) if (isSchema(member)) stripProperties(member, names, direction);
  }
}
