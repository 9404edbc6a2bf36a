/** Small helpers over parsed (dereferenced) OpenAPI documents. */
export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asObject(value: unknown): Json {
  return isObject(value) ? value : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Keys that only document: a change to them is a patch. `x-assumption` marks our own guesses
 * about undocumented facts; rewording one changes no behaviour.
 */
export const DOC_KEYS: ReadonlySet<string> = new Set([
  'description',
  'summary',
  'title',
  'examples',
  'example',
  'externalDocs',
  'x-assumption',
  'x-provider-docs',
  '$comment',
]);

/** Keys whose value maps names to schemas (the names are data, not keywords). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
/** Keys whose array value is a set. */
const SET_KEYS = new Set(['enum', 'required', 'type', 'x-extensible-enum']);
/** Keys whose value is data: kept as written. */
const DATA_KEYS = new Set(['const', 'default', 'enum']);

/**
 * A key-sorted JSON text of a schema without its documentation, so that two schemas that differ
 * only in descriptions or examples give the same text. Dereferenced documents can be cyclic (a
 * recursive schema); a node met again below itself is written as `"[cycle]"`.
 */
export function shapeOf(value: unknown): string {
  return stableStringify(canonical(value, new Set(), false));
}

function canonical(value: unknown, ancestors: Set<unknown>, isData: boolean): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (ancestors.has(value)) return '[cycle]';
  ancestors.add(value);
  try {
    if (Array.isArray(value)) return value.map((item) => canonical(item, ancestors, isData));
    const result: Json = {};
    for (const [key, child] of Object.entries(value)) {
      if (isData) {
        result[key] = canonical(child, ancestors, true);
      } else if (DOC_KEYS.has(key)) {
        continue;
      } else if (SCHEMA_MAPS.has(key) && isObject(child)) {
        result[key] = Object.fromEntries(
          Object.entries(child).map(([name, schema]) => [name, canonical(schema, ancestors, false)]),
        );
      } else if (SET_KEYS.has(key) && Array.isArray(child)) {
        result[key] = child.map((item) => stableStringify(canonical(item, ancestors, true))).sort();
      } else {
        result[key] = canonical(child, ancestors, DATA_KEYS.has(key));
      }
    }
    return result;
  } finally {
    ancestors.delete(value);
  }
}

/** JSON text with object keys sorted, so equal data gives equal text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, (_key, child: unknown) =>
    isObject(child)
      ? Object.fromEntries(
          Object.keys(child)
            .sort()
            .map((key) => [key, child[key]]),
        )
      : child,
  );
}

/** Whether two values are equal data (no cycle handling: for values such as enums and defaults). */
export function sameValue(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

/** A value for a message: `paid`, `42`, `null` (a schema is shown without its documentation). */
export function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = typeof value === 'string' ? value : shapeOf(value);
  return '`' + (text.length > 60 ? `${text.slice(0, 57)}...` : text) + '`';
}

/** A list of values for a message. */
export function showAll(values: readonly unknown[]): string {
  return values.map(show).join(', ');
}
