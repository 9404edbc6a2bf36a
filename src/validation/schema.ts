/**
 * The JSON Schema subset the generator precompiles each operation's request and response schemas
 * into (generated/<api>/validation.ts): annotations and extensions are dropped, `$ref`s become
 * shared constants, `pattern`s become RegExp literals. The generator refuses any other keyword, so
 * a spec can never rely on a rule this validator would silently skip. Keywords outside this core
 * are `rules`, imported from `rules/` only by the schemas that use them.
 */
import type { Rule } from './rule.js';

export type JsonType = 'null' | 'boolean' | 'object' | 'array' | 'number' | 'integer' | 'string';

export interface JsonSchema {
  readonly type?: JsonType | readonly JsonType[];
  readonly enum?: readonly unknown[];
  /** `const`, wrapped so that `undefined` stays distinguishable from "no const". */
  readonly const?: { readonly value: unknown };
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  /** `false` (closed object), absent/`true` (open object), or the schema every other field's value must meet (a map). */
  readonly additionalProperties?: boolean | JsonSchema;
  readonly minProperties?: number;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  /** Only `true` is written: no two items may be equal JSON values. */
  readonly uniqueItems?: boolean;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: RegExp;
  /** What `pattern` asks for, in words from the spec (`an invoice id: \`inv_\` followed by …`), for the message. */
  readonly patternDescription?: string;
  /**
   * A string schema of `format: binary` (a file in a multipart part, or a whole binary body): a
   * `Blob`, an `ArrayBuffer` or a typed array passes as well as a string.
   */
  readonly binary?: true;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly allOf?: readonly JsonSchema[];
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  /**
   * The keywords beyond this core (`not`, `patternProperties`, `if`/`then`/`else`, …), each a rule
   * from `rules/`, checked after the core keywords, in order.
   */
  readonly rules?: readonly Rule[];
}

/**
 * The success bodies `validateResponses` checks, generated as each API's `…ResponseSchemas` export:
 * the API they belong to (a core refuses another API's), and per operationId each body's schema by
 * the status the spec writes for it (`200`, `201`, `2XX`).
 */
export interface ResponseSchemas {
  /** The API's name (`ApiDescription.name`). */
  readonly api: string;
  readonly operations: Readonly<Record<string, Readonly<Record<string, JsonSchema>>>>;
}
