// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml
// Content sha256 d15dba595396461e (of the text below this banner)

import type { JsonSchema, ResponseSchemas } from '../../../../../src/internal.js';

/** components/schemas/CogId */
const CogIdSchema: JsonSchema = {
  type: 'string',
  minLength: 5,
  maxLength: 20,
  pattern: /^cog_[a-z0-9]{1,16}$/u,
  patternDescription: 'a cog id: `cog_` followed by 1 to 16 lower-case letters and digits',
};
/** components/schemas/Cog */
const CogSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: CogIdSchema, name: { type: 'string', minLength: 1 }, state: { type: 'string' } },
};
/** components/schemas/CogFields */
const CogFieldsSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 50 },
    state: { type: 'string', minLength: 1, enum: ['active', 'retired'] },
    reason: { type: 'string', minLength: 1 },
  },
};
/** components/schemas/RetireRule */
const RetireRuleSchema: JsonSchema = {
  type: 'object',
  required: ['state', 'reason'],
  properties: { state: { const: { value: 'retired' } }, reason: { type: 'string', minLength: 1 } },
};
/** components/schemas/OtherStateRule */
const OtherStateRuleSchema: JsonSchema = {
  type: 'object',
  properties: { state: { type: 'string', minLength: 1, enum: ['active'] } },
};
/** components/schemas/CogUpdate */
const CogUpdateSchema: JsonSchema = { allOf: [CogFieldsSchema, { oneOf: [RetireRuleSchema, OtherStateRuleSchema] }] };

/** Everything getCog sends, as one value: `{ path, query, header, body }`. */
export const getCogRequestSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: { type: 'object', additionalProperties: false, required: ['cog_id'], properties: { cog_id: CogIdSchema } },
    query: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: { is_expanded: { type: 'boolean' } },
    },
  },
};
/** The 200 body of getCog. */
export const getCogResponseSchema: JsonSchema = CogSchema;
/** Everything updateCog sends, as one value: `{ path, query, header, body }`. */
export const updateCogRequestSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'body'],
  properties: {
    path: { type: 'object', additionalProperties: false, required: ['cog_id'], properties: { cog_id: CogIdSchema } },
    header: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: { 'x-request-tag': { type: 'string', minLength: 1, maxLength: 64, pattern: /^[a-z]+$/u } },
    },
    body: CogUpdateSchema,
  },
};
/** The 200 body of updateCog. */
export const updateCogResponseSchema: JsonSchema = CogSchema;
/**
 * Every success body `validateResponses` checks, by operationId and status. A full client has them;
 * pass them to a core as `responseSchemas`. Only an app that imports them carries them.
 */
export const cogsResponseSchemas: ResponseSchemas = {
  api: 'cogs',
  operations: { getCog: { '200': getCogResponseSchema }, updateCog: { '200': updateCogResponseSchema } },
};
