// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml
// Source: openapi/mollie.yaml
// Content sha256 24e65c896131e3c6 (of the text below this banner)

export {
  createAssetClient,
  createAssetCore,
  updateBill,
  updateBillWithResponse,
  updateInvoiceStatus,
  updateInvoiceStatusWithResponse,
  type AssetClient,
  type AssetClientCredentials,
  type AssetClientOptions,
  type AssetCore,
  type AssetEnvironment,
  type UpdateBillBody,
  type UpdateBillError,
  type UpdateBillPathParams,
  type UpdateBillRequest,
  type UpdateBillResponse,
  type UpdateBillResponseHeaders,
  type UpdateInvoiceStatusBody,
  type UpdateInvoiceStatusError,
  type UpdateInvoiceStatusHeaders,
  type UpdateInvoiceStatusPathParams,
  type UpdateInvoiceStatusRequest,
  type UpdateInvoiceStatusResponse,
  type UpdateInvoiceStatusResponseHeaders,
} from './asset/index.js';
export {
  createMollieClient,
  createMollieCore,
  updateSalesInvoice,
  updateSalesInvoiceWithResponse,
  type MollieClient,
  type MollieClientOptions,
  type MollieCore,
  type MollieEnvironment,
  type UpdateSalesInvoiceBody,
  type UpdateSalesInvoiceError,
  type UpdateSalesInvoiceHeaders,
  type UpdateSalesInvoicePathParams,
  type UpdateSalesInvoiceRequest,
  type UpdateSalesInvoiceResponse,
  type UpdateSalesInvoiceResponseHeaders,
} from './mollie/index.js';
