import type { ApiModel } from './api-model.js';
import { json, object, quote, type Literal } from './layout.js';
import type { ApiNames } from './names.js';
import type { Statements } from './print-module.js';
import { constStatement, importDeclaration, type RuntimeLocation } from './statements.js';

/** `<api>/api.ts`: what the runtime needs to know about the API (servers, headers, security). */
export function buildApiModule(api: ApiModel, names: ApiNames, runtime: RuntimeLocation): Statements {
  const environments = api.servers.map((server) => quote(server.environment)).join(' | ');
  const idempotency = idempotencyHeaders(api);
  return [
    importDeclaration(`${runtime.fromApiDir}/internal.js`, ['ApiDescription'], true),
    constStatement({
      name: names.apiDescription,
      doc:
        `${api.title} (spec version ${api.version}): its servers by environment, from the spec.` +
        ((api.serverTemplates ?? []).length > 0
          ? ` Its servers with variables are left to each client's \`baseUrl\`: ${api.serverTemplates!.map((url) => `\`${url}\``).join(', ')}.`
          : ''),
      value: object({
        name: json(api.name),
        title: json(api.title),
        servers: object(api.servers.map((server) => [server.environment, json(server.url)] as const)),
        // None when the spec lists no server: every client then names its own `baseUrl`.
        defaultEnvironment: api.servers.length > 0 ? json(api.servers[0]!.environment) : undefined,
        defaultableHeaders: json(defaultableHeaders(api)),
        idempotencyHeaders: idempotency.length > 0 ? json(idempotency) : undefined,
        security: object({
          optional: api.security.optional === true ? json(true) : undefined,
          clientCredentialsTokenUrl:
            api.security.clientCredentialsTokenUrl !== undefined
              ? json(api.security.clientCredentialsTokenUrl)
              : undefined,
          clientCredentialsFields: clientCredentialsFields(api),
          credentialPrefixes: json(api.security.credentialPrefixes),
          keys: keyPlacements(api),
          requirement:
            hasKeys(api) && api.security.requirement !== undefined ? json(api.security.requirement) : undefined,
        }),
      }),
      suffix: ` as const satisfies ApiDescription<${environments === '' ? 'never' : environments}>`,
    }),
  ];
}

/**
 * `x-token-request-fields` for the runtime: per `clientCredentials` option, the form field it is sent as.
 * Left out when the spec declares none (or no client-credentials flow), so such APIs' descriptions do not change.
 */
function clientCredentialsFields(api: ApiModel): Literal | undefined {
  if (api.security.tokenRequestFields.length === 0) return undefined;
  return object(
    api.security.tokenRequestFields.map(
      (field) => [field.option, object({ formField: json(field.name), required: json(field.required) })] as const,
    ),
  );
}

/**
 * The header parameters a client may give a default for: every one an operation declares, except
 * idempotency-key headers (one key for every call would defeat the key).
 */
function defaultableHeaders(api: ApiModel): string[] {
  const keys = new Set(idempotencyHeaders(api).map((name) => name.toLowerCase()));
  const names = api.operations.flatMap((operation) => operation.headerParameters.map((parameter) => parameter.name));
  return [...new Set(names)].filter((name) => !keys.has(name.toLowerCase())).sort();
}

/** The header parameters that carry an idempotency key, which no client-wide option may set. */
function idempotencyHeaders(api: ApiModel): string[] {
  const names = api.operations.flatMap((operation) =>
    operation.retry.idempotencyHeader === undefined ? [] : [operation.retry.idempotencyHeader],
  );
  return [...new Set(names)].sort();
}

/** Whether the spec has HTTP basic or API key schemes (then the runtime's key credentials are used). */
export function hasKeys(api: ApiModel): boolean {
  return (api.security.keys ?? []).length > 0;
}

/** Where each basic or API key scheme sends its credential, for the runtime. */
function keyPlacements(api: ApiModel): Literal | undefined {
  if (!hasKeys(api)) return undefined;
  return object(
    api.security.keys!.map(
      (key) =>
        [
          key.name,
          json(key.kind === 'basic' ? { kind: 'basic' } : { kind: 'apiKey', in: key.in, name: key.parameter }),
        ] as const,
    ),
  );
}
