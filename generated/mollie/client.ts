// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml
// Content sha256 d53c66878028e929 (of the text below this banner)

import {
  apiPromise,
  createClientCore,
  type ApiPromise,
  type CallOptions,
  type ClientCore,
  type ClientOptions,
  type TokenAuthOptions,
} from '../../src/internal.js';
import { mollieApi } from './api.js';
import { mollieResponseSchemas } from './validation.js';
import type { paths } from './schema.js';
import { updateSalesInvoiceWithResponse } from './operations/update-sales-invoice.js';
import type {
  UpdateSalesInvoiceRequest,
  UpdateSalesInvoiceResponse,
  UpdateSalesInvoiceResponseHeaders,
} from './types.js';

/** The servers of Mollie Sales Invoices API (update), by their `x-environment` name in the spec. */
export type MollieEnvironment = keyof typeof mollieApi.servers;
/** Options of {@link createMollieClient}. */
export type MollieClientOptions = ClientOptions<MollieEnvironment, TokenAuthOptions>;
/** The transport of Mollie Sales Invoices API (update); pass it to the standalone operation functions. */
export type MollieCore = ClientCore<paths>;

/** Mollie Sales Invoices API (update): every operation as a method, over one {@link MollieCore}. */
export interface MollieClient extends MollieCore {
  /** Update sales invoice. See {@link updateSalesInvoice}; `.withResponse()` on the result gives the response too. */
  readonly updateSalesInvoice: (
    request: UpdateSalesInvoiceRequest,
    options?: CallOptions,
  ) => ApiPromise<UpdateSalesInvoiceResponse, UpdateSalesInvoiceResponseHeaders>;
}

/**
 * The transport alone, for the standalone operation functions: a bundle then holds only the operations it imports.
 *
 * @throws {@link ConfigurationError} for options that cannot work.
 */
export function createMollieCore(options: MollieClientOptions): MollieCore {
  return createClientCore<paths, MollieEnvironment>(mollieApi, options, {
    responseSchemasExport: 'mollieResponseSchemas',
  });
}

/**
 * A client for Mollie Sales Invoices API (update) with every operation as a method.
 *
 * @throws {@link ConfigurationError} for options that cannot work.
 */
export function createMollieClient(options: MollieClientOptions): MollieClient {
  const core = createClientCore<paths, MollieEnvironment>(mollieApi, options, {
    responseSchemas: mollieResponseSchemas,
    responseSchemasExport: 'mollieResponseSchemas',
  });
  return {
    ...core,
    updateSalesInvoice: (request, callOptions) =>
      apiPromise(updateSalesInvoiceWithResponse(core, request, callOptions)),
  };
}
