import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { ApiEntry } from './config.js';
import { camelCase, kebabCase, pascalCase } from './names.js';
import { GenerationError } from './generation-error.js';

/**
 * The plain-data picture of one spec that the builders work from. Reading the spec and building
 * code are separate steps so that each can be tested on its own.
 */
export interface ApiInfo {
  readonly name: string;
  /** Spec path relative to the project, with `/` separators (for banners). */
  readonly specPath: string;
  /** sha256 of the spec text (line endings normalised to LF). */
  readonly specHash: string;
  /** The spec text, for openapi-typescript. */
  readonly specText: string;
  /** The parsed spec, for the validation schemas. */
  readonly document: Record<string, unknown>;
  readonly title: string;
  readonly version: string;
  readonly servers: readonly ServerInfo[];
  readonly schemas: readonly SchemaInfo[];
  readonly operations: readonly OperationInfo[];
}

export interface ServerInfo {
  readonly environment: string;
  readonly url: string;
}

export interface SchemaInfo {
  /** The key under components/schemas. */
  readonly name: string;
  /** The exported type name. */
  readonly typeName: string;
  readonly description: string | undefined;
}

export interface ParameterInfo {
  readonly name: string;
  readonly required: boolean;
  /** The schema's `pattern` (after following a `$ref`), if any. */
  readonly pattern: string | undefined;
}

export interface ContentInfo {
  /** Status code key as written in the spec: `200`, `4XX`, `default`. */
  readonly status: string;
  /** The media type of the body, or undefined for a response without a body. */
  readonly mediaType: string | undefined;
}

export interface OperationInfo {
  readonly operationId: string;
  /** `updateSalesInvoice`: the function name. */
  readonly functionName: string;
  /** `UpdateSalesInvoice`: the stem of the operation's type names. */
  readonly typeStem: string;
  /** `update-sales-invoice`: the module file name. */
  readonly fileName: string;
  /** Lower-case method, as openapi-typescript keys it. */
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly deprecated: boolean;
  /** `x-stability`, e.g. `beta`. */
  readonly stability: string | undefined;
  readonly docs: { readonly url: string; readonly description: string | undefined } | undefined;
  readonly pathParameters: readonly ParameterInfo[];
  readonly queryParameters: readonly ParameterInfo[];
  readonly headerParameters: readonly ParameterInfo[];
  readonly requestBody: { readonly required: boolean; readonly mediaType: string } | undefined;
  readonly success: ContentInfo;
  readonly errors: readonly ContentInfo[];
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Json = Record<string, unknown>;

/** Read and describe one spec. Only local `#/...` references are followed. */
export async function readSpec(entry: ApiEntry, projectDir: string): Promise<ApiInfo> {
  const specText = (await readFile(entry.specFile, 'utf8')).replace(/\r\n/g, '\n');
  const specPath = path.relative(projectDir, entry.specFile).split(path.sep).join('/');
  const document = parse(specText) as Json;
  const where = specPath;
  const info = (document['info'] ?? {}) as Json;
  return {
    name: entry.name,
    specPath,
    specHash: createHash('sha256').update(specText).digest('hex'),
    specText,
    document,
    title: stringOr(info['title'], entry.name),
    version: stringOr(info['version'], '0'),
    servers: readServers(document, where),
    schemas: readSchemas(document),
    operations: readOperations(document, where),
  };
}

function readServers(document: Json, where: string): ServerInfo[] {
  const servers = document['servers'];
  if (!Array.isArray(servers) || servers.length === 0) throw new GenerationError(`${where}: the spec lists no servers.`);
  const seen = new Set<string>();
  return servers.map((server: Json, index) => {
    const environment = server['x-environment'];
    const url = server['url'];
    if (typeof environment !== 'string' || typeof url !== 'string') {
      throw new GenerationError(`${where}: servers[${index}] needs a \`url\` and an \`x-environment\` name.`);
    }
    if (seen.has(environment)) throw new GenerationError(`${where}: two servers are named "${environment}".`);
    seen.add(environment);
    return { environment, url };
  });
}

function readSchemas(document: Json): SchemaInfo[] {
  const schemas = ((document['components'] as Json | undefined)?.['schemas'] ?? {}) as Record<string, Json>;
  return Object.entries(schemas).map(([name, schema]) => ({
    name,
    typeName: pascalCase(name),
    description: optionalString(schema['description']),
  }));
}

function readOperations(document: Json, where: string): OperationInfo[] {
  const operations: OperationInfo[] = [];
  const paths = (document['paths'] ?? {}) as Record<string, Json>;
  for (const [pathTemplate, pathItem] of Object.entries(paths)) {
    const shared = asArray(pathItem['parameters']);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (operation === undefined) continue;
      const operationId = operation['operationId'];
      if (typeof operationId !== 'string') throw new GenerationError(`${where}: ${method.toUpperCase()} ${pathTemplate} has no operationId.`);
      operations.push(readOperation(document, pathTemplate, method, operationId, operation, shared));
    }
  }
  // File order of paths must not change the output's order.
  return operations.sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
}

function readOperation(
  document: Json,
  pathTemplate: string,
  method: HttpMethod,
  operationId: string,
  operation: Json,
  sharedParameters: unknown[],
): OperationInfo {
  const parameters = new Map<string, Json>();
  for (const raw of [...sharedParameters, ...asArray(operation['parameters'])]) {
    const parameter = resolve(document, raw) as Json;
    parameters.set(`${String(parameter['in'])}:${String(parameter['name'])}`, parameter);
  }
  const byLocation = (location: string): ParameterInfo[] =>
    [...parameters.values()]
      .filter((parameter) => parameter['in'] === location)
      .map((parameter) => ({
        name: String(parameter['name']),
        required: parameter['required'] === true,
        pattern: optionalString((resolve(document, parameter['schema']) as Json | undefined)?.['pattern']),
      }));

  const body = operation['requestBody'] === undefined ? undefined : (resolve(document, operation['requestBody']) as Json);
  const bodyMediaTypes = Object.keys((body?.['content'] ?? {}) as Json);
  const responses = Object.entries((operation['responses'] ?? {}) as Json).map(([status, response]) => {
    const mediaTypes = Object.keys(((resolve(document, response) as Json)['content'] ?? {}) as Json);
    return { status, mediaType: mediaTypes[0] };
  });
  const success = responses.find((response) => /^2(\d\d|XX)$/.test(response.status));
  if (success === undefined) throw new GenerationError(`${operationId}: declares no 2xx response.`);
  const externalDocs = operation['externalDocs'] as Json | undefined;

  return {
    operationId,
    functionName: camelCase(operationId),
    typeStem: pascalCase(operationId),
    fileName: kebabCase(operationId),
    method,
    path: pathTemplate,
    summary: optionalString(operation['summary']),
    description: optionalString(operation['description']),
    deprecated: operation['deprecated'] === true,
    stability: optionalString(operation['x-stability']),
    docs:
      typeof externalDocs?.['url'] === 'string'
        ? { url: externalDocs['url'], description: optionalString(externalDocs['description']) }
        : undefined,
    pathParameters: byLocation('path'),
    queryParameters: byLocation('query'),
    headerParameters: byLocation('header'),
    requestBody:
      body === undefined || bodyMediaTypes[0] === undefined
        ? undefined
        : { required: body['required'] === true, mediaType: bodyMediaTypes[0] },
    success,
    errors: responses.filter((response) => /^(4|5)(\d\d|XX)$|^default$/.test(response.status) && response.mediaType !== undefined),
  };
}

/** Follow a local `$ref` (possibly several in a row). */
function resolve(document: Json, node: unknown, seen = new Set<string>()): unknown {
  const ref = (node as Json | undefined)?.['$ref'];
  if (typeof ref !== 'string') return node;
  if (!ref.startsWith('#/')) throw new GenerationError(`Only local references are supported, found "${ref}".`);
  if (seen.has(ref)) throw new GenerationError(`Reference cycle at "${ref}".`);
  seen.add(ref);
  let target: unknown = document;
  for (const segment of ref.slice(2).split('/')) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    target = (target as Json | undefined)?.[key];
  }
  if (target === undefined) throw new GenerationError(`Unresolved reference "${ref}".`);
  return resolve(document, target, seen);
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}
