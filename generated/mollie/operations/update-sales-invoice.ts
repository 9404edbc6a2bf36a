// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml
// Content sha256 3b3a84e87fa186fe (of the text below this banner)

import {
  callOperation,
  callOperationWithResponse,
  type ApiResponse,
  type CallOptions,
  type ClientCore,
  type OperationDescription,
} from '../../../src/internal.js';
import type { paths } from '../schema.js';
import type {
  UpdateSalesInvoiceError,
  UpdateSalesInvoiceRequest,
  UpdateSalesInvoiceResponse,
  UpdateSalesInvoiceResponseHeaders,
} from '../types.js';
import { updateSalesInvoiceRequestSchema } from '../validation.js';

/** How updateSalesInvoice is called, from the spec; read by the runtime. */
export const updateSalesInvoiceOperation: OperationDescription = {
  operationId: 'updateSalesInvoice',
  method: 'PATCH',
  path: '/v2/sales-invoices/{salesInvoiceId}',
  pathParameters: { salesInvoiceId: /^invoice_[0-9A-Za-z]{1,24}$/u },
  accept: 'application/hal+json',
  retry: {
    repeatable: true,
    notRepeatableWhen: [{ field: '/status', in: ['issued', 'paid'] }],
    idempotencyHeader: 'Idempotency-Key',
  },
  successStatus: '200',
  credentialRestrictedFields: { testmode: ['organizationAccessToken', 'oAuth'] },
  requestSchema: updateSalesInvoiceRequestSchema,
  errorShapes: [{ text: ['detail', 'title'], field: 'field' }],
};

/**
 * Update sales invoice
 *
 * Changes a sales invoice. While the invoice is a draft every field below can change. Moving
 * it to `issued` sends it to the recipient and needs `emailDetails`; moving it to `paid`
 * records a payment for the full amount and needs `paymentDetails`. Returns the whole invoice
 * as it is after the change.
 *
 * Stability: beta. The provider may still change this operation.
 * @see {@link https://docs.mollie.com/reference/update-sales-invoice | Mollie documentation for this operation}
 * @throws {@link ApiError} when the response status is not 2xx; its `body` is a {@link UpdateSalesInvoiceError}.
 * @throws {@link RequestValidationError} when the request breaks the spec; nothing is sent.
 * @beta
 */
export async function updateSalesInvoice(
  client: ClientCore<paths>,
  request: UpdateSalesInvoiceRequest,
  options?: CallOptions,
): Promise<UpdateSalesInvoiceResponse> {
  return callOperation<UpdateSalesInvoiceResponse, UpdateSalesInvoiceError, UpdateSalesInvoiceRequest>(
    client,
    updateSalesInvoiceOperation,
    request,
    options,
    (init, sent) =>
      client.http.PATCH('/v2/sales-invoices/{salesInvoiceId}', {
        params: { path: sent.path, ...(sent.header === undefined ? {} : { header: sent.header }) },
        body: sent.body as never,
        ...init,
      }),
  );
}

/** The response headers updateSalesInvoiceWithResponse reads, with the type each is read as. */
const updateSalesInvoiceDeclaredHeaders = {} as const;

/**
 * {@link updateSalesInvoice}, resolving with the response as well: the body as `data`, the status,
 * the headers, the request id and the headers the spec declares, typed. One request, as the plain call.
 * @throws What {@link updateSalesInvoice} throws.
 */
export async function updateSalesInvoiceWithResponse(
  client: ClientCore<paths>,
  request: UpdateSalesInvoiceRequest,
  options?: CallOptions,
): Promise<ApiResponse<UpdateSalesInvoiceResponse, UpdateSalesInvoiceResponseHeaders>> {
  return callOperationWithResponse(
    client,
    updateSalesInvoiceOperation,
    request,
    options,
    updateSalesInvoiceDeclaredHeaders,
    (init, sent) =>
      client.http.PATCH('/v2/sales-invoices/{salesInvoiceId}', {
        params: { path: sent.path, ...(sent.header === undefined ? {} : { header: sent.header }) },
        body: sent.body as never,
        ...init,
      }),
  );
}
