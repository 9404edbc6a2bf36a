// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml
// Content sha256 615a71fe377d5fbf (of the text below this banner)

import type { components, operations } from './schema.js';

/** Identifier of a business, `biz_` followed by a Base58 string. */
export type BusinessId = components['schemas']['BusinessId'];
/** Identifier of an invoice, `inv_` followed by a Base58 string. */
export type InvoiceId = components['schemas']['InvoiceId'];
/** Identifier of a bill, `bil_` followed by a Base58 string. */
export type BillId = components['schemas']['BillId'];
/** Identifier of a customer as Asset returns it, starting with `cus_`. */
export type CustomerId = components['schemas']['CustomerId'];
/** Identifier of a vendor as Asset returns it, starting with `ven_`. */
export type VendorId = components['schemas']['VendorId'];
/** Identifier of a ledger account, `ldg_` followed by a Base58 string. */
export type LedgerId = components['schemas']['LedgerId'];
/** Identifier of a business as Asset returns it, starting with `biz_`. */
export type ReturnedBusinessId = components['schemas']['ReturnedBusinessId'];
/** Identifier of an invoice as Asset returns it, starting with `inv_`. */
export type ReturnedInvoiceId = components['schemas']['ReturnedInvoiceId'];
/** Identifier of a bill as Asset returns it, starting with `bil_`. */
export type ReturnedBillId = components['schemas']['ReturnedBillId'];
/** Identifier of a ledger account as Asset returns it, starting with `ldg_`. */
export type ReturnedLedgerId = components['schemas']['ReturnedLedgerId'];
/** Free-form key/value data you attach to a document or line; Asset stores it as given. */
export type Metadata = components['schemas']['Metadata'];
/** The status an invoice can be moved to. */
export type InvoiceStatus = components['schemas']['InvoiceStatus'];
/** Body of Update Invoice Status. */
export type InvoiceStatusUpdate = components['schemas']['InvoiceStatusUpdate'];
/** Envelope around the invoice returned by a successful update. */
export type InvoiceResponse = components['schemas']['InvoiceResponse'];
/** An invoice as Asset returns it. */
export type Invoice = components['schemas']['Invoice'];
/** One line of an invoice. */
export type InvoiceLine = components['schemas']['InvoiceLine'];
/** A payment applied to an invoice. */
export type InvoicePayment = components['schemas']['InvoicePayment'];
/** The status a bill can be moved to. */
export type BillStatus = components['schemas']['BillStatus'];
/** Body of Update a Bill. Every field is optional; at least one must be sent. */
export type BillUpdate = components['schemas']['BillUpdate'];
/** Lines to add and lines to remove, applied in one update. */
export type BillLineChanges = components['schemas']['BillLineChanges'];
/** A line to add to a bill. */
export type BillLineCreate = components['schemas']['BillLineCreate'];
/** Envelope around the bill returned by a successful update. */
export type BillResponse = components['schemas']['BillResponse'];
/** A bill as Asset returns it. */
export type Bill = components['schemas']['Bill'];
/** One line of a bill. */
export type BillLine = components['schemas']['BillLine'];
/** A payment made against a bill. */
export type BillPayment = components['schemas']['BillPayment'];
/** The body Asset sends with an error status. */
export type ErrorResponse = components['schemas']['ErrorResponse'];
/** One problem with a request, in FastAPI's format. */
export type ValidationIssue = components['schemas']['ValidationIssue'];
/** Path parameters of {@link updateBill}. */
export type UpdateBillPathParams = NonNullable<operations['updateBill']['parameters']['path']>;
/** Request body of {@link updateBill} (`application/json`). */
export type UpdateBillBody = NonNullable<operations['updateBill']['requestBody']>['content']['application/json'];

/** Everything {@link updateBill} sends: parameters and body. */
export interface UpdateBillRequest {
  /** Path parameters. */
  readonly path: UpdateBillPathParams;
  /** Request body. */
  readonly body: UpdateBillBody;
}

/** What {@link updateBill} resolves with: the 200 response body. */
export type UpdateBillResponse = operations['updateBill']['responses'][200]['content']['application/json'];
/** The error bodies {@link updateBill} may receive (401, 403, 404, 422, 429, 5XX), found on `ApiError.body`. */
export type UpdateBillError =
  | operations['updateBill']['responses'][401]['content']['application/json']
  | operations['updateBill']['responses'][403]['content']['application/json']
  | operations['updateBill']['responses'][404]['content']['application/json']
  | operations['updateBill']['responses'][422]['content']['application/json']
  | operations['updateBill']['responses'][429]['content']['application/json']
  | operations['updateBill']['responses']['5XX']['content']['application/json'];

/** The response headers the spec declares for the 200 response of {@link updateBill}, read by `withResponse()`. */
export interface UpdateBillResponseHeaders {
  readonly 'x-ratelimit-limit': operations['updateBill']['responses'][200]['headers']['x-ratelimit-limit'];
  readonly 'x-ratelimit-remaining': operations['updateBill']['responses'][200]['headers']['x-ratelimit-remaining'];
  readonly 'x-ratelimit-reset': operations['updateBill']['responses'][200]['headers']['x-ratelimit-reset'];
}

/** Path parameters of {@link updateInvoiceStatus}. */
export type UpdateInvoiceStatusPathParams = NonNullable<operations['updateInvoiceStatus']['parameters']['path']>;
/** Header parameters of {@link updateInvoiceStatus}. */
export type UpdateInvoiceStatusHeaders = NonNullable<operations['updateInvoiceStatus']['parameters']['header']>;
/** Request body of {@link updateInvoiceStatus} (`application/json`). */
export type UpdateInvoiceStatusBody = NonNullable<
  operations['updateInvoiceStatus']['requestBody']
>['content']['application/json'];

/** Everything {@link updateInvoiceStatus} sends: parameters and body. */
export interface UpdateInvoiceStatusRequest {
  /** Path parameters. */
  readonly path: UpdateInvoiceStatusPathParams;
  /** Header parameters. */
  readonly header?: UpdateInvoiceStatusHeaders;
  /** Request body. */
  readonly body: UpdateInvoiceStatusBody;
}

/** What {@link updateInvoiceStatus} resolves with: the 200 response body. */
export type UpdateInvoiceStatusResponse =
  operations['updateInvoiceStatus']['responses'][200]['content']['application/json'];
/** The error bodies {@link updateInvoiceStatus} may receive (401, 403, 404, 422, 429, 5XX), found on `ApiError.body`. */
export type UpdateInvoiceStatusError =
  | operations['updateInvoiceStatus']['responses'][401]['content']['application/json']
  | operations['updateInvoiceStatus']['responses'][403]['content']['application/json']
  | operations['updateInvoiceStatus']['responses'][404]['content']['application/json']
  | operations['updateInvoiceStatus']['responses'][422]['content']['application/json']
  | operations['updateInvoiceStatus']['responses'][429]['content']['application/json']
  | operations['updateInvoiceStatus']['responses']['5XX']['content']['application/json'];

/** The response headers the spec declares for the 200 response of {@link updateInvoiceStatus}, read by `withResponse()`. */
export interface UpdateInvoiceStatusResponseHeaders {
  readonly 'x-ratelimit-limit': operations['updateInvoiceStatus']['responses'][200]['headers']['x-ratelimit-limit'];
  readonly 'x-ratelimit-remaining':
    operations['updateInvoiceStatus']['responses'][200]['headers']['x-ratelimit-remaining'];
  readonly 'x-ratelimit-reset': operations['updateInvoiceStatus']['responses'][200]['headers']['x-ratelimit-reset'];
}
