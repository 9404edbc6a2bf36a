import { NameRegistry, camelCase, pascalCase } from './names.js';
import { GenerationError } from './generation-error.js';
import type { OperationSchemas, ValidationModule } from './build-validation.js';
import { jsDocSource, type JsDocTag } from './print/comments.js';
import { singleQuoted } from './print/literals.js';
import type { ApiInfo, ContentInfo, OperationInfo, ParameterInfo } from './read-spec.js';

/** Where the generated modules import the hand-written runtime from. */
export interface RuntimeLocation {
  /** Module specifier of the runtime folder as seen from an API folder, e.g. `../../src`. */
  readonly fromApiDir: string;
  /** Export names the runtime's public index already uses (a generated export must not shadow them). */
  readonly reservedNames: ReadonlyMap<string, string>;
}

/** One module the generator writes, before banner and formatting: its TypeScript or Markdown source. */
export interface ModuleText {
  /** Path relative to the output folder, with `/` separators. */
  readonly path: string;
  readonly text: string;
  /** The APIs the module is derived from (for its banner). */
  readonly sources: readonly ApiInfo[];
}

/** The names one API exports, grouped by what the root index re-exports. */
interface ApiExports {
  readonly api: ApiInfo;
  /** Values and types the package root re-exports. */
  readonly rootValues: string[];
  readonly rootTypes: string[];
}

/**
 * Build every module for the given APIs but schema.ts (see build-types.ts): per API the named
 * types, validation schemas, one module per operation, the API description, the client factories
 * and an index; plus the root index. The source is written the way ts-morph wrote it when the
 * generator used it (statements, their blank lines, JSDoc), so that formatting gives the same files.
 */
export function buildModules(
  apis: readonly ApiInfo[],
  validation: ReadonlyMap<string, ValidationModule>,
  runtime: RuntimeLocation,
): ModuleText[] {
  const modules: ModuleText[] = [];
  const exports: ApiExports[] = [];
  for (const api of apis) {
    const registry = new NameRegistry(`API "${api.name}" (${api.specPath})`);
    const apiExports: ApiExports = { api, rootValues: [], rootTypes: [] };
    const emit = (path: string, file: SourceWriter): void => {
      modules.push({ path, text: file.text(), sources: [api] });
    };
    registry.claim('paths', 'openapi-typescript (`paths`)');
    registry.claim('components', 'openapi-typescript (`components`)');
    registry.claim('operations', 'openapi-typescript (`operations`)');
    const validationModule = validation.get(api.name);
    if (validationModule === undefined)
      throw new GenerationError(`API "${api.name}": no validation schemas were built.`);
    modules.push({ path: `${api.name}/validation.ts`, text: validationModule.text, sources: [api] });
    emit(`${api.name}/types.ts`, buildTypesModule(api, registry, apiExports));
    for (const operation of api.operations) {
      const schemas = validationModule.exports.get(operation.operationId);
      if (schemas === undefined) throw new GenerationError(`${operation.operationId}: no validation schema was built.`);
      emit(
        `${api.name}/operations/${operation.fileName}.ts`,
        buildOperationModule(api, operation, schemas, registry, runtime, apiExports),
      );
    }
    emit(`${api.name}/api.ts`, buildApiModule(api, registry, runtime));
    emit(`${api.name}/client.ts`, buildClientModule(api, registry, runtime, apiExports));
    emit(`${api.name}/index.ts`, buildApiIndex(api));
    exports.push(apiExports);
  }
  modules.push({ path: 'index.ts', text: buildRootIndex(exports, runtime).text(), sources: apis });
  return modules;
}

// ---------------------------------------------------------------------------------------------
// The source of one module, statement after statement.

type StatementKind = 'import' | 'export' | 'typeAlias' | 'variable' | 'interface' | 'function';

/**
 * Statements separated as ts-morph separated them: a blank line before an interface or a function
 * and between statements of different kinds; consecutive imports, exports, type aliases or
 * variable statements on consecutive lines. (Prettier keeps blank lines as they are.)
 */
class SourceWriter {
  readonly #parts: string[] = [];
  #previous: StatementKind | undefined;

  add(kind: StatementKind, text: string, docs?: string): this {
    if (this.#previous !== undefined) {
      const together = kind === this.#previous && kind !== 'interface' && kind !== 'function';
      this.#parts.push(together ? '\n' : '\n\n');
    }
    this.#parts.push(docs === undefined ? text : `${docs}\n${text}`);
    this.#previous = kind;
    return this;
  }

  /** `import …` (type-only when `typeOnly`); names prefixed `type ` are type-only imports. */
  import(moduleSpecifier: string, names: readonly string[], typeOnly = false): this {
    return this.add(
      'import',
      `import ${typeOnly ? 'type ' : ''}{ ${names.join(', ')} } from ${quote(moduleSpecifier)};`,
    );
  }

  text(): string {
    return `${this.#parts.join('')}\n`;
  }
}

/** A JSDoc comment from a description, as ts-morph wrote it (and undefined for no description). */
function docs(text: string | undefined, tags: readonly JsDocTag[] = []): string | undefined {
  return text === undefined ? undefined : jsDocSource(escapeDoc(text), tags);
}

/** `export interface Name { … }` with one member per line. */
function interfaceText(
  name: string,
  members: readonly { readonly text: string; readonly docs?: string | undefined }[],
  heritage = '',
): string {
  const body = members.map((member) => (member.docs === undefined ? member.text : `${member.docs}\n${member.text}`));
  return `export interface ${name}${heritage} {\n${body.join('\n')}\n}`;
}

// ---------------------------------------------------------------------------------------------
// <api>/types.ts: a named type per schema and the request/response/error types per operation.

function buildTypesModule(api: ApiInfo, registry: NameRegistry, exports: ApiExports): SourceWriter {
  const file = new SourceWriter().import('./schema.js', ['components', 'operations'], true);
  for (const schema of api.schemas) {
    const name = registry.claim(schema.typeName, `schema components/schemas/${schema.name}`);
    file.add(
      'typeAlias',
      `export type ${name} = components['schemas'][${quote(schema.name)}];`,
      docs(schema.description),
    );
  }
  for (const operation of api.operations) {
    const stem = operation.typeStem;
    const owner = (what: string): string => `operation ${operation.operationId} (${what})`;
    const op = `operations[${quote(operation.operationId)}]`;
    const link = `{@link ${operation.functionName}}`;
    const members: { text: string; docs: string | undefined }[] = [];
    const aliases: { name: string; type: string; doc: string }[] = [];
    const parameterGroups: [readonly ParameterInfo[], string, string, string][] = [
      [operation.pathParameters, 'PathParams', 'path', 'Path parameters'],
      [operation.queryParameters, 'QueryParams', 'query', 'Query parameters'],
      [operation.headerParameters, 'Headers', 'header', 'Header parameters'],
    ];
    for (const [parameters, suffix, key, label] of parameterGroups) {
      if (parameters.length === 0) continue;
      const name = registry.claim(`${stem}${suffix}`, owner(label.toLowerCase()));
      aliases.push({ name, type: `NonNullable<${op}['parameters'][${quote(key)}]>`, doc: `${label} of ${link}.` });
      const optional = parameters.every((parameter) => !parameter.required);
      members.push({ text: `readonly ${key}${optional ? '?' : ''}: ${name};`, docs: docs(`${label}.`) });
    }
    if (operation.requestBody) {
      const name = registry.claim(`${stem}Body`, owner('request body'));
      aliases.push({
        name,
        type: `NonNullable<${op}['requestBody']>['content'][${quote(operation.requestBody.mediaType)}]`,
        doc: `Request body of ${link} (\`${operation.requestBody.mediaType}\`).`,
      });
      members.push({
        text: `readonly body${operation.requestBody.required ? '' : '?'}: ${name};`,
        docs: docs('Request body.'),
      });
    }
    const requestName = registry.claim(`${stem}Request`, owner('request'));
    const responseName = registry.claim(`${stem}Response`, owner('success response'));
    const errorName = registry.claim(`${stem}Error`, owner('error responses'));
    for (const alias of aliases) file.add('typeAlias', `export type ${alias.name} = ${alias.type};`, docs(alias.doc));
    file.add(
      'interface',
      interfaceText(requestName, members),
      docs(`Everything ${link} sends: ${members.length === 0 ? 'nothing' : 'parameters and body'}.`),
    );
    file.add(
      'typeAlias',
      `export type ${responseName} = ${contentType(op, operation.success)};`,
      docs(`What ${link} resolves with: the ${operation.success.status} response body.`),
    );
    file.add(
      'typeAlias',
      `export type ${errorName} = ${operation.errors.length === 0 ? 'never' : operation.errors.map((error) => contentType(op, error)).join(' | ')};`,
      docs(
        `The error bodies ${link} may receive (${operation.errors.map((error) => error.status).join(', ') || 'none'}), ` +
          'found on `ApiError.body`.',
      ),
    );
    exports.rootTypes.push(...aliases.map((alias) => alias.name), requestName, responseName, errorName);
  }
  return file;
}

function contentType(op: string, content: ContentInfo): string {
  if (content.mediaType === undefined) return 'void';
  const status = /^\d+$/.test(content.status) ? content.status : quote(content.status);
  return `${op}['responses'][${status}]['content'][${quote(content.mediaType)}]`;
}

// ---------------------------------------------------------------------------------------------
// <api>/operations/<operation>.ts: one thin function per operation, typed by openapi-fetch.

function buildOperationModule(
  api: ApiInfo,
  operation: OperationInfo,
  schemas: OperationSchemas,
  registry: NameRegistry,
  runtime: RuntimeLocation,
  exports: ApiExports,
): SourceWriter {
  const owner = `operation ${operation.operationId}`;
  const functionName = registry.claim(operation.functionName, `${owner} (function)`);
  const descriptionName = registry.claim(`${operation.functionName}Operation`, `${owner} (description)`);
  const stem = operation.typeStem;
  const file = new SourceWriter()
    .import(`../${runtime.fromApiDir}/call-operation.js`, [
      'callOperation',
      'type CallOptions',
      'type OperationDescription',
    ])
    .import(`../${runtime.fromApiDir}/client-core.js`, ['ClientCore'], true)
    .import('../schema.js', ['paths'], true)
    .import('../types.js', [`${stem}Error`, `${stem}Request`, `${stem}Response`], true)
    .import('../validation.js', [schemas.request, ...(schemas.response ? [schemas.response] : [])]);
  const missingPattern = operation.pathParameters.find((parameter) => parameter.pattern === undefined);
  if (missingPattern) {
    throw new GenerationError(
      `${owner}: path parameter "${missingPattern.name}" has no pattern; every path parameter needs one.`,
    );
  }
  const patterns = operation.pathParameters.map(
    (parameter) => `${quote(parameter.name)}: ${regexLiteral(parameter.pattern!, owner)}`,
  );
  const initializer = `{
${[
  `operationId: ${quote(operation.operationId)}`,
  `method: ${quote(operation.method.toUpperCase())}`,
  `path: ${quote(operation.path)}`,
  `pathParameters: { ${patterns.join(', ')} }`,
  `accept: ${quote(operation.success.mediaType ?? '*/*')}`,
  `retry: ${JSON.stringify(retryLiteral(operation))}`,
  ...(Object.keys(operation.credentialRestrictedFields).length > 0
    ? [`credentialRestrictedFields: ${JSON.stringify(operation.credentialRestrictedFields)}`]
    : []),
  `requestSchema: ${schemas.request}`,
  ...(schemas.response ? [`responseSchema: ${schemas.response}`] : []),
].join(',\n')},\n}`;
  file.add(
    'variable',
    `export const ${descriptionName}: OperationDescription = ${initializer};`,
    docs(`How ${operation.functionName} is called, from the spec; read by the runtime.`),
  );
  const params = [
    ['path', operation.pathParameters],
    ['query', operation.queryParameters],
    ['header', operation.headerParameters],
  ] as const;
  const paramEntries = params
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) =>
      list.some((parameter) => parameter.required)
        ? `${key}: request.${key}`
        : `...(request.${key} === undefined ? {} : { ${key}: request.${key} })`,
    );
  const bodyEntry = !operation.requestBody
    ? ''
    : operation.requestBody.required
      ? 'body: request.body,'
      : '...(request.body === undefined ? {} : { body: request.body }),';
  // The runtime reads a request's path, header and body; a request of query parameters only shares none
  // of them with its parameter type, which TypeScript refuses (a "weak type"): it is passed as `object`.
  const queryOnly =
    operation.queryParameters.length > 0 &&
    operation.pathParameters.length === 0 &&
    operation.headerParameters.length === 0 &&
    operation.requestBody === undefined;
  // The result types are named explicitly: openapi-fetch's deep `Readable<>` mapping would turn the
  // open-enum members (`string & {}`) of response types into object types.
  const body = `return callOperation<${stem}Response, ${stem}Error>(client, ${descriptionName}, ${queryOnly ? 'request as object' : 'request'}, options, (init) =>
      client.http.${operation.method.toUpperCase()}(${quote(operation.path)}, {
        ${paramEntries.length > 0 ? `params: { ${paramEntries.join(', ')} },` : ''}
        ${bodyEntry}
        ...init,
      }),
    );`;
  const documentation = operationDocs(operation, stem, schemas.notChecked);
  file.add(
    'function',
    `export async function ${functionName}(client: ClientCore<paths>, request: ${stem}Request, options?: CallOptions): Promise<${stem}Response> {\n${body}\n}`,
    jsDocSource(escapeDoc(documentation.description), documentation.tags),
  );
  exports.rootValues.push(functionName);
  return file;
}

/**
 * The header parameters a client may give a default for: every one an operation declares, except
 * idempotency-key headers (one key for every call would defeat the key).
 */
function defaultableHeaders(api: ApiInfo): string[] {
  const keys = new Set(
    api.operations.flatMap((operation) =>
      operation.retry.idempotencyHeader ? [operation.retry.idempotencyHeader.toLowerCase()] : [],
    ),
  );
  const names = api.operations.flatMap((operation) => operation.headerParameters.map((parameter) => parameter.name));
  return [...new Set(names)].filter((name) => !keys.has(name.toLowerCase())).sort();
}

/** `x-retry` as the runtime reads it, leaving out what is empty. */
function retryLiteral(operation: OperationInfo): Record<string, unknown> {
  const { repeatable, notRepeatableWhen, idempotencyHeader } = operation.retry;
  return {
    repeatable,
    ...(notRepeatableWhen.length > 0 ? { notRepeatableWhen } : {}),
    ...(idempotencyHeader !== undefined ? { idempotencyHeader } : {}),
  };
}

function operationDocs(
  operation: OperationInfo,
  stem: string,
  notChecked: readonly string[],
): { description: string; tags: JsDocTag[] } {
  const paragraphs = [operation.summary, operation.description].filter((text): text is string => text !== undefined);
  paragraphs.push(...notChecked);
  if (operation.stability)
    paragraphs.push(`Stability: ${operation.stability}. The provider may still change this operation.`);
  const tags: JsDocTag[] = [];
  if (operation.docs) {
    tags.push({
      tagName: 'see',
      text: `{@link ${operation.docs.url} | ${escapeDoc(operation.docs.description ?? 'Provider documentation')}}`,
    });
  }
  tags.push({
    tagName: 'throws',
    text: `{@link ApiError} when the response status is not 2xx; its \`body\` is a {@link ${stem}Error}.`,
  });
  tags.push({
    tagName: 'throws',
    text: '{@link RequestValidationError} when the request breaks the spec; nothing is sent.',
  });
  if (operation.stability && ['alpha', 'beta', 'experimental'].includes(operation.stability))
    tags.push({ tagName: operation.stability });
  if (operation.deprecated) tags.push({ tagName: 'deprecated', text: 'The provider has deprecated this operation.' });
  return { description: paragraphs.join('\n\n'), tags };
}

// ---------------------------------------------------------------------------------------------
// <api>/api.ts: what the runtime needs to know about the API.

function buildApiModule(api: ApiInfo, registry: NameRegistry, runtime: RuntimeLocation): SourceWriter {
  const name = registry.claim(`${camelCase(api.name)}Api`, 'the API description');
  const environments = api.servers.map((server) => quote(server.environment)).join(' | ');
  return new SourceWriter().import(`${runtime.fromApiDir}/client-core.js`, ['ApiDescription'], true).add(
    'variable',
    `export const ${name} = {
          name: ${quote(api.name)},
          title: ${quote(api.title)},
          servers: { ${api.servers.map((server) => `${quote(server.environment)}: ${quote(server.url)}`).join(', ')} },
          defaultEnvironment: ${quote(api.servers[0]!.environment)},
          defaultableHeaders: ${JSON.stringify(defaultableHeaders(api))},
          security: ${JSON.stringify({
            ...(api.security.clientCredentialsTokenUrl !== undefined
              ? { clientCredentialsTokenUrl: api.security.clientCredentialsTokenUrl }
              : {}),
            credentialPrefixes: api.security.credentialPrefixes,
          })},
        } as const satisfies ApiDescription<${environments}>;`,
    docs(`${api.title} (spec version ${api.version}): its servers by environment, from the spec.`),
  );
}

// ---------------------------------------------------------------------------------------------
// <api>/client.ts: create<Api>Core (for standalone functions) and create<Api>Client (methods).

function buildClientModule(
  api: ApiInfo,
  registry: NameRegistry,
  runtime: RuntimeLocation,
  exports: ApiExports,
): SourceWriter {
  const base = pascalCase(api.name);
  const apiConst = `${camelCase(api.name)}Api`;
  const names = {
    environment: registry.claim(`${base}Environment`, 'the environment type'),
    options: registry.claim(`${base}ClientOptions`, 'the client options type'),
    core: registry.claim(`${base}Core`, 'the core type'),
    client: registry.claim(`${base}Client`, 'the client type'),
    createCore: registry.claim(`create${base}Core`, 'the core factory'),
    createClient: registry.claim(`create${base}Client`, 'the client factory'),
  };
  const clientCredentials = api.security.clientCredentialsTokenUrl !== undefined;
  const file = new SourceWriter()
    .import(`${runtime.fromApiDir}/call-operation.js`, ['CallOptions'], true)
    .import(`${runtime.fromApiDir}/client-core.js`, [
      'createClientCore',
      'type ClientCore',
      'type ClientOptions',
      ...(clientCredentials ? [] : ['type TokenAuthOptions']),
    ]);
  // Only an API whose spec declares client credentials bundles the OAuth token source.
  if (clientCredentials)
    file.import(`${runtime.fromApiDir}/client-credentials.js`, ['createClientCredentialsTokenSource']);
  file.import('./api.js', [apiConst]).import('./schema.js', ['paths'], true);
  for (const operation of api.operations)
    file.import(`./operations/${operation.fileName}.js`, [operation.functionName]);
  file.import(
    './types.js',
    api.operations.flatMap((operation) => [`${operation.typeStem}Request`, `${operation.typeStem}Response`]),
    true,
  );
  file
    .add(
      'typeAlias',
      `export type ${names.environment} = keyof typeof ${apiConst}.servers;`,
      docs(`The servers of ${api.title}, by their \`x-environment\` name in the spec.`),
    )
    .add(
      'typeAlias',
      // Client credentials only where the spec declares the flow; otherwise a bearer token.
      `export type ${names.options} = ClientOptions<${names.environment}${clientCredentials ? '' : ', TokenAuthOptions'}>;`,
      docs(`Options of {@link ${names.createClient}}.`),
    )
    .add(
      'typeAlias',
      `export type ${names.core} = ClientCore<paths>;`,
      docs(`The transport of ${api.title}; pass it to the standalone operation functions.`),
    )
    .add(
      'interface',
      interfaceText(
        names.client,
        api.operations.map((operation) => ({
          text: `readonly ${operation.functionName}: (request: ${operation.typeStem}Request, options?: CallOptions) => Promise<${operation.typeStem}Response>;`,
          docs: docs(`${operation.summary ?? operation.operationId}. See {@link ${operation.functionName}}.`),
        })),
        ` extends ${names.core}`,
      ),
      docs(`${api.title}: every operation as a method, over one {@link ${names.core}}.`),
    )
    .add(
      'function',
      `export function ${names.createCore}(options: ${names.options}): ${names.core} {\n${
        clientCredentials
          ? `return createClientCore<paths, ${names.environment}>(${apiConst}, options, { createTokenSource: createClientCredentialsTokenSource });`
          : `return createClientCore<paths, ${names.environment}>(${apiConst}, options);`
      }\n}`,
      docs(
        `The transport alone, for the standalone operation functions: a bundle then holds only the operations it imports.\n\n` +
          `@throws {@link ConfigurationError} for options that cannot work.`,
      ),
    )
    .add(
      'function',
      `export function ${names.createClient}(options: ${names.options}): ${names.client} {\nconst core = ${names.createCore}(options);
        return {
          ...core,
          ${api.operations.map((operation) => `${operation.functionName}: (request, callOptions) => ${operation.functionName}(core, request, callOptions),`).join('\n')}
        };\n}`,
      docs(
        `A client for ${api.title} with every operation as a method.\n\n@throws {@link ConfigurationError} for options that cannot work.`,
      ),
    );
  exports.rootValues.push(names.createCore, names.createClient);
  exports.rootTypes.push(names.environment, names.options, names.core, names.client);
  return file;
}

// ---------------------------------------------------------------------------------------------
// Indexes.

function exportText(moduleSpecifier: string, names: readonly string[], typeOnly = false): string {
  return `export ${typeOnly ? 'type ' : ''}{ ${names.join(', ')} } from ${quote(moduleSpecifier)};`;
}

function buildApiIndex(api: ApiInfo): SourceWriter {
  return new SourceWriter()
    .add('export', exportText('./schema.js', ['components', 'operations', 'paths'], true))
    .add(
      'export',
      exportText(
        './types.js',
        [
          ...api.schemas.map((schema) => schema.typeName),
          ...api.operations.flatMap((operation) => operationTypeNames(operation)),
        ],
        true,
      ),
    )
    .add('export', exportText('./api.js', [`${camelCase(api.name)}Api`]))
    .add(
      'export',
      exportText(
        './client.js',
        [`create${pascalCase(api.name)}Client`, `create${pascalCase(api.name)}Core`].concat(
          ['Client', 'ClientOptions', 'Core', 'Environment'].map((suffix) => `type ${pascalCase(api.name)}${suffix}`),
        ),
      ),
    )
    .add(
      'export',
      api.operations
        .map((operation) =>
          exportText(`./operations/${operation.fileName}.js`, [
            operation.functionName,
            `${operation.functionName}Operation`,
          ]),
        )
        .join('\n'),
    );
}

function operationTypeNames(operation: OperationInfo): string[] {
  const stem = operation.typeStem;
  return [
    operation.pathParameters.length > 0 ? `${stem}PathParams` : undefined,
    operation.queryParameters.length > 0 ? `${stem}QueryParams` : undefined,
    operation.headerParameters.length > 0 ? `${stem}Headers` : undefined,
    operation.requestBody ? `${stem}Body` : undefined,
    `${stem}Request`,
    `${stem}Response`,
    `${stem}Error`,
  ].filter((name): name is string => name !== undefined);
}

/**
 * The package root re-exports each API's client factories, operation functions and operation
 * types by name. Schema types stay in `invoicing-sdk/<api>`, where two providers' `ErrorResponse`
 * cannot meet. A name claimed twice at the root (by two APIs, or by an API and the runtime) fails.
 */
function buildRootIndex(exports: readonly ApiExports[], runtime: RuntimeLocation): SourceWriter {
  const registry = new NameRegistry('the package root (src/index.ts and generated/index.ts)');
  for (const [name, owner] of runtime.reservedNames) registry.claim(name, owner);
  const file = new SourceWriter();
  for (const entry of exports) {
    const owner = `API "${entry.api.name}" (${entry.api.specPath})`;
    const values = [...entry.rootValues].sort().map((name) => registry.claim(name, owner));
    const types = [...entry.rootTypes].sort().map((name) => `type ${registry.claim(name, owner)}`);
    file.add('export', exportText(`./${entry.api.name}/index.js`, [...values, ...types]));
  }
  return file;
}

// ---------------------------------------------------------------------------------------------

/** A comment must not be able to end itself early. */
function escapeDoc(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

const quote = singleQuoted;

/** A spec pattern as a JavaScript regex literal with the `u` flag (ECMA-262 regex semantics, as JSON Schema). */
function regexLiteral(pattern: string, owner: string): string {
  try {
    return String(new RegExp(pattern, 'u'));
  } catch (error) {
    throw new GenerationError(
      `${owner}: pattern ${JSON.stringify(pattern)} is not a valid regular expression (${(error as Error).message}).`,
    );
  }
}
