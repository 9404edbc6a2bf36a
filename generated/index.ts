// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml (sha256 62871305bc4771313eee9a7457226c7bf617cd6e2a47e33fbb5c997ae6497a3e)
// Source: openapi/mollie.yaml (sha256 9c4e1a043b66066f2e4a5e26e80fa64643368a62d0f99ad51b67ecb88ba49099)

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
