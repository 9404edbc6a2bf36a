// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml
// Content sha256 2a5ff74636ad18b5 (of the text below this banner)

export type { components, operations, paths } from './schema.js';
export type {
  BusinessId,
  InvoiceId,
  BillId,
  CustomerId,
  VendorId,
  LedgerId,
  ReturnedBusinessId,
  ReturnedInvoiceId,
  ReturnedBillId,
  ReturnedLedgerId,
  Metadata,
  InvoiceStatus,
  InvoiceStatusUpdate,
  InvoiceResponse,
  Invoice,
  InvoiceLine,
  InvoicePayment,
  BillStatus,
  BillUpdate,
  BillLineChanges,
  BillLineCreate,
  BillResponse,
  Bill,
  BillLine,
  BillPayment,
  ErrorResponse,
  ValidationIssue,
  UpdateBillPathParams,
  UpdateBillBody,
  UpdateBillRequest,
  UpdateBillResponse,
  UpdateBillError,
  UpdateBillResponseHeaders,
  UpdateInvoiceStatusPathParams,
  UpdateInvoiceStatusHeaders,
  UpdateInvoiceStatusBody,
  UpdateInvoiceStatusRequest,
  UpdateInvoiceStatusResponse,
  UpdateInvoiceStatusError,
  UpdateInvoiceStatusResponseHeaders,
} from './types.js';
export { assetApi } from './api.js';
export { assetResponseSchemas } from './validation.js';
export {
  createAssetClient,
  createAssetCore,
  type AssetClient,
  type AssetClientCredentials,
  type AssetClientOptions,
  type AssetCore,
  type AssetEnvironment,
} from './client.js';
export { updateBill, updateBillWithResponse } from './operations/update-bill.js';
export { updateInvoiceStatus, updateInvoiceStatusWithResponse } from './operations/update-invoice-status.js';
