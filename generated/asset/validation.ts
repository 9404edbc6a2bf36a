// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml
// Content sha256 adeb045663699962 (of the text below this banner)

import { dateTimeFormat, type JsonSchema, type ResponseSchemas } from '../../src/internal.js';

/** components/schemas/BusinessId */
const BusinessIdSchema: JsonSchema = {
  type: 'string',
  minLength: 5,
  maxLength: 68,
  pattern: /^biz_[1-9A-HJ-NP-Za-km-z]{1,64}$/u,
  patternDescription: 'a business id: `biz_` followed by 1 to 64 base58 characters',
};
/** components/schemas/BillId */
const BillIdSchema: JsonSchema = {
  type: 'string',
  minLength: 5,
  maxLength: 68,
  pattern: /^bil_[1-9A-HJ-NP-Za-km-z]{1,64}$/u,
  patternDescription: 'a bill id: `bil_` followed by 1 to 64 base58 characters',
};
/** components/schemas/BillStatus */
const BillStatusSchema: JsonSchema = { type: 'string', enum: ['open', 'paid', 'voided'] };
/** components/schemas/LedgerId */
const LedgerIdSchema: JsonSchema = {
  type: 'string',
  minLength: 5,
  maxLength: 68,
  pattern: /^ldg_[1-9A-HJ-NP-Za-km-z]{1,64}$/u,
  patternDescription: 'a ledger id: `ldg_` followed by 1 to 64 base58 characters',
};
/** components/schemas/Metadata */
const MetadataSchema: JsonSchema = { type: 'object', additionalProperties: true };
/** components/schemas/BillLineCreate */
const BillLineCreateSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['amount', 'ledger_id'],
  properties: {
    description: { type: 'string' },
    number: { type: 'string' },
    amount: { type: 'number' },
    ledger_id: LedgerIdSchema,
    metadata_: MetadataSchema,
  },
};
/** components/schemas/BillLineChanges */
const BillLineChangesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    create_lines: { type: 'array', items: BillLineCreateSchema },
    delete_lines: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
};
/** components/schemas/BillUpdate */
const BillUpdateSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    number: { type: ['string', 'null'], maxLength: 255 },
    description: { type: ['string', 'null'], maxLength: 512 },
    due_at: { type: ['string', 'null'], rules: [/* @__PURE__ */ dateTimeFormat()] },
    issued_at: { type: ['string', 'null'], rules: [/* @__PURE__ */ dateTimeFormat()] },
    status: { oneOf: [BillStatusSchema, { type: 'null' }] },
    line_changes: BillLineChangesSchema,
  },
};
/** components/schemas/ReturnedBusinessId */
const ReturnedBusinessIdSchema: JsonSchema = { type: 'string', pattern: /^biz_/u };
/** components/schemas/ReturnedBillId */
const ReturnedBillIdSchema: JsonSchema = { type: 'string', pattern: /^bil_/u };
/** components/schemas/VendorId */
const VendorIdSchema: JsonSchema = { type: 'string', pattern: /^ven_/u };
/** components/schemas/ReturnedLedgerId */
const ReturnedLedgerIdSchema: JsonSchema = { type: 'string', pattern: /^ldg_/u };
/** components/schemas/BillLine */
const BillLineSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    bill_id: ReturnedBillIdSchema,
    description: { type: 'string' },
    number: { type: 'string' },
    ledger_id: ReturnedLedgerIdSchema,
    amount: { type: 'number' },
    metadata_: MetadataSchema,
  },
};
/** components/schemas/BillPayment */
const BillPaymentSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    bill_id: ReturnedBillIdSchema,
    transaction_id: { type: 'string' },
    payment_id: { type: 'string' },
    datetime: { type: 'string', rules: [/* @__PURE__ */ dateTimeFormat()] },
    payment_amount: { type: 'number' },
    bill: {},
  },
};
/** components/schemas/Bill */
const BillSchema: JsonSchema = {
  type: 'object',
  required: [
    'business_id',
    'vendor_id',
    'number',
    'description',
    'total_amount',
    'total_paid',
    'due_at',
    'issued_at',
    'status',
    'id',
  ],
  properties: {
    business_id: ReturnedBusinessIdSchema,
    id: ReturnedBillIdSchema,
    vendor_id: VendorIdSchema,
    number: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 512 },
    total_amount: { type: 'number' },
    total_paid: { type: 'number' },
    due_at: { type: 'string', rules: [/* @__PURE__ */ dateTimeFormat()] },
    issued_at: { type: 'string', rules: [/* @__PURE__ */ dateTimeFormat()] },
    status: { type: 'string' },
    voided_at: { type: ['string', 'null'], rules: [/* @__PURE__ */ dateTimeFormat()] },
    metadata_: MetadataSchema,
    lines: { type: ['array', 'null'], items: BillLineSchema },
    payments: { type: ['array', 'null'], items: BillPaymentSchema },
  },
};
/** components/schemas/BillResponse */
const BillResponseSchema: JsonSchema = { type: 'object', required: ['data'], properties: { data: BillSchema } };
/** components/schemas/InvoiceId */
const InvoiceIdSchema: JsonSchema = {
  type: 'string',
  minLength: 5,
  maxLength: 68,
  pattern: /^inv_[1-9A-HJ-NP-Za-km-z]{1,64}$/u,
  patternDescription: 'an invoice id: `inv_` followed by 1 to 64 base58 characters',
};
/** components/schemas/InvoiceStatus */
const InvoiceStatusSchema: JsonSchema = {
  type: 'string',
  minLength: 1,
  enum: ['open', 'paid', 'uncollectible', 'voided', 'refunded', 'partially_refunded'],
};
/** components/schemas/InvoiceStatusUpdate */
const InvoiceStatusUpdateSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  properties: { status: InvoiceStatusSchema },
};
/** components/schemas/ReturnedInvoiceId */
const ReturnedInvoiceIdSchema: JsonSchema = { type: 'string', pattern: /^inv_/u };
/** components/schemas/CustomerId */
const CustomerIdSchema: JsonSchema = { type: 'string', pattern: /^cus_/u };
/** components/schemas/InvoiceLine */
const InvoiceLineSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    invoice_id: ReturnedInvoiceIdSchema,
    description: { type: 'string' },
    ledger_id: ReturnedLedgerIdSchema,
    unit_price: { type: 'number' },
    quantity: { type: 'number' },
    discount_amount: { type: 'number' },
    discount_rate: { type: 'number' },
    tax_amount: { type: 'number' },
    tax_rate: { type: 'number' },
    is_prepayment: { type: 'boolean' },
    metadata_: MetadataSchema,
  },
};
/** components/schemas/InvoicePayment */
const InvoicePaymentSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    invoice_id: ReturnedInvoiceIdSchema,
    transaction_id: { type: 'string' },
    payment_id: { type: 'string' },
    datetime: { type: 'string', rules: [/* @__PURE__ */ dateTimeFormat()] },
    payment_amount: { type: 'number' },
    invoice: {},
  },
};
/** components/schemas/Invoice */
const InvoiceSchema: JsonSchema = {
  type: 'object',
  required: [
    'business_id',
    'number',
    'description',
    'total_amount',
    'source',
    'due_at',
    'sent_at',
    'status',
    'id',
    'customer_id',
  ],
  properties: {
    business_id: ReturnedBusinessIdSchema,
    id: ReturnedInvoiceIdSchema,
    customer_id: CustomerIdSchema,
    number: { type: 'string', maxLength: 255 },
    description: { type: 'string', maxLength: 512 },
    total_amount: { type: 'number' },
    total_paid: { type: 'number' },
    source: { type: 'string' },
    status: { type: 'string' },
    due_at: { type: 'string', rules: [/* @__PURE__ */ dateTimeFormat()] },
    sent_at: { type: 'string', rules: [/* @__PURE__ */ dateTimeFormat()] },
    voided_at: { type: ['string', 'null'], rules: [/* @__PURE__ */ dateTimeFormat()] },
    credit_amount: { type: ['number', 'null'] },
    metadata_: MetadataSchema,
    lines: { type: ['array', 'null'], items: InvoiceLineSchema },
    payments: { type: ['array', 'null'], items: InvoicePaymentSchema },
  },
};
/** components/schemas/InvoiceResponse */
const InvoiceResponseSchema: JsonSchema = { type: 'object', required: ['data'], properties: { data: InvoiceSchema } };

/** Everything updateBill sends, as one value: `{ path, query, header, body }`. */
export const updateBillRequestSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'body'],
  properties: {
    path: {
      type: 'object',
      additionalProperties: false,
      required: ['business_id', 'bill_id'],
      properties: { business_id: BusinessIdSchema, bill_id: BillIdSchema },
    },
    body: BillUpdateSchema,
  },
};
/** The 200 body of updateBill. */
export const updateBillResponseSchema: JsonSchema = BillResponseSchema;
/** Everything updateInvoiceStatus sends, as one value: `{ path, query, header, body }`. */
export const updateInvoiceStatusRequestSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'body'],
  properties: {
    path: {
      type: 'object',
      additionalProperties: false,
      required: ['business_id', 'invoice_id'],
      properties: { business_id: BusinessIdSchema, invoice_id: InvoiceIdSchema },
    },
    header: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: {
        'x-user-id': { type: 'string', minLength: 1, maxLength: 256, pattern: /^[!-~](?:[ -~]*[!-~])?$/u },
      },
    },
    body: InvoiceStatusUpdateSchema,
  },
};
/** The 200 body of updateInvoiceStatus. */
export const updateInvoiceStatusResponseSchema: JsonSchema = InvoiceResponseSchema;
/**
 * Every success body `validateResponses` checks, by operationId and status. A full client has them;
 * pass them to a core as `responseSchemas`. Only an app that imports them carries them.
 */
export const assetResponseSchemas: ResponseSchemas = {
  api: 'asset',
  operations: {
    updateBill: { '200': updateBillResponseSchema },
    updateInvoiceStatus: { '200': updateInvoiceStatusResponseSchema },
  },
};
