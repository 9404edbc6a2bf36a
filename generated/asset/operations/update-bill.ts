// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml
// Content sha256 5ac14d25ff10e4c1 (of the text below this banner)

import {
  callOperation,
  callOperationWithResponse,
  type ApiResponse,
  type CallOptions,
  type ClientCore,
  type OperationDescription,
} from '../../../src/internal.js';
import type { paths } from '../schema.js';
import type { UpdateBillError, UpdateBillRequest, UpdateBillResponse, UpdateBillResponseHeaders } from '../types.js';
import { updateBillRequestSchema } from '../validation.js';

/** How updateBill is called, from the spec; read by the runtime. */
export const updateBillOperation: OperationDescription = {
  operationId: 'updateBill',
  method: 'PATCH',
  path: '/v0/business/{business_id}/bills/{bill_id}',
  pathParameters: { business_id: /^biz_[1-9A-HJ-NP-Za-km-z]{1,64}$/u, bill_id: /^bil_[1-9A-HJ-NP-Za-km-z]{1,64}$/u },
  accept: 'application/json',
  retry: { repeatable: true, notRepeatableWhen: [{ field: '/line_changes/create_lines', nonEmpty: true }] },
  successStatus: '200',
  requestSchema: updateBillRequestSchema,
  errorShapes: [{ text: ['detail', 'message'], list: ['detail', { text: ['msg'], field: 'loc' }] }],
};

/**
 * Update a Bill
 *
 * Changes a bill's number, description, dates or status, and adds or removes bill lines, in
 * one call. Only the fields you send are changed. The response is the whole bill after the
 * change.
 * @see {@link https://docs.getasset.com/api-reference/bill/update-a-bill | Asset documentation for this operation}
 * @throws {@link ApiError} when the response status is not 2xx; its `body` is a {@link UpdateBillError}.
 * @throws {@link RequestValidationError} when the request breaks the spec; nothing is sent.
 */
export async function updateBill(
  client: ClientCore<paths>,
  request: UpdateBillRequest,
  options?: CallOptions,
): Promise<UpdateBillResponse> {
  return callOperation<UpdateBillResponse, UpdateBillError, UpdateBillRequest>(
    client,
    updateBillOperation,
    request,
    options,
    (init, sent) =>
      client.http.PATCH('/v0/business/{business_id}/bills/{bill_id}', {
        params: { path: sent.path },
        body: sent.body as never,
        ...init,
      }),
  );
}

/** The response headers updateBillWithResponse reads, with the type each is read as. */
const updateBillDeclaredHeaders = {
  'x-ratelimit-limit': 'integer',
  'x-ratelimit-remaining': 'integer',
  'x-ratelimit-reset': 'integer',
} as const;

/**
 * {@link updateBill}, resolving with the response as well: the body as `data`, the status,
 * the headers, the request id and the headers the spec declares, typed. One request, as the plain call.
 * @throws What {@link updateBill} throws.
 */
export async function updateBillWithResponse(
  client: ClientCore<paths>,
  request: UpdateBillRequest,
  options?: CallOptions,
): Promise<ApiResponse<UpdateBillResponse, UpdateBillResponseHeaders>> {
  return callOperationWithResponse(
    client,
    updateBillOperation,
    request,
    options,
    updateBillDeclaredHeaders,
    (init, sent) =>
      client.http.PATCH('/v0/business/{business_id}/bills/{bill_id}', {
        params: { path: sent.path },
        body: sent.body as never,
        ...init,
      }),
  );
}
