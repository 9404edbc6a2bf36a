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
  // Client credentials only where the spec declares the flow; otherwise a bearer token, which is
  // optional where no operation requires a credential.
  const auth = api.security.optional
    ? 'OptionalTokenAuthOptions'
    : !clientCredentials
      ? 'TokenAuthOptions'
      : credentials !== undefined
        ? `TokenAuthOptions | ClientCredentialsAuthOptions<${credentials}>`
        : undefined;
  // A spec that lists no server leaves the host to each client: `baseUrl` is required.
  const baseUrlRequired = api.servers.length === 0 ? ' & { readonly baseUrl: string }' : '';
  const optionsDoc = docs(`Options of {@link ${names.createClient}}.`);
  return [
    // Only an API whose spec declares client credentials imports (and so bundles) the OAuth token source.
    importDeclaration(`${runtime.fromApiDir}/internal.js`, [
      'apiPromise',
      'createClientCore',
      ...(clientCredentials ? ['createClientCredentialsTokenSource'] : []),
      'type ApiPromise',
      'type CallOptions',
      'type ClientCore',
      ...(credentials !== undefined ? ['type ClientCredentials', 'type ClientCredentialsAuthOptions'] : []),
      'type ClientOptions',
      ...(auth === 'OptionalTokenAuthOptions' ? ['type OptionalTokenAuthOptions'] : []),
      ...(auth !== undefined && auth !== 'OptionalTokenAuthOptions' ? ['type TokenAuthOptions'] : []),
    ]),
    importDeclaration('./api.js', [apiConst]),
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
      statements: clientCredentials
        ? [
            `return createClientCore<paths, ${names.environment}>(${apiConst}, options, {`,
            '  createTokenSource: createClientCredentialsTokenSource,',
            '});',
          ].join('\n')
        : `return createClientCore<paths, ${names.environment}>(${apiConst}, options);`,
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
        `const core = ${names.createCore}(options);`,
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
