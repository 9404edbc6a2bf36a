// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml
// Content sha256 f8dc71884756a261 (of the text below this banner)

import {
  apiPromise,
  createClientCore,
  type ApiPromise,
  type CallOptions,
  type ClientCore,
  type ClientOptions,
  type TokenAuthOptions,
} from '../../../../../src/internal.js';
import { cogsApi } from './api.js';
import { cogsResponseSchemas } from './validation.js';
import type { paths } from './schema.js';
import { getCogWithResponse } from './operations/get-cog.js';
import { updateCogWithResponse } from './operations/update-cog.js';
import type {
  GetCogRequest,
  GetCogResponse,
  GetCogResponseHeaders,
  UpdateCogRequest,
  UpdateCogResponse,
  UpdateCogResponseHeaders,
} from './types.js';

/** The servers of Cogs API, by their `x-environment` name in the spec. */
export type CogsEnvironment = keyof typeof cogsApi.servers;
/** Options of {@link createCogsClient}. */
export type CogsClientOptions = ClientOptions<CogsEnvironment, TokenAuthOptions>;
/** The transport of Cogs API; pass it to the standalone operation functions. */
export type CogsCore = ClientCore<paths>;

/** Cogs API: every operation as a method, over one {@link CogsCore}. */
export interface CogsClient extends CogsCore {
  /** Get a cog. See {@link getCog}; `.withResponse()` on the result gives the response too. */
  readonly getCog: (request: GetCogRequest, options?: CallOptions) => ApiPromise<GetCogResponse, GetCogResponseHeaders>;
  /** Update a cog. See {@link updateCog}; `.withResponse()` on the result gives the response too. */
  readonly updateCog: (
    request: UpdateCogRequest,
    options?: CallOptions,
  ) => ApiPromise<UpdateCogResponse, UpdateCogResponseHeaders>;
}

/**
 * The transport alone, for the standalone operation functions: a bundle then holds only the operations it imports.
 *
 * @throws {@link ConfigurationError} for options that cannot work.
 */
export function createCogsCore(options: CogsClientOptions): CogsCore {
  return createClientCore<paths, CogsEnvironment>(cogsApi, options, {
    responseSchemasExport: 'cogsResponseSchemas',
  });
}

/**
 * A client for Cogs API with every operation as a method.
 *
 * @throws {@link ConfigurationError} for options that cannot work.
 */
export function createCogsClient(options: CogsClientOptions): CogsClient {
  const core = createClientCore<paths, CogsEnvironment>(cogsApi, options, {
    responseSchemas: cogsResponseSchemas,
    responseSchemasExport: 'cogsResponseSchemas',
  });
  return {
    ...core,
    getCog: (request, callOptions) => apiPromise(getCogWithResponse(core, request, callOptions)),
    updateCog: (request, callOptions) => apiPromise(updateCogWithResponse(core, request, callOptions)),
  };
}
