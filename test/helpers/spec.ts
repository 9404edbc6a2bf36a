import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_DIR } from './project.js';

/**
 * Read-only questions about one of the OpenAPI documents in openapi/, for the contract test.
 *
 * The specs compose schemas (`allOf`, `oneOf`/`anyOf` with `{type: 'null'}`, `$ref` with sibling
 * keywords), so "the type of a field" is never a single lookup. Every answer below follows those
 * compositions the way a validator would read them, so that a test row states the documented fact
 * and not the shape of the YAML that currently expresses it.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Schema = { [key: string]: Json };

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

function isObject(value: Json | undefined): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : [];
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function jsonTypeOf(value: Json): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export class OpenApiDoc {
  constructor(
    readonly name: string,
    readonly doc: Schema,
  ) {}

  /** The value a local `$ref` points to (`#/a/b~1c` is `doc.a['b/c']`). */
  pointer(ref: string): Json {
    if (!ref.startsWith('#')) throw new Error(`${this.name}: only local $refs are supported, got ${ref}`);
    const tokens = ref === '#' ? [] : ref.slice(2).split('/');
    let node: Json = this.doc;
    for (const token of tokens) {
      const key = decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~');
      const next: Json | undefined = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
      if (next === undefined) throw new Error(`${this.name}: $ref ${ref} does not resolve`);
      node = next;
    }
    return node;
  }

  /**
   * Follow `$ref`s until an object without one. Sibling keywords of a `$ref` (OpenAPI 3.1 allows
   * them, and the specs use them for `description`) are laid over the target.
   */
  resolve(node: Json | undefined): Schema {
    let current = node;
    for (let depth = 0; depth < 64; depth++) {
      if (!isObject(current)) throw new Error(`${this.name}: expected an object, got ${JSON.stringify(current)}`);
      const { $ref, ...siblings } = current;
      if (typeof $ref !== 'string') return current;
      const target = this.pointer($ref);
      current = isObject(target) ? { ...target, ...siblings } : target;
    }
    throw new Error(`${this.name}: $ref cycle`);
  }

  /** The operation with this operationId, with the path item it sits in. */
  operation(operationId: string): { path: string; method: string; op: Schema; pathItem: Schema } {
    const paths = this.doc['paths'];
    for (const [apiPath, pathItem] of Object.entries(isObject(paths) ? paths : {})) {
      const item = this.resolve(pathItem);
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (isObject(op) && op['operationId'] === operationId) return { path: apiPath, method, op, pathItem: item };
      }
    }
    throw new Error(`${this.name}: no operation ${operationId}`);
  }

  /** A parameter of an operation (or its path item). Header names compare case-insensitively, as in HTTP. */
  parameter(operationId: string, location: string, name: string): Schema {
    const { op, pathItem } = this.operation(operationId);
    const same = (other: Json | undefined): boolean =>
      location === 'header' ? String(other).toLowerCase() === name.toLowerCase() : other === name;
    const params = [...list(op['parameters']), ...list(pathItem['parameters'])].map((p) => this.resolve(p));
    const found = params.find((p) => p['in'] === location && same(p['name']));
    if (!found) throw new Error(`${this.name} ${operationId}: no ${location} parameter ${name}`);
    return found;
  }

  /** The request body object, or a response object for a status code such as '200' or '4XX'. */
  bodyHolder(operationId: string, at: string): Schema {
    const { op } = this.operation(operationId);
    const holder = at === 'body' ? op['requestBody'] : isObject(op['responses']) ? op['responses'][at] : undefined;
    if (holder === undefined) throw new Error(`${this.name} ${operationId}: no ${at === 'body' ? 'request body' : at}`);
    return this.resolve(holder);
  }

  /** The media types under `content` of the request body ('body') or of a response. */
  mediaTypes(operationId: string, at: string): string[] {
    return Object.keys(this.resolve(this.bodyHolder(operationId, at)['content'] ?? {}));
  }

  /** The schema served under one media type of the request body ('body') or of a response. */
  bodySchema(operationId: string, at: string, mediaType: string): Schema {
    const content = this.resolve(this.bodyHolder(operationId, at)['content'] ?? {});
    const media = content[mediaType];
    if (!isObject(media)) throw new Error(`${this.name} ${operationId} ${at}: no ${mediaType} content`);
    return this.resolve(media['schema']);
  }

  /**
   * The schema at a dotted path below `root`: `data.lines[].tax_rate` is property `data`, then
   * `lines`, then the array's items, then `tax_rate`. An error names the step that is missing.
   */
  schemaAt(root: Schema, fieldPath: string): Schema {
    let schema = root;
    let walked = '';
    for (const step of fieldPath.split(/\.|(?=\[\])/).filter(Boolean)) {
      const next = step === '[]' ? this.items(schema) : this.property(schema, step);
      if (!next) {
        const has = step === '[]' ? 'not an array' : `has ${this.propertyNames(schema).join(', ') || 'no properties'}`;
        const missing = step === '[]' ? 'items' : `property ${step}`;
        throw new Error(`${this.name} ${fieldPath}: no ${missing} at ${walked || '(root)'} (${has})`);
      }
      schema = next;
      walked += step === '[]' || !walked ? step : `.${step}`;
    }
    return schema;
  }

  /** Whether the last step of `fieldPath` is in its parent's required list. */
  requiredAt(root: Schema, fieldPath: string): boolean {
    const cut = fieldPath.lastIndexOf('.');
    const parent = cut < 0 ? root : this.schemaAt(root, fieldPath.slice(0, cut));
    return this.required(parent).includes(fieldPath.slice(cut + 1));
  }

  /**
   * The declaration of a property. Own `properties` and `allOf` members hold the base declaration
   * and win. A property declared only inside `oneOf`/`anyOf` branches (such as `source` of
   * PaymentDetails) is the union of the branch declarations, returned as a synthetic `anyOf`.
   */
  property(schema: Schema, name: string): Schema | undefined {
    const s = this.resolve(schema);
    const own = isObject(s['properties']) ? s['properties'][name] : undefined;
    if (own !== undefined) return this.resolve(own);
    for (const member of list(s['allOf'])) {
      const found = this.property(this.resolve(member), name);
      if (found) return found;
    }
    const declared = [...list(s['anyOf']), ...list(s['oneOf'])]
      .map((branch) => this.property(this.resolve(branch), name))
      .filter((found): found is Schema => found !== undefined);
    return declared.length > 1 ? { anyOf: declared } : declared[0];
  }

  /** Every property name an object can carry: own, through `allOf`, and through any branch. */
  propertyNames(schema: Schema): string[] {
    const s = this.resolve(schema);
    const members = [...list(s['allOf']), ...list(s['anyOf']), ...list(s['oneOf'])];
    return unique([
      ...Object.keys(isObject(s['properties']) ? s['properties'] : {}),
      ...members.flatMap((member) => this.propertyNames(this.resolve(member))),
    ]);
  }

  /** The element schema of an array, also when the array is wrapped in a nullable `anyOf`/`oneOf`. */
  items(schema: Schema): Schema | undefined {
    const s = this.resolve(schema);
    if (s['items'] !== undefined) return this.resolve(s['items']);
    for (const member of [...list(s['allOf']), ...list(s['anyOf']), ...list(s['oneOf'])]) {
      const found = this.items(this.resolve(member));
      if (found) return found;
    }
    return undefined;
  }

  /**
   * The names an object must carry, sorted: its own `required`, every `allOf` member's, and those
   * that every non-null `oneOf`/`anyOf` branch requires (a name only some branches require is a
   * conditional rule, not a required field; see `branches`).
   */
  required(schema: Schema): string[] {
    const s = this.resolve(schema);
    const names = [...list(s['required']), ...list(s['allOf']).flatMap((m) => this.required(this.resolve(m)))];
    const alternatives = [...list(s['anyOf']), ...list(s['oneOf'])]
      .map((branch) => this.resolve(branch))
      .filter((branch) => !this.isNullOnly(branch))
      .map((branch) => this.required(branch));
    const inEvery = alternatives.length ? alternatives.reduce((a, b) => a.filter((name) => b.includes(name))) : [];
    return unique([...names, ...inEvery].map(String)).sort();
  }

  /** The `oneOf`/`anyOf` branches of a schema, also those reached through `allOf`, without `{type: 'null'}`. */
  branches(schema: Schema): Schema[] {
    const s = this.resolve(schema);
    return [
      ...[...list(s['oneOf']), ...list(s['anyOf'])].map((b) => this.resolve(b)).filter((b) => !this.isNullOnly(b)),
      ...list(s['allOf']).flatMap((member) => this.branches(this.resolve(member))),
    ];
  }

  /**
   * The JSON types a value may have, sorted, 'null' included; [] means any value. Reads `type`
   * (string or array), `const`, `enum`, the union of `anyOf`/`oneOf` branches, and what all typed
   * `allOf` members agree on.
   */
  types(schema: Schema): string[] {
    const s = this.resolve(schema);
    const type = s['type'];
    if (type !== undefined) return unique((Array.isArray(type) ? type : [type]).map(String)).sort();
    if ('const' in s) return [jsonTypeOf(s['const'] ?? null)];
    if (Array.isArray(s['enum'])) return unique(s['enum'].map(jsonTypeOf)).sort();
    const alternatives = [...list(s['anyOf']), ...list(s['oneOf'])].map((b) => this.types(this.resolve(b)));
    if (alternatives.length) return alternatives.some((t) => !t.length) ? [] : unique(alternatives.flat()).sort();
    const typed = list(s['allOf'])
      .map((m) => this.types(this.resolve(m)))
      .filter((t) => t.length);
    return typed.length ? typed.reduce((a, b) => a.filter((t) => b.includes(t))) : [];
  }

  /** `types` without 'null': what a present, non-null value is. */
  valueTypes(schema: Schema): string[] {
    return this.types(schema).filter((t) => t !== 'null');
  }

  /**
   * Whether `null` validates. Every keyword must let it through: `type` must list it, an `enum`
   * must contain it (a `[string, 'null']` type with a null-less enum still refuses null), a
   * `const` must be it, all `allOf` members and at least one `anyOf`/`oneOf` branch must accept it.
   */
  allowsNull(schema: Schema): boolean {
    const s = this.resolve(schema);
    if ('const' in s && s['const'] !== null) return false;
    if (Array.isArray(s['enum']) && !s['enum'].includes(null)) return false;
    const type = s['type'];
    if (type !== undefined && !(Array.isArray(type) ? type : [type]).includes('null')) return false;
    if (!list(s['allOf']).every((m) => this.allowsNull(this.resolve(m)))) return false;
    for (const key of ['anyOf', 'oneOf']) {
      const alternatives = list(s[key]);
      if (alternatives.length && !alternatives.some((b) => this.allowsNull(this.resolve(b)))) return false;
    }
    return true;
  }

  /**
   * The values named by `enum`, `x-extensible-enum` or `const`, here and in every composed member,
   * without null (nullability is `allowsNull`'s question).
   */
  enumValues(schema: Schema): Json[] {
    const s = this.resolve(schema);
    const own = [...list(s['enum']), ...list(s['x-extensible-enum']), ...('const' in s ? [s['const'] ?? null] : [])];
    const members = [...list(s['allOf']), ...list(s['anyOf']), ...list(s['oneOf'])];
    return unique([...own, ...members.flatMap((m) => this.enumValues(this.resolve(m)))]).filter((v) => v !== null);
  }

  /**
   * 'closed' when validators refuse unknown values (`enum`/`const`), 'extensible' when the values
   * are only listed in `x-extensible-enum` (so a new provider value still validates), 'none' when
   * neither, 'mixed' when both appear.
   */
  enumKind(schema: Schema): 'closed' | 'extensible' | 'none' | 'mixed' {
    let closed = false;
    let extensible = false;
    const visit = (node: Schema): void => {
      const s = this.resolve(node);
      if (list(s['enum']).some((v) => v !== null) || ('const' in s && s['const'] !== null)) closed = true;
      if (s['x-extensible-enum'] !== undefined) extensible = true;
      [...list(s['allOf']), ...list(s['anyOf']), ...list(s['oneOf'])].forEach((m) => visit(this.resolve(m)));
    };
    visit(schema);
    return closed && extensible ? 'mixed' : closed ? 'closed' : extensible ? 'extensible' : 'none';
  }

  /**
   * A keyword such as `format`, `maxLength`, `pattern`, `default` or `x-id-prefix`: the schema's
   * own, else the first one found in its composed members (so `anyOf: [{$ref: X}, {type: 'null'}]`
   * answers with X's).
   */
  keyword(schema: Schema, name: string): Json | undefined {
    const s = this.resolve(schema);
    if (s[name] !== undefined) return s[name];
    for (const member of [...list(s['allOf']), ...list(s['anyOf']), ...list(s['oneOf'])]) {
      const found = this.keyword(this.resolve(member), name);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Security requirement objects of an operation (its own, else the document's). */
  security(operationId: string): Schema[] {
    const { op } = this.operation(operationId);
    return list(op['security'] ?? this.doc['security']).map((requirement) => this.resolve(requirement));
  }

  /** A security scheme from components/securitySchemes. */
  securityScheme(name: string): Schema {
    return this.resolve(
      this.pointer(`#/components/securitySchemes/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`),
    );
  }

  private isNullOnly(schema: Schema): boolean {
    const types = this.types(schema);
    return types.length === 1 && types[0] === 'null';
  }
}

const loaded = new Map<string, OpenApiDoc>();

/** Parse openapi/<name>.yaml once per test file. */
export function loadSpec(name: 'asset' | 'mollie'): OpenApiDoc {
  let spec = loaded.get(name);
  if (!spec) {
    const doc: unknown = parse(readFileSync(path.join(PROJECT_DIR, 'openapi', `${name}.yaml`), 'utf8'));
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
      throw new Error(`openapi/${name}.yaml is not a map`);
    spec = new OpenApiDoc(name, doc as Schema);
    loaded.set(name, spec);
  }
  return spec;
}
