import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';
import type {
  CodeBlockWriter,
  ExportDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocStructure,
  OptionalKind,
  PropertySignatureStructure,
  StatementStructures,
  TypeAliasDeclarationStructure,
  WriterFunction,
} from 'ts-morph';
import { code, json, MAX_LINE, object, printAssignment, quote, type Literal } from './literal.js';
import { NameRegistry, camelCase, pascalCase } from './names.js';
import { GenerationError } from './generation-error.js';
import type { OperationSchemas, ValidationModule } from './build-validation.js';
import type { ApiModel, ContentModel, OperationModel, ParameterModel, TokenRequestField } from './api-model.js';
import { regexLiteral } from './regex-literal.js';

// Through its CommonJS entry point, as TypeScript in build-types.ts: imported as an ES module, Node 20
// first scans ts-morph's code for its export names (0.15 s per run).
const { IndentationText, Project, QuoteKind, StructureKind } = createRequire(import.meta.url)(
  'ts-morph',
) as typeof TsMorph;

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
  readonly sources: readonly ApiModel[];
}

/** The names one API exports, grouped by what the root index re-exports. */
interface ApiExports {
  readonly api: ApiModel;
  /** Values and types the package root re-exports. */
  readonly rootValues: string[];
  readonly rootTypes: string[];
}

/** The statements of one module, as ts-morph structures. */
type Statements = (StatementStructures | string)[];

/**
 * Build every module for the given APIs with ts-morph: per API the named types, one module per
 * operation, the API description, the client factories and an index; plus the root index.
 *
 * Each module is described whole (ts-morph structures) and printed by one `createSourceFile`: ts-morph
 * re-parses a file after every `add…` call, which on a spec of a thousand operations (the client module
 * has a member and an import per operation) took minutes. The file is then forgotten, so the project
 * holds one syntax tree at a time.
 */
export function buildModules(
  apis: readonly ApiModel[],
  schemaTexts: ReadonlyMap<string, string>,
  validation: ReadonlyMap<string, ValidationModule>,
  runtime: RuntimeLocation,
): ModuleText[] {
  // The settings of the project's Prettier config (.prettierrc.json), which is not run on generated code.
  const project = new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  const print = (path: string, statements: Statements): string => {
    const file = project.createSourceFile(`/${path}`, { statements: separateImports(statements) }, { overwrite: true });
    // A union broken over lines (`unionType`) leaves a space after the `=`.
    const text = file.getFullText().replace(/[ \t]+$/gm, '');
    file.forget();
    return text;
  };
  const modules: ModuleText[] = [];
  const exports: ApiExports[] = [];
  for (const api of apis) {
    const registry = new NameRegistry(`API "${api.name}" (${api.specPath})`);
    const apiExports: ApiExports = { api, rootValues: [], rootTypes: [] };
    const emit = (path: string, statements: Statements): void => {
      modules.push({ path, text: print(path, statements), sources: [api] });
    };
    registry.claim('paths', 'openapi-typescript (`paths`)');
    registry.claim('components', 'openapi-typescript (`components`)');
    registry.claim('operations', 'openapi-typescript (`operations`)');
    modules.push({ path: `${api.name}/schema.ts`, text: schemaTexts.get(api.name) ?? '', sources: [api] });
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
        buildOperationModule(operation, schemas, registry, runtime, apiExports),
      );
    }
    emit(`${api.name}/api.ts`, buildApiModule(api, registry, runtime));
    emit(`${api.name}/client.ts`, buildClientModule(api, registry, runtime, apiExports));
    emit(`${api.name}/index.ts`, buildApiIndex(api));
    exports.push(apiExports);
  }
  modules.push({ path: 'index.ts', text: print('index.ts', buildRootIndex(exports, runtime)), sources: apis });
  return modules;
}

/**
 * A blank line between the imports and what follows. ts-morph's `add…` calls put one there; its printer
 * of a whole file's structure does not (it does separate the other statements as those calls did).
 */
function separateImports(statements: Statements): Statements {
  const first = statements.findIndex(
    (statement) => typeof statement === 'string' || statement.kind !== StructureKind.ImportDeclaration,
  );
  if (first <= 0) return statements;
  const next = statements[first]!;
  const separated = [...statements];
  separated[first] =
    typeof next === 'string'
      ? `\n${next}`
      : { ...next, leadingTrivia: (writer: CodeBlockWriter) => writer.blankLine() };
  return separated;
}

function importDeclaration(
  moduleSpecifier: string,
  namedImports: string[],
  isTypeOnly = false,
): ImportDeclarationStructure {
  return {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier,
    namedImports: names(namedImports, `import ${isTypeOnly ? 'type ' : ''} from ${quote(moduleSpecifier)};`),
    isTypeOnly,
  };
}

function exportDeclaration(
  moduleSpecifier: string,
  namedExports: string[],
  isTypeOnly = false,
): ExportDeclarationStructure {
  return {
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
    namedExports: names(namedExports, `export ${isTypeOnly ? 'type ' : ''} from ${quote(moduleSpecifier)};`),
    isTypeOnly,
  };
}

/**
 * The names of an import or export: as a list, which ts-morph prints on one line, while the statement
 * fits in `MAX_LINE` columns (`rest` is the statement without them); otherwise one name per line.
 */
function names(list: string[], rest: string): string[] | WriterFunction {
  // A single name stays on the line however long (as Prettier leaves it).
  if (list.length === 1 || rest.length + `{ ${list.join(', ')} }`.length <= MAX_LINE) return list;
  // ts-morph indents what follows the first line of the list by one level.
  return (writer) => {
    writer.newLine();
    for (const name of list) writer.write(`${name},`).newLine();
  };
}

/**
 * A constant initialized with a literal, as a statement: ts-morph indents every line of an initializer
 * after the first by one more level, which breaks a literal printed over several lines.
 */
function constStatement(options: {
  name: string;
  type?: string;
  value: Literal;
  doc: string;
  suffix?: string;
}): string {
  const head = `export const ${options.name}${options.type ? `: ${options.type}` : ''} = `;
  const tail = `${options.suffix ?? ''};`;
  return `${comment(options.doc)}\n${printAssignment(head, options.value, tail)}`;
}

/** A JSDoc comment holding `text`, each line starting with `indent`. */
function comment(text: string, indent = ''): string {
  return printJsDoc({ description: escapeDoc(text) }, indent);
}

/** A declaration printed here rather than by ts-morph, with the blank lines ts-morph puts around one. */
function declaration(lines: string[]): string {
  return ['', ...lines, ''].join('\n');
}

function typeAlias(
  name: string,
  type: string,
  documentation: OptionalKind<JSDocStructure>[],
): TypeAliasDeclarationStructure {
  // Too long for one line: the type goes on the next (ts-morph indents it by one level).
  const fits = type.startsWith('\n') || `export type ${name} = ${type};`.length <= MAX_LINE;
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name,
    type: fits ? type : `\n${type}`,
    docs: documentation,
  };
}

/**
 * `export type name = NonNullable<inner>rest;`: broken inside the angle brackets when too long for one
 * line, which ts-morph's printer cannot lay out (it indents the closing line too), so printed here.
 */
function nonNullableAlias(
  name: string,
  inner: string,
  rest: string,
  documentation: OptionalKind<JSDocStructure>[],
): TypeAliasDeclarationStructure | string {
  const flat = `NonNullable<${inner}>${rest}`;
  if (`export type ${name} = ${flat};`.length <= MAX_LINE) return typeAlias(name, flat, documentation);
  const doc = documentation[0] === undefined ? [] : [printJsDoc(documentation[0], '')];
  return [...doc, `export type ${name} = NonNullable<`, `  ${inner}`, `>${rest};`].join('\n');
}

// ---------------------------------------------------------------------------------------------
// <api>/types.ts: a named type per schema and the request/response/error types per operation.

function buildTypesModule(api: ApiModel, registry: NameRegistry, exports: ApiExports): Statements {
  const statements: Statements = [importDeclaration('./schema.js', ['components', 'operations'], true)];
  for (const schema of api.schemas) {
    const name = registry.claim(schema.typeName, `schema components/schemas/${schema.name}`);
    statements.push(typeAlias(name, `components['schemas'][${quote(schema.name)}]`, docs(schema.description)));
  }
  for (const operation of api.operations) {
    const stem = operation.typeStem;
    const owner = (what: string): string => `operation ${operation.operationId} (${what})`;
    const op = `operations[${quote(operation.operationId)}]`;
    const link = `{@link ${operation.functionName}}`;
    const members: OptionalKind<PropertySignatureStructure>[] = [];
    const aliases: (TypeAliasDeclarationStructure | string)[] = [];
    const aliasNames: string[] = [];
    const parameterGroups: [readonly ParameterModel[], string, string, string][] = [
      [operation.pathParameters, 'PathParams', 'path', 'Path parameters'],
      [operation.queryParameters, 'QueryParams', 'query', 'Query parameters'],
      [operation.headerParameters, 'Headers', 'header', 'Header parameters'],
    ];
    for (const [parameters, suffix, key, label] of parameterGroups) {
      if (parameters.length === 0) continue;
      const name = registry.claim(`${stem}${suffix}`, owner(label.toLowerCase()));
      aliases.push(nonNullableAlias(name, `${op}['parameters'][${quote(key)}]`, '', docs(`${label} of ${link}.`)));
      aliasNames.push(name);
      const optional = parameters.every((parameter) => !parameter.required);
      members.push({ isReadonly: true, name: key, hasQuestionToken: optional, type: name, docs: docs(`${label}.`) });
    }
    if (operation.requestBody) {
      const name = registry.claim(`${stem}Body`, owner('request body'));
      aliases.push(
        nonNullableAlias(
          name,
          `${op}['requestBody']`,
          `['content'][${quote(operation.requestBody.mediaType)}]`,
          docs(`Request body of ${link} (\`${operation.requestBody.mediaType}\`).`),
        ),
      );
      aliasNames.push(name);
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
    const headersName = registry.claim(`${stem}ResponseHeaders`, owner('success response headers'));
    statements.push(
      ...aliases,
      members.length === 0
        ? // ts-morph prints an empty interface over two lines.
          declaration([comment(`Everything ${link} sends: nothing.`), `export interface ${requestName} {}`])
        : {
            kind: StructureKind.Interface,
            isExported: true,
            name: requestName,
            docs: docs(`Everything ${link} sends: parameters and body.`),
            properties: members,
          },
      typeAlias(
        responseName,
        contentType(op, operation.success),
        docs(`What ${link} resolves with: the ${operation.success.status} response body.`),
      ),
      typeAlias(
        errorName,
        unionType(
          `export type ${errorName} = `,
          operation.errors.map((error) => contentType(op, error)),
        ),
        docs(
          `The error bodies ${link} may receive (${operation.errors.map((error) => error.status).join(', ') || 'none'}), ` +
            'found on `ApiError.body`.',
        ),
      ),
      responseHeadersType(headersName, op, operation, link),
    );
    exports.rootTypes.push(...aliasNames, requestName, responseName, errorName, headersName);
  }
  return statements;
}

/**
 * The headers the success response declares, as `withResponse()` reads them: openapi-typescript's type
 * for a header of a scalar type, `string` for any other (the runtime hands those on as received).
 */
function responseHeadersType(
  name: string,
  op: string,
  operation: OperationModel,
  link: string,
): TypeAliasDeclarationStructure | string {
  const doc = `The response headers the spec declares for the ${operation.success.status} response of ${link}, read by \`withResponse()\`.`;
  if (operation.successHeaders.length === 0) return typeAlias(name, 'Record<never, never>', docs(doc));
  const status = /^\d+$/.test(operation.success.status) ? operation.success.status : quote(operation.success.status);
  return declaration([
    comment(doc),
    `export interface ${name} {`,
    ...operation.successHeaders.map((header) => {
      const type = header.typed ? `${op}['responses'][${status}]['headers'][${quote(header.name)}]` : 'string';
      const key = /^[A-Za-z_$][\w$]*$/u.test(header.name) ? header.name : quote(header.name);
      const line = `  readonly ${key}: ${type};`;
      return line.length <= MAX_LINE ? line : `  readonly ${key}:\n    ${type};`;
    }),
    '}',
  ]);
}

/**
 * A union on one line when the declaration fits, otherwise one member per line (ts-morph indents the
 * lines after the first by one level).
 */
function unionType(head: string, members: string[]): string {
  if (members.length === 0) return 'never';
  const flat = members.join(' | ');
  if (head.length + flat.length + 1 <= MAX_LINE) return flat;
  return members.length === 1 ? `\n${flat}` : members.map((member) => `\n| ${member}`).join('');
}

function contentType(op: string, content: ContentModel): string {
  if (content.mediaType === undefined) return 'void';
  const status = /^\d+$/.test(content.status) ? content.status : quote(content.status);
  return `${op}['responses'][${status}]['content'][${quote(content.mediaType)}]`;
}

// ---------------------------------------------------------------------------------------------
// <api>/operations/<operation>.ts: one thin function per operation, typed by openapi-fetch.

function buildOperationModule(
  operation: OperationModel,
  schemas: OperationSchemas,
  registry: NameRegistry,
  runtime: RuntimeLocation,
  exports: ApiExports,
): Statements {
  const owner = `operation ${operation.operationId}`;
  const functionName = registry.claim(operation.functionName, `${owner} (function)`);
  const descriptionName = registry.claim(`${operation.functionName}Operation`, `${owner} (description)`);
  const stem = operation.typeStem;
  const params = [
    ['path', operation.pathParameters],
    ['query', operation.queryParameters],
    ['header', operation.headerParameters],
  ] as const;
  const paramEntries = params
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) =>
      list.some((parameter) => parameter.required)
        ? `${key}: sent.${key}`
        : `...(sent.${key} === undefined ? {} : { ${key}: sent.${key} })`,
    );
  const bodyEntry = !operation.requestBody
    ? undefined
    : operation.requestBody.required
      ? 'body: sent.body'
      : '...(sent.body === undefined ? {} : { body: sent.body })';
  const withResponseName = registry.claim(`${operation.functionName}WithResponse`, `${owner} (with response)`);
  const headersName = `${operation.functionName}DeclaredHeaders`;
  const call = {
    description: descriptionName,
    method: operation.method.toUpperCase(),
    path: operation.path,
    entries: [
      ...(paramEntries.length > 0 ? [`params: { ${paramEntries.join(', ')} }`] : []),
      ...(bodyEntry ? [bodyEntry] : []),
      '...init',
    ],
  };
  exports.rootValues.push(functionName, withResponseName);
  return [
    importDeclaration(`../${runtime.fromApiDir}/internal.js`, [
      'callOperation',
      'callOperationWithResponse',
      'type ApiResponse',
      'type CallOptions',
      'type ClientCore',
      'type OperationDescription',
    ]),
    importDeclaration('../schema.js', ['paths'], true),
    importDeclaration(
      '../types.js',
      [`${stem}Error`, `${stem}Request`, `${stem}Response`, `${stem}ResponseHeaders`],
      true,
    ),
    importDeclaration('../validation.js', [schemas.request, ...(schemas.response ? [schemas.response] : [])]),
    constStatement({
      name: descriptionName,
      type: 'OperationDescription',
      doc: `How ${operation.functionName} is called, from the spec; read by the runtime.`,
      value: object({
        operationId: code(quote(operation.operationId)),
        method: code(quote(operation.method.toUpperCase())),
        path: code(quote(operation.path)),
        pathParameters: object(
          operation.pathParameters.map(
            (parameter) =>
              [
                parameter.name,
                code(
                  regexLiteral(
                    parameter.pattern,
                    (reason) =>
                      `${owner}: pattern ${JSON.stringify(parameter.pattern)} is not a valid regular expression (${reason}).`,
                  ),
                ),
              ] as const,
          ),
        ),
        accept: code(quote(operation.success.mediaType ?? '*/*')),
        retry: json(retryLiteral(operation)),
        credentialRestrictedFields:
          Object.keys(operation.credentialRestrictedFields).length > 0
            ? json(operation.credentialRestrictedFields)
            : undefined,
        requestSchema: code(schemas.request),
        responseSchema: schemas.response ? code(schemas.response) : undefined,
        errorShapes: operation.errorShapes.length > 0 ? json(operation.errorShapes) : undefined,
      }),
    }),
    // Printed here, not from a ts-morph structure: its printer keeps a parameter list on one line.
    functionStatement({
      doc: operationDocs(operation, stem, schemas.notChecked),
      head: `export async function ${functionName}`,
      parameters: ['client: ClientCore<paths>', `request: ${stem}Request`, 'options?: CallOptions'],
      returnType: `Promise<${stem}Response>`,
      // The result types are named explicitly: openapi-fetch's deep `Readable<>` mapping would turn the
      // open-enum members (`string & {}`) of response types into object types.
      body: callStatement({ typeArguments: `${stem}Response, ${stem}Error, ${stem}Request`, ...call }),
    }),
    // A plain statement: the function declarations around it bring their own blank lines.
    `${comment(`The response headers ${withResponseName} reads, with the type each is read as.`)}\n${printAssignment(
      `const ${headersName} = `,
      object(operation.successHeaders.map((header) => [header.name, json(header.type)] as const)),
      ' as const;',
    )}`,
    functionStatement({
      doc: {
        kind: StructureKind.JSDoc,
        description:
          `{@link ${functionName}}, resolving with the response as well: the body as \`data\`, the status,\n` +
          'the headers, the request id and the headers the spec declares, typed. One request, as the plain call.',
        tags: [{ tagName: 'throws', text: `What {@link ${functionName}} throws.` }],
      },
      head: `export async function ${withResponseName}`,
      parameters: ['client: ClientCore<paths>', `request: ${stem}Request`, 'options?: CallOptions'],
      returnType: `Promise<ApiResponse<${stem}Response, ${stem}ResponseHeaders>>`,
      // No type arguments: the return type above gives them, and openapi-fetch's types play no part.
      body: callStatement({
        callee: 'callOperationWithResponse',
        typeArguments: '',
        extraArguments: [headersName],
        ...call,
      }),
    }),
  ];
}

/** A function declaration with a JSDoc comment; `body` is indented by one level. */
function functionStatement(fn: {
  doc: OptionalKind<JSDocStructure>;
  head: string;
  parameters: string[];
  returnType: string;
  body: string;
}): string {
  const head = `${fn.head}${signature({ head: fn.head, parameters: fn.parameters, separator: ': ', returnType: fn.returnType, tail: ' {', indent: '' })} {`;
  const body = fn.body.split('\n').map((line) => (line === '' ? '' : `  ${line}`));
  return declaration([printJsDoc(fn.doc, ''), head, ...body, '}']);
}

/**
 * `(a: A, b: B)<separator><returnType>`: on one line when `head` + that + `tail` fits, otherwise one
 * parameter per line, indented from `indent`.
 */
function signature(sig: {
  head: string;
  parameters: string[];
  separator: string;
  returnType: string;
  tail: string;
  indent: string;
}): string {
  const flat = `(${sig.parameters.join(', ')})${sig.separator}${sig.returnType}`;
  if (sig.head.length + flat.length + sig.tail.length <= MAX_LINE) return flat;
  const lines = sig.parameters.map((parameter) => `${sig.indent}  ${parameter},`);
  const lead = sig.indent.length + 1 + sig.separator.length;
  return `(\n${lines.join('\n')}\n${sig.indent})${sig.separator}${typeReference(sig.returnType, sig.indent, lead, sig.tail.length)}`;
}

/**
 * A type reference (`Promise<ApiResponse<A, B>>`) as Prettier lays it out after `lead` columns and
 * before `trail` more: on one line when it fits, otherwise its type arguments one per line, each laid
 * out the same way one level deeper.
 */
function typeReference(type: string, indent: string, lead: number, trail: number): string {
  const open = type.indexOf('<');
  if (lead + type.length + trail <= MAX_LINE || open === -1 || !type.endsWith('>')) return type;
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let index = start; index < type.length - 1; index += 1) {
    const char = type[index];
    if (char === '<') depth += 1;
    else if (char === '>') depth -= 1;
    else if (char === ',' && depth === 0) {
      args.push(type.slice(start, index).trim());
      start = index + 1;
    }
  }
  args.push(type.slice(start, type.length - 1).trim());
  const inner = `${indent}  `;
  const lines = args.map(
    (arg, index) =>
      `${inner}${typeReference(arg, inner, inner.length, index < args.length - 1 ? 1 : 0)}${index < args.length - 1 ? ',' : ''}`,
  );
  return `${type.slice(0, open)}<\n${lines.join('\n')}\n${indent}>`;
}

/** A JSDoc comment as ts-morph prints one, each line starting with `indent`. */
function printJsDoc(doc: OptionalKind<JSDocStructure>, indent: string): string {
  const description = typeof doc.description === 'string' ? doc.description : '';
  const tags = (doc.tags ?? []).map((tag) => `@${tag.tagName}${tag.text ? ` ${String(tag.text)}` : ''}`);
  if (tags.length === 0 && !description.includes('\n')) return `${indent}/** ${description} */`;
  const lines = [...(description === '' ? [] : description.split('\n')), ...tags];
  return [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`].join('\n');
}

/**
 * The body of an operation function: `callOperation(…, (init, sent) => client.http.<METHOD>(path, {…}))`, with
 * the arguments on one line when that fits, otherwise one per line. The lines are relative to the body,
 * which ts-morph indents by one level.
 */
function callStatement(call: {
  /** The runtime function called. @default 'callOperation' */
  callee?: string;
  /** Empty: none (inferred from the function's return type). */
  typeArguments: string;
  description: string;
  /** Arguments between `options` and the send function. */
  extraArguments?: string[];
  method: string;
  path: string;
  entries: string[];
}): string {
  const send = (indent: string): string[] => {
    const open = `${indent}client.http.${call.method}(${quote(call.path)}, {`;
    if (2 + open.length <= MAX_LINE)
      return [open, ...call.entries.map((entry) => `${indent}  ${entry},`), `${indent}}),`];
    // A path too long to share its line: each argument on its own.
    return [
      `${indent}client.http.${call.method}(`,
      `${indent}  ${quote(call.path)},`,
      `${indent}  {`,
      ...call.entries.map((entry) => `${indent}    ${entry},`),
      `${indent}  },`,
      `${indent}),`,
    ];
  };
  const callee = call.callee ?? 'callOperation';
  const head = `return ${callee}${call.typeArguments === '' ? '' : `<${call.typeArguments}>`}(`;
  const args = ['client', call.description, 'request', 'options', ...(call.extraArguments ?? [])];
  const oneLine = `${head}${args.join(', ')}, (init, sent) =>`;
  // The body is indented by 2 inside the function; the longest entry is 4 more than the call's indent.
  const fits = (lines: string[]): boolean => lines.every((line) => 2 + line.length <= MAX_LINE);
  if (fits([oneLine, ...send('  ')])) return [oneLine, ...send('  '), ');'].join('\n');
  if (fits([head]))
    return [head, ...args.map((arg) => `  ${arg},`), '  (init, sent) =>', ...send('    '), ');'].join('\n');
  // Even the type arguments do not fit on the line: they go one per line (how Prettier breaks such a call).
  const typeArguments = call.typeArguments.split(', ');
  const rest = `>(${args.join(', ')}, (init, sent) =>`;
  if (call.typeArguments !== '' && fits([rest]))
    return [
      `return ${callee}<`,
      ...typeArguments.map((type, index, all) => `  ${type}${index < all.length - 1 ? ',' : ''}`),
      rest,
      ...send('  '),
      ');',
    ].join('\n');
  return [head, ...args.map((arg) => `  ${arg},`), '  (init, sent) =>', ...send('    '), ');'].join('\n');
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

/** `x-retry` as the runtime reads it, leaving out what is empty. */
function retryLiteral(operation: OperationModel): Record<string, unknown> {
  const { repeatable, notRepeatableWhen, idempotencyHeader } = operation.retry;
  return {
    repeatable,
    ...(notRepeatableWhen.length > 0 ? { notRepeatableWhen } : {}),
    ...(idempotencyHeader !== undefined ? { idempotencyHeader } : {}),
  };
}

function operationDocs(
  operation: OperationModel,
  stem: string,
  notChecked: readonly string[],
): OptionalKind<JSDocStructure> {
  const paragraphs = [operation.summary, operation.description].filter((text): text is string => text !== undefined);
  paragraphs.push(...notChecked);
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

function buildApiModule(api: ApiModel, registry: NameRegistry, runtime: RuntimeLocation): Statements {
  const name = registry.claim(`${camelCase(api.name)}Api`, 'the API description');
  const environments = api.servers.map((server) => quote(server.environment)).join(' | ');
  return [
    importDeclaration(`${runtime.fromApiDir}/internal.js`, ['ApiDescription'], true),
    constStatement({
      name,
      doc: `${api.title} (spec version ${api.version}): its servers by environment, from the spec.`,
      value: object({
        name: json(api.name),
        title: json(api.title),
        servers: object(api.servers.map((server) => [server.environment, json(server.url)] as const)),
        defaultEnvironment: json(api.servers[0]!.environment),
        defaultableHeaders: json(defaultableHeaders(api)),
        idempotencyHeaders: idempotencyHeaders(api).length > 0 ? json(idempotencyHeaders(api)) : undefined,
        security: object({
          clientCredentialsTokenUrl:
            api.security.clientCredentialsTokenUrl !== undefined
              ? json(api.security.clientCredentialsTokenUrl)
              : undefined,
          clientCredentialsFields: clientCredentialsFields(api),
          credentialPrefixes: json(api.security.credentialPrefixes),
        }),
      }),
      suffix: ` as const satisfies ApiDescription<${environments}>`,
    }),
  ];
}

/**
 * `x-token-request-fields` for the runtime: per `clientCredentials` option, the form field it is sent as.
 * Left out when the spec declares none (or no client-credentials flow), so such APIs' descriptions do not change.
 */
function clientCredentialsFields(api: ApiModel): Literal | undefined {
  if (!hasCredentialFields(api)) return undefined;
  return object(
    api.security.tokenRequestFields.map(
      (field) => [field.option, object({ formField: json(field.name), required: json(field.required) })] as const,
    ),
  );
}

/** Whether the API's token request takes extra fields (`x-token-request-fields`; read-spec.ts keeps them only with a client-credentials flow). */
function hasCredentialFields(api: ApiModel): boolean {
  return api.security.tokenRequestFields.length > 0;
}

// ---------------------------------------------------------------------------------------------
// <api>/client.ts: create<Api>Core (for standalone functions) and create<Api>Client (methods).

function buildClientModule(
  api: ApiModel,
  registry: NameRegistry,
  runtime: RuntimeLocation,
  exports: ApiExports,
): Statements {
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
  // The spec's extra token-request fields (`x-token-request-fields`) make the API its own credentials type.
  const credentials = hasCredentialFields(api)
    ? registry.claim(`${base}ClientCredentials`, 'the client credentials type')
    : undefined;
  exports.rootValues.push(names.createCore, names.createClient);
  exports.rootTypes.push(names.environment, names.options, names.core, names.client);
  if (credentials !== undefined) exports.rootTypes.push(credentials);
  // Client credentials only where the spec declares the flow; otherwise a bearer token.
  const auth = !clientCredentials
    ? 'TokenAuthOptions'
    : credentials !== undefined
      ? `TokenAuthOptions | ClientCredentialsAuthOptions<${credentials}>`
      : undefined;
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
      ...(auth !== undefined ? ['type TokenAuthOptions'] : []),
    ]),
    importDeclaration('./api.js', [apiConst]),
    importDeclaration('./schema.js', ['paths'], true),
    ...api.operations.map((operation) =>
      importDeclaration(`./operations/${operation.fileName}.js`, [`${operation.functionName}WithResponse`]),
    ),
    importDeclaration(
      './types.js',
      api.operations.flatMap((operation) =>
        ['Request', 'Response', 'ResponseHeaders'].map((suffix) => `${operation.typeStem}${suffix}`),
      ),
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
    optionsAlias(names.options, names.environment, auth, docs(`Options of {@link ${names.createClient}}.`)),
    typeAlias(
      names.core,
      'ClientCore<paths>',
      docs(`The transport of ${api.title}; pass it to the standalone operation functions.`),
    ),
    // Printed here, not from a ts-morph structure: its printer keeps a function type on one line.
    declaration([
      comment(`${api.title}: every operation as a method, over one {@link ${names.core}}.`),
      `export interface ${names.client} extends ${names.core} {`,
      ...api.operations.flatMap((operation) => [
        comment(
          `${operation.summary ?? operation.operationId}. See {@link ${operation.functionName}}; ` +
            '`.withResponse()` on the result gives the response too.',
          '  ',
        ),
        `  readonly ${operation.functionName}: ${signature({
          head: `  readonly ${operation.functionName}: `,
          parameters: [`request: ${operation.typeStem}Request`, 'options?: CallOptions'],
          separator: ' => ',
          returnType: `ApiPromise<${operation.typeStem}Response, ${operation.typeStem}ResponseHeaders>`,
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
      parameters: [{ name: 'options', type: names.options }],
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
      parameters: [{ name: 'options', type: names.options }],
      returnType: names.client,
      docs: docs(
        `A client for ${api.title} with every operation as a method.\n\n@throws {@link ConfigurationError} for options that cannot work.`,
      ),
      statements: [
        `const core = ${names.createCore}(options);`,
        'return {',
        '  ...core,',
        ...api.operations.map((operation) => {
          const name = operation.functionName;
          // One request: the plain result is derived from the one with the response.
          const call = `apiPromise(${name}WithResponse(core, request, callOptions))`;
          const line = `  ${name}: (request, callOptions) => ${call},`;
          // The body is indented by 2 inside the function.
          return 2 + line.length <= MAX_LINE ? line : `  ${name}: (request, callOptions) =>\n    ${call},`;
        }),
        '};',
      ].join('\n'),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Indexes.

function buildApiIndex(api: ApiModel): Statements {
  return [
    exportDeclaration('./schema.js', ['components', 'operations', 'paths'], true),
    exportDeclaration(
      './types.js',
      [
        ...api.schemas.map((schema) => schema.typeName),
        ...api.operations.flatMap((operation) => operationTypeNames(operation)),
      ],
      true,
    ),
    exportDeclaration('./api.js', [`${camelCase(api.name)}Api`]),
    exportDeclaration(
      './client.js',
      [`create${pascalCase(api.name)}Client`, `create${pascalCase(api.name)}Core`].concat(
        [
          'Client',
          ...(hasCredentialFields(api) ? ['ClientCredentials'] : []),
          'ClientOptions',
          'Core',
          'Environment',
        ].map((suffix) => `type ${pascalCase(api.name)}${suffix}`),
      ),
    ),
    ...api.operations.map((operation) =>
      exportDeclaration(`./operations/${operation.fileName}.js`, [
        operation.functionName,
        `${operation.functionName}Operation`,
        `${operation.functionName}WithResponse`,
      ]),
    ),
  ];
}

function operationTypeNames(operation: OperationModel): string[] {
  const stem = operation.typeStem;
  return [
    operation.pathParameters.length > 0 ? `${stem}PathParams` : undefined,
    operation.queryParameters.length > 0 ? `${stem}QueryParams` : undefined,
    operation.headerParameters.length > 0 ? `${stem}Headers` : undefined,
    operation.requestBody ? `${stem}Body` : undefined,
    `${stem}Request`,
    `${stem}Response`,
    `${stem}Error`,
    `${stem}ResponseHeaders`,
  ].filter((name): name is string => name !== undefined);
}

/**
 * The package root re-exports each API's client factories, operation functions and operation
 * types by name. Schema types stay in `invoicing-sdk/<api>`, where two providers' `ErrorResponse`
 * cannot meet. A name claimed twice at the root (by two APIs, or by an API and the runtime) fails.
 */
function buildRootIndex(exports: readonly ApiExports[], runtime: RuntimeLocation): Statements {
  const registry = new NameRegistry('the package root (src/index.ts and generated/index.ts)');
  for (const [name, owner] of runtime.reservedNames) registry.claim(name, owner);
  return exports.map((entry) => {
    const owner = `API "${entry.api.name}" (${entry.api.specPath})`;
    const values = [...entry.rootValues].sort().map((name) => registry.claim(name, owner));
    const types = [...entry.rootTypes].sort().map((name) => `type ${registry.claim(name, owner)}`);
    return exportDeclaration(`./${entry.api.name}/index.js`, [...values, ...types]);
  });
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

/** `ClientOptions<Environment, Auth>`, broken inside the angle brackets (as Prettier does) when too long for one line. */
function optionsAlias(
  name: string,
  environment: string,
  auth: string | undefined,
  documentation: OptionalKind<JSDocStructure>[],
): TypeAliasDeclarationStructure | string {
  const flat = `ClientOptions<${environment}${auth === undefined ? '' : `, ${auth}`}>`;
  if (auth === undefined || `export type ${name} = ${flat};`.length <= MAX_LINE)
    return typeAlias(name, flat, documentation);
  const doc = documentation[0] === undefined ? [] : [printJsDoc(documentation[0], '')];
  return [...doc, `export type ${name} = ClientOptions<`, `  ${environment},`, `  ${auth}`, '>;'].join('\n');
}

// ---------------------------------------------------------------------------------------------

function docs(text: string | undefined): OptionalKind<JSDocStructure>[] {
  return text === undefined ? [] : [{ kind: StructureKind.JSDoc, description: escapeDoc(text) }];
}

/** A comment must not be able to end itself early. */
function escapeDoc(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}
