// One schema as the facts a validator checks, with its compositions folded in: `allOf` members
// all apply (the stricter value of each limit wins), `oneOf`/`anyOf` branches are alternatives (a
// limit survives only if every branch has it; a field required in some branches only is
// "conditionally required"). The contract diff compares two such views field by field.
import { OPEN_ENUM_VALUES, isSchema, type Json, type Schema } from './schema-tree.js';

export const MIN_LIMITS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'] as const;
export const MAX_LIMITS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'] as const;
export type LimitKey = (typeof MIN_LIMITS)[number] | (typeof MAX_LIMITS)[number];
const LIMIT_KEYS: readonly LimitKey[] = [...MIN_LIMITS, ...MAX_LIMITS];

export interface View {
  /** JSON types allowed, `null` included; undefined: any. An empty set accepts nothing. */
  readonly types: ReadonlySet<string> | undefined;
  /** Allowed (closed) or known (open) values; undefined: no enum. */
  readonly enumValues: readonly Json[] | undefined;
  readonly enumOpen: boolean;
  readonly format: string | undefined;
  readonly limits: Readonly<Partial<Record<LimitKey, number>>>;
  readonly patterns: readonly string[];
  readonly properties: ReadonlyMap<string, View>;
  readonly required: ReadonlySet<string>;
  /** Required in some `oneOf`/`anyOf` branches only. */
  readonly conditional: ReadonlySet<string>;
  /** `additionalProperties: false`. */
  readonly closed: boolean;
  readonly items: View | undefined;
  /** The `x-assumption` texts of the schema and of everything composed into it. */
  readonly assumptions: readonly string[];
}

const ANY: View = {
  types: undefined,
  enumValues: undefined,
  enumOpen: false,
  format: undefined,
  limits: {},
  patterns: [],
  properties: new Map(),
  required: new Set(),
  conditional: new Set(),
  closed: false,
  items: undefined,
  assumptions: [],
};
const NOTHING: View = { ...ANY, types: new Set() };

const key = (value: Json): string => JSON.stringify(value);

function jsonType(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** The view of an inlined schema (see schema-tree.ts: `inline`, then `forDirection`). */
export function viewOf(schema: Json | undefined): View {
  if (schema === undefined || schema === true) return ANY;
  if (schema === false) return NOTHING;
  if (!isSchema(schema)) return ANY;
  let view = ownView(schema);
  if (Array.isArray(schema['allOf'])) for (const member of schema['allOf']) view = intersect(view, viewOf(member));
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && branches.length > 0) view = intersect(view, union(branches.map(viewOf)));
  }
  return view;
}

function ownView(schema: Schema): View {
  const type = schema['type'];
  let types = typeof type === 'string' ? new Set([type]) : Array.isArray(type) ? new Set(type.map(String)) : undefined;
  let enumValues: Json[] | undefined;
  let enumOpen = false;
  if ('const' in schema) enumValues = [schema['const'] ?? null];
  else if (Array.isArray(schema['enum'])) enumValues = schema['enum'];
  else if (Array.isArray(schema['x-extensible-enum'])) [enumValues, enumOpen] = [schema['x-extensible-enum'], true];
  else if (Array.isArray(schema[OPEN_ENUM_VALUES])) [enumValues, enumOpen] = [schema[OPEN_ENUM_VALUES], true];
  // A closed enum without `type` still admits only the types of its values.
  if (types === undefined && enumValues !== undefined && !enumOpen) types = new Set(enumValues.map(jsonType));
  const limits: Partial<Record<LimitKey, number>> = {};
  for (const limit of LIMIT_KEYS) if (typeof schema[limit] === 'number') limits[limit] = schema[limit];
  const properties = new Map<string, View>();
  for (const [name, property] of Object.entries(isSchema(schema['properties']) ? schema['properties'] : {})) {
    // `false`: a property that may not appear in this direction (readOnly in a request).
    if (property !== false) properties.set(name, viewOf(property));
  }
  return {
    types,
    enumValues,
    enumOpen,
    format: typeof schema['format'] === 'string' ? schema['format'] : undefined,
    limits,
    patterns: typeof schema['pattern'] === 'string' ? [schema['pattern']] : [],
    properties,
    required: new Set(Array.isArray(schema['required']) ? schema['required'].map(String) : []),
    conditional: new Set(),
    closed: schema['additionalProperties'] === false,
    items: 'items' in schema ? viewOf(schema['items']) : undefined,
    assumptions: typeof schema['x-assumption'] === 'string' ? [schema['x-assumption']] : [],
  };
}

function intersectTypes(a: View['types'], b: View['types']): View['types'] {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const both = new Set([...a].filter((type) => b.has(type)));
  // An integer is a number: `number` with `integer` leaves `integer`.
  if (a.has('number') && b.has('integer')) both.add('integer');
  if (b.has('number') && a.has('integer')) both.add('integer');
  return both;
}

function intersect(a: View, b: View): View {
  let enumValues = a.enumValues ?? b.enumValues;
  let enumOpen = a.enumValues === undefined ? b.enumOpen : b.enumValues === undefined ? a.enumOpen : false;
  if (a.enumValues !== undefined && b.enumValues !== undefined) {
    if (a.enumOpen && b.enumOpen) [enumValues, enumOpen] = [unique([...a.enumValues, ...b.enumValues]), true];
    else if (a.enumOpen) enumValues = b.enumValues;
    else if (b.enumOpen) enumValues = a.enumValues;
    else enumValues = a.enumValues.filter((value) => b.enumValues!.some((other) => key(other) === key(value)));
  }
  const limits: Partial<Record<LimitKey, number>> = { ...a.limits };
  for (const limit of LIMIT_KEYS) {
    const other = b.limits[limit];
    if (other === undefined) continue;
    const mine = limits[limit];
    limits[limit] =
      mine === undefined
        ? other
        : (MIN_LIMITS as readonly string[]).includes(limit)
          ? Math.max(mine, other)
          : Math.min(mine, other);
  }
  const properties = new Map(a.properties);
  for (const [name, view] of b.properties) {
    const mine = properties.get(name);
    properties.set(name, mine ? intersect(mine, view) : view);
  }
  const required = new Set([...a.required, ...b.required]);
  return {
    types: intersectTypes(a.types, b.types),
    enumValues,
    enumOpen,
    format: a.format ?? b.format,
    limits,
    patterns: unique([...a.patterns, ...b.patterns]),
    properties,
    required,
    conditional: new Set([...a.conditional, ...b.conditional].filter((name) => !required.has(name))),
    closed: a.closed || b.closed,
    items: a.items && b.items ? intersect(a.items, b.items) : (a.items ?? b.items),
    assumptions: unique([...a.assumptions, ...b.assumptions]),
  };
}

/** Alternatives. A branch that only admits null makes the rest nullable and adds nothing else. */
function union(all: readonly View[]): View {
  const isNullOnly = (view: View): boolean => view.types?.size === 1 && view.types.has('null');
  const nullOnly = all.filter(isNullOnly);
  const branches = all.filter((view) => !isNullOnly(view));
  if (branches.length === 0) return nullOnly[0] ?? ANY;
  const every = <T>(pick: (view: View) => T | undefined): T[] | undefined => {
    const values = branches.map(pick);
    return values.every((value) => value !== undefined) ? (values as T[]) : undefined;
  };
  const typeSets = every((view) => view.types);
  const types = typeSets ? new Set(typeSets.flatMap((set) => [...set])) : undefined;
  if (types && nullOnly.length > 0) types.add('null');
  const enums = every((view) => view.enumValues);
  const limits: Partial<Record<LimitKey, number>> = {};
  for (const limit of LIMIT_KEYS) {
    const values = every((view) => view.limits[limit]);
    if (values)
      limits[limit] = (MIN_LIMITS as readonly string[]).includes(limit) ? Math.min(...values) : Math.max(...values);
  }
  const formats = every((view) => view.format);
  const patternLists = branches.map((view) => view.patterns.join('\n'));
  const properties = new Map<string, View>();
  for (const name of unique(branches.flatMap((view) => [...view.properties.keys()]))) {
    // A branch that does not declare the field leaves it free, unless the branch is closed.
    const free = branches.some((view) => !view.properties.has(name) && !view.closed);
    const declared = branches.flatMap((view) => view.properties.get(name) ?? []);
    properties.set(name, free ? ANY : union(declared));
  }
  const required = new Set(
    [...branches[0]!.required].filter((name) => branches.every((view) => view.required.has(name))),
  );
  const conditional = new Set(
    branches.flatMap((view) => [...view.required, ...view.conditional]).filter((name) => !required.has(name)),
  );
  const items = every((view) => view.items);
  return {
    types,
    enumValues: enums ? unique(enums.flat()) : undefined,
    enumOpen: branches.some((view) => view.enumOpen),
    format: formats && new Set(formats).size === 1 ? formats[0] : undefined,
    limits,
    patterns: new Set(patternLists).size === 1 ? [...branches[0]!.patterns] : [],
    properties,
    required,
    conditional,
    closed: branches.every((view) => view.closed),
    items: items ? union(items) : undefined,
    assumptions: unique(all.flatMap((view) => view.assumptions)),
  };
}

function unique<T>(values: readonly T[]): T[] {
  const seen = new Map<string, T>();
  for (const value of values) seen.set(key(value as Json), value);
  return [...seen.values()];
}

/** Whether the view accepts `null`: its types allow it and a closed enum, if any, lists it. */
export function acceptsNull(view: View): boolean {
  if (view.types !== undefined && !view.types.has('null')) return false;
  if (view.enumValues !== undefined && !view.enumOpen) return view.enumValues.includes(null);
  return true;
}
