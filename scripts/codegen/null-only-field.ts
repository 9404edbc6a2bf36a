import { resolveRef } from './resolve-ref.js';

type Json = Record<string, unknown>;

/**
 * Whether a body schema has a field whose only value is `null` (`type: 'null'`, `const: null`,
 * `enum: [null]`): as a property, a map's values or a pattern's. openapi-fetch 0.17 types such a
 * field `never` in a request body: its `Writable` helper reads `NonNullable<null>` (`never`) as a
 * read-only marker and drops the field (openapi-ts/openapi-typescript#2717, fix proposed in #2825).
 * The operation's own request type keeps the field; only its call into openapi-fetch is cast.
 */
export function hasNullOnlyField(document: Json, schema: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (node: unknown, isField: boolean): boolean => {
    if (typeof node !== 'object' || node === null) return false;
    const resolved = resolveRef(document, node);
    if (typeof resolved !== 'object' || resolved === null || seen.has(resolved)) return false;
    seen.add(resolved);
    const value = resolved as Json;
    if (isField && isNullOnly(value)) return true;
    const fields = [
      ...Object.values((value['properties'] ?? {}) as Json),
      ...Object.values((value['patternProperties'] ?? {}) as Json),
      value['additionalProperties'],
    ];
    const inPlace = [...(['allOf', 'anyOf', 'oneOf'] as const).flatMap((key) => (value[key] ?? []) as unknown[])];
    const nested = [value['items'], ...((value['prefixItems'] ?? []) as unknown[]), value['then'], value['else']];
    return (
      fields.some((field) => visit(field, true)) ||
      inPlace.some((branch) => visit(branch, isField)) ||
      nested.some((item) => visit(item, false))
    );
  };
  return visit(schema, false);
}

function isNullOnly(schema: Json): boolean {
  const type = schema['type'];
  if (type === 'null' || (Array.isArray(type) && type.length > 0 && type.every((item) => item === 'null'))) return true;
  if (Object.hasOwn(schema, 'const') && schema['const'] === null) return true;
  const values = schema['enum'];
  return Array.isArray(values) && values.length > 0 && values.every((item) => item === null);
}
