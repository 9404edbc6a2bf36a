// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml (sha256 87992385b05532777c8a59ae5996faf54661f4107328c8956693ae91f1622adb)

import type { JsonSchema } from '../../src/internal.js';

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
    due_at: { type: ['string', 'null'], format: 'date-time' },
    issued_at: { type: ['string', 'null'], format: 'date-time' },
    status: { oneOf: [BillStatusSchema, { type: 'null' }] },
    line_changes: BillLineChangesSchema,
  },
};
/** components/schemas/VendorId */
const VendorIdSchema: JsonSchema = {
  type: 'string',
  minLength: 5,
  maxLength: 68,
  pattern: /^ven_[1-9A-HJ-NP-Za-km-z]{1,64}$/u,
  patternDescription: 'a vendor id: `ven_` followed by 1 to 64 base58 characters',
};
/** components/schemas/BillLine */
const BillLineSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    bill_id: BillIdSchema,
    description: { type: 'string' },
    number: { type: 'string' },
    ledger_id: LedgerIdSchema,
    amount: { type: 'number' },
    metadata_: MetadataSchema,
  },
};
/** components/schemas/BillPayment */
const BillPaymentSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    bill_id: BillIdSchema,
    transaction_id: { type: 'string' },
    payment_id: { type: 'string' },
    datetime: { type: 'string', minLength: 1, format: 'date-time' },
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
    business_id: BusinessIdSchema,
    id: BillIdSchema,
    vendor_id: VendorIdSchema,
    number: { type: 'string', minLength: 1, maxLength: 255 },
    description: { type: 'string', minLength: 1, maxLength: 512 },
    total_amount: { type: 'number' },
    total_paid: { type: 'number' },
    due_at: { type: 'string', minLength: 1, format: 'date-time' },
    issued_at: { type: 'string', minLength: 1, format: 'date-time' },
    status: { type: 'string', minLength: 1 },
    voided_at: { type: ['string', 'null'], format: 'date-time' },
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
/** components/schemas/CustomerId */
const CustomerIdSchema: JsonSchema = {
  type: 'string',
  minLength: 5,
  maxLength: 68,
  pattern: /^cus_[1-9A-HJ-NP-Za-km-z]{1,64}$/u,
  patternDescription: 'a customer id: `cus_` followed by 1 to 64 base58 characters',
};
/** components/schemas/InvoiceLine */
const InvoiceLineSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    invoice_id: InvoiceIdSchema,
    description: { type: 'string' },
    ledger_id: LedgerIdSchema,
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
    invoice_id: InvoiceIdSchema,
    transaction_id: { type: 'string' },
    payment_id: { type: 'string' },
    datetime: { type: 'string', minLength: 1, format: 'date-time' },
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
    business_id: BusinessIdSchema,
    id: InvoiceIdSchema,
    customer_id: CustomerIdSchema,
    number: { type: 'string', minLength: 1, maxLength: 255 },
    description: { type: 'string', minLength: 1, maxLength: 512 },
    total_amount: { type: 'number' },
    total_paid: { type: 'number' },
    source: { type: 'string', minLength: 1 },
    status: { type: 'string', minLength: 1 },
    due_at: { type: 'string', minLength: 1, format: 'date-time' },
    sent_at: { type: 'string', minLength: 1, format: 'date-time' },
    voided_at: { type: ['string', 'null'], format: 'date-time' },
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
