import type { ApiModel, OperationModel, SpecSchema } from './api-model.js';
import { describePattern, nounOf } from './describe-pattern.js';
import { GenerationError } from './generation-error.js';
import { array, code, json, object, printAssignment, type Literal } from './layout.js';
import { operationNames, type ApiNames } from './names.js';
import { regexLiteral } from './regex-literal.js';
import type { matchesFormat } from '../../src/validation/formats.js';
import { unescapePointer } from '../../src/validation/json-pointer.js';
import type { JsonSchema } from '../../src/validation/schema.js';

type Json = Record<string, unknown>;

/**
 * The keywords of the validator's schema form (src/validation/schema.ts), each with whether a spec may
 * use it. A `Record` over that type's keys: a keyword added to the type and not here, or here and not
 * to the type, fails type-checking.
 */
const VALIDATOR_KEYWORDS = {
  type: true,
  enum: true,
  const: true,
  properties: true,
  required: true,
  additionalProperties: true,
  minProperties: true,
  items: true,
  minItems: true,
  maxItems: true,
  uniqueItems: true,
  minLength: true,
  maxLength: true,
  pattern: true,
  // Written by the generator (a prefixed id's pattern in words), never read from a spec.
  patternDescription: false,
  format: true,
  // Written by the generator for `format: binary` (a file may be bytes), never read from a spec.
  binary: false,
  minimum: true,
  maximum: true,
  allOf: true,
  anyOf: true,
  oneOf: true,
} as const satisfies Record<keyof JsonSchema, boolean>;
/** Keywords the validator (src/validation/validate.ts) checks. */
const SUPPORTED: ReadonlySet<string> = new Set(
  Object.entries(VALIDATOR_KEYWORDS)
    .filter(([, fromSpec]) => fromSpec)
    .map(([keyword]) => keyword),
);
/** Keywords that only describe; the validator has nothing to check for them (so none is one of its keywords). */
const ANNOTATIONS: ReadonlySet<string> = new Set(
  Object.keys({
    description: true,
    title: true,
    examples: true,
    example: true,
    default: true,
    deprecated: true,
    readOnly: true,
    writeOnly: true,
    $comment: true,
  } as const satisfies Record<string, true> & { readonly [Keyword in keyof JsonSchema]?: never }),
);
type Format = NonNullable<JsonSchema['format']>;
/**
 * The formats the validator checks: those of its schema type, which are those `matchesFormat`
 * (src/validation/formats.ts) implements; a format missing from either fails type-checking.
 */
const FORMATS: readonly string[] = Object.keys({
  'date-time': true,
  date: true,
  email: true,
  uri: true,
  uuid: true,
} as const satisfies Record<Format, true> & Record<Parameters<typeof matchesFormat>[0], true>);
/**
 * OpenAPI's formats that add nothing to check (as ajv-formats, the reference the tests compare the
 * validator with, has them): `float`, `double` accept any number; `binary`, `password` any string.
 */
const ANNOTATION_FORMATS: ReadonlySet<string> = new Set(
  Object.keys({ float: true, double: true, binary: true, password: true } as const satisfies Record<string, true> & {
    readonly [Checked in Format]?: never;
  }),
);
const SCHEMA_REF = '#/components/schemas/';

/** The TypeScript source of generated/<api>/validation.ts, without banner. */
export interface ValidationModule {
  readonly text: string;
  /** Per operationId: which of its schemas are exported, and what is not checked. */
  readonly exports: ReadonlyMap<string, OperationSchemas>;
}

export interface OperationSchemas {
  /** Whether the success body's schema is exported (as the operation's `responseSchema` name); not when it has none or cannot be checked. */
  readonly checksResponse: boolean;
  /**
   * Only for a spec that is not strict: what is not checked and why, one sentence each (the
   * operation's JSDoc repeats them). Empty when both schemas are checked in full.
   */
  readonly notChecked: readonly string[];
}

/**
 * Precompile the schemas every operation needs into constants of the validator's schema form
 * (src/validation/schema.ts): one constant per component schema, declared before its users, and
 * per operation a request schema (`{ path, query, header, body }` as one object) and the schema of
 * its success body. Any keyword the validator does not implement fails generation, naming where.
 *
 * A spec that is not strict (`x-codegen.strict: false`, one we did not write) does not fail: a
 * request schema that cannot be checked becomes `{}` (anything is sent, as with `validateRequest:
 * false`) and a response schema is left out (`validateResponses` skips it), each with a comment in
 * the generated code, and in the operation's JSDoc, saying which keyword where.
 */
export function buildValidationModule(api: ApiModel, names: ApiNames, runtimeFromApiDir: string): ValidationModule {
  const components = new Map(api.schemas.map((schema) => [schema.name, schema.schema]));
  const constName = (schemaName: string): string => names.schemaConstants.get(schemaName)!;
  // OpenAPI 3.0's own keyword; in 3.1 it is gone (a type list says `null`), so there it stays unknown.
  const openapi30 = /^3\.0\./.test(api.openapiVersion);
  const compiled = new Map<string, Literal>();
  /** Components that cannot be compiled, with why (a spec that is not strict refers to them again and again). */
  const failed = new Map<string, GenerationError>();
  const order: string[] = [];
  const visiting = new Set<string>();

  const compileRef = (ref: string, where: string): Literal => {
    if (!ref.startsWith(SCHEMA_REF))
      throw new GenerationError(`${where}: only references to ${SCHEMA_REF}* can be validated, found "${ref}".`);
    const name = unescapePointer(decodeURIComponent(ref.slice(SCHEMA_REF.length)));
    const target = components.get(name);
    if (target === undefined) throw new GenerationError(`${where}: unresolved reference "${ref}".`);
    const failure = failed.get(name);
    if (failure !== undefined) throw failure;
    if (!compiled.has(name)) {
      if (visiting.has(name))
        throw new GenerationError(`${where}: schema ${name} refers to itself; recursive schemas cannot be validated.`);
      visiting.add(name);
      try {
        compiled.set(name, compile(target, `${api.specPath} components/schemas/${name}`, name));
      } catch (error) {
        if (error instanceof GenerationError) failed.set(name, error);
        throw error;
      } finally {
        visiting.delete(name);
      }
      order.push(name);
    }
    return code(constName(name));
  };

  /** `component` names the schema being compiled, when it is one of components/schemas (for the pattern's words). */
  const compile = (schema: unknown, where: string, component?: string): Literal => {
    if (openapi30 && isObject(schema) && schema['nullable'] !== undefined) {
      const { nullable, ...rest } = schema;
      if (typeof nullable !== 'boolean') throw new GenerationError(`${where}/nullable: must be true or false.`);
      // `null`, or what the rest allows: the reading openapi-typescript gives the types (`… | null`),
      // so that the validator accepts exactly what the types do.
      const inner = compile(rest, where);
      return nullable && !isEmpty(inner) ? object({ anyOf: array([object({ type: json('null') }), inner]) }) : inner;
    }
    if (
      schema === true ||
      (isObject(schema) && Object.keys(schema).every((key) => ANNOTATIONS.has(key) || key.startsWith('x-')))
    )
      return object({});
    if (!isObject(schema)) throw new GenerationError(`${where}: a schema must be an object.`);
    const parts: [string, Literal][] = [];
    const refPart = typeof schema['$ref'] === 'string' ? compileRef(schema['$ref'], where) : undefined;
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' || ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
      if (!SUPPORTED.has(key)) {
        throw new GenerationError(
          `${where}: keyword "${key}" is not supported by the request validator; express the rule with supported keywords.`,
        );
      }
      if (key === 'format' && formatAddsNothing(value, schema)) continue;
      parts.push(compileKeyword(key, value, `${where}/${key}`));
    }
    const words = typeof schema['pattern'] === 'string' ? patternWords(schema, component) : undefined;
    if (words !== undefined) parts.push(['patternDescription', json(words)]);
    // A file (a multipart part, a whole binary body): bytes pass as well as a string.
    if (schema['format'] === 'binary') parts.push(['binary', json(true)]);
    const own = object(parts);
    if (refPart === undefined) return own;
    // A `$ref` with constraints beside it (allowed in OpenAPI 3.1) must satisfy both.
    return parts.length === 0 ? refPart : object({ allOf: array([refPart, own]) });
  };

  const compileKeyword = (key: string, value: unknown, where: string): [string, Literal] => {
    switch (key) {
      case 'properties': {
        const entries = Object.entries(value as Json).map(
          ([name, child]) => [name, compile(child, `${where}/${name}`)] as const,
        );
        return [key, object(entries)];
      }
      case 'items':
        return [key, compile(value, where)];
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        return [key, array((value as unknown[]).map((branch, index) => compile(branch, `${where}/${index}`)))];
      case 'const':
        return [key, object({ value: json(value) })];
      case 'pattern':
        return [
          key,
          code(
            regexLiteral(
              value as string,
              (reason) => `${where}: ${JSON.stringify(value)} is not a valid regular expression (${reason}).`,
            ),
          ),
        ];
      case 'format':
        if (!FORMATS.includes(value as string)) {
          throw new GenerationError(
            `${where}: format "${String(value)}" is not supported by the request validator (supported: ${FORMATS.join(', ')}).`,
          );
        }
        return [key, json(value)];
      case 'additionalProperties':
        // A map's values: the schema every field not in `properties` must meet.
        return [key, typeof value === 'boolean' ? code(String(value)) : compile(value, where)];
      default:
        return [key, json(value)];
    }
  };

  /** The compiled schema, or (only when the spec is not strict) why it cannot be compiled. */
  const attempt = (build: () => Literal): { readonly literal: Literal } | { readonly reason: string } => {
    try {
      return { literal: build() };
    } catch (error) {
      if (api.strict || !(error instanceof GenerationError)) throw error;
      return { reason: error.message };
    }
  };

  const exports = new Map<string, OperationSchemas>();
  const operationSchemas: string[] = [];
  for (const operation of api.operations) {
    const where = `${api.specPath} operation ${operation.operationId}`;
    const {
      function: functionName,
      requestSchema: request,
      responseSchema: response,
    } = operationNames(names, operation);
    const notChecked: string[] = [];
    /** What the request schema's comment says beyond its first line: what is not checked, and why. */
    const notes: string[] = [];
    const requestSchema = attempt(() => compileRequest(operation, where, compile));
    if (!('literal' in requestSchema)) {
      notChecked.push(`The request is not checked against the spec before sending: ${requestSchema.reason}`);
      notes.push(`NOT CHECKED: any value passes. ${requestSchema.reason}`);
    }
    const responseSchema = operation.success.schema;
    let responseStatement: string | undefined;
    if (responseSchema !== undefined) {
      const responseWhere = `${where} response ${operation.success.status}`;
      const compiledResponse = attempt(() => compile(responseSchema, responseWhere));
      if ('literal' in compiledResponse) {
        responseStatement =
          `/** The ${operation.success.status} body of ${functionName}. */\n` +
          printAssignment(`export const ${response}: JsonSchema = `, compiledResponse.literal, ';');
      } else {
        notChecked.push(`\`validateResponses\` does not check the response: ${compiledResponse.reason}`);
        notes.push(
          `The ${operation.success.status} body is not checked by \`validateResponses\`: ${compiledResponse.reason}`,
        );
      }
    }
    const summary = `Everything ${functionName} sends, as one value: \`{ path, query, header, body }\`.`;
    const comment =
      notes.length === 0
        ? `/** ${summary} */`
        : `/**\n * ${summary}\n${notes.map((note) => ` * ${escapeComment(note)}\n`).join('')} */`;
    operationSchemas.push(
      `${comment}\n${printAssignment(`export const ${request}: JsonSchema = `, 'literal' in requestSchema ? requestSchema.literal : object({}), ';')}`,
    );
    if (responseStatement !== undefined) operationSchemas.push(responseStatement);
    exports.set(operation.operationId, { checksResponse: responseStatement !== undefined, notChecked });
  }

  const text = [
    `import type { JsonSchema } from '${runtimeFromApiDir}/internal.js';`,
    '',
    ...order.map(
      (name) =>
        `/** components/schemas/${name} */\n${printAssignment(`const ${constName(name)}: JsonSchema = `, compiled.get(name)!, ';')}`,
    ),
    ...(order.length > 0 ? [''] : []),
    ...operationSchemas,
    '',
  ].join('\n');
  return { text, exports };
}

function compileRequest(
  operation: OperationModel,
  where: string,
  compile: (schema: SpecSchema, where: string) => Literal,
): Literal {
  const properties: [string, Literal][] = [];
  const required: string[] = [];
  const locations = [
    ['path', operation.pathParameters],
    ['query', operation.queryParameters],
    ['header', operation.headerParameters],
  ] as const;
  for (const [location, group] of locations) {
    if (group.length === 0) continue;
    const names = group.filter((parameter) => parameter.required).map((parameter) => parameter.name);
    const entries = group.map(
      (parameter) =>
        [parameter.name, compile(parameter.schema ?? {}, `${where} ${location} parameter ${parameter.name}`)] as const,
    );
    properties.push([location, closedObject(names, entries)]);
    if (names.length > 0) required.push(location);
  }
  if (operation.requestBody) {
    properties.push(['body', compile(operation.requestBody.schema ?? {}, `${where} request body`)]);
    if (operation.requestBody.required) required.push('body');
  }
  return closedObject(required, properties);
}

/** The schema of an object with exactly these properties. */
function closedObject(required: string[], properties: readonly (readonly [string, Literal])[]): Literal {
  return object({
    type: json('object'),
    additionalProperties: code('false'),
    required: json(required),
    properties: object(properties),
  });
}

function isEmpty(literal: Literal): boolean {
  return literal.kind === 'object' && literal.entries.length === 0;
}

/**
 * A `format` that constrains nothing the schema does not already: the annotation formats, and
 * `int64` on a schema whose numbers must be integers anyway (ajv-formats checks `int64` as
 * `Number.isInteger`: a JSON number beyond 2^53 cannot be told apart from its neighbours).
 */
function formatAddsNothing(format: unknown, schema: Json): boolean {
  if (typeof format !== 'string') return false;
  if (ANNOTATION_FORMATS.has(format)) return true;
  if (format !== 'int64') return false;
  const types = Array.isArray(schema['type']) ? (schema['type'] as unknown[]) : [schema['type']];
  return types.includes('integer') && !types.includes('number');
}

/**
 * A prefixed id's pattern in words (`x-id-prefix`), naming the value by its `title` or component name
 * (see describe-pattern.ts). Other patterns keep the regex alone: words for every pattern would cost
 * every app bytes for messages about values that are rarely wrong.
 */
function patternWords(schema: Json, component: string | undefined): string | undefined {
  const idPrefix = schema['x-id-prefix'];
  if (typeof idPrefix !== 'string') return undefined;
  const title = typeof schema['title'] === 'string' ? schema['title'] : undefined;
  const noun = title ?? (component === undefined ? undefined : nounOf(component));
  return describePattern(schema['pattern'] as string, { noun, idPrefix });
}

/** A reason quoted in a generated comment: one line, and unable to end the comment. */
function escapeComment(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\*\//g, '*\\/');
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
