// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml
// Content sha256 8b184f8d1b152610 (of the text below this banner)

import {
  apiPromise,
  createClientCore,
  createClientCredentialsTokenSource,
  type ApiPromise,
  type CallOptions,
  type ClientCore,
  type ClientCredentials,
  type ClientCredentialsAuthOptions,
  type ClientOptions,
  type TokenAuthOptions,
} from '../../src/internal.js';
import { assetApi } from './api.js';
import { assetResponseSchemas } from './validation.js';
import type { paths } from './schema.js';
import { updateBillWithResponse } from './operations/update-bill.js';
import { updateInvoiceStatusWithResponse } from './operations/update-invoice-status.js';
import type {
  UpdateBillRequest,
  UpdateBillResponse,
  UpdateBillResponseHeaders,
  UpdateInvoiceStatusRequest,
  UpdateInvoiceStatusResponse,
  UpdateInvoiceStatusResponseHeaders,
} from './types.js';

/** The servers of Asset accounting API (invoice and bill updates), by their `x-environment` name in the spec. */
export type AssetEnvironment = keyof typeof assetApi.servers;

/** The `clientCredentials` of {@link createAssetClient}, with the token request fields its spec adds (`x-token-request-fields`). */
export interface AssetClientCredentials extends ClientCredentials {
  /**
   * Limits the issued token to a single business, named by its id (`biz_…`).
   *
   * Sent as `business_id` in the token request.
   */
  readonly businessId?: string;
}

/** Options of {@link createAssetClient}. */
export type AssetClientOptions = ClientOptions<
  AssetEnvironment,
  TokenAuthOptions | ClientCredentialsAuthOptions<AssetClientCredentials>
>;
/** The transport of Asset accounting API (invoice and bill updates); pass it to the standalone operation functions. */
export type AssetCore = ClientCore<paths>;

/** Asset accounting API (invoice and bill updates): every operation as a method, over one {@link AssetCore}. */
export interface AssetClient extends AssetCore {
  /** Update a Bill. See {@link updateBill}; `.withResponse()` on the result gives the response too. */
  readonly updateBill: (
    request: UpdateBillRequest,
    options?: CallOptions,
  ) => ApiPromise<UpdateBillResponse, UpdateBillResponseHeaders>;
  /** Update Invoice Status. See {@link updateInvoiceStatus}; `.withResponse()` on the result gives the response too. */
  readonly updateInvoiceStatus: (
    request: UpdateInvoiceStatusRequest,
    options?: CallOptions,
  ) => ApiPromise<UpdateInvoiceStatusResponse, UpdateInvoiceStatusResponseHeaders>;
}

/**
 * The transport alone, for the standalone operation functions: a bundle then holds only the operations it imports.
 *
 * @throws {@link ConfigurationError} for options that cannot work.
 */
export function createAssetCore(options: AssetClientOptions): AssetCore {
  return createClientCore<paths, AssetEnvironment>(assetApi, options, {
    createTokenSource: createClientCredentialsTokenSource,
    responseSchemasExport: 'assetResponseSchemas',
  });
}

/**
 * A client for Asset accounting API (invoice and bill updates) with every operation as a method.
 *
 * @throws {@link ConfigurationError} for options that cannot work.
 */
export function createAssetClient(options: AssetClientOptions): AssetClient {
  const core = createClientCore<paths, AssetEnvironment>(assetApi, options, {
    createTokenSource: createClientCredentialsTokenSource,
    responseSchemas: assetResponseSchemas,
    responseSchemasExport: 'assetResponseSchemas',
  });
  return {
    ...core,
    updateBill: (request, callOptions) => apiPromise(updateBillWithResponse(core, request, callOptions)),
    updateInvoiceStatus: (request, callOptions) =>
      apiPromise(updateInvoiceStatusWithResponse(core, request, callOptions)),
  };
}
