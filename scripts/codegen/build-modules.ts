import {
  Project,
  StructureKind,
  VariableDeclarationKind,
  type JSDocStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type SourceFile,
} from 'ts-morph';
import { NameRegistry, camelCase, pascalCase } from './names.js';
import { GenerationError } from './generation-error.js';
import type { ValidationModule } from './build-validation.js';
import type { ApiInfo, ContentInfo, OperationInfo, ParameterInfo } from './read-spec.js';

/** Where the generated modules import the hand-written runtime from. */
export interface RuntimeLocation {
  /** Module specifier of the runtime folder as seen from an API folder, e.g. `../../src`. */
  readonly fromApiDir: string;
  /** Export names the runtime's public index already uses (a generated export must not shadow them). */
  readonly reservedNames: ReadonlyMap<string, string>;
}

/** One module the generator writes, before banner and formatting. */
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
 * Build every module for the given APIs with ts-morph: per API the named types, one module per
 * operation, the API description, the client factories and an index; plus the root index.
 */
export function buildModules(
  apis: readonly ApiInfo[],
  schemaTexts: ReadonlyMap<string, string>,
  validation: ReadonlyMap<string, ValidationModule>,
  runtime: RuntimeLocation,
): ModuleText[] {
  const project = new Project({ useInMemoryFileSystem: true, skipAddingFilesFromTsConfig: true });
  const modules: ModuleText[] = [];
  const exports: ApiExports[] = [];
  for (const api of apis) {
    const registry = new NameRegistry(`API "${api.name}" (${api.specPath})`);
    const apiExports: ApiExports = { api, rootValues: [], rootTypes: [] };
    const emit = (file: SourceFile): void => {
      modules.push({ path: file.getFilePath().slice(1), text: file.getFullText(), sources: [api] });
    };
    registry.claim('paths', 'openapi-typescript (`paths`)');
    registry.claim('components', 'openapi-typescript (`components`)');
    registry.claim('operations', 'openapi-typescript (`operations`)');
    modules.push({ path: `${api.name}/schema.ts`, text: schemaTexts.get(api.name) ?? '', sources: [api] });
    const validationModule = validation.get(api.name);
    if (validationModule === undefined)
      throw new GenerationError(`API "${api.name}": no validation schemas were built.`);
    modules.push({ path: `${api.name}/validation.ts`, text: validationModule.text, sources: [api] });
    emit(buildTypesModule(project, api, registry, apiExports));
    for (const operation of api.operations) {
      const schemas = validationModule.exports.get(operation.operationId);
      if (schemas === undefined) throw new GenerationError(`${operation.operationId}: no validation schema was built.`);
      emit(buildOperationModule(project, api, operation, schemas, registry, runtime, apiExports));
    }
    emit(buildApiModule(project, api, registry, runtime));
    emit(buildClientModule(project, api, registry, runtime, apiExports));
    emit(buildApiIndex(project, api));
    exports.push(apiExports);
  }
  modules.push({ path: 'index.ts', text: buildRootIndex(project, exports, runtime).getFullText(), sources: apis });
  return modules;
}

// ---------------------------------------------------------------------------------------------
// <api>/types.ts: a named type per schema and the request/response/error types per operation.

function buildTypesModule(project: Project, api: ApiInfo, registry: NameRegistry, exports: ApiExports): SourceFile {
  const file = project.createSourceFile(`/${api.name}/types.ts`, '', { overwrite: true });
  file.addImportDeclaration({
    moduleSpecifier: './schema.js',
    isTypeOnly: true,
    namedImports: ['components', 'operations'],
  });
  file.addTypeAliases(
    api.schemas.map((schema) => ({
      isExported: true,
      name: registry.claim(schema.typeName, `schema components/schemas/${schema.name}`),
      type: `components['schemas'][${quote(schema.name)}]`,
      docs: docs(schema.description),
    })),
  );
  for (const operation of api.operations) {
    const stem = operation.typeStem;
    const owner = (what: string): string => `operation ${operation.operationId} (${what})`;
    const op = `operations[${quote(operation.operationId)}]`;
    const link = `{@link ${operation.functionName}}`;
    const members: OptionalKind<PropertySignatureStructure>[] = [];
    const aliases: { name: string; type: string; doc: string }[] = [];
    const parameterGroups: [ParameterInfo[] | readonly ParameterInfo[], string, string, string][] = [
      [operation.pathParameters, 'PathParams', 'path', 'Path parameters'],
      [operation.queryParameters, 'QueryParams', 'query', 'Query parameters'],
      [operation.headerParameters, 'Headers', 'header', 'Header parameters'],
    ];
    for (const [parameters, suffix, key, label] of parameterGroups) {
      if (parameters.length === 0) continue;
      const name = registry.claim(`${stem}${suffix}`, owner(label.toLowerCase()));
      aliases.push({ name, type: `NonNullable<${op}['parameters'][${quote(key)}]>`, doc: `${label} of ${link}.` });
      const optional = parameters.every((parameter) => !parameter.required);
      members.push({ isReadonly: true, name: key, hasQuestionToken: optional, type: name, docs: docs(`${label}.`) });
    }
    if (operation.requestBody) {
      const name = registry.claim(`${stem}Body`, owner('request body'));
      aliases.push({
        name,
        type: `NonNullable<${op}['requestBody']>['content'][${quote(operation.requestBody.mediaType)}]`,
        doc: `Request body of ${link} (\`${operation.requestBody.mediaType}\`).`,
      });
      members.push({
        isReadonly: true,
        name: 'body',
        hasQuestionToken: !operation.requestBody.required,
        type: name,
        docs: docs('Request body.'),
      });
    }
    const requestName = registry.claim(`${stem}Request`, owner('request'));
    const responseName = registry.claim(`${stem}Response`, owner('success response'));
    const errorName = registry.claim(`${stem}Error`, owner('error responses'));
    file.addTypeAliases(
      aliases.map((alias) => ({ isExported: true, name: alias.name, type: alias.type, docs: docs(alias.doc) })),
    );
    file.addInterface({
      isExported: true,
      name: requestName,
      docs: docs(`Everything ${link} sends: ${members.length === 0 ? 'nothing' : 'parameters and body'}.`),
      properties: members,
    });
    file.addTypeAlias({
      isExported: true,
      name: responseName,
      type: contentType(op, operation.success),
      docs: docs(`What ${link} resolves with: the ${operation.success.status} response body.`),
    });
    file.addTypeAlias({
      isExported: true,
      name: errorName,
      type:
        operation.errors.length === 0 ? 'never' : operation.errors.map((error) => contentType(op, error)).join(' | '),
      docs: docs(
        `The error bodies ${link} may receive (${operation.errors.map((error) => error.status).join(', ') || 'none'}), ` +
          'found on `ApiError.body`.',
      ),
    });
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
  project: Project,
  api: ApiInfo,
  operation: OperationInfo,
  schemas: { readonly request: string; readonly response: string | undefined },
  registry: NameRegistry,
  runtime: RuntimeLocation,
  exports: ApiExports,
): SourceFile {
  const file = project.createSourceFile(`/${api.name}/operations/${operation.fileName}.ts`, '', { overwrite: true });
  const owner = `operation ${operation.operationId}`;
  const functionName = registry.claim(operation.functionName, `${owner} (function)`);
  const descriptionName = registry.claim(`${operation.functionName}Operation`, `${owner} (description)`);
  const stem = operation.typeStem;
  file.addImportDeclarations([
    {
      moduleSpecifier: `../${runtime.fromApiDir}/call-operation.js`,
      namedImports: ['callOperation', 'type CallOptions', 'type OperationDescription'],
    },
    { moduleSpecifier: `../${runtime.fromApiDir}/client-core.js`, isTypeOnly: true, namedImports: ['ClientCore'] },
    { moduleSpecifier: '../schema.js', isTypeOnly: true, namedImports: ['paths'] },
    {
      moduleSpecifier: '../types.js',
      isTypeOnly: true,
      namedImports: [`${stem}Error`, `${stem}Request`, `${stem}Response`],
    },
    {
      moduleSpecifier: '../validation.js',
      namedImports: [schemas.request, ...(schemas.response ? [schemas.response] : [])],
    },
  ]);
  const missingPattern = operation.pathParameters.find((parameter) => parameter.pattern === undefined);
  if (missingPattern) {
    throw new GenerationError(
      `${owner}: path parameter "${missingPattern.name}" has no pattern; every path parameter needs one.`,
    );
  }
  const patterns = operation.pathParameters.map(
    (parameter) => `${quote(parameter.name)}: ${regexLiteral(parameter.pattern!, owner)}`,
  );
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(`How ${operation.functionName} is called, from the spec; read by the runtime.`),
    declarations: [
      {
        name: descriptionName,
        type: 'OperationDescription',
        initializer: `{
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
].join(',\n')},\n}`,
      },
    ],
  });
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
  file.addFunction({
    isExported: true,
    isAsync: true,
    name: functionName,
    docs: [operationDocs(operation, stem)],
    parameters: [
      { name: 'client', type: 'ClientCore<paths>' },
      { name: 'request', type: `${stem}Request` },
      { name: 'options', type: 'CallOptions', hasQuestionToken: true },
    ],
    returnType: `Promise<${stem}Response>`,
    // The result types are named explicitly: openapi-fetch's deep `Readable<>` mapping would turn the
    // open-enum members (`string & {}`) of response types into object types.
    statements: `return callOperation<${stem}Response, ${stem}Error>(client, ${descriptionName}, request, options, (init) =>
      client.http.${operation.method.toUpperCase()}(${quote(operation.path)}, {
        ${paramEntries.length > 0 ? `params: { ${paramEntries.join(', ')} },` : ''}
        ${bodyEntry}
        ...init,
      }),
    );`,
  });
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

function operationDocs(operation: OperationInfo, stem: string): OptionalKind<JSDocStructure> {
  const paragraphs = [operation.summary, operation.description].filter((text): text is string => text !== undefined);
  if (operation.stability)
    paragraphs.push(`Stability: ${operation.stability}. The provider may still change this operation.`);
  const tags: { tagName: string; text?: string }[] = [];
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
  return { kind: StructureKind.JSDoc, description: escapeDoc(paragraphs.join('\n\n')), tags };
}

// ---------------------------------------------------------------------------------------------
// <api>/api.ts: what the runtime needs to know about the API.

function buildApiModule(project: Project, api: ApiInfo, registry: NameRegistry, runtime: RuntimeLocation): SourceFile {
  const file = project.createSourceFile(`/${api.name}/api.ts`, '', { overwrite: true });
  const name = registry.claim(`${camelCase(api.name)}Api`, 'the API description');
  const environments = api.servers.map((server) => quote(server.environment)).join(' | ');
  file.addImportDeclaration({
    moduleSpecifier: `${runtime.fromApiDir}/client-core.js`,
    isTypeOnly: true,
    namedImports: ['ApiDescription'],
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: docs(`${api.title} (spec version ${api.version}): its servers by environment, from the spec.`),
    declarations: [
      {
        name,
        initializer: `{
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
        } as const satisfies ApiDescription<${environments}>`,
      },
    ],
  });
  return file;
}

// ---------------------------------------------------------------------------------------------
// <api>/client.ts: create<Api>Core (for standalone functions) and create<Api>Client (methods).

function buildClientModule(
  project: Project,
  api: ApiInfo,
  registry: NameRegistry,
  runtime: RuntimeLocation,
  exports: ApiExports,
): SourceFile {
  const file = project.createSourceFile(`/${api.name}/client.ts`, '', { overwrite: true });
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
  file.addImportDeclarations([
    { moduleSpecifier: `${runtime.fromApiDir}/call-operation.js`, isTypeOnly: true, namedImports: ['CallOptions'] },
    {
      moduleSpecifier: `${runtime.fromApiDir}/client-core.js`,
      namedImports: [
        'createClientCore',
        'type ClientCore',
        'type ClientOptions',
        ...(api.security.clientCredentialsTokenUrl === undefined ? ['type TokenAuthOptions'] : []),
      ],
    },
    // Only an API whose spec declares client credentials bundles the OAuth token source.
    ...(api.security.clientCredentialsTokenUrl === undefined
      ? []
      : [
          {
            moduleSpecifier: `${runtime.fromApiDir}/client-credentials.js`,
            namedImports: ['createClientCredentialsTokenSource'],
          },
        ]),
    { moduleSpecifier: './api.js', namedImports: [apiConst] },
    { moduleSpecifier: './schema.js', isTypeOnly: true, namedImports: ['paths'] },
    ...api.operations.map((operation) => ({
      moduleSpecifier: `./operations/${operation.fileName}.js`,
      namedImports: [operation.functionName],
    })),
    {
      moduleSpecifier: './types.js',
      isTypeOnly: true,
      namedImports: api.operations.flatMap((operation) => [
        `${operation.typeStem}Request`,
        `${operation.typeStem}Response`,
      ]),
    },
  ]);
  file.addTypeAliases([
    {
      isExported: true,
      name: names.environment,
      type: `keyof typeof ${apiConst}.servers`,
      docs: docs(`The servers of ${api.title}, by their \`x-environment\` name in the spec.`),
    },
    {
      isExported: true,
      name: names.options,
      // Client credentials only where the spec declares the flow; otherwise a bearer token.
      type: `ClientOptions<${names.environment}${api.security.clientCredentialsTokenUrl === undefined ? ', TokenAuthOptions' : ''}>`,
      docs: docs(`Options of {@link ${names.createClient}}.`),
    },
    {
      isExported: true,
      name: names.core,
      type: 'ClientCore<paths>',
      docs: docs(`The transport of ${api.title}; pass it to the standalone operation functions.`),
    },
  ]);
  file.addInterface({
    isExported: true,
    name: names.client,
    extends: [names.core],
    docs: docs(`${api.title}: every operation as a method, over one {@link ${names.core}}.`),
    properties: api.operations.map((operation) => ({
      isReadonly: true,
      name: operation.functionName,
      type: `(request: ${operation.typeStem}Request, options?: CallOptions) => Promise<${operation.typeStem}Response>`,
      docs: docs(`${operation.summary ?? operation.operationId}. See {@link ${operation.functionName}}.`),
    })),
  });
  file.addFunctions([
    {
      isExported: true,
      name: names.createCore,
      parameters: [{ name: 'options', type: names.options }],
      returnType: names.core,
      docs: docs(
        `The transport alone, for the standalone operation functions: a bundle then holds only the operations it imports.\n\n` +
          `@throws {@link ConfigurationError} for options that cannot work.`,
      ),
      statements:
        api.security.clientCredentialsTokenUrl === undefined
          ? `return createClientCore<paths, ${names.environment}>(${apiConst}, options);`
          : `return createClientCore<paths, ${names.environment}>(${apiConst}, options, { createTokenSource: createClientCredentialsTokenSource });`,
    },
    {
      isExported: true,
      name: names.createClient,
      parameters: [{ name: 'options', type: names.options }],
      returnType: names.client,
      docs: docs(
        `A client for ${api.title} with every operation as a method.\n\n@throws {@link ConfigurationError} for options that cannot work.`,
      ),
      statements: `const core = ${names.createCore}(options);
        return {
          ...core,
          ${api.operations.map((operation) => `${operation.functionName}: (request, callOptions) => ${operation.functionName}(core, request, callOptions),`).join('\n')}
        };`,
    },
  ]);
  exports.rootValues.push(names.createCore, names.createClient);
  exports.rootTypes.push(names.environment, names.options, names.core, names.client);
  return file;
}

// ---------------------------------------------------------------------------------------------
// Indexes.

function buildApiIndex(project: Project, api: ApiInfo): SourceFile {
  const file = project.createSourceFile(`/${api.name}/index.ts`, '', { overwrite: true });
  file.addExportDeclarations([
    { moduleSpecifier: './schema.js', isTypeOnly: true, namedExports: ['components', 'operations', 'paths'] },
    {
      moduleSpecifier: './types.js',
      isTypeOnly: true,
      namedExports: [
        ...api.schemas.map((schema) => schema.typeName),
        ...api.operations.flatMap((operation) => operationTypeNames(operation)),
      ],
    },
    { moduleSpecifier: './api.js', namedExports: [`${camelCase(api.name)}Api`] },
    {
      moduleSpecifier: './client.js',
      namedExports: [`create${pascalCase(api.name)}Client`, `create${pascalCase(api.name)}Core`].concat(
        ['Client', 'ClientOptions', 'Core', 'Environment'].map((suffix) => `type ${pascalCase(api.name)}${suffix}`),
      ),
    },
    ...api.operations.map((operation) => ({
      moduleSpecifier: `./operations/${operation.fileName}.js`,
      namedExports: [operation.functionName, `${operation.functionName}Operation`],
    })),
  ]);
  return file;
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
function buildRootIndex(project: Project, exports: readonly ApiExports[], runtime: RuntimeLocation): SourceFile {
  const registry = new NameRegistry('the package root (src/index.ts and generated/index.ts)');
  for (const [name, owner] of runtime.reservedNames) registry.claim(name, owner);
  const file = project.createSourceFile('/index.ts', '', { overwrite: true });
  for (const entry of exports) {
    const owner = `API "${entry.api.name}" (${entry.api.specPath})`;
    const values = [...entry.rootValues].sort().map((name) => registry.claim(name, owner));
    const types = [...entry.rootTypes].sort().map((name) => `type ${registry.claim(name, owner)}`);
    file.addExportDeclaration({ moduleSpecifier: `./${entry.api.name}/index.js`, namedExports: [...values, ...types] });
  }
  return file;
}

// ---------------------------------------------------------------------------------------------

function docs(text: string | undefined): OptionalKind<JSDocStructure>[] {
  return text === undefined ? [] : [{ kind: StructureKind.JSDoc, description: escapeDoc(text) }];
}

/** A comment must not be able to end itself early. */
function escapeDoc(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

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
