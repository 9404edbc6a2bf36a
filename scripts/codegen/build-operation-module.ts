import type { JSDocStructure, OptionalKind } from 'ts-morph';
import type { OperationModel, ParameterModel } from './api-model.js';
import type { OperationSchemas } from './build-validation.js';
import { callStatement, code, json, object, printAssignment, quote, type Literal } from './layout.js';
import type { OperationNames } from './names.js';
import type { Statements } from './print-module.js';
import { bodyWriterFor, responseBodyFor } from './media-types.js';
import { regexLiteral } from './regex-literal.js';
import {
  comment,
  constStatement,
  escapeDoc,
  functionStatement,
  importDeclaration,
  StructureKind,
  type RuntimeLocation,
} from './statements.js';

/**
 * `<api>/operations/<operation>.ts`: the operation's description (read by the runtime) and two thin
 * functions typed by openapi-fetch, one resolving with the body, one with the response too.
 */
export function buildOperationModule(
  operation: OperationModel,
  names: OperationNames,
  schemas: OperationSchemas,
  runtime: RuntimeLocation,
  /** The API has basic or API key schemes: the description says which this operation sends. */
  withSecurity = false,
): Statements {
  const owner = `operation ${operation.operationId}`;
  const params = [
    ['path', operation.pathParameters],
    ['query', operation.queryParameters],
    ['header', operation.headerParameters],
    // openapi-fetch does not send cookies; passed for its types, sent by the runtime (`cookies`).
    ['cookie', operation.cookieParameters ?? []],
  ] as const;
  const paramEntries = params
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) =>
      list.some((parameter) => parameter.required)
        ? `${key}: sent.${key}`
        : `...(sent.${key} === undefined ? {} : { ${key}: sent.${key} })`,
    );
  // openapi-fetch types a field whose only value is null `never` (null-only-field.ts): the body is
  // passed cast, typed by the operation's own request type.
  const sentBody = operation.requestBody?.hasNullOnlyField ? 'sent.body as never' : 'sent.body';
  const bodyEntry = !operation.requestBody
    ? undefined
    : operation.requestBody.required
      ? `body: ${sentBody}`
      : `...(sent.body === undefined ? {} : { body: ${sentBody} })`;
  const call = {
    description: names.description,
    method: operation.method.toUpperCase(),
    path: operation.path,
    sentPath: requestPath(operation.path),
    entries: [
      ...(paramEntries.length > 0 ? [`params: { ${paramEntries.join(', ')} }`] : []),
      ...(bodyEntry ? [bodyEntry] : []),
      '...init',
    ],
  };
  const writer = operation.requestBody === undefined ? undefined : bodyWriterFor(operation.requestBody.mediaType);
  const queryStyles = queryStylesOf(operation);
  const headerText = parameterTextsOf(operation.headerParameters, true);
  const pathStyles = pathStylesOf(operation);
  const cookies = parameterTextsOf(operation.cookieParameters ?? [], false);
  const responseBody = responseBodyFor(operation.success.mediaType);
  return [
    // Only what this operation sends needs its writer: a JSON-only app carries none of the others.
    importDeclaration(`../${runtime.fromApiDir}/internal.js`, [
      ...(writer !== undefined ? [writer] : []),
      'callOperation',
      'callOperationWithResponse',
      ...(queryStyles !== undefined ? ['serializeQuery'] : []),
      ...(headerText !== undefined ? ['headerTexts'] : []),
      ...(pathStyles !== undefined ? ['writePathStyles'] : []),
      ...(cookies !== undefined ? ['cookieText'] : []),
      'type ApiResponse',
      'type CallOptions',
      'type ClientCore',
      'type OperationDescription',
    ]),
    importDeclaration('../schema.js', ['paths'], true),
    importDeclaration('../types.js', [names.error, names.request, names.response, names.responseHeaders], true),
    // Only the request's schema: the response schemas are in the API's response schemas export,
    // which an app imports only to check responses (`validateResponses`).
    importDeclaration('../validation.js', [names.requestSchema]),
    constStatement({
      name: names.description,
      type: 'OperationDescription',
      doc: `How ${names.function} is called, from the spec; read by the runtime.`,
      value: object({
        operationId: code(quote(operation.operationId)),
        method: code(quote(operation.method.toUpperCase())),
        path: code(quote(requestPath(operation.path))),
        pathParameters: object(
          operation.pathParameters
            .filter((parameter) => pathStyles?.[parameter.name] === undefined)
            .map(
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
        requestBody:
          writer !== undefined
            ? object({ mediaType: json(operation.requestBody!.mediaType), write: code(writer) })
            : undefined,
        queryString:
          queryStyles !== undefined ? object({ styles: json(queryStyles), write: code('serializeQuery') }) : undefined,
        pathStyles:
          pathStyles !== undefined ? object({ styles: json(pathStyles), write: code('writePathStyles') }) : undefined,
        headerText:
          headerText !== undefined ? object({ explode: json(headerText), write: code('headerTexts') }) : undefined,
        cookies: cookies !== undefined ? object({ explode: json(cookies), write: code('cookieText') }) : undefined,
        responseBody: responseBody !== undefined ? json(responseBody) : undefined,
        accept: code(quote(operation.success.mediaType ?? '*/*')),
        retry: json(retryLiteral(operation)),
        server: operation.server !== undefined ? json(operation.server) : undefined,
        // The key of the success schema in the response schemas, and what tells an exact status from a class.
        successStatus:
          schemas.checksResponse || (operation.otherSuccesses ?? []).length > 0
            ? json(operation.success.status)
            : undefined,
        otherSuccesses: otherSuccesses(operation),
        security: withSecurity && operation.security !== undefined ? json(operation.security) : undefined,
        credentialRestrictedFields:
          Object.keys(operation.credentialRestrictedFields).length > 0
            ? json(operation.credentialRestrictedFields)
            : undefined,
        requestSchema: code(names.requestSchema),
        errorShapes: operation.errorShapes.length > 0 ? json(operation.errorShapes) : undefined,
      }),
    }),
    // Printed here, not from a ts-morph structure: its printer keeps a parameter list on one line.
    functionStatement({
      doc: operationDocs(operation, names, schemas.notChecked),
      head: `export async function ${names.function}`,
      parameters: ['client: ClientCore<paths>', `request: ${names.request}`, 'options?: CallOptions'],
      returnType: `Promise<${names.response}>`,
      // The result types are named explicitly: openapi-fetch's deep `Readable<>` mapping would turn the
      // open-enum members (`string & {}`) of response types into object types.
      body: callStatement({ typeArguments: `${names.response}, ${names.error}, ${names.request}`, ...call }),
    }),
    // A plain statement: the function declarations around it bring their own blank lines.
    `${comment(`The response headers ${names.withResponse} reads, with the type each is read as.`)}\n${printAssignment(
      `const ${names.declaredHeaders} = `,
      object(operation.successHeaders.map((header) => [header.name, json(header.type)] as const)),
      ' as const;',
    )}`,
    functionStatement({
      doc: {
        kind: StructureKind.JSDoc,
        description:
          `{@link ${names.function}}, resolving with the response as well: the body as \`data\`, the status,\n` +
          'the headers, the request id and the headers the spec declares, typed. One request, as the plain call.',
        tags: [{ tagName: 'throws', text: `What {@link ${names.function}} throws.` }],
      },
      head: `export async function ${names.withResponse}`,
      parameters: ['client: ClientCore<paths>', `request: ${names.request}`, 'options?: CallOptions'],
      returnType: `Promise<ApiResponse<${names.response}, ${names.responseHeaders}>>`,
      // No type arguments: the return type above gives them, and openapi-fetch's types play no part.
      body: callStatement({
        callee: 'callOperationWithResponse',
        typeArguments: '',
        extraArguments: [names.declaredHeaders],
        ...call,
      }),
    }),
  ];
}

/**
 * The query parameters' styles the runtime must follow, where they differ from what openapi-fetch
 * writes on its own (arrays exploded, as OpenAPI's default `form` style does): a `style`, `explode`
 * or `allowReserved` the spec sets, or an object (OpenAPI's default writes its fields as parameters
 * of their own, openapi-fetch as `deepObject`). Undefined when there is none.
 */
function queryStylesOf(operation: OperationModel): Record<string, Record<string, unknown>> | undefined {
  const styles: Record<string, Record<string, unknown>> = {};
  for (const parameter of operation.queryParameters) {
    const { style, explode, allowReserved } = parameter;
    const isObject = (parameter.schema as { type?: unknown } | undefined)?.type === 'object';
    if (style === undefined && explode === undefined && allowReserved === undefined && !isObject) continue;
    styles[parameter.name] = {
      ...(style !== undefined ? { style } : {}),
      ...(explode !== undefined ? { explode } : {}),
      ...(allowReserved !== undefined ? { allowReserved } : {}),
    };
  }
  return Object.keys(styles).length === 0 ? undefined : styles;
}

/**
 * The path parameters the runtime writes in a style: those the spec gives `style: label` or `matrix`
 * or `explode`, those whose template says so as RFC 6570 does (`{.name}`, `{;name}`, `{name*}`), and
 * lists and objects. Undefined: every path parameter is a scalar in the `simple` style.
 */
function pathStylesOf(operation: OperationModel): Record<string, Record<string, unknown>> | undefined {
  const styles: Record<string, Record<string, unknown>> = {};
  const templates = operation.path.match(/\{[^}]+\}/g) ?? [];
  for (const parameter of operation.pathParameters) {
    const template = templates.find((token) => token.replace(/^\{[.;]?|\*?\}$/g, '') === parameter.name) ?? '';
    const operator = template[1];
    const style = parameter.style ?? (operator === '.' ? 'label' : operator === ';' ? 'matrix' : undefined);
    const explode = parameter.explode ?? (template.endsWith('*}') ? true : undefined);
    const type = (parameter.schema as { type?: unknown } | undefined)?.type;
    const structured = type === 'array' || type === 'object';
    if ((style === undefined || style === 'simple') && explode === undefined && !structured) continue;
    styles[parameter.name] = {
      ...(style !== undefined && style !== 'simple' ? { style } : {}),
      ...(explode !== undefined ? { explode } : {}),
    };
  }
  return Object.keys(styles).length === 0 ? undefined : styles;
}

/**
 * Which of a location's parameters are written exploded, when the runtime must write them as text:
 * cookies always (one Cookie header), headers only when one is not a string (a number, a list, an
 * object; openapi-fetch would send them as `[object Object]` or refuse them). Undefined: none to write.
 */
function parameterTextsOf(parameters: readonly ParameterModel[], onlyIfNotString: boolean): string[] | undefined {
  if (parameters.length === 0) return undefined;
  const isString = (parameter: ParameterModel): boolean =>
    (parameter.schema as { type?: unknown } | undefined)?.type === 'string';
  if (onlyIfNotString && parameters.every(isString)) return undefined;
  return parameters.filter((parameter) => parameter.explode === true).map((parameter) => parameter.name);
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
  names: OperationNames,
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
    text: `{@link ApiError} when the response status is not 2xx; its \`body\` is a {@link ${names.error}}.`,
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

/**
 * The path a request goes to: the spec's path without a `#fragment`. Some specs (Box's) give one path
 * several operations by a fragment (`/files/{file_id}#get_shared_link`); a fragment never reaches the
 * server, and in the URL it would swallow the query string that follows it.
 */
function requestPath(specPath: string): string {
  const hash = specPath.indexOf('#');
  return hash === -1 ? specPath : specPath.slice(0, hash);
}

/** How each 2xx after the first is read (its media type), by status. */
function otherSuccesses(operation: OperationModel): Literal | undefined {
  const others = operation.otherSuccesses ?? [];
  if (others.length === 0) return undefined;
  return object(
    others.map((other) => {
      const responseBody = responseBodyFor(other.mediaType);
      return [
        other.status,
        object({
          accept: code(quote(other.mediaType ?? '*/*')),
          responseBody: responseBody !== undefined ? json(responseBody) : undefined,
        }),
      ] as const;
    }),
  );
}
