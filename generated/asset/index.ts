// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml (sha256 62871305bc4771313eee9a7457226c7bf617cd6e2a47e33fbb5c997ae6497a3e)

export type { components, operations, paths } from './schema.js';
export type {
  BusinessId,
  InvoiceId,
  BillId,
  CustomerId,
  VendorId,
  LedgerId,
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
  UpdateInvoiceStatusPathParams,
  UpdateInvoiceStatusHeaders,
  UpdateInvoiceStatusBody,
  UpdateInvoiceStatusRequest,
  UpdateInvoiceStatusResponse,
  UpdateInvoiceStatusError,
} from './types.js';
export { assetApi } from './api.js';
export {
  createAssetClient,
  createAssetCore,
  type AssetClient,
  type AssetClientOptions,
  type AssetCore,
  type AssetEnvironment,
} from './client.js';
export { updateBill, updateBillOperation } from './operations/update-bill.js';
export { updateInvoiceStatus, updateInvoiceStatusOperation } from './operations/update-invoice-status.js';
