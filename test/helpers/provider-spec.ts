// Holding our contract against the provider's own OpenAPI description (issue 15): the provider's
// schemas compiled with Ajv as OpenAPI reads them, request bodies gathered from our sources and
// generated from our schema, responses generated from the provider's schema, and a loopback
// server that answers with them. The provider's file is read from ../shared (never copied into
// the repository); callers skip when it is absent.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import fc from 'fast-check';
import ts from 'typescript';
import {
  OPEN_ENUM_VALUES,
  contentExamples,
  contentSchemas,
  findOperation,
  forDirection,
  inline,
  isSchema,
  pointer,
  readDocument,
  type Json,
  type Schema,
} from '../../scripts/contract/schema-tree.js';
import { PROJECT_DIR } from './project.js';

/** Mollie's official description of its whole API, beside the project (CC BY-NC-SA: read, never copied). */
export const MOLLIE_DESCRIPTION = path.join(PROJECT_DIR, '..', 'shared', 'specs', 'mollie-official', 'specs.yaml');

const addFormats = formatsModule.default;

// ---------------------------------------------------------------------------------------------
// The provider's operation, compiled.

export interface ProviderOperation {
  /** The request body schema, inlined and read as a request (readOnly fields refused). */
  readonly requestSchema: Json;
  /** The success body schema, inlined and read as a response (writeOnly fields ignored, open enums open). */
  readonly responseSchema: Json;
  readonly validateRequest: ValidateFunction;
  readonly validateResponse: ValidateFunction;
  /** Examples of the success body, of this operation and of every other one answering with the same schema. */
  readonly responseExamples: readonly { readonly from: string; readonly value: Json }[];
  /** Error responses (status, example body) the provider's description gives for this operation. */
  readonly errorExamples: readonly { readonly status: number; readonly value: Json }[];
}

export interface Amendment {
  /** A property name, looked up wherever it is declared in the request schema (through `allOf`). */
  readonly property: string;
  /** What changes, in words, for the report. */
  readonly reading: string;
  readonly apply: (schema: Schema) => void;
}

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

/** Every declaration of `name` in `properties`, through `allOf`/`anyOf`/`oneOf` members. */
function declarationsOf(schema: Json, name: string): Schema[] {
  if (!isSchema(schema)) return [];
  const own =
    isSchema(schema['properties']) && isSchema(schema['properties'][name]) ? [schema['properties'][name]] : [];
  const members = ['allOf', 'anyOf', 'oneOf'].flatMap((keyword) =>
    Array.isArray(schema[keyword]) ? (schema[keyword] as Json[]) : [],
  );
  return [...own, ...members.flatMap((member) => declarationsOf(member, name))];
}

/** The provider's operation from its description (a file, or the document already read). */
export function readProviderOperation(
  source: string | Schema,
  operationId: string,
  options: { amendments?: readonly Amendment[]; media?: string } = {},
): ProviderOperation {
  const doc = typeof source === 'string' ? readDocument(source) : source;
  const ref = findOperation(doc, operationId);
  const media = options.media ?? 'application/hal+json';
  const requestSchema = forDirection(contentSchemas(doc, ref, 'body').get('application/json') ?? {}, 'request');
  for (const amendment of options.amendments ?? []) {
    const found = declarationsOf(requestSchema, amendment.property);
    if (found.length === 0) throw new Error(`${operationId}: no property ${amendment.property} to amend`);
    found.forEach(amendment.apply);
  }
  const responseSchema = forDirection(contentSchemas(doc, ref, '200').get(media) ?? {}, 'response');
  const ajv = newAjv();
  return {
    requestSchema,
    responseSchema,
    validateRequest: ajv.compile(requestSchema as Schema),
    validateResponse: ajv.compile(responseSchema as Schema),
    responseExamples: examplesOfSameSchema(doc, ref.operation, media),
    errorExamples: Object.keys(isSchema(ref.operation['responses']) ? ref.operation['responses'] : {})
      .filter((status) => /^[45]\d\d$/.test(status))
      .flatMap((status) =>
        contentExamples(doc, ref, status, media).map((value) => ({ status: Number(status), value })),
      ),
  };
}

/** The `$ref` an operation's success body names, and the examples of every 2xx body naming the same one. */
function examplesOfSameSchema(doc: Schema, operation: Schema, media: string): { from: string; value: Json }[] {
  // Only the response object's own $ref is followed, so its schema's $ref is still there to compare.
  const shallow = (node: Json | undefined): Json | undefined =>
    isSchema(node) && typeof node['$ref'] === 'string' ? pointer(doc, node['$ref']) : node;
  const refOf = (op: Json | undefined, status: string): string | undefined => {
    if (!isSchema(op) || !isSchema(op['responses'])) return undefined;
    const response = shallow(op['responses'][status]);
    const content = isSchema(response) && isSchema(response['content']) ? response['content'][media] : undefined;
    const schema = isSchema(content) ? content['schema'] : undefined;
    return isSchema(schema) && typeof schema['$ref'] === 'string' ? schema['$ref'] : undefined;
  };
  // The raw (not inlined) operation keeps the $ref; find it by operationId.
  const raw = (operationId: Json | undefined) =>
    Object.values(isSchema(doc['paths']) ? doc['paths'] : {})
      .filter(isSchema)
      .flatMap((item) => Object.values(item).filter(isSchema))
      .find((op) => op['operationId'] === operationId);
  const target = refOf(raw(operation['operationId']), '200');
  if (target === undefined) return [];
  const out: { from: string; value: Json }[] = [];
  for (const item of Object.values(isSchema(doc['paths']) ? doc['paths'] : {}).filter(isSchema)) {
    for (const op of Object.values(item).filter(isSchema)) {
      for (const status of Object.keys(isSchema(op['responses']) ? op['responses'] : {})) {
        if (!/^2\d\d$/.test(status) || refOf(op, status) !== target) continue;
        const response = inline(doc, (op['responses'] as Schema)[status] ?? null);
        const content = isSchema(response) && isSchema(response['content']) ? response['content'][media] : undefined;
        if (!isSchema(content)) continue;
        const named = isSchema(content['examples']) ? Object.entries(content['examples']) : [];
        if (content['example'] !== undefined)
          out.push({ from: `${String(op['operationId'])} ${status}`, value: content['example'] });
        for (const [name, example] of named) {
          if (isSchema(example) && example['value'] !== undefined) {
            out.push({ from: `${String(op['operationId'])} ${status} ${name}`, value: example['value'] });
          }
        }
      }
    }
  }
  return out;
}

/** Ajv's errors, one line each, for a failure message. */
export function ajvErrors(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`).join('; ');
}

// ---------------------------------------------------------------------------------------------
// Request bodies: gathered from our sources, and generated from our schema.

export interface GatheredBody {
  /** `examples/update-sales-invoice.ts:12`, `openapi/mollie.yaml requestBody example issue`. */
  readonly from: string;
  readonly body: unknown;
}

export interface Gathered {
  readonly bodies: readonly GatheredBody[];
  /** Call sites whose body is not a literal this reader can evaluate (built at run time). */
  readonly notLiteral: readonly string[];
}

const NOT_LITERAL = Symbol('not a literal');
type Evaluated = unknown | typeof NOT_LITERAL;

/** `.ts`/`.js` files under `dir`, recursively, without generated snapshots and scratch output. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === '__snapshots__' || entry === '.output') continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(?:ts|js|mjs)$/.test(entry)) out.push(full);
  }
  return out;
}

/** The TypeScript code blocks of a Markdown file, each as its own source text. */
export function markdownCodeBlocks(file: string): { name: string; text: string }[] {
  const text = readFileSync(file, 'utf8');
  const blocks: { name: string; text: string }[] = [];
  for (const match of text.matchAll(/```(?:ts|typescript)\n([\s\S]*?)```/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    blocks.push({ name: `${path.relative(PROJECT_DIR, file)}:${line}`, text: match[1]! });
  }
  return blocks;
}

/**
 * The `body` of every call of `operation` (`client.updateSalesInvoice({ …, body })` or
 * `updateSalesInvoice(core, { …, body })`) in the given sources, where it is a literal: object and
 * array literals, strings, numbers, booleans, null, `as const`, spreads and names of `const`s
 * declared in the same file or imported from a relative module, and `'x'.repeat(n)`.
 */
export function gatherRequestBodies(
  operation: string,
  sources: readonly { name: string; text: string; file?: string }[],
): Gathered {
  const bodies: GatheredBody[] = [];
  const notLiteral: string[] = [];
  for (const source of sources) {
    const file = ts.createSourceFile(source.name, source.text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && calleeName(node.expression) === operation) {
        const request = node.arguments.find(ts.isObjectLiteralExpression);
        const property = request?.properties.find(
          (member): member is ts.PropertyAssignment | ts.ShorthandPropertyAssignment =>
            (ts.isPropertyAssignment(member) || ts.isShorthandPropertyAssignment(member)) &&
            member.name.getText() === 'body',
        );
        if (property) {
          const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          const where = `${source.name}:${line}`;
          const expression = ts.isPropertyAssignment(property) ? property.initializer : property.name;
          const value = evaluate(expression, source.file);
          if (value === NOT_LITERAL) notLiteral.push(where);
          else bodies.push({ from: where, body: JSON.parse(JSON.stringify(value)) });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { bodies, notLiteral };
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function evaluate(node: ts.Expression, file: string | undefined): Evaluated {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return evaluate(node.expression, file);
  }
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) {
    const value = evaluate(node.operand, file);
    return typeof value === 'number' ? -value : NOT_LITERAL;
  }
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isIdentifier(node)) return node.text === 'undefined' ? undefined : resolveName(node, file);
  if (ts.isArrayLiteralExpression(node)) {
    const items: unknown[] = [];
    for (const element of node.elements) {
      const value = ts.isSpreadElement(element) ? NOT_LITERAL : evaluate(element, file);
      if (value === NOT_LITERAL) return NOT_LITERAL;
      items.push(value);
    }
    return items;
  }
  if (ts.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = {};
    for (const member of node.properties) {
      if (ts.isSpreadAssignment(member)) {
        const value = evaluate(member.expression, file);
        if (value === NOT_LITERAL || typeof value !== 'object' || value === null) return NOT_LITERAL;
        Object.assign(out, value);
      } else if (ts.isPropertyAssignment(member) && !ts.isComputedPropertyName(member.name)) {
        const value = evaluate(member.initializer, file);
        if (value === NOT_LITERAL) return NOT_LITERAL;
        out[
          ts.isIdentifier(member.name) || ts.isStringLiteral(member.name) ? member.name.text : member.name.getText()
        ] = value;
      } else if (ts.isShorthandPropertyAssignment(member)) {
        const value = resolveName(member.name, file);
        if (value === NOT_LITERAL) return NOT_LITERAL;
        out[member.name.text] = value;
      } else return NOT_LITERAL;
    }
    return out;
  }
  // 'x'.repeat(101)
  if (
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'repeat' &&
    node.arguments.length === 1
  ) {
    const text = evaluate(node.expression.expression, file);
    const count = evaluate(node.arguments[0]!, file);
    if (typeof text === 'string' && typeof count === 'number') return text.repeat(count);
  }
  return NOT_LITERAL;
}

/** A `const` by name: the nearest declaration in an enclosing block before the use, or an import. */
function resolveName(name: ts.Identifier, file: string | undefined): Evaluated {
  for (let scope: ts.Node | undefined = name.parent; scope; scope = scope.parent) {
    if (!ts.isBlock(scope) && !ts.isSourceFile(scope)) continue;
    const declarations = scope.statements
      .filter(ts.isVariableStatement)
      .filter((statement) => (statement.declarationList.flags & ts.NodeFlags.Const) !== 0 && statement.end <= name.pos)
      .flatMap((statement) => [...statement.declarationList.declarations]);
    const found = declarations
      .reverse()
      .find((declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === name.text);
    if (found?.initializer) return evaluate(found.initializer, file);
    if (ts.isSourceFile(scope)) return resolveImport(scope, name.text, file);
  }
  return NOT_LITERAL;
}

function resolveImport(source: ts.SourceFile, name: string, file: string | undefined): Evaluated {
  if (file === undefined) return NOT_LITERAL;
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const element = bindings.elements.find((item) => item.name.text === name);
    const specifier = statement.moduleSpecifier.text;
    if (!element || !specifier.startsWith('.')) continue;
    const target = path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts'));
    if (!existsSync(target)) return NOT_LITERAL;
    const imported = ts.createSourceFile(target, readFileSync(target, 'utf8'), ts.ScriptTarget.Latest, true);
    const exportedName = (element.propertyName ?? element.name).text;
    for (const candidate of imported.statements.filter(ts.isVariableStatement)) {
      for (const declaration of candidate.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.name.text === exportedName && declaration.initializer) {
          return evaluate(declaration.initializer, target);
        }
      }
    }
  }
  return NOT_LITERAL;
}

/**
 * A fast-check arbitrary for values of an inlined schema of ours. It follows the schema's shape
 * (types, enums, consts, properties and their required list, items, string limits and patterns,
 * number limits); `allOf` members are generated each and merged, `oneOf`/`anyOf` pick a branch.
 * What it makes is not always valid (a merge can break a rule, a `minProperties` can fail), so
 * callers filter with a validator of the same schema.
 */
export function arbitraryOf(schema: Json): fc.Arbitrary<unknown> {
  if (schema === false) throw new Error('no value matches the schema `false`');
  if (schema === true || !isSchema(schema)) return fc.jsonValue({ maxDepth: 1 });
  const parts: fc.Arbitrary<unknown>[] = [ownArbitrary(schema)];
  if (Array.isArray(schema['allOf'])) parts.push(...schema['allOf'].map(arbitraryOf));
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && branches.length > 0) parts.push(fc.oneof(...branches.map(arbitraryOf)));
  }
  return fc.tuple(...parts).map((values) => values.reduce(mergeGenerated, NONE));
}

const NONE = Symbol('no own value');

function mergeGenerated(a: unknown, b: unknown): unknown {
  if (b === NONE) return a;
  if (a === NONE) return b;
  const isRecord = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isRecord(a) || !isRecord(b)) return b;
  const out: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = key in out ? mergeGenerated(out[key], value) : value;
  return out;
}

function typesOf(schema: Schema): string[] {
  const type = schema['type'];
  if (typeof type === 'string') return [type];
  if (Array.isArray(type)) return type.map(String);
  if (isSchema(schema['properties'])) return ['object'];
  if ('items' in schema) return ['array'];
  return [];
}

function ownArbitrary(schema: Schema): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema['const']);
  if (Array.isArray(schema['enum'])) return fc.constantFrom(...schema['enum']);
  const types = typesOf(schema);
  if (types.length === 0) return fc.constant(NONE);
  return fc.oneof(...types.map((type) => typedArbitrary(schema, type)));
}

const number = (schema: Schema, key: string): number | undefined =>
  typeof schema[key] === 'number' ? schema[key] : undefined;

function typedArbitrary(schema: Schema, type: string): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: number(schema, 'minimum') ?? -1_000_000, max: number(schema, 'maximum') ?? 1_000_000 });
    case 'number':
      return fc.double({
        min: number(schema, 'minimum') ?? -1e9,
        max: number(schema, 'maximum') ?? 1e9,
        noNaN: true,
        noDefaultInfinity: true,
      });
    case 'string': {
      const minLength = number(schema, 'minLength') ?? 0;
      const maxLength = number(schema, 'maxLength');
      const fits = (text: string) =>
        [...text].length >= minLength && (maxLength === undefined || [...text].length <= maxLength);
      const base =
        typeof schema['pattern'] === 'string'
          ? fc.stringMatching(new RegExp(schema['pattern'], 'u'))
          : fc.string({ unit: 'grapheme', minLength, maxLength: Math.min(maxLength ?? 24, 24) });
      return base.filter(fits);
    }
    case 'array':
      return fc.array(arbitraryOf(schema['items'] ?? true), {
        minLength: number(schema, 'minItems') ?? 0,
        maxLength: Math.min(number(schema, 'maxItems') ?? 3, 3),
      });
    case 'object': {
      const properties = isSchema(schema['properties']) ? schema['properties'] : {};
      const required = Array.isArray(schema['required']) ? schema['required'].map(String) : [];
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, property] of Object.entries(properties)) model[name] = arbitraryOf(property);
      return fc.record(model, { requiredKeys: required.filter((name) => name in model) });
    }
    default:
      throw new Error(`no arbitrary for type ${type}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Responses the provider's schema allows: a small deterministic generator.

export interface ResponseVariant {
  /** 'never': no null where another type is allowed; 'always': null wherever it is allowed; 'some': either. */
  readonly nulls: 'never' | 'always' | 'some';
  /** Open enums get a value the provider has not listed (yet). */
  readonly unknownEnumValues: boolean;
  /** Open objects get a property the schema does not declare. */
  readonly extraProperties: boolean;
}

/** Texts a string the provider leaves unconstrained may hold, chosen to trip over guesses. */
const ODD_STRINGS = [
  '',
  '...',
  'not a date',
  '2024-10-03 10:47:38',
  '2024-10-03T10:47:38.123456',
  '03/10/2024',
  '/v2/sales-invoices/relative',
  'ünïcødé ✓ 🧾',
  ' padded ',
  'line\nbreak',
  'x'.repeat(300),
];

/** A seeded PRNG (mulberry32): the same seed gives the same responses on every run. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `allOf` members laid into one schema: properties merged (a name in several gets their `allOf`), required lists joined. */
function flattenAllOf(schema: Schema): Schema {
  if (!Array.isArray(schema['allOf'])) return schema;
  const { allOf, ...rest } = schema;
  let out: Schema = rest;
  for (const member of allOf as Json[]) {
    if (!isSchema(member)) continue;
    const flat = flattenAllOf(member);
    const properties: Schema = { ...(isSchema(out['properties']) ? out['properties'] : {}) };
    for (const [name, property] of Object.entries(isSchema(flat['properties']) ? flat['properties'] : {})) {
      properties[name] = name in properties ? { allOf: [properties[name]!, property] } : property;
    }
    const required = [
      ...new Set([
        ...(Array.isArray(out['required']) ? out['required'] : []),
        ...(Array.isArray(flat['required']) ? flat['required'] : []),
      ]),
    ];
    out = { ...flat, ...out };
    if (Object.keys(properties).length > 0) out['properties'] = properties;
    if (required.length > 0) out['required'] = required;
  }
  return out;
}

/**
 * One response of the schema with every optional field present, in the given variant. Strings
 * without a pattern come from ODD_STRINGS (within their limits); a pattern is honoured through
 * fast-check's `stringMatching`, seeded from the same PRNG.
 */
export function maximalInstance(schema: Json, variant: ResponseVariant, seed: number): Json {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const value = (node: Json | undefined): Json => {
    if (node === false) throw new Error('no value matches the schema `false`');
    if (node === undefined || node === true || !isSchema(node)) return pick<Json>([{}, 'anything', 1, null, [true]]);
    const schema = flattenAllOf(node);
    const branches = [schema['oneOf'], schema['anyOf']].find(Array.isArray);
    if (branches && branches.length > 0) {
      const { oneOf: _o, anyOf: _a, ...rest } = schema;
      return value({ allOf: [rest, pick(branches)] });
    }
    if ('const' in schema) return schema['const'] ?? null;
    const types = typesOf(schema);
    const nullable = types.includes('null') || (Array.isArray(schema['enum']) && schema['enum'].includes(null));
    const others = types.filter((type) => type !== 'null');
    const useNull =
      nullable && (others.length === 0 || variant.nulls === 'always' || (variant.nulls === 'some' && random() < 0.5));
    if (useNull) return null;
    if (Array.isArray(schema['enum'])) return pick(schema['enum'].filter((item) => item !== null));
    const known = schema[OPEN_ENUM_VALUES];
    if (Array.isArray(known)) return variant.unknownEnumValues ? 'a-value-added-later' : pick(known);
    const type = others.length > 0 ? pick(others) : undefined;
    switch (type) {
      case 'object': {
        const out: Record<string, Json> = {};
        for (const [name, property] of Object.entries(isSchema(schema['properties']) ? schema['properties'] : {})) {
          out[name] = value(property);
        }
        if (variant.extraProperties && schema['additionalProperties'] !== false) out['addedLater'] = 'x';
        return out;
      }
      case 'array': {
        const count = Math.max(number(schema, 'minItems') ?? 0, 1 + Math.floor(random() * 2));
        return Array.from({ length: count }, () => value(schema['items']));
      }
      case 'string':
        return stringFor(schema, random);
      case 'integer': {
        const min = number(schema, 'minimum') ?? -1000;
        const max = number(schema, 'maximum') ?? min + 1_000_000;
        return min + Math.floor(random() * (max - min + 1));
      }
      case 'number':
        return (number(schema, 'minimum') ?? 0) + 0.25;
      case 'boolean':
        return random() < 0.5;
      default:
        return pick<Json>([{}, 'anything', 1, null, [true]]);
    }
  };
  return value(schema);
}

function stringFor(schema: Schema, random: () => number): string {
  const minLength = number(schema, 'minLength') ?? 0;
  const maxLength = number(schema, 'maxLength') ?? Number.POSITIVE_INFINITY;
  const fits = (text: string) => [...text].length >= minLength && [...text].length <= maxLength;
  if (typeof schema['pattern'] === 'string') {
    const matching = fc.stringMatching(new RegExp(schema['pattern'], 'u')).filter(fits);
    return fc.sample(matching, { seed: Math.floor(random() * 2 ** 31), numRuns: 1 })[0]!;
  }
  const candidates = ODD_STRINGS.filter(fits);
  return candidates.length > 0 ? candidates[Math.floor(random() * candidates.length)]! : 'x'.repeat(minLength);
}

// ---------------------------------------------------------------------------------------------
// A loopback server that answers every request with the body it is told to.

export interface AnsweringServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  answer(status: number, body: unknown, contentType?: string): void;
  close(): Promise<void>;
}

export async function startAnsweringServer(): Promise<AnsweringServer> {
  let reply = { status: 200, body: '{}', contentType: 'application/hal+json' };
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(reply.status, { 'content-type': reply.contentType });
      response.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    answer: (status, body, contentType = 'application/hal+json') => {
      reply = { status, body: JSON.stringify(body), contentType };
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
