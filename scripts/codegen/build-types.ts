import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Config } from '@redocly/openapi-core';
import type * as OpenApiTypeScript from 'openapi-typescript';
import type { GlobalContext, OpenAPI3, SchemaObject } from 'openapi-typescript';
import type * as TypeScript from 'typescript';
import { hasExternalReference } from './bundle-spec.js';
import { parseDocument } from './parse-document.js';

// All through their CommonJS entry points. Imported as ES modules, Node 20 first compiles
// TypeScript's 9 MB typescript.js to tell its format (it has no "type" field) and then scans it for
// export names: ~0.5 s spent before the compiler it loads anyway. openapi-typescript ships a
// CommonJS build too, which `require`s TypeScript. Its conversion is taken from the modules of that
// build (its package exports every file): its main module loads all of @redocly/openapi-core
// (0.3 s), which only a spec referring to other files needs.
const require = createRequire(import.meta.url);
const ts = require('typescript') as typeof TypeScript;
const transformSchema =
  require('openapi-typescript/dist/transform/index.cjs') as typeof OpenApiTypeScript.transformSchema;
const { resolveRef, scanDiscriminators } = require('openapi-typescript/dist/lib/utils.cjs') as Pick<
  typeof OpenApiTypeScript,
  'resolveRef' | 'scanDiscriminators'
>;
const { astToString } = require('openapi-typescript/dist/lib/ts.cjs') as Pick<typeof OpenApiTypeScript, 'astToString'>;

const factory = ts.factory;

type SchemaNode = Record<string, unknown>;

/**
 * The spec's types, as openapi-typescript builds them (`paths`, `components`, `operations`), with
 * two extensions of ours understood:
 * - `x-id-prefix: inv_` makes the type `` `inv_${string}` ``, so one kind of id cannot be passed for another;
 * - `x-extensible-enum: [a, b]` makes it `"a" | "b" | (string & {})`: the known values autocomplete,
 *   and a value the provider adds later still type-checks.
 *
 * Returns the statements; `buildSchemaTypes` prints them with openapi-typescript's `astToString`.
 */
export async function buildSchemaAst(
  specText: string,
  specFile: string,
  options: { readonly viaBundler?: boolean } = {},
): Promise<TypeScript.Node[]> {
  // Parsed again rather than shared: openapi-typescript writes into the document (discriminator enums).
  const document = parseDocument(specText, specFile) as OpenAPI3;
  replaceBooleanSchemas(document);
  if (!options.viaBundler && !hasExternalReference(document)) return transformDocument(document);
  // openapiTS would lint the spec first (Redocly's `minimal` rules); the pipeline runs its own, stricter
  // lint in parallel, so a configuration without rules leaves only the bundling of the other files.
  const { default: openapiTS } = require('openapi-typescript') as typeof OpenApiTypeScript;
  const { createConfig } = require('@redocly/openapi-core') as typeof import('@redocly/openapi-core');
  return openapiTS(document, {
    transform: transformExtensions,
    silent: true,
    redocly: await createConfig({ rules: {} }),
    // The other files are found relative to the spec, not to the working directory.
    cwd: pathToFileURL(`${path.dirname(path.resolve(specFile))}/`),
  });
}

export { astToString };

/** The types as openapi-typescript prints them (indented by 4, double quotes), which is how schema.ts is written. */
export async function buildSchemaTypes(
  specText: string,
  specFile: string,
  options: { readonly viaBundler?: boolean } = {},
): Promise<string> {
  return astToString(await buildSchemaAst(specText, specFile, options));
}

/**
 * What `openapiTS()` does after bundling, on a document that needs no bundling: a spec that refers
 * to nothing outside itself is its own bundle, and Redocly's bundler would only walk all of it (about
 * 5 s on GitHub's 13 MB spec) to find that out. The options are openapiTS's defaults (7.13.0) plus
 * our `transform`; `GlobalContext` is openapi-typescript's exported type, so a field added by a
 * later version fails type-checking here rather than going unset.
 */
function transformDocument(document: OpenAPI3): TypeScript.Node[] {
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(document, { silent: true }),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read only by the bundling step, which this path has no use for.
    redoc: undefined as unknown as Config,
    silent: true,
    transform: transformExtensions,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(document, $ref, { silent: true }),
  };
  return transformSchema(document, ctx);
}

/** Marks the object that stands for the schema `false` (no value at all) for `transformExtensions`. */
const NEVER = 'x-codegen-never';
/** Keywords whose value is one subschema, a list of them, or a map of names to them (JSON Schema 2020-12). */
const ONE_SUBSCHEMA = new Set(['items', 'contains', 'propertyNames', 'not', 'if', 'then', 'else', 'unevaluatedItems']);
const SUBSCHEMA_LISTS = new Set(['prefixItems', 'allOf', 'anyOf', 'oneOf']);
const SUBSCHEMA_MAPS = new Set(['properties', 'patternProperties', 'dependentSchemas', '$defs']);

/**
 * JSON Schema's boolean subschemas (`items: false`, `not: true`, a property that is `false`) as the
 * objects openapi-typescript can read: `true` as `{}` (any value), `false` as an object our
 * `transformExtensions` types `never`. openapi-typescript 7 looks for `$ref` in every subschema and
 * stops on a boolean ("Cannot use 'in' operator"). `additionalProperties` and `unevaluatedProperties`
 * keep their booleans, which openapi-typescript reads (an open or closed object). Only the types see
 * this copy; validation reads the spec as written.
 */
function replaceBooleanSchemas(document: OpenAPI3): void {
  const asObject = (schema: unknown): unknown =>
    schema === true ? {} : schema === false ? { [NEVER]: true } : (visit(schema), schema);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === 'const' || key === 'enum' || key === 'example' || key === 'examples' || key === 'default') continue;
      if (ONE_SUBSCHEMA.has(key)) record[key] = asObject(value);
      else if (SUBSCHEMA_LISTS.has(key) && Array.isArray(value)) record[key] = value.map(asObject);
      else if (SUBSCHEMA_MAPS.has(key) && isRecord(value))
        for (const [name, schema] of Object.entries(value)) value[name] = asObject(schema);
      else if (key === 'schema') record[key] = asObject(value);
      else visit(value);
    }
  };
  const schemas = document.components?.schemas as Record<string, unknown> | undefined;
  if (schemas !== undefined) for (const [name, schema] of Object.entries(schemas)) schemas[name] = asObject(schema);
  visit(document);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function transformExtensions(schemaObject: SchemaObject): TypeScript.TypeNode | undefined {
  const schema = schemaObject as SchemaNode;
  if (schema[NEVER] === true) return keyword(ts.SyntaxKind.NeverKeyword);
  const prefix = schema['x-id-prefix'];
  if (typeof prefix === 'string') return withNull(schema, templateLiteral(prefix));
  // A file (`format: binary`): what the runtime sends as bytes and reads a binary body as.
  if (
    schema['format'] === 'binary' &&
    (schema['type'] === 'string' || (Array.isArray(schema['type']) && schema['type'].includes('string')))
  ) {
    const file = ['Blob', 'ArrayBuffer', 'ArrayBufferView'].map((name) => factory.createTypeReferenceNode(name));
    return withNull(schema, factory.createUnionTypeNode([...file, keyword(ts.SyntaxKind.StringKeyword)]));
  }
  const known = schema['x-extensible-enum'];
  if (Array.isArray(known) && known.every((value) => typeof value === 'string')) {
    const members: TypeScript.TypeNode[] = known.map((value) =>
      factory.createLiteralTypeNode(factory.createStringLiteral(value)),
    );
    // `string & {}` keeps the literals visible to editors instead of collapsing the union to `string`.
    members.push(
      factory.createIntersectionTypeNode([keyword(ts.SyntaxKind.StringKeyword), factory.createTypeLiteralNode([])]),
    );
    return withNull(schema, factory.createUnionTypeNode(members));
  }
  return undefined;
}

function templateLiteral(prefix: string): TypeScript.TypeNode {
  return factory.createTemplateLiteralType(factory.createTemplateHead(prefix), [
    factory.createTemplateLiteralTypeSpan(keyword(ts.SyntaxKind.StringKeyword), factory.createTemplateTail('')),
  ]);
}

function withNull(schema: SchemaNode, type: TypeScript.TypeNode): TypeScript.TypeNode {
  const types = schema['type'];
  if (!Array.isArray(types) || !types.includes('null')) return type;
  const members = ts.isUnionTypeNode(type) ? [...type.types] : [type];
  return factory.createUnionTypeNode([...members, factory.createLiteralTypeNode(factory.createNull())]);
}

function keyword(kind: TypeScript.KeywordTypeSyntaxKind): TypeScript.KeywordTypeNode {
  return factory.createKeywordTypeNode(kind);
}
