import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  ApiModel,
  ContentModel,
  HttpMethod,
  OperationModel,
  ParameterModel,
  PathParameterModel,
  ResponseHeaderModel,
  RetryCondition,
  RetryModel,
  SchemaModel,
  KeySchemeModel,
  SecurityModel,
  ServerModel,
  TokenRequestField,
} from './api-model.js';
import { HTTP_METHODS } from './api-model.js';
import type { ApiEntry } from './config.js';
import { GenerationError } from './generation-error.js';
import { derivedOperationId } from './names.js';
import { bundleSplitSpec, hasExternalReference } from './bundle-spec.js';
import { parseDocument } from './parse-document.js';
import { readErrorShape } from './read-error-shape.js';
import { hasNullOnlyField } from './null-only-field.js';
import { resolveRef } from './resolve-ref.js';
import { dropIgnoredHeaderParameters } from './ignored-parameters.js';
import { inlineInnerReferences } from './inline-references.js';
import type { ErrorShape } from '../../src/errors/error-summary.js';
import type { HeaderType } from '../../src/operation/with-response.js';

/** One spec, read: the model the builders work from, and the text openapi-typescript converts. */
export interface ReadSpec {
  readonly api: ApiModel;
  /**
   * The spec text (line endings normalised to LF), for openapi-typescript (build-types.ts) alone:
   * it reads the spec itself. Our own builders read the model only.
   */
  readonly specText: string;
}

/** Where a spec comes from, as its model records it. */
export type SpecSource = Pick<ApiModel, 'name' | 'strict' | 'specFile' | 'specPath'>;

/** The form fields the token source sets itself: an extension field must not be one of them. */
const STANDARD_TOKEN_FORM_FIELDS: ReadonlySet<string> = new Set(['grant_type', 'client_id', 'client_secret', 'scope']);
/** The `clientCredentials` properties the runtime defines itself: an extension option must not be one of them. */
const STANDARD_CREDENTIAL_OPTIONS: ReadonlySet<string> = new Set(['clientId', 'clientSecret', 'scope']);
/** A plain JavaScript identifier, usable as a property name without quotes. */
const IDENTIFIER_RE = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const TOKEN_REQUEST_FIELDS = 'x-token-request-fields';

type Json = Record<string, unknown>;

/**
 * What a path parameter without a `pattern` must match when the spec is not strict: anything but an
 * empty value and the dot segments `.` and `..`, which URL resolution would turn into steps up the path.
 * Every other character is percent-encoded by the runtime, so no value can leave its path segment.
 */
export const DEFAULT_PATH_PARAMETER_PATTERN = '^(?!\\.{1,2}$).+$';

/** Methods RFC 9110 defines as idempotent: sending one twice has the effect of sending it once. */
const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['get', 'head', 'options', 'trace', 'put', 'delete']);

/**
 * Read one spec file and describe it. A spec split across files is bundled into one document first
 * (bundle-spec.ts), so only local `#/...` references are left to follow; a reference into the middle
 * of the document is replaced by a copy of its target (inline-references.ts), so only references to
 * whole components are left, and the header parameters OpenAPI says to ignore are removed
 * (ignored-parameters.ts). `specText` is then that document (as JSON) for openapi-typescript.
 */
export async function readSpec(entry: ApiEntry, projectDir: string): Promise<ReadSpec> {
  const fileText = (await readFile(entry.specFile, 'utf8')).replace(/\r\n/g, '\n');
  const specPath = path.relative(projectDir, entry.specFile).split(path.sep).join('/');
  const parsed = parseDocument(fileText, entry.specFile);
  const split = hasExternalReference(parsed);
  // The bundler may write into the document it is given: `split` is read first.
  const document = split ? await bundleSplitSpec(parsed, entry.specFile, specPath) : parsed;
  // References into the middle of the document, as copies, and the header parameters OpenAPI says
  // to ignore, left out: for openapi-typescript too (see each).
  const inlined = inlineInnerReferences(document as Json);
  const ignoredHeaderParameters = dropIgnoredHeaderParameters(document as Json);
  const specText = split || inlined || ignoredHeaderParameters.length > 0 ? JSON.stringify(document) : fileText;
  const api = readDocument(document as Json, {
    name: entry.name,
    strict: entry.strict,
    specFile: entry.specFile,
    specPath,
  });
  return { api: ignoredHeaderParameters.length > 0 ? { ...api, ignoredHeaderParameters } : api, specText };
}

/**
 * Describe one parsed spec: every `$ref` to a parameter, request body, response or header is resolved
 * here, once, with the one resolver (resolve-ref.ts); schemas stay as written. Pure: the document is
 * only read.
 */
export function readDocument(document: Json, source: SpecSource): ApiModel {
  const where = source.specPath;
  const info = (document['info'] ?? {}) as Json;
  return {
    ...source,
    openapiVersion: String(document['openapi']),
    title: stringOr(info['title'], source.name),
    version: stringOr(info['version'], '0'),
    servers: readServers(document, where),
    serverTemplates: readServerTemplates(document),
    security: readSecurity(document, where),
    schemas: readSchemas(document),
    operations: readOperations(document, where, source.strict),
  };
}

/**
 * The servers by environment name. A server without `x-environment` is named by its place in the
 * list: the first `default`, the others `server-2`, `server-3`, …; a URL with `{variables}` gets
 * each variable's `default`, as OpenAPI prescribes when nothing else is chosen.
 */
function readServers(document: Json, where: string): ServerModel[] {
  const servers = document['servers'];
  // No servers: the API is one each user hosts, or the spec leaves the host to them.
  if (servers === undefined || (Array.isArray(servers) && servers.length === 0)) return [];
  if (!Array.isArray(servers)) throw new GenerationError(`${where}: servers must be a list.`);
  const seen = new Set<string>();
  return servers.flatMap((server: Json, index) => {
    const environment = server['x-environment'] ?? (index === 0 ? 'default' : `server-${index + 1}`);
    const url = server['url'];
    if (typeof environment !== 'string' || typeof url !== 'string') {
      throw new GenerationError(`${where}: servers[${index}] needs a \`url\` and an \`x-environment\` name.`);
    }
    if (seen.has(environment)) throw new GenerationError(`${where}: two servers are named "${environment}".`);
    seen.add(environment);
    // A URL with `{variables}` (a tenant's subdomain, a region) names a host only its user knows: it is
    // no environment to default to, and a client of a spec with no other server must pass `baseUrl`.
    if (/\{[^}]+\}/.test(url)) return [];
    return [{ environment, url }];
  });
}

/** The servers of a spec's list that have `{variables}`: left to each client's `baseUrl`. */
function readServerTemplates(document: Json): string[] {
  const servers = Array.isArray(document['servers']) ? (document['servers'] as Json[]) : [];
  return servers
    .map((server) => server['url'])
    .filter((url): url is string => typeof url === 'string' && /\{[^}]+\}/.test(url));
}

/**
 * The server of an operation that has its own (OpenAPI's `servers` on the operation, else on its path
 * item): the first one listed, each `{variable}` given its `default`; undefined when it has none.
 */
function readOperationServer(operation: Json, pathItem: Json, where: string): string | undefined {
  const servers = (Array.isArray(operation['servers']) ? operation['servers'] : pathItem['servers']) as
    Json[] | undefined;
  const first = Array.isArray(servers) ? servers[0] : undefined;
  if (first === undefined) return undefined;
  const url = first['url'];
  if (typeof url !== 'string') throw new GenerationError(`${where}: servers[0] needs a \`url\`.`);
  const resolved = withVariableDefaults(url, first['variables'], `${where}: servers[0]`).replace(/\/+$/, '');
  // Where requests go is the spec's to say, exactly: an absolute http(s) URL or a path on the API's host.
  if (!/^(https?:\/\/[^/?#\s]+|\/)[^?#\s]*$/i.test(resolved) || /^\/\//.test(resolved))
    throw new GenerationError(
      `${where}: servers[0] "${resolved}" must be an absolute http(s) URL or a path, without a query or fragment.`,
    );
  return resolved;
}

function withVariableDefaults(url: string, variables: unknown, where: string): string {
  return url.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = ((variables as Json | undefined)?.[name] as Json | undefined)?.['default'];
    if (typeof value !== 'string') throw new GenerationError(`${where}: URL variable {${name}} has no default.`);
    return value;
  });
}

function readSecurity(document: Json, where: string): SecurityModel {
  const schemes = ((document['components'] as Json | undefined)?.['securitySchemes'] ?? {}) as Record<string, Json>;
  let clientCredentialsTokenUrl: string | undefined;
  const credentialPrefixes: Record<string, readonly string[]> = {};
  /** The scheme whose flow declared the fields, and the fields. */
  let tokenRequestFields: { readonly scheme: string; readonly fields: readonly TokenRequestField[] } | undefined;
  for (const [name, scheme] of Object.entries(schemes)) {
    const flows = (scheme['flows'] ?? {}) as Record<string, Json | null>;
    if (scheme[TOKEN_REQUEST_FIELDS] !== undefined) {
      throw new GenerationError(
        `${where}: securitySchemes.${name}.${TOKEN_REQUEST_FIELDS} belongs on the scheme's flows.clientCredentials.`,
      );
    }
    for (const [flowName, flow] of Object.entries(flows)) {
      if (flowName !== 'clientCredentials' && flow?.[TOKEN_REQUEST_FIELDS] !== undefined) {
        throw new GenerationError(
          `${where}: securitySchemes.${name}.flows.${flowName}.${TOKEN_REQUEST_FIELDS}: ` +
            'the client requests tokens with the clientCredentials flow only.',
        );
      }
    }
    const clientCredentials = flows['clientCredentials'];
    const tokenUrl = clientCredentials?.['tokenUrl'];
    if (typeof tokenUrl === 'string') {
      if (clientCredentialsTokenUrl !== undefined && clientCredentialsTokenUrl !== tokenUrl) {
        throw new GenerationError(`${where}: two client-credentials token URLs; the client supports one per API.`);
      }
      clientCredentialsTokenUrl = tokenUrl;
    }
    const declared = clientCredentials?.[TOKEN_REQUEST_FIELDS];
    if (declared !== undefined) {
      const fields = readTokenRequestFields(declared, `${where}: securitySchemes.${name}.flows.clientCredentials`);
      if (tokenRequestFields !== undefined && JSON.stringify(tokenRequestFields.fields) !== JSON.stringify(fields)) {
        throw new GenerationError(
          `${where}: securitySchemes.${tokenRequestFields.scheme} and ${name} declare different ` +
            `${TOKEN_REQUEST_FIELDS}; the client sends one token request per API.`,
        );
      }
      tokenRequestFields = { scheme: name, fields };
    }
    const prefixes = scheme['x-credential-prefixes'];
    if (prefixes !== undefined) {
      if (!Array.isArray(prefixes) || !prefixes.every((prefix) => typeof prefix === 'string' && prefix !== '')) {
        throw new GenerationError(
          `${where}: securitySchemes.${name}.x-credential-prefixes must be a list of non-empty strings.`,
        );
      }
      credentialPrefixes[name] = prefixes;
    }
  }
  return {
    clientCredentialsTokenUrl,
    credentialPrefixes,
    // The fields extend the client-credentials token request: without that flow there is none to extend.
    tokenRequestFields: clientCredentialsTokenUrl === undefined ? [] : (tokenRequestFields?.fields ?? []),
    optional: noOperationRequiresCredentials(document),
    keys: readKeySchemes(schemes, where),
    requirement: readRequirement(document['security']),
  };
}

/** The basic and API key schemes (the others are bearer tokens: HTTP bearer, OAuth 2, OpenID Connect). */
function readKeySchemes(schemes: Record<string, Json>, where: string): KeySchemeModel[] {
  const keys: KeySchemeModel[] = [];
  for (const [name, scheme] of Object.entries(schemes)) {
    const description = typeof scheme['description'] === 'string' ? scheme['description'] : undefined;
    if (scheme['type'] === 'http' && String(scheme['scheme']).toLowerCase() === 'basic') {
      keys.push({ name, kind: 'basic', description });
    } else if (scheme['type'] === 'apiKey') {
      const location = scheme['in'];
      const parameter = scheme['name'];
      if ((location !== 'header' && location !== 'query' && location !== 'cookie') || typeof parameter !== 'string')
        throw new GenerationError(
          `${where}: securitySchemes.${name}: an apiKey scheme needs \`in\` (header, query or cookie) and \`name\`.`,
        );
      keys.push({ name, kind: 'apiKey', in: location, parameter, description });
    }
  }
  return keys;
}

/** A `security` list as alternatives of scheme names (`{}` is the alternative that needs none). */
function readRequirement(security: unknown): readonly (readonly string[])[] | undefined {
  if (!Array.isArray(security)) return undefined;
  return security.map((requirement) => Object.keys((requirement ?? {}) as Json));
}

/**
 * Whether every operation may be called without a credential: its security (its own, else the
 * spec's) is absent, empty, or lists the empty requirement `{}`, which OpenAPI reads as "optional".
 */
function noOperationRequiresCredentials(document: Json): boolean {
  const optional = (requirements: unknown): boolean =>
    !Array.isArray(requirements) ||
    requirements.length === 0 ||
    requirements.some((requirement) => typeof requirement === 'object' && Object.keys(requirement ?? {}).length === 0);
  const paths = (document['paths'] ?? {}) as Record<string, Json>;
  return Object.values(paths).every((item) =>
    HTTP_METHODS.every((method) => {
      const operation = resolveRef(document, item?.[method]) as Json | undefined;
      return operation === undefined || optional(operation['security'] ?? document['security']);
    }),
  );
}

/**
 * `x-token-request-fields` of a client-credentials flow: a list of `{ name, option, required?, description }`.
 * Each `option` becomes a property of the API's `clientCredentials` type, sent as the form field `name`.
 */
function readTokenRequestFields(declared: unknown, at: string): TokenRequestField[] {
  const where = `${at}.${TOKEN_REQUEST_FIELDS}`;
  if (!Array.isArray(declared)) {
    throw new GenerationError(`${where} must be a list of { name, option, required, description } entries.`);
  }
  const names = new Set<string>();
  const options = new Set<string>();
  return declared.map((entry: unknown, index) => {
    const item = `${where}[${index}]`;
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      throw new GenerationError(`${item} must be a map with name, option, required and description.`);
    }
    const fields = entry as Json;
    const unknown = Object.keys(fields).filter((key) => !['name', 'option', 'required', 'description'].includes(key));
    if (unknown.length > 0) {
      throw new GenerationError(
        `${item}: unknown key ${unknown.map((key) => `\`${key}\``).join(', ')} (known: name, option, required, description).`,
      );
    }
    const { name, option, required = false, description } = fields;
    if (typeof name !== 'string' || name.trim() === '') {
      throw new GenerationError(`${item}.name must be a non-empty string: the field's name in the token request form.`);
    }
    if (STANDARD_TOKEN_FORM_FIELDS.has(name)) {
      throw new GenerationError(
        `${item}.name "${name}" is a form field the client sets itself (grant_type, client_id, client_secret, scope).`,
      );
    }
    if (names.has(name)) throw new GenerationError(`${item}.name "${name}" is declared twice.`);
    names.add(name);
    if (typeof option !== 'string' || !IDENTIFIER_RE.test(option)) {
      throw new GenerationError(
        `${item}.option must be a JavaScript identifier (letters, digits, _ and $, not starting with a digit), ` +
          `the property callers pass the value as${typeof option === 'string' ? `; "${option}" is not` : ''}.`,
      );
    }
    if (STANDARD_CREDENTIAL_OPTIONS.has(option) || option in Object.prototype) {
      throw new GenerationError(
        STANDARD_CREDENTIAL_OPTIONS.has(option)
          ? `${item}.option "${option}" collides with the client's own \`clientCredentials.${option}\`.`
          : `${item}.option "${option}" collides with a property every JavaScript object has (Object.prototype.${option}).`,
      );
    }
    if (options.has(option)) throw new GenerationError(`${item}.option "${option}" is declared twice.`);
    options.add(option);
    if (typeof required !== 'boolean') throw new GenerationError(`${item}.required must be true or false.`);
    if (typeof description !== 'string' || description.trim() === '') {
      throw new GenerationError(`${item}.description must be a non-empty string (it documents the option).`);
    }
    return { name, option, required, description: description.trim() };
  });
}

function readRetry(operation: Json, method: HttpMethod, headerNames: readonly string[], where: string): RetryModel {
  const retry = operation['x-retry'];
  // Without a declaration (our lint requires one; other specs have none), the method decides: an
  // idempotent one may be sent again, POST and PATCH may not.
  if (retry === undefined)
    return { repeatable: IDEMPOTENT_METHODS.has(method), notRepeatableWhen: [], idempotencyHeader: undefined };
  if (typeof retry !== 'object' || retry === null || typeof (retry as Json)['repeatable'] !== 'boolean') {
    throw new GenerationError(`${where}: x-retry needs \`repeatable: true\` or \`false\`.`);
  }
  const { repeatable, notRepeatableWhen = [], idempotencyHeader } = retry as Json;
  if (!Array.isArray(notRepeatableWhen))
    throw new GenerationError(`${where}: x-retry.notRepeatableWhen must be a list.`);
  const conditions = notRepeatableWhen.map((condition: Json, index): RetryCondition => {
    const at = `${where}: x-retry.notRepeatableWhen[${index}]`;
    if (typeof condition['field'] !== 'string' || !condition['field'].startsWith('/')) {
      throw new GenerationError(`${at}.field must be a JSON pointer into the body, such as /status.`);
    }
    if (condition['nonEmpty'] === true && condition['in'] === undefined)
      return { field: condition['field'], nonEmpty: true };
    if (Array.isArray(condition['in']) && condition['nonEmpty'] === undefined)
      return { field: condition['field'], in: condition['in'] };
    throw new GenerationError(`${at} needs exactly one of \`nonEmpty: true\` or \`in: [values]\`.`);
  });
  if (
    idempotencyHeader !== undefined &&
    (typeof idempotencyHeader !== 'string' || !headerNames.includes(idempotencyHeader))
  ) {
    throw new GenerationError(
      `${where}: x-retry.idempotencyHeader must name one of the operation's header parameters (${headerNames.join(', ') || 'none'}).`,
    );
  }
  return {
    repeatable: repeatable as boolean,
    notRepeatableWhen: conditions,
    idempotencyHeader: idempotencyHeader as string | undefined,
  };
}

/** Top-level body properties (through `$ref` and `allOf`) that carry `x-allowed-credentials`. */
function readRestrictedFields(
  document: Json,
  body: Json | undefined,
  mediaType: string | undefined,
  where: string,
): Record<string, readonly string[]> {
  const restricted: Record<string, readonly string[]> = {};
  const schema =
    mediaType === undefined ? undefined : ((body?.['content'] as Json)[mediaType] as Json | undefined)?.['schema'];
  const visit = (node: unknown, depth: number): void => {
    const resolved = resolveRef(document, node) as Json | undefined;
    if (resolved === undefined || depth > 10) return;
    for (const [name, property] of Object.entries((resolved['properties'] ?? {}) as Json)) {
      const allowed = (property as Json)['x-allowed-credentials'];
      if (allowed === undefined) continue;
      if (!Array.isArray(allowed) || !allowed.every((scheme) => typeof scheme === 'string')) {
        throw new GenerationError(
          `${where}: body field ${name}: x-allowed-credentials must list security scheme names.`,
        );
      }
      restricted[name] = allowed;
    }
    for (const part of asArray(resolved['allOf'])) visit(part, depth + 1);
  };
  visit(schema, 0);
  return restricted;
}

/** components/schemas, as written: their references stay references (recursive schemas are fine). */
function readSchemas(document: Json): SchemaModel[] {
  const schemas = ((document['components'] as Json | undefined)?.['schemas'] ?? {}) as Record<string, Json>;
  return Object.entries(schemas).map(([name, schema]) => ({
    name,
    description: optionalString(schema['description']),
    schema,
  }));
}

/** An operation read, before its path parameters are known to have patterns. */
type PatternsUnchecked = Omit<OperationModel, 'pathParameters'> & {
  readonly pathParameters: readonly (ParameterModel & { readonly pattern: string | undefined })[];
};

function readOperations(document: Json, where: string, strict: boolean): OperationModel[] {
  const operations: PatternsUnchecked[] = [];
  const paths = (document['paths'] ?? {}) as Record<string, Json>;
  for (const [pathTemplate, pathItem] of Object.entries(paths)) {
    const shared = asArray(pathItem['parameters']);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method] as Json | undefined;
      if (operation === undefined) continue;
      const given = operation['operationId'];
      if (typeof given !== 'string' && strict) {
        throw new GenerationError(
          `${where}: ${method.toUpperCase()} ${pathTemplate} has no operationId. Give it one (a spec that is not ` +
            `strict would get \`${derivedOperationId(method, pathTemplate)}\`, from its method and path).`,
        );
      }
      const operationId = typeof given === 'string' ? given : derivedOperationId(method, pathTemplate);
      const read = readOperation(document, pathTemplate, method, operationId, operation, shared, strict);
      const server = readOperationServer(operation, pathItem, `${where}: operation ${operationId}`);
      const withServer = server === undefined ? read : { ...read, server };
      operations.push(typeof given === 'string' ? withServer : { ...withServer, operationIdDerived: true });
    }
  }
  // File order of paths must not change the output's order.
  return operations
    .sort((a, b) => (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0))
    .map(withPatterns);
}

/**
 * Every path parameter needs a pattern: a value must not leave its path segment. Checked once every
 * operation is read, in operationId order, so that a spec's other faults are named first.
 */
function withPatterns(operation: PatternsUnchecked): OperationModel {
  const pathParameters = operation.pathParameters.map((parameter): PathParameterModel => {
    if (parameter.pattern === undefined) {
      throw new GenerationError(
        `operation ${operation.operationId}: path parameter "${parameter.name}" has no pattern; every path parameter needs one.`,
      );
    }
    return { ...parameter, pattern: parameter.pattern };
  });
  return { ...operation, pathParameters };
}

function readOperation(
  document: Json,
  pathTemplate: string,
  method: HttpMethod,
  operationId: string,
  operation: Json,
  sharedParameters: unknown[],
  strict: boolean,
): PatternsUnchecked {
  // Keyed by location and name: an operation's parameter replaces the path item's of the same key, in its place.
  const parameters = new Map<string, Json>();
  for (const raw of [...sharedParameters, ...asArray(operation['parameters'])]) {
    const parameter = resolveRef(document, raw) as Json;
    parameters.set(`${String(parameter['in'])}:${String(parameter['name'])}`, parameter);
  }
  const inLocation = (location: string): Json[] =>
    [...parameters.values()].filter((parameter) => parameter['in'] === location);
  const parameterModel = (parameter: Json): ParameterModel => ({
    name: String(parameter['name']),
    // OpenAPI requires every path parameter (a path cannot be sent without its segment), as the types say.
    required: parameter['required'] === true || parameter['in'] === 'path',
    schema: parameter['schema'],
    style: typeof parameter['style'] === 'string' ? parameter['style'] : undefined,
    explode: typeof parameter['explode'] === 'boolean' ? parameter['explode'] : undefined,
    allowReserved: typeof parameter['allowReserved'] === 'boolean' ? parameter['allowReserved'] : undefined,
  });

  const body =
    operation['requestBody'] === undefined ? undefined : (resolveRef(document, operation['requestBody']) as Json);
  const bodyMediaType = Object.keys((body?.['content'] ?? {}) as Json)[0];
  const schemaOf = (content: Json | undefined, mediaType: string | undefined): unknown =>
    mediaType === undefined
      ? undefined
      : ((content?.['content'] as Json | undefined)?.[mediaType] as Json | undefined)?.['schema'];
  const responseObjects = new Map<string, Json>();
  const responses = Object.entries((operation['responses'] ?? {}) as Json).map(([status, response]): ContentModel => {
    const resolved = resolveRef(document, response) as Json;
    responseObjects.set(status, resolved);
    const mediaTypes = Object.keys((resolved['content'] ?? {}) as Json);
    return { status, mediaType: mediaTypes[0] };
  });
  // A spec we did not write may declare only a redirect (fetch follows it) and errors: resolve with nothing.
  const successes = responses.filter((response) => /^2(\d\d|XX)$/.test(response.status));
  // Without a 2xx, a spec we did not write describes its answers as `default`: success bodies too.
  const success =
    successes[0] ??
    (strict
      ? undefined
      : (responses.find((response) => response.status === 'default') ?? { status: '2XX', mediaType: undefined }));
  if (success === undefined) throw new GenerationError(`${operationId}: declares no 2xx response.`);
  const errors = responses.filter(
    (response) => /^(4|5)(\d\d|XX)$|^default$/.test(response.status) && response.mediaType !== undefined,
  );
  const shapes = new Map<string, ErrorShape>();
  for (const error of errors) {
    const shape = readErrorShape(schemaOf(responseObjects.get(error.status), error.mediaType), (node) =>
      resolveRef(document, node),
    );
    if (shape !== undefined) shapes.set(JSON.stringify(shape), shape);
  }
  const externalDocs = operation['externalDocs'] as Json | undefined;
  const pathParameters = inLocation('path').map((parameter) => ({
    ...parameterModel(parameter),
    pattern:
      optionalString((resolveRef(document, parameter['schema']) as Json | undefined)?.['pattern']) ??
      (strict ? undefined : DEFAULT_PATH_PARAMETER_PATTERN),
  }));
  const headerParameters = inLocation('header').map(parameterModel);

  return {
    operationId,
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
    pathParameters,
    queryParameters: inLocation('query').map(parameterModel),
    headerParameters,
    cookieParameters: inLocation('cookie').map(parameterModel),
    requestBody:
      body === undefined || bodyMediaType === undefined
        ? undefined
        : {
            required: body['required'] === true,
            mediaType: bodyMediaType,
            schema: schemaOf(body, bodyMediaType),
            ...(hasNullOnlyField(document, schemaOf(body, bodyMediaType)) ? { hasNullOnlyField: true } : {}),
          },
    success: { ...success, schema: schemaOf(responseObjects.get(success.status), success.mediaType) },
    otherSuccesses: successes
      .slice(1)
      .map((other) => ({ ...other, schema: schemaOf(responseObjects.get(other.status), other.mediaType) })),
    successHeaders: readResponseHeaders(document, responseObjects.get(success.status)),
    retry: readRetry(
      operation,
      method,
      headerParameters.map((parameter) => parameter.name),
      `${operationId}`,
    ),
    credentialRestrictedFields: readRestrictedFields(document, body, bodyMediaType, operationId),
    security: readRequirement(operation['security'] ?? document['security']),
    errors,
    errorShapes: [...shapes.values()],
  };
}

/** The headers a response declares (OpenAPI ignores a `Content-Type` header definition), sorted by name. */
function readResponseHeaders(document: Json, response: Json | undefined): ResponseHeaderModel[] {
  const headers = (response?.['headers'] ?? {}) as Json;
  return Object.entries(headers)
    .filter(([name]) => name.toLowerCase() !== 'content-type')
    .map(([name, header]) => {
      const schema = resolveRef(document, (resolveRef(document, header) as Json | undefined)?.['schema']) as
        Json | undefined;
      const declared = schema?.['type'];
      const types = (Array.isArray(declared) ? declared : [declared]).filter((type) => type !== 'null');
      const scalar = types.length === 1 && ['string', 'integer', 'number', 'boolean'].includes(types[0] as string);
      return { name, type: (scalar ? types[0] : 'string') as HeaderType, typed: scalar };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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
