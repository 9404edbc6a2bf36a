import type { InterfaceDeclarationStructure } from 'ts-morph';
import type { ApiModel, TokenRequestField } from './api-model.js';
import { arrowEntry, signature } from './layout.js';
import { operationNames, type ApiNames } from './names.js';
import type { Statements } from './print-module.js';
import {
  comment,
  declaration,
  docs,
  genericAlias,
  importDeclaration,
  StructureKind,
  typeAlias,
  type RuntimeLocation,
} from './statements.js';

/** `<api>/client.ts`: `create<Api>Core` (for the standalone functions) and `create<Api>Client` (every operation as a method). */
export function buildClientModule(api: ApiModel, names: ApiNames, runtime: RuntimeLocation): Statements {
  const apiConst = names.apiDescription;
  const operations = api.operations.map((operation) => ({ operation, names: operationNames(names, operation) }));
  const clientCredentials = api.security.clientCredentialsTokenUrl !== undefined;
  const credentials = names.clientCredentials;
  const keyKinds = new Set((api.security.keys ?? []).map((key) => key.kind));
  // Client credentials only where the spec declares the flow; otherwise a bearer token, which is
  // optional where no operation requires a credential.
  // With basic or API key schemes: their credentials by scheme, and a token for the others, all optional
  // here; each operation checks that it has what its security asks for.
  const keyCredentials = names.keyCredentials;
  const keyed = keyCredentials !== undefined;
  const auth = keyed
    ? `KeyAuthOptions<${keyCredentials}${clientCredentials ? `, ${credentials ?? 'ClientCredentials'}` : ''}>`
    : api.security.optional
      ? 'OptionalTokenAuthOptions'
      : !clientCredentials
        ? 'TokenAuthOptions'
        : credentials !== undefined
          ? `TokenAuthOptions | ClientCredentialsAuthOptions<${credentials}>`
          : undefined;
  // A spec that lists no server leaves the host to each client: `baseUrl` is required.
  const baseUrlRequired = api.servers.length === 0 ? ' & { readonly baseUrl: string }' : '';
  const optionsDoc = docs(`Options of {@link ${names.createClient}}.`);
  /** The call that builds the transport, with the runtime parts this spec needs; a full client's brings the response schemas. */
  const coreStatement = (head: string, withResponseSchemas: boolean): string =>
    [
      `${head}createClientCore<paths, ${names.environment}>(${apiConst}, options, {`,
      ...(clientCredentials ? ['  createTokenSource: createClientCredentialsTokenSource,'] : []),
      ...(keyed ? ['  createKeyCredentials,'] : []),
      ...(withResponseSchemas ? [`  responseSchemas: ${names.responseSchemas},`] : []),
      `  responseSchemasExport: '${names.responseSchemas}',`,
      '});',
    ].join('\n');
  return [
    // Only an API whose spec declares client credentials imports (and so bundles) the OAuth token source.
    importDeclaration(`${runtime.fromApiDir}/internal.js`, [
      'apiPromise',
      'createClientCore',
      ...(clientCredentials ? ['createClientCredentialsTokenSource'] : []),
      ...(keyed ? ['createKeyCredentials'] : []),
      ...(keyed && keyKinds.has('apiKey') ? ['type ApiKey'] : []),
      'type ApiPromise',
      ...(keyed && keyKinds.has('basic') ? ['type BasicCredentials'] : []),
      'type CallOptions',
      'type ClientCore',
      ...(credentials !== undefined
        ? ['type ClientCredentials', ...(keyed ? [] : ['type ClientCredentialsAuthOptions'])]
        : keyed && clientCredentials
          ? ['type ClientCredentials']
          : []),
      'type ClientOptions',
      ...(keyed ? ['type KeyAuthOptions'] : []),
      ...(auth === 'OptionalTokenAuthOptions' ? ['type OptionalTokenAuthOptions'] : []),
      ...(!keyed && auth !== undefined && auth !== 'OptionalTokenAuthOptions' ? ['type TokenAuthOptions'] : []),
    ]),
    importDeclaration('./api.js', [apiConst]),
    importDeclaration('./validation.js', [names.responseSchemas]),
    importDeclaration('./schema.js', ['paths'], true),
    ...operations.map(({ names: operation }) =>
      importDeclaration(`./operations/${operation.file}.js`, [operation.withResponse]),
    ),
    importDeclaration(
      './types.js',
      operations.flatMap(({ names: operation }) => [operation.request, operation.response, operation.responseHeaders]),
      true,
    ),
    typeAlias(
      names.environment,
      `keyof typeof ${apiConst}.servers`,
      docs(`The servers of ${api.title}, by their \`x-environment\` name in the spec.`),
    ),
    ...(credentials !== undefined
      ? [credentialsInterface(credentials, names.createClient, api.security.tokenRequestFields)]
      : []),
    ...(keyCredentials !== undefined ? [keyCredentialsInterface(keyCredentials, names.createClient, api)] : []),
    // A lone environment type is one short name: only the two-argument form is ever broken over lines.
    auth === undefined
      ? typeAlias(names.clientOptions, `ClientOptions<${names.environment}>${baseUrlRequired}`, optionsDoc)
      : genericAlias(names.clientOptions, 'ClientOptions', [names.environment, auth], baseUrlRequired, optionsDoc),
    typeAlias(
      names.core,
      'ClientCore<paths>',
      docs(`The transport of ${api.title}; pass it to the standalone operation functions.`),
    ),
    // Printed here, not from a ts-morph structure: its printer keeps a function type on one line.
    declaration([
      comment(`${api.title}: every operation as a method, over one {@link ${names.core}}.`),
      `export interface ${names.client} extends ${names.core} {`,
      ...operations.flatMap(({ operation, names: operationName }) => [
        comment(
          `${operation.summary ?? operation.operationId}. See {@link ${operationName.function}}; ` +
            '`.withResponse()` on the result gives the response too.',
          '  ',
        ),
        `  readonly ${operationName.function}: ${signature({
          head: `  readonly ${operationName.function}: `,
          parameters: [`request: ${operationName.request}`, 'options?: CallOptions'],
          separator: ' => ',
          returnType: `ApiPromise<${operationName.response}, ${operationName.responseHeaders}>`,
          tail: ';',
          indent: '  ',
        })};`,
      ]),
      '}',
    ]),
    {
      kind: StructureKind.Function,
      isExported: true,
      name: names.createCore,
      parameters: [{ name: 'options', type: names.clientOptions }],
      returnType: names.core,
      docs: docs(
        `The transport alone, for the standalone operation functions: a bundle then holds only the operations it imports.\n\n` +
          `@throws {@link ConfigurationError} for options that cannot work.`,
      ),
      statements: coreStatement('return ', false),
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: names.createClient,
      parameters: [{ name: 'options', type: names.clientOptions }],
      returnType: names.client,
      docs: docs(
        `A client for ${api.title} with every operation as a method.\n\n@throws {@link ConfigurationError} for options that cannot work.`,
      ),
      statements: [
        // The same core as the core factory's, with every operation's response schemas (a client has every operation).
        coreStatement('const core = ', true),
        'return {',
        '  ...core,',
        // One request: the plain result is derived from the one with the response.
        ...operations.map(({ names: operation }) =>
          arrowEntry(
            operation.function,
            '(request, callOptions)',
            `apiPromise(${operation.withResponse}(core, request, callOptions))`,
          ),
        ),
        '};',
      ].join('\n'),
    },
  ];
}

/** The API's `clientCredentials` type: the runtime's, plus a property per `x-token-request-fields` entry. */
function credentialsInterface(
  name: string,
  createClient: string,
  fields: readonly TokenRequestField[],
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name,
    extends: ['ClientCredentials'],
    docs: docs(
      `The \`clientCredentials\` of {@link ${createClient}}, with the token request fields its spec adds ` +
        '(`x-token-request-fields`).',
    ),
    properties: fields.map((field) => ({
      isReadonly: true,
      name: field.option,
      hasQuestionToken: !field.required,
      type: 'string',
      docs: docs(`${field.description}\n\nSent as \`${field.name}\` in the token request.`),
    })),
  };
}

/** The API's `credentials` type: a property per HTTP basic or API key scheme, named as the spec names it. */
function keyCredentialsInterface(name: string, createClient: string, api: ApiModel): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name,
    docs: docs(
      `The \`credentials\` of {@link ${createClient}}, by security scheme. Each operation sends the first of ` +
        'its security alternatives there are credentials for.',
    ),
    properties: (api.security.keys ?? []).map((key) => ({
      isReadonly: true,
      name: /^[A-Za-z_$][\w$]*$/.test(key.name) ? key.name : JSON.stringify(key.name).replace(/^"|"$/g, "'"),
      hasQuestionToken: true,
      type: key.kind === 'basic' ? 'BasicCredentials' : 'ApiKey',
      docs: docs(
        `${key.description === undefined ? '' : `${key.description.trim()}\n\n`}` +
          (key.kind === 'basic'
            ? 'Sent as HTTP basic authentication (`Authorization: Basic …`).'
            : `Sent as the ${key.in === 'query' ? 'query parameter' : key.in} \`${key.parameter}\`.`),
      ),
    })),
  };
}
