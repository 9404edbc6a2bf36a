// Resolve the local `$ref`s of a bundled document (Redocly's bundle has already brought every
// other file's references into the document), keeping what the release report needs to speak in
// the names users import:
//
// - identity: each referenced node is resolved once, so a schema used by three operations is one
//   object in all three places (a recursive schema becomes a cycle), and
// - origin: `componentName(node)` tells which `components/schemas` entry a node is, so a change
//   inside it is reported as `InvoiceLine.tax_rate`, not as a pointer into one of its uses.
//
// Keywords next to a `$ref` (OpenAPI 3.1: a field's own `description`) override the target's, as
// the lint and openapi-typescript read them; such a node is a copy that keeps the target's name.
import { type Json, isObject } from './json.js';

const componentNames = new WeakMap<object, string>();

/** The `components/schemas` name a resolved node came from, if it is one. */
export function componentName(node: unknown): string | undefined {
  return typeof node === 'object' && node !== null ? componentNames.get(node) : undefined;
}

/** A copy of `document` with every local `$ref` replaced by its (shared) target. */
export function dereference(document: Json): Json {
  const resolved = new Map<object, unknown>();
  const merges: (() => void)[] = [];

  const resolve = (value: unknown, trail: readonly string[]): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    const done = resolved.get(value);
    if (done !== undefined) return done;
    if (Array.isArray(value)) {
      const copy: unknown[] = [];
      resolved.set(value, copy);
      for (const item of value) copy.push(resolve(item, trail));
      return copy;
    }
    const node = value as Json;
    const ref = node['$ref'];
    if (typeof ref === 'string') {
      if (trail.includes(ref)) throw new Error(`\`$ref\` ${ref} refers to itself without a schema in between.`);
      const target = resolve(lookup(document, ref), [...trail, ref]);
      const name = /^#\/components\/schemas\/([^/]+)$/.exec(ref)?.[1];
      const siblings = Object.keys(node).filter((key) => key !== '$ref');
      if (siblings.length === 0) {
        resolved.set(value, target);
        if (name !== undefined && isObject(target) && !componentNames.has(target)) {
          componentNames.set(target, decodeSegment(name));
        }
        return target;
      }
      // The target may still be under construction (a cycle): fill in its keys once all is resolved.
      const copy: Json = {};
      resolved.set(value, copy);
      for (const key of siblings) copy[key] = resolve(node[key], []);
      merges.push(() => {
        if (!isObject(target)) return;
        for (const [key, child] of Object.entries(target)) if (!(key in copy)) copy[key] = child;
      });
      if (name !== undefined) componentNames.set(copy, decodeSegment(name));
      return copy;
    }
    const copy: Json = {};
    resolved.set(value, copy);
    for (const [key, child] of Object.entries(node)) copy[key] = resolve(child, []);
    return copy;
  };

  const result = resolve(document, []) as Json;
  for (const merge of merges) merge();
  const schemas = (result['components'] as Json | undefined)?.['schemas'];
  if (isObject(schemas)) {
    for (const [name, schema] of Object.entries(schemas)) {
      if (isObject(schema) && !componentNames.has(schema)) componentNames.set(schema, name);
    }
  }
  return result;
}

function lookup(document: Json, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`\`$ref\` ${ref} is not local: the document must be bundled first.`);
  let node: unknown = document;
  for (const segment of ref.slice(1).split('/').slice(1)) {
    const key = decodeSegment(segment);
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
    if (node === undefined) throw new Error(`\`$ref\` ${ref} points to nothing.`);
  }
  return node;
}

function decodeSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}
