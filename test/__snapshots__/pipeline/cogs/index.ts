// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml
// Content sha256 b3bb8d356822ac84 (of the text below this banner)

export type { components, operations, paths } from './schema.js';
export type {
  CogId,
  CogUpdate,
  CogFields,
  RetireRule,
  OtherStateRule,
  Cog,
  Problem,
  GetCogPathParams,
  GetCogQueryParams,
  GetCogRequest,
  GetCogResponse,
  GetCogError,
  GetCogResponseHeaders,
  UpdateCogPathParams,
  UpdateCogHeaders,
  UpdateCogBody,
  UpdateCogRequest,
  UpdateCogResponse,
  UpdateCogError,
  UpdateCogResponseHeaders,
} from './types.js';
export { cogsApi } from './api.js';
export { cogsResponseSchemas } from './validation.js';
export {
  createCogsClient,
  createCogsCore,
  type CogsClient,
  type CogsClientOptions,
  type CogsCore,
  type CogsEnvironment,
} from './client.js';
export { getCog, getCogWithResponse } from './operations/get-cog.js';
export { updateCog, updateCogWithResponse } from './operations/update-cog.js';
