// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml
// Content sha256 84fd3b369cfb22fe (of the text below this banner)

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
  UpdateInvoiceStatusError,
  UpdateInvoiceStatusRequest,
  UpdateInvoiceStatusResponse,
  UpdateInvoiceStatusResponseHeaders,
} from '../types.js';
import { updateInvoiceStatusRequestSchema } from '../validation.js';

/** How updateInvoiceStatus is called, from the spec; read by the runtime. */
export const updateInvoiceStatusOperation: OperationDescription = {
  operationId: 'updateInvoiceStatus',
  method: 'PATCH',
  path: '/v0/business/{business_id}/invoice/{invoice_id}',
  pathParameters: { business_id: /^biz_[1-9A-HJ-NP-Za-km-z]{1,64}$/u, invoice_id: /^inv_[1-9A-HJ-NP-Za-km-z]{1,64}$/u },
  accept: 'application/json',
  retry: { repeatable: true },
  successStatus: '200',
  requestSchema: updateInvoiceStatusRequestSchema,
  errorShapes: [{ text: ['detail', 'message'], list: ['detail', { text: ['msg'], field: 'loc' }] }],
};

/**
 * Update Invoice Status
 *
 * Moves an invoice to a new status and returns the whole invoice as it is after the change.
 * Sending the same status again leaves the invoice as it was, so the call can be repeated
 * safely.
 * @see {@link https://docs.getasset.com/api-reference/invoice/update-invoice-status | Asset documentation for this operation}
 * @throws {@link ApiError} when the response status is not 2xx; its `body` is a {@link UpdateInvoiceStatusError}.
 * @throws {@link RequestValidationError} when the request breaks the spec; nothing is sent.
 */
export async function updateInvoiceStatus(
  client: ClientCore<paths>,
  request: UpdateInvoiceStatusRequest,
  options?: CallOptions,
): Promise<UpdateInvoiceStatusResponse> {
  return callOperation<UpdateInvoiceStatusResponse, UpdateInvoiceStatusError, UpdateInvoiceStatusRequest>(
    client,
    updateInvoiceStatusOperation,
    request,
    options,
    (init, sent) =>
      client.http.PATCH('/v0/business/{business_id}/invoice/{invoice_id}', {
        params: { path: sent.path, ...(sent.header === undefined ? {} : { header: sent.header }) },
        body: sent.body,
        ...init,
      }),
  );
}

/** The response headers updateInvoiceStatusWithResponse reads, with the type each is read as. */
const updateInvoiceStatusDeclaredHeaders = {
  'x-ratelimit-limit': 'integer',
  'x-ratelimit-remaining': 'integer',
  'x-ratelimit-reset': 'integer',
} as const;

/**
 * {@link updateInvoiceStatus}, resolving with the response as well: the body as `data`, the status,
 * the headers, the request id and the headers the spec declares, typed. One request, as the plain call.
 * @throws What {@link updateInvoiceStatus} throws.
 */
export async function updateInvoiceStatusWithResponse(
  client: ClientCore<paths>,
  request: UpdateInvoiceStatusRequest,
  options?: CallOptions,
): Promise<ApiResponse<UpdateInvoiceStatusResponse, UpdateInvoiceStatusResponseHeaders>> {
  return callOperationWithResponse(
    client,
    updateInvoiceStatusOperation,
    request,
    options,
    updateInvoiceStatusDeclaredHeaders,
    (init, sent) =>
      client.http.PATCH('/v0/business/{business_id}/invoice/{invoice_id}', {
        params: { path: sent.path, ...(sent.header === undefined ? {} : { header: sent.header }) },
        body: sent.body,
        ...init,
      }),
  );
}
