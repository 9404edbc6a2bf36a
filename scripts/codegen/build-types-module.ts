import type { OptionalKind, PropertySignatureStructure, TypeAliasDeclarationStructure } from 'ts-morph';
import type { ApiModel, ContentModel, OperationModel, ParameterModel } from './api-model.js';
import { propertyLine, quote, unionType } from './layout.js';
import { operationNames, type ApiNames, type OperationNames } from './names.js';
import type { Statements } from './print-module.js';
import { comment, declaration, docs, genericAlias, importDeclaration, StructureKind, typeAlias } from './statements.js';

/** `<api>/types.ts`: a named type per schema, and per operation its request, response and error types. */
export function buildTypesModule(api: ApiModel, names: ApiNames): Statements {
  const derived = api.operations.some((operation) => operation.operationIdDerived);
  const statements: Statements = [
    importDeclaration('./schema.js', ['components', 'operations', ...(derived ? ['paths'] : [])], true),
  ];
  for (const schema of api.schemas) {
    statements.push(
      typeAlias(
        names.schemaTypes.get(schema.name)!,
        `components['schemas'][${quote(schema.name)}]`,
        docs(schema.description),
      ),
    );
  }
  for (const operation of api.operations)
    statements.push(...operationTypes(operation, operationNames(names, operation)));
  return statements;
}

function operationTypes(operation: OperationModel, names: OperationNames): Statements {
  // openapi-typescript keys `operations` by operationId, with each `#` written `/` (it would start a
  // JSON pointer's fragment); one without (derived) is only in `paths`.
  const op = operation.operationIdDerived
    ? `paths[${quote(operation.path)}][${quote(operation.method)}]`
    : `operations[${quote(operation.operationId.replace(/#/g, '/'))}]`;
  const link = `{@link ${names.function}}`;
  const successBodies = [
    ...new Set([operation.success, ...(operation.otherSuccesses ?? [])].map((response) => contentType(op, response))),
  ];
  const members: OptionalKind<PropertySignatureStructure>[] = [];
  const aliases: (TypeAliasDeclarationStructure | string)[] = [];
  const parameterGroups: [readonly ParameterModel[], string | undefined, string, string][] = [
    [operation.pathParameters, names.pathParams, 'path', 'Path parameters'],
    [operation.queryParameters, names.queryParams, 'query', 'Query parameters'],
    [operation.headerParameters, names.headers, 'header', 'Header parameters'],
    [operation.cookieParameters ?? [], names.cookies, 'cookie', 'Cookie parameters'],
  ];
  for (const [parameters, name, key, label] of parameterGroups) {
    if (name === undefined) continue;
    aliases.push(
      genericAlias(name, 'NonNullable', [`${op}['parameters'][${quote(key)}]`], '', docs(`${label} of ${link}.`)),
    );
    const optional = parameters.every((parameter) => !parameter.required);
    members.push({ isReadonly: true, name: key, hasQuestionToken: optional, type: name, docs: docs(`${label}.`) });
  }
  if (operation.requestBody && names.body !== undefined) {
    aliases.push(
      genericAlias(
        names.body,
        'NonNullable',
        [`${op}['requestBody']`],
        `['content'][${quote(operation.requestBody.mediaType)}]`,
        docs(`Request body of ${link} (\`${operation.requestBody.mediaType}\`).`),
      ),
    );
    members.push({
      isReadonly: true,
      name: 'body',
      hasQuestionToken: !operation.requestBody.required,
      type: names.body,
      docs: docs('Request body.'),
    });
  }
  return [
    ...aliases,
    members.length === 0
      ? // ts-morph prints an empty interface over two lines.
        declaration([comment(`Everything ${link} sends: nothing.`), `export interface ${names.request} {}`])
      : {
          kind: StructureKind.Interface,
          isExported: true,
          name: names.request,
          docs: docs(`Everything ${link} sends: parameters and body.`),
          properties: members,
        },
    typeAlias(
      names.response,
      successBodies.length === 1 ? successBodies[0]! : unionType(`export type ${names.response} = `, successBodies),
      docs(
        `What ${link} resolves with: the ${[operation.success, ...(operation.otherSuccesses ?? [])]
          .map((response) => response.status)
          .join(' or ')} response body.`,
      ),
    ),
    typeAlias(
      names.error,
      unionType(
        `export type ${names.error} = `,
        operation.errors.map((error) => contentType(op, error)),
      ),
      docs(
        `The error bodies ${link} may receive (${operation.errors.map((error) => error.status).join(', ') || 'none'}), ` +
          'found on `ApiError.body`.',
      ),
    ),
    responseHeadersType(names.responseHeaders, op, operation, link),
  ];
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
    ...operation.successHeaders.map((header) =>
      propertyLine(
        /^[A-Za-z_$][\w$]*$/u.test(header.name) ? header.name : quote(header.name),
        header.typed ? `${op}['responses'][${status}]['headers'][${quote(header.name)}]` : 'string',
      ),
    ),
    '}',
  ]);
}

/** The type of a response body, from openapi-typescript's `operations` (`void` for none). */
function contentType(op: string, content: ContentModel): string {
  if (content.mediaType === undefined) return 'void';
  const status = /^\d+$/.test(content.status) ? content.status : quote(content.status);
  return `${op}['responses'][${status}]['content'][${quote(content.mediaType)}]`;
}
