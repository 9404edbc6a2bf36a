import type { ApiModel, OperationModel, SpecSchema } from './api-model.js';
import { describePattern, nounOf } from './describe-pattern.js';
import { GenerationError } from './generation-error.js';
import { array, call, code, json, object, printAssignment, printLiteral, type Literal } from './layout.js';
import { operationNames, type ApiNames } from './names.js';
import { regexLiteral } from './regex-literal.js';
import { fragmentPointer } from './resolve-ref.js';
import { pointerKeys } from '../../src/validation/json-pointer.js';
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
  // Written by the generator for `format: binary` (a file may be bytes), never read from a spec.
  binary: false,
  minimum: true,
  maximum: true,
  allOf: true,
  anyOf: true,
  oneOf: true,
  // Written by the generator for the keywords of RULE_KEYWORDS, never read from a spec.
  rules: false,
} as const satisfies Record<keyof JsonSchema, boolean>;
/**
 * The keywords checked by a rule of src/validation/rules/ (each imported by the generated module
 * only where a spec uses it), with the function that checks it. Keywords read together with
 * another (`then` with `if`, `minContains` with `contains`, `additionalProperties` next to
 * `patternProperties`, `items` next to `prefixItems`) are read by `compileRules`.
 */
const RULE_KEYWORDS: ReadonlySet<string> = new Set([
  'not',
  'multipleOf',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'maxProperties',
  'patternProperties',
  'propertyNames',
  'prefixItems',
  'contains',
  'minContains',
  'maxContains',
  'if',
  'then',
  'else',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  // By the rule of its format (RULE_FORMATS); an annotation format by none.
  'format',
]);
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
    $schema: true,
    contentMediaType: true,
    contentEncoding: true,
    contentSchema: true,
    // Where subschemas are kept for `$ref`s to point at (draft-04's `definitions` stays in Swagger 2
    // specs converted to OpenAPI 3): they check nothing where they stand.
    $defs: true,
    definitions: true,
    // OpenAPI's annotations: a discriminator only names the branch `oneOf`/`anyOf` already decide.
    discriminator: true,
    xml: true,
    externalDocs: true,
  } as const satisfies Record<string, true> & { readonly [Keyword in keyof JsonSchema]?: never }),
);
/**
 * OpenAPI's formats that add nothing to check (as ajv-formats, the reference the tests compare the
 * validator with, has them): `float`, `double` accept any number; `binary`, `password` any string.
 */
const ANNOTATION_FORMATS: ReadonlySet<string> = new Set(
  Object.keys({ float: true, double: true, binary: true, password: true } as const satisfies Record<string, true> & {
    readonly [Checked in keyof typeof RULE_FORMATS]?: never;
  }),
);
/**
 * The formats the validator checks, each by a rule of src/validation/rules/ (imported only by a
 * module whose spec uses it), by the rule's name.
 */
const RULE_FORMATS = {
  byte: 'byteFormat',
  date: 'dateFormat',
  'date-time': 'dateTimeFormat',
  duration: 'durationFormat',
  email: 'emailFormat',
  hostname: 'hostnameFormat',
  int32: 'int32Format',
  ipv4: 'ipv4Format',
  ipv6: 'ipv6Format',
  time: 'timeFormat',
  uri: 'uriFormat',
  'uri-reference': 'uriReferenceFormat',
  uuid: 'uuidFormat',
} as const satisfies Readonly<Record<string, string>>;
const SCHEMA_REF = '#/components/schemas/';

/** Where a subschema stands, for what `{}` in its place would do (see `child` in buildValidationModule). */
type Position = 'apart' | 'inPlace' | 'against';

/** The TypeScript source of generated/<api>/validation.ts, without banner. */
export interface ValidationModule {
  readonly text: string;
  /** Per operationId: which of its schemas are exported, and what is not checked. */
  readonly exports: ReadonlyMap<string, OperationSchemas>;
}

export interface OperationSchemas {
  /** Whether the success body's schema is in the response schemas export; not when it has none or cannot be checked. */
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
 * A spec that is not strict (`x-codegen.strict: false`, one we did not write) does not fail, and
 * keeps every check it can: a subschema that cannot be compiled stands as `{}` (any value) at the
 * nearest place where that only lets more values through (see `child`), so a keyword the validator
 * does not implement costs the check of that part, not of the operation. A response schema that
 * cannot be compiled at all is left out (`validateResponses` skips it). Each is said in a comment in
 * the generated code, and in the operation's JSDoc, naming which keyword where.
 */
export function buildValidationModule(api: ApiModel, names: ApiNames, runtimeFromApiDir: string): ValidationModule {
  const components = new Map(api.schemas.map((schema) => [schema.name, schema.schema]));
  const constName = (schemaName: string): string => names.schemaConstants.get(schemaName)!;
  // OpenAPI 3.0's own keyword; in 3.1 it is gone (a type list says `null`), so there it stays unknown.
  const openapi30 = /^3\.0\./.test(api.openapiVersion);
  // A 3.1 spec we did not write may still say `nullable` (converted from 3.0 and relabelled, as
  // Codat's are): its types read it as 3.0 does (openapi-typescript reads `nullable` in any version),
  // so the validator does too, rather than checking nothing there. Ours are held to 3.1.
  const readsNullable = openapi30 || !api.strict;
  const compiled = new Map<string, Literal>();
  /** Components that cannot be compiled, with why (a spec that is not strict refers to them again and again). */
  const failed = new Map<string, GenerationError>();
  const order: string[] = [];
  const visiting = new Set<string>();
  /** The rules of src/validation/rules/ the module calls, to import. */
  const usedRules = new Set<string>();
  /** Formats the validator does not know, in a spec that is not strict: format → where (JSON pointers). */
  const ignoredFormats = new Map<string, string[]>();
  const rule = (name: string, args: readonly Literal[]): Literal => {
    usedRules.add(name);
    return call(name, args);
  };

  /*
   * A spec that is not strict keeps every check it can: a subschema that cannot be compiled stands
   * as `{}` (any value) where that only lets more values through, and the rest of the operation is
   * checked. That holds for a field, an item, a map's values, an `allOf`/`anyOf` member, `then`,
   * `else`: there `{}` is looser than the subschema. Under `not`, in an `if` condition, a `oneOf`
   * branch or a `contains` with `maxContains`, a looser subschema can refuse a value the spec allows,
   * so the failure is passed up to the nearest place where `{}` is safe; so is one in a subschema
   * applied in place (`allOf`, `$ref`, …) beside `unevaluatedProperties`/`unevaluatedItems`, as it
   * would evaluate fewer fields. Each loosening is listed, with why, in the generated code.
   */
  /** Whether a subschema compiled here may stand as `{}` if it cannot be compiled. */
  let loosenable = !api.strict;
  /** Set while compiling the in-place subschemas of a schema with `unevaluated…` beside them. */
  let besideUnevaluated = false;
  /** What was loosened, one list per operation schema (and per component) being compiled. */
  const loosenedLists: string[][] = [];
  /** The components that stand loosened somewhere inside, with why. */
  const loosenedComponents = new Map<string, readonly string[]>();
  /** Components referred to from inside themselves where looseness is not safe (see compileRef). */
  const strictSelfReferences = new Set<string>();
  const canLoosen = (inPlace: boolean): boolean => loosenable && !(inPlace && besideUnevaluated);

  /**
   * A subschema: `apart` checks another value (a field, an item, a map's values, a name), `inPlace`
   * the same value (`allOf`, `anyOf`, `then`, `else`, `dependentSchemas`), `against` the same value
   * where a looser subschema can refuse more (`not`, `if`, `oneOf`, `contains` with `maxContains`).
   * `component` names the schema when it is one of components/schemas (for the pattern's words).
   */
  const child = (schema: unknown, where: string, position: Position, component?: string): Literal => {
    const saved = [loosenable, besideUnevaluated] as const;
    const catching = canLoosen(position !== 'apart') && position !== 'against';
    if (position === 'against') loosenable = false;
    if (position === 'apart') besideUnevaluated = false;
    try {
      return compile(schema, where, component);
    } catch (error) {
      if (!catching || !(error instanceof GenerationError)) throw error;
      loosenedLists.at(-1)?.push(error.message);
      return object({});
    } finally {
      [loosenable, besideUnevaluated] = saved;
    }
  };

  const compileRef = (ref: string, where: string): Literal => {
    if (!ref.startsWith(SCHEMA_REF))
      throw new GenerationError(`${where}: only references to ${SCHEMA_REF}* can be validated, found "${ref}".`);
    // `#/components/schemas/<name>/…`: the keys after `components` and `schemas`.
    const [name = '', ...inside] = pointerKeys(fragmentPointer(ref)).slice(2);
    const target = components.get(name);
    if (target === undefined) throw new GenerationError(`${where}: unresolved reference "${ref}".`);
    // Into a part of a schema (`#/components/schemas/folder/properties/name`): that part, compiled in place.
    if (inside.length > 0) return compilePart(ref, target, inside, where);
    const failure = failed.get(name);
    if (failure !== undefined) throw failure;
    // Referred to in place: where looseness is not safe, a loosened component is not either.
    const looseOk = canLoosen(true);
    if (!compiled.has(name)) {
      // A schema that contains itself: its constant is read when a value is checked, not declared.
      if (visiting.has(name)) {
        if (!looseOk) strictSelfReferences.add(name);
        return object({ rules: array([rule('recursiveRef', [code(`() => ${constName(name)}`)])]) });
      }
      visiting.add(name);
      // Compiled once for every place that refers to it: as if it stood where looseness is safe.
      const saved = [loosenable, besideUnevaluated] as const;
      [loosenable, besideUnevaluated] = [!api.strict, false];
      loosenedLists.push([]);
      try {
        // `{}` when it cannot be compiled at all, in a spec that is not strict.
        compiled.set(name, child(target, `${api.specPath} components/schemas/${name}`, 'apart', name));
        const loosened = loosenedLists.at(-1)!;
        if (loosened.length > 0) {
          loosenedComponents.set(name, loosened);
          // Loosened, and used inside itself where that is not safe: refuse it as a whole.
          if (strictSelfReferences.has(name)) throw new GenerationError(loosened.join(' '));
        }
      } catch (error) {
        compiled.delete(name);
        if (error instanceof GenerationError) failed.set(name, error);
        throw error;
      } finally {
        loosenedLists.pop();
        [loosenable, besideUnevaluated] = saved;
        visiting.delete(name);
      }
      order.push(name);
    }
    const loosened = loosenedComponents.get(name);
    if (loosened !== undefined) {
      if (!looseOk) throw new GenerationError(loosened.join(' '));
      loosenedLists.at(-1)?.push(...loosened);
    }
    return code(constName(name));
  };

  /** The references into parts of schemas being compiled, to refuse one that contains itself. */
  const visitingParts = new Set<string>();
  const compilePart = (ref: string, schema: unknown, pointer: readonly string[], where: string): Literal => {
    let part: unknown = schema;
    for (const segment of pointer) {
      part = typeof part === 'object' && part !== null ? (part as Json)[segment] : undefined;
      if (part === undefined) throw new GenerationError(`${where}: unresolved reference "${ref}".`);
    }
    if (visitingParts.has(ref))
      throw new GenerationError(`${where}: "${ref}" refers to a part of a schema that contains the reference itself.`);
    visitingParts.add(ref);
    try {
      return compile(part, `${api.specPath} ${ref.slice(2)}`);
    } finally {
      visitingParts.delete(ref);
    }
  };

  /** `component` names the schema being compiled, when it is one of components/schemas (for the pattern's words). */
  const compile = (schema: unknown, where: string, component?: string): Literal => {
    if (readsNullable && isObject(schema) && schema['nullable'] !== undefined) {
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
    // The schema `false`: no value at all (a property that must be absent, no item past a tuple).
    if (schema === false) return object({ rules: array([rule('not', [object({})])]) });
    if (!isObject(schema)) throw new GenerationError(`${where}: a schema must be an object, true or false.`);
    const saved = besideUnevaluated;
    besideUnevaluated ||= schema['unevaluatedProperties'] !== undefined || schema['unevaluatedItems'] !== undefined;
    try {
      return compileObject(schema, where, component);
    } finally {
      besideUnevaluated = saved;
    }
  };

  const compileObject = (schema: Json, where: string, component: string | undefined): Literal => {
    const parts: [string, Literal][] = [];
    const refPart = typeof schema['$ref'] === 'string' ? compileRef(schema['$ref'], where) : undefined;
    for (const [key, value] of Object.entries(schema)) {
      if (key === '$ref' || ANNOTATIONS.has(key) || key.startsWith('x-') || RULE_KEYWORDS.has(key)) continue;
      // Read by the rule of `patternProperties` or `prefixItems`, which they then only complete.
      if (key === 'additionalProperties' && schema['patternProperties'] !== undefined) continue;
      if (key === 'items' && schema['prefixItems'] !== undefined) continue;
      // OpenAPI 3.0's boolean form: the limit is exclusive, a rule below.
      if ((key === 'minimum' || key === 'maximum') && openapi30 && schema[exclusiveOf(key)] === true) continue;
      if (!SUPPORTED.has(key)) {
        throw new GenerationError(
          `${where}: keyword "${key}" is not supported by the request validator; express the rule with supported keywords.`,
        );
      }
      parts.push(compileKeyword(key, value, `${where}/${key}`));
    }
    const words = typeof schema['pattern'] === 'string' ? patternWords(schema, component) : undefined;
    if (words !== undefined) parts.push(['patternDescription', json(words)]);
    // A file (a multipart part, a whole binary body): bytes pass as well as a string.
    if (schema['format'] === 'binary') parts.push(['binary', json(true)]);
    const rules = compileRules(schema, where);
    if (rules.length > 0) parts.push(['rules', array(rules)]);
    const own = object(parts);
    if (refPart === undefined) return own;
    // A `$ref` with constraints beside it (allowed in OpenAPI 3.1) must satisfy both.
    return parts.length === 0 ? refPart : object({ allOf: array([refPart, own]) });
  };

  /**
   * The rule that checks a `format` (`RULE_FORMATS`), or none: for one that adds nothing, and for one
   * the validator does not know, which fails a strict spec; in a spec that is not strict it is an
   * annotation, as JSON Schema 2020-12 reads a format it does not assert, and the module lists it.
   */
  const formatRule = (format: unknown, schema: Json, where: string): string | undefined => {
    if (typeof format !== 'string') throw new GenerationError(`${where}: must be a string.`);
    if (Object.hasOwn(RULE_FORMATS, format)) return RULE_FORMATS[format as keyof typeof RULE_FORMATS];
    if (formatAddsNothing(format, schema)) return undefined;
    const known = Object.keys(RULE_FORMATS).sort().join(', ');
    if (api.strict) {
      throw new GenerationError(
        `${where}: format "${format}" is not one the validator checks (it checks ${known}); ` +
          'replace it with a `pattern` that says what it means, or remove it if it only documents the value.',
      );
    }
    const places = ignoredFormats.get(format) ?? [];
    places.push(where);
    ignoredFormats.set(format, places);
    return undefined;
  };

  const compileKeyword = (key: string, value: unknown, where: string): [string, Literal] => {
    switch (key) {
      case 'properties': {
        const entries = Object.entries(value as Json).map(
          ([name, field]) => [name, asSchemaWhereNamed(name, child(field, `${where}/${name}`, 'apart'))] as const,
        );
        return [key, object(entries)];
      }
      case 'items':
        return [key, child(value, where, 'apart')];
      case 'allOf':
      case 'anyOf':
      case 'oneOf': {
        const position = key === 'oneOf' ? 'against' : 'inPlace';
        return [key, array((value as unknown[]).map((branch, index) => child(branch, `${where}/${index}`, position)))];
      }
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
      case 'additionalProperties':
        // A map's values: the schema every field not in `properties` must meet.
        return [key, typeof value === 'boolean' ? code(String(value)) : child(value, where, 'apart')];
      default:
        return [key, json(value)];
    }
  };

  /** The calls of src/validation/rules/ that check the schema's other keywords, in a fixed order. */
  const compileRules = (schema: Json, where: string): Literal[] => {
    const rules: Literal[] = [];
    const sub = (key: string, position: Position = 'apart'): Literal => child(schema[key], `${where}/${key}`, position);
    const number = (key: string): Literal => {
      const value = schema[key];
      if (typeof value !== 'number' || !Number.isFinite(value))
        throw new GenerationError(`${where}/${key}: must be a number.`);
      return json(value);
    };
    const format = schema['format'] === undefined ? undefined : formatRule(schema['format'], schema, `${where}/format`);
    if (format !== undefined) rules.push(rule(format, []));
    if (schema['not'] !== undefined) rules.push(rule('not', [sub('not', 'against')]));
    if (schema['multipleOf'] !== undefined) rules.push(rule('multipleOf', [number('multipleOf')]));
    for (const [key, limit] of [
      ['exclusiveMinimum', 'minimum'],
      ['exclusiveMaximum', 'maximum'],
    ] as const) {
      const value = schema[key];
      if (value === undefined || value === false) continue;
      // OpenAPI 3.0: `exclusiveMinimum: true` makes `minimum` exclusive.
      if (value === true && openapi30) {
        if (schema[limit] !== undefined) rules.push(rule(key, [number(limit)]));
      } else rules.push(rule(key, [number(key)]));
    }
    if (schema['maxProperties'] !== undefined) rules.push(rule('maxProperties', [number('maxProperties')]));
    if (schema['patternProperties'] !== undefined) {
      const patterns = Object.entries(schema['patternProperties'] as Json).map(([pattern, value]) =>
        array([
          code(
            regexLiteral(
              pattern,
              (reason) =>
                `${where}/patternProperties: ${JSON.stringify(pattern)} is not a valid regular expression (${reason}).`,
            ),
          ),
          child(value, `${where}/patternProperties/${pattern}`, 'apart'),
        ]),
      );
      const additional = schema['additionalProperties'];
      rules.push(
        rule('patternProperties', [
          array(patterns),
          ...(additional === undefined || additional === true
            ? []
            : [additional === false ? code('false') : sub('additionalProperties')]),
        ]),
      );
    }
    if (schema['propertyNames'] !== undefined) rules.push(rule('propertyNames', [sub('propertyNames')]));
    if (schema['prefixItems'] !== undefined) {
      const prefix = (schema['prefixItems'] as unknown[]).map((item, index) =>
        child(item, `${where}/prefixItems/${index}`, 'apart'),
      );
      rules.push(rule('prefixItems', [array(prefix), ...(schema['items'] === undefined ? [] : [sub('items')])]));
    }
    if (schema['contains'] !== undefined) {
      const max = schema['maxContains'] === undefined ? [] : [number('maxContains')];
      const min = schema['minContains'] === undefined ? (max.length > 0 ? [json(1)] : []) : [number('minContains')];
      // With a most, a looser `contains` counts more items and can refuse an array the spec allows.
      rules.push(rule('contains', [sub('contains', max.length > 0 ? 'against' : 'apart'), ...min, ...max]));
    }
    // `if` alone checks nothing, but what it evaluates counts for `unevaluated…` beside it.
    if (schema['if'] !== undefined) {
      const then = schema['then'] === undefined ? code('undefined') : sub('then', 'inPlace');
      const otherwise = schema['else'] === undefined ? [] : [sub('else', 'inPlace')];
      rules.push(rule('conditional', [sub('if', 'against'), then, ...otherwise]));
    }
    if (schema['dependentRequired'] !== undefined)
      rules.push(rule('dependentRequired', [json(schema['dependentRequired'])]));
    if (schema['dependentSchemas'] !== undefined) {
      const entries = Object.entries(schema['dependentSchemas'] as Json).map(
        ([key, value]) => [key, child(value, `${where}/dependentSchemas/${key}`, 'inPlace')] as const,
      );
      rules.push(rule('dependentSchemas', [object(entries)]));
    }
    // Last: they see what every other keyword evaluated.
    for (const key of ['unevaluatedProperties', 'unevaluatedItems'] as const) {
      const value = schema[key];
      // `true` checks nothing, but marks every field (or item) evaluated for an `unevaluated…` outside.
      if (value === undefined) continue;
      rules.push(rule(key, [value === false ? code('false') : sub(key)]));
    }
    return rules;
  };

  /**
   * The compiled schema and what in it stands loosened, or (only when the spec is not strict) why it
   * cannot be compiled at all.
   */
  const attempt = (
    build: () => Literal,
  ): { readonly literal: Literal; readonly loosened: readonly string[] } | { readonly reason: string } => {
    loosenedLists.push([]);
    try {
      const literal = build();
      return { literal, loosened: [...new Set(loosenedLists.at(-1))] };
    } catch (error) {
      if (api.strict || !(error instanceof GenerationError)) throw error;
      return { reason: error.message };
    } finally {
      loosenedLists.pop();
    }
  };
  /** A parameter's or the body's schema in the request: `{}` where it cannot be compiled, the rest checked. */
  const requestPart = (schema: SpecSchema, where: string): Literal => child(schema, where, 'apart');

  const exports = new Map<string, OperationSchemas>();
  const operationSchemas: string[] = [];
  /** The response schemas export: per operationId, each checked success body's schema by status. */
  const responseEntries: (readonly [string, Literal])[] = [];
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
    const requestSchema = attempt(() => compileRequest(operation, where, requestPart));
    if (!('literal' in requestSchema)) {
      notChecked.push(`The request is not checked against the spec before sending: ${requestSchema.reason}`);
      notes.push(`NOT CHECKED: any value passes. ${requestSchema.reason}`);
    } else {
      for (const reason of requestSchema.loosened) {
        notChecked.push(`The request is checked before sending, except one part, where any value passes: ${reason}`);
        notes.push(`PARTLY CHECKED: any value passes in one part. ${reason}`);
      }
    }
    const responseSchema = operation.success.schema;
    let responseStatement: string | undefined;
    if (responseSchema !== undefined) {
      const responseWhere = `${where} response ${operation.success.status}`;
      const compiledResponse = attempt(() => compile(responseSchema, responseWhere));
      if ('literal' in compiledResponse) {
        for (const reason of compiledResponse.loosened) {
          notChecked.push(
            `\`validateResponses\` checks the response except one part, where any value passes: ${reason}`,
          );
          notes.push(
            `The ${operation.success.status} body is checked except one part, where any value passes: ${reason}`,
          );
        }
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
    // Each other 2xx body, checked by the status it comes with.
    const otherResponseSchemas = new Map<string, string>();
    const otherStatements: string[] = [];
    for (const other of operation.otherSuccesses ?? []) {
      if (other.schema === undefined) continue;
      const compiledOther = attempt(() => compile(other.schema, `${where} response ${other.status}`));
      if (!('literal' in compiledOther)) {
        notChecked.push(`\`validateResponses\` does not check the ${other.status} response: ${compiledOther.reason}`);
        notes.push(`The ${other.status} body is not checked by \`validateResponses\`: ${compiledOther.reason}`);
        continue;
      }
      for (const reason of compiledOther.loosened) {
        notChecked.push(
          `\`validateResponses\` checks the ${other.status} response except one part, where any value passes: ${reason}`,
        );
        notes.push(`The ${other.status} body is checked except one part, where any value passes: ${reason}`);
      }
      const name = response.replace(/Schema$/, `${other.status}Schema`);
      otherResponseSchemas.set(other.status, name);
      otherStatements.push(
        `/** The ${other.status} body of ${functionName}. */\n` +
          printAssignment(`export const ${name}: JsonSchema = `, compiledOther.literal, ';'),
      );
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
    operationSchemas.push(...otherStatements);
    const byStatus = [
      ...(responseStatement !== undefined ? [[operation.success.status, code(response)] as const] : []),
      ...[...otherResponseSchemas].map(([status, name]) => [status, code(name)] as const),
    ];
    if (byStatus.length > 0) responseEntries.push([operation.operationId, object(byStatus)]);
    exports.set(operation.operationId, {
      checksResponse: responseStatement !== undefined,
      notChecked,
    });
  }

  const ruleImports = [...usedRules].sort();
  const responseSchemasDoc =
    `/**\n * Every success body \`validateResponses\` checks, by operationId and status. A full client has them;\n` +
    ` * pass them to a core as \`responseSchemas\`. Only an app that imports them carries them.\n */`;
  const text = [
    ruleImports.length === 0
      ? `import type { JsonSchema, ResponseSchemas } from '${runtimeFromApiDir}/internal.js';`
      : importStatement(
          [...ruleImports, 'type JsonSchema', 'type ResponseSchemas'],
          `${runtimeFromApiDir}/internal.js`,
        ),
    '',
    ...ignoredFormatsComment(ignoredFormats),
    ...order.map((name) => {
      const loosened = loosenedComponents.get(name) ?? [];
      const comment =
        loosened.length === 0
          ? `/** components/schemas/${name} */`
          : `/**\n * components/schemas/${name}\n${loosened.map((reason) => ` * ${escapeComment(`PARTLY CHECKED: any value passes in one part. ${reason}`)}\n`).join('')} */`;
      return `${comment}\n${printAssignment(`const ${constName(name)}: JsonSchema = `, compiled.get(name)!, ';')}`;
    }),
    ...(order.length > 0 ? [''] : []),
    ...operationSchemas,
    `${responseSchemasDoc}\n${printAssignment(`export const ${names.responseSchemas}: ResponseSchemas = `, object({ api: json(api.name), operations: object(responseEntries) }), ';')}`,
    '',
  ].join('\n');
  return { text, exports };
}

/** The comment listing the formats read as annotations only, each with where it is first used. */
function ignoredFormatsComment(ignored: ReadonlyMap<string, readonly string[]>): string[] {
  if (ignored.size === 0) return [];
  const lines = [...ignored]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([format, places]) => {
      const more = places.length > 1 ? ` (and ${places.length - 1} more)` : '';
      return ` * - \`${format}\`: ${escapeComment(places[0]!)}${more}`;
    });
  return [
    '/*',
    ' * Formats the validator does not know, so not checked: each is read as an annotation, as JSON',
    ' * Schema 2020-12 reads a format it does not assert, and every other keyword beside it is checked.',
    ...lines,
    ' */',
    '',
  ];
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
    ['cookie', operation.cookieParameters ?? []],
  ] as const;
  for (const [location, group] of locations) {
    if (group.length === 0) continue;
    const names = group.filter((parameter) => parameter.required).map((parameter) => parameter.name);
    const entries = group.map(
      (parameter) =>
        [
          parameter.name,
          asSchemaWhereNamed(
            parameter.name,
            compile(parameter.schema ?? {}, `${where} ${location} parameter ${parameter.name}`),
          ),
        ] as const,
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

/**
 * A field named like a member of `Object.prototype` (`toString`, `constructor`): TypeScript types
 * such a value in an object literal from that member as well, and refuses `{ type: 'string' }`
 * below it; an explicit `as JsonSchema` keeps the literal checked as a schema.
 */
function asSchemaWhereNamed(name: string, literal: Literal): Literal {
  if (name === '__proto__' || !(name in Object.prototype)) return literal;
  return code(`${printLiteral(literal, { column: 0, indent: 2 })} as JsonSchema`);
}

/** `exclusiveMinimum` for `minimum`, `exclusiveMaximum` for `maximum`. */
function exclusiveOf(limit: 'minimum' | 'maximum'): 'exclusiveMinimum' | 'exclusiveMaximum' {
  return limit === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum';
}

/** An import of these names, on one line while it fits, one name per line otherwise (Prettier's layout). */
function importStatement(names: readonly string[], from: string): string {
  const line = `import { ${names.join(', ')} } from '${from}';`;
  return line.length <= 120 ? line : `import {\n${names.map((name) => `  ${name},\n`).join('')}} from '${from}';`;
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
