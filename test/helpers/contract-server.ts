// The contract check on top of the test server (./test-server.ts): every request it receives is
// checked against the OpenAPI contract, with a validator independent of the SDK's own: Ajv (JSON
// Schema 2020-12) fed the spec YAML itself. A request the spec would reject is recorded in
// `violations`; tests assert the list is empty. `contractViolations` checks one request on its own.
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startTestServer, type Script, type TestServer } from './test-server.js';
import { readSpec as loadSpec, specAjv } from './spec-ajv.js';

export type ContractSpecFile = 'asset.yaml' | 'mollie.yaml';

export interface ContractServerOptions {
  /** The contract(s) requests are checked against. */
  readonly spec: ContractSpecFile | 'both';
}

export interface ContractServer extends TestServer {
  /** One readable line per way in which a received request broke the contract. */
  readonly violations: string[];
}

/** The handle of {@link useContractServer}: what a test reads of the server it shares. */
export type SharedContractServer = Pick<ContractServer, 'url' | 'requests' | 'violations' | 'close'>;

/** A request as the contract check reads it (a {@link TestServer} request, or one built by hand). */
export interface ContractRequest {
  readonly method: string;
  /** Path and query, exactly as sent on the wire. */
  readonly url: string;
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body: string;
}

/** The Asset OAuth token endpoint: not an operation of the spec, allowed and not checked. */
const ASSET_TOKEN_PATH = '/v0/auth/token';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

type Json = Record<string, unknown>;

interface ParameterCheck {
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly validate: ValidateFunction;
}

interface OperationCheck {
  readonly specFile: ContractSpecFile;
  readonly operationId: string;
  readonly method: string;
  readonly template: string;
  /** The template split at `/`; a `{name}` segment is a path parameter. */
  readonly segments: readonly string[];
  readonly parameters: readonly ParameterCheck[];
  /** Media type → body validator; undefined when the operation takes no body. */
  readonly bodies: ReadonlyMap<string, ValidateFunction> | undefined;
  readonly bodyRequired: boolean;
  /** Media types of the 2xx responses, which `Accept` must allow. */
  readonly successMediaTypes: readonly string[];
  /** Whether every security requirement needs a credential (no `{}` alternative). */
  readonly needsCredential: boolean;
}

const operationsBySpec = new Map<ContractSpecFile, OperationCheck[]>();

function pointerToken(key: string): string {
  return encodeURIComponent(key.replaceAll('~', '~0').replaceAll('/', '~1'));
}

/** Follow a local `$ref` chain; returns the node and its JSON pointer (`#/…`) in the document. */
function resolve(doc: Json, node: unknown, pointer: string): { node: Json; pointer: string } {
  let current = node as Json;
  let at = pointer;
  for (let depth = 0; typeof current['$ref'] === 'string'; depth++) {
    if (depth > 32) throw new Error(`$ref cycle at ${at}`);
    const ref = current['$ref'] as string;
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, got ${ref}`);
    at = ref;
    current = ref
      .slice(2)
      .split('/')
      .map((token) => decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<Json>((parent, key) => parent[key] as Json, doc);
    if (current === undefined) throw new Error(`$ref ${ref} does not resolve`);
  }
  return { node: current, pointer: at };
}

function compileAt(specFile: ContractSpecFile, pointer: string): ValidateFunction {
  return specAjv().compile({ $ref: `${specFile}${pointer}` });
}

function operationsOf(specFile: ContractSpecFile): OperationCheck[] {
  const cached = operationsBySpec.get(specFile);
  if (cached) return cached;
  const doc = loadSpec(specFile);
  const operations: OperationCheck[] = [];
  const globalSecurity = doc['security'];
  for (const [template, rawItem] of Object.entries(doc['paths'] as Json)) {
    const item = resolve(doc, rawItem, `#/paths/${pointerToken(template)}`);
    for (const method of HTTP_METHODS) {
      const op = item.node[method] as Json | undefined;
      if (op === undefined) continue;
      const opPointer = `${item.pointer}/${method}`;
      // Path-item parameters apply unless the operation redeclares the same name and location.
      const declared = new Map<string, ParameterCheck>();
      const collect = (list: unknown, listPointer: string): void => {
        if (!Array.isArray(list)) return;
        list.forEach((raw, index) => {
          const parameter = resolve(doc, raw, `${listPointer}/${index}`);
          const location = String(parameter.node['in']);
          const name = String(parameter.node['name']);
          const key = `${location}:${location === 'header' ? name.toLowerCase() : name}`;
          declared.set(key, {
            name,
            in: location,
            required: parameter.node['required'] === true,
            validate: compileAt(specFile, `${parameter.pointer}/schema`),
          });
        });
      };
      collect(item.node['parameters'], `${item.pointer}/parameters`);
      collect(op['parameters'], `${opPointer}/parameters`);

      let bodies: Map<string, ValidateFunction> | undefined;
      let bodyRequired = false;
      if (op['requestBody'] !== undefined) {
        const requestBody = resolve(doc, op['requestBody'], `${opPointer}/requestBody`);
        bodyRequired = requestBody.node['required'] === true;
        bodies = new Map();
        for (const mediaType of Object.keys(requestBody.node['content'] as Json)) {
          bodies.set(
            mediaType,
            compileAt(specFile, `${requestBody.pointer}/content/${pointerToken(mediaType)}/schema`),
          );
        }
      }

      const successMediaTypes: string[] = [];
      for (const [status, rawResponse] of Object.entries(op['responses'] as Json)) {
        if (!/^2(\d\d|XX)$/.test(status)) continue;
        const response = resolve(doc, rawResponse, `${opPointer}/responses/${status}`);
        successMediaTypes.push(...Object.keys((response.node['content'] as Json | undefined) ?? {}));
      }

      const security = (op['security'] ?? globalSecurity ?? []) as Json[];
      const needsCredential =
        security.length > 0 && security.every((requirement) => Object.keys(requirement).length > 0);

      operations.push({
        specFile,
        operationId: String(op['operationId']),
        method: method.toUpperCase(),
        template,
        segments: template.split('/'),
        parameters: [...declared.values()],
        bodies,
        bodyRequired,
        successMediaTypes,
        needsCredential,
      });
    }
  }
  operationsBySpec.set(specFile, operations);
  return operations;
}

function describeErrors(errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((error) => `${error.instancePath || '(root)'} ${error.message ?? error.keyword}${formatParams(error)}`)
    .join('; ');
}

function formatParams(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') return ` (${String(params['additionalProperty'])})`;
  return '';
}

function mediaTypeOf(value: string | undefined): string | undefined {
  return value?.split(';')[0]?.trim().toLowerCase();
}

function headerValue(request: ContractRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return typeof value === 'string' || value === undefined ? value : value.join(', ');
}

/** The path parameters when the URL path matches the template, else undefined. */
function matchPath(segments: readonly string[], actual: readonly string[]): Map<string, string> | undefined {
  if (segments.length !== actual.length) return undefined;
  const values = new Map<string, string>();
  for (const [index, segment] of segments.entries()) {
    const value = actual[index] ?? '';
    const parameter = /^\{([^}]+)\}$/.exec(segment)?.[1];
    if (parameter !== undefined) values.set(parameter, value);
    else if (segment !== value) return undefined;
  }
  return values;
}

/**
 * Every way in which `request` breaks the contract of `specFiles`; [] when it is valid (or is a
 * request to the Asset token endpoint, which is not part of the spec and is skipped).
 */
export function contractViolations(request: ContractRequest, specFiles: readonly ContractSpecFile[]): string[] {
  const target = `${request.method} ${request.url}`;
  const url = new URL(request.url, 'http://contract.invalid');
  if (specFiles.includes('asset.yaml') && request.method === 'POST' && url.pathname === ASSET_TOKEN_PATH) return [];

  const rawSegments = url.pathname.split('/');
  let operation: OperationCheck | undefined;
  let rawValues: Map<string, string> | undefined;
  for (const candidate of specFiles.flatMap(operationsOf)) {
    if (candidate.method !== request.method) continue;
    rawValues = matchPath(candidate.segments, rawSegments);
    if (rawValues) {
      operation = candidate;
      break;
    }
  }
  if (operation === undefined || rawValues === undefined) {
    return [`${target}: no operation of ${specFiles.join(' or ')} has this method and path`];
  }

  const violations: string[] = [];
  const problem = (text: string): void => {
    violations.push(`${target} (${operation.operationId}): ${text}`);
  };

  for (const parameter of operation.parameters) {
    let value: string | undefined;
    if (parameter.in === 'path') {
      const raw = rawValues.get(parameter.name);
      if (raw === undefined) {
        problem(`path parameter ${parameter.name} is not in the path template`);
        continue;
      }
      try {
        value = decodeURIComponent(raw);
      } catch {
        problem(`path parameter ${parameter.name} is not valid percent-encoding: ${raw}`);
        continue;
      }
    } else if (parameter.in === 'header') {
      value = headerValue(request, parameter.name);
    } else if (parameter.in === 'query') {
      value = url.searchParams.get(parameter.name) ?? undefined;
    } else {
      continue;
    }
    if (value === undefined) {
      if (parameter.required) problem(`required ${parameter.in} parameter ${parameter.name} is missing`);
      continue;
    }
    if (!parameter.validate(value)) {
      problem(
        `${parameter.in} parameter ${parameter.name} ${JSON.stringify(value)} breaks its schema: ${describeErrors(parameter.validate.errors)}`,
      );
    }
  }
  const declaredQuery = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(url.searchParams.keys())) {
    if (!declaredQuery.has(name)) problem(`query parameter ${name} is not declared`);
  }
  if (url.search !== '' && url.searchParams.size === 0) problem(`unexpected query string ${url.search}`);

  if (operation.needsCredential) {
    const authorization = headerValue(request, 'authorization');
    if (authorization === undefined || !/^Bearer [A-Za-z0-9\-._~+/]+=*$/.test(authorization)) {
      problem('no bearer credential in Authorization, which the security requirements demand');
    }
  }

  const accept = headerValue(request, 'accept');
  if (accept !== undefined && operation.successMediaTypes.length > 0) {
    const accepted = accept.split(',').map((part) => mediaTypeOf(part));
    const fits = operation.successMediaTypes.some(
      (type) => accepted.includes(type) || accepted.includes('*/*') || accepted.includes(`${type.split('/')[0]}/*`),
    );
    if (!fits) problem(`Accept ${JSON.stringify(accept)} allows none of ${operation.successMediaTypes.join(', ')}`);
  }

  const hasBody = request.body.length > 0;
  if (operation.bodies === undefined) {
    if (hasBody) problem('the operation takes no request body, but one was sent');
    return violations;
  }
  if (!hasBody) {
    if (operation.bodyRequired) problem('the request body is required, but none was sent');
    return violations;
  }
  const contentType = headerValue(request, 'content-type');
  const mediaType = mediaTypeOf(contentType);
  const validate = mediaType === undefined ? undefined : operation.bodies.get(mediaType);
  if (validate === undefined) {
    problem(`content-type ${contentType ?? '(none)'} is not one of ${[...operation.bodies.keys()].join(', ')}`);
    return violations;
  }
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    problem(`the body is not valid JSON: ${request.body.slice(0, 80)}`);
    return violations;
  }
  if (!validate(body)) problem(`the body breaks the request body schema: ${describeErrors(validate.errors)}`);
  return violations;
}

/**
 * `startTestServer`, plus a contract check of every request it receives. Assert that
 * `server.violations` is empty after each test (and empty it), so a request the spec rejects fails
 * the test that sent it.
 */
export async function startContractServer(answer: Script, options: ContractServerOptions): Promise<ContractServer> {
  const specFiles: ContractSpecFile[] = options.spec === 'both' ? ['asset.yaml', 'mollie.yaml'] : [options.spec];
  // Compile everything before the first request, so a broken spec fails here and not in a handler.
  for (const file of specFiles) operationsOf(file);
  const violations: string[] = [];
  const server = await startTestServer((request) => {
    try {
      violations.push(...contractViolations(request, specFiles));
    } catch (error) {
      violations.push(`${request.method} ${request.url}: the contract check failed: ${String(error)}`);
    }
    return answer(request);
  });
  return Object.assign(server, { violations });
}

/**
 * One contract server for the whole test file: started before the first test, closed after the
 * last, and checked after every test: a test whose requests broke the spec fails. The handle is
 * usable at once (its fields are read when a test runs).
 */
export function useContractServer(answer: Script, options: ContractServerOptions): SharedContractServer {
  let current: ContractServer | undefined;
  const started = (): ContractServer => {
    if (current === undefined) throw new Error('the contract server is used before beforeAll started it');
    return current;
  };
  beforeAll(async () => {
    current = await startContractServer(answer, options);
  });
  afterEach(() => {
    const violations = [...started().violations];
    started().violations.length = 0;
    started().requests.length = 0;
    expect(violations, 'requests the spec rejects').toEqual([]);
  });
  afterAll(async () => {
    await current?.close();
  });
  return {
    get url() {
      return started().url;
    },
    get requests() {
      return started().requests;
    },
    get violations() {
      return started().violations;
    },
    close: () => started().close(),
  };
}
