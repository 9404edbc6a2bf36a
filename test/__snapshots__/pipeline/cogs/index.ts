// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml (sha256 74e18959abe99134e001037c493c5015856690edd566d41da38dd34d02731855)

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
