// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml (sha256 fc3644469cf757401b30e493e742754e5db41f34e344b41a9ebdafbeb9ee9e16)
// Source: openapi/mollie.yaml (sha256 9ef928a0e9c340ee260c9e75ff04af050f229099e1509a6afc93e86f5fe8f84a)

export {
  createAssetClient,
  createAssetCore,
  updateBill,
  updateInvoiceStatus,
  type AssetClient,
  type AssetClientOptions,
  type AssetCore,
  type AssetEnvironment,
  type UpdateBillBody,
  type UpdateBillError,
  type UpdateBillPathParams,
  type UpdateBillRequest,
  type UpdateBillResponse,
  type UpdateInvoiceStatusBody,
  type UpdateInvoiceStatusError,
  type UpdateInvoiceStatusHeaders,
  type UpdateInvoiceStatusPathParams,
  type UpdateInvoiceStatusRequest,
  type UpdateInvoiceStatusResponse,
} from './asset/index.js';
export {
  createMollieClient,
  createMollieCore,
  updateSalesInvoice,
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
} from './mollie/index.js';
