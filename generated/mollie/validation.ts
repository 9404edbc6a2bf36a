// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml
// Content sha256 7ae909c0e732c2d2 (of the text below this banner)

import type { JsonSchema, ResponseSchemas } from '../../src/internal.js';

/** components/schemas/SalesInvoiceId */
const SalesInvoiceIdSchema: JsonSchema = {
  type: 'string',
  minLength: 9,
  maxLength: 32,
  pattern: /^invoice_[0-9A-Za-z]{1,24}$/u,
  patternDescription: 'a sales invoice id: `invoice_` followed by 1 to 24 letters and digits',
};
/** components/schemas/SalesInvoiceStatusUpdate */
const SalesInvoiceStatusUpdateSchema: JsonSchema = {
  type: 'string',
  minLength: 1,
  enum: ['draft', 'issued', 'paid', 'cancelled'],
};
/** components/schemas/PaymentTerm */
const PaymentTermSchema: JsonSchema = {
  type: ['string', 'null'],
  enum: ['7 days', '14 days', '30 days', '45 days', '60 days', '90 days', '120 days', null],
};
/** components/schemas/ManualPaymentDetails */
const ManualPaymentDetailsSchema: JsonSchema = {
  type: 'object',
  required: ['source'],
  properties: { source: { const: { value: 'manual' } }, sourceReference: { type: ['string', 'null'] } },
};
/** components/schemas/LinkedPaymentDetails */
const LinkedPaymentDetailsSchema: JsonSchema = {
  type: 'object',
  required: ['source', 'sourceReference'],
  properties: {
    source: { type: 'string', minLength: 1, enum: ['payment-link', 'payment'] },
    sourceReference: { type: 'string', minLength: 1 },
  },
};
/** components/schemas/PaymentDetails */
const PaymentDetailsSchema: JsonSchema = { oneOf: [ManualPaymentDetailsSchema, LinkedPaymentDetailsSchema] };
/** components/schemas/EmailDetails */
const EmailDetailsSchema: JsonSchema = {
  type: 'object',
  required: ['subject', 'body'],
  properties: { subject: { type: 'string', minLength: 1 }, body: { type: 'string', minLength: 1 } },
};
/** components/schemas/RecipientType */
const RecipientTypeSchema: JsonSchema = { type: 'string', minLength: 1, enum: ['consumer', 'business'] };
/** components/schemas/PersonName */
const PersonNameSchema: JsonSchema = { type: ['string', 'null'], minLength: 2, pattern: /[^0-9]/u };
/** components/schemas/RecipientLocale */
const RecipientLocaleSchema: JsonSchema = {
  type: 'string',
  minLength: 1,
  enum: ['en_US', 'en_GB', 'nl_NL', 'nl_BE', 'de_DE', 'de_AT', 'de_CH', 'fr_FR', 'fr_BE'],
};
/** components/schemas/RecipientFields */
const RecipientFieldsSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'email', 'streetAndNumber', 'postalCode', 'city', 'country', 'locale'],
  properties: {
    type: RecipientTypeSchema,
    title: { type: ['string', 'null'] },
    givenName: PersonNameSchema,
    familyName: PersonNameSchema,
    organizationName: { type: ['string', 'null'] },
    organizationNumber: { type: ['string', 'null'] },
    vatNumber: { type: ['string', 'null'] },
    email: { type: 'string', minLength: 1, pattern: /^[^@]+@[^@]+$/u },
    phone: { type: ['string', 'null'] },
    streetAndNumber: { type: 'string', minLength: 1 },
    streetAdditional: { type: ['string', 'null'] },
    postalCode: { type: 'string', minLength: 1 },
    city: { type: 'string', minLength: 1 },
    region: { type: ['string', 'null'] },
    country: { type: 'string', minLength: 2, maxLength: 2, pattern: /^[A-Za-z]{2}$/u },
    locale: RecipientLocaleSchema,
  },
};
/** components/schemas/ConsumerRecipientRule */
const ConsumerRecipientRuleSchema: JsonSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: { const: { value: 'consumer' } } },
};
/** components/schemas/BusinessWithVatNumber */
const BusinessWithVatNumberSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'vatNumber'],
  properties: { type: { const: { value: 'business' } }, vatNumber: { type: 'string', minLength: 1 } },
};
/** components/schemas/BusinessWithOrganizationNumber */
const BusinessWithOrganizationNumberSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'organizationNumber'],
  properties: { type: { const: { value: 'business' } }, organizationNumber: { type: 'string', minLength: 1 } },
};
/** components/schemas/BusinessRecipientRule */
const BusinessRecipientRuleSchema: JsonSchema = {
  anyOf: [BusinessWithVatNumberSchema, BusinessWithOrganizationNumberSchema],
};
/** components/schemas/Recipient */
const RecipientSchema: JsonSchema = {
  allOf: [RecipientFieldsSchema, { oneOf: [ConsumerRecipientRuleSchema, BusinessRecipientRuleSchema] }],
};
/** components/schemas/Amount */
const AmountSchema: JsonSchema = {
  type: 'object',
  required: ['currency', 'value'],
  properties: {
    currency: { type: 'string', minLength: 3, maxLength: 3, pattern: /^[A-Za-z]{3}$/u },
    value: { type: 'string', minLength: 1, pattern: /^-?[0-9]+(\.[0-9]{1,4})?$/u },
  },
};
/** components/schemas/DiscountType */
const DiscountTypeSchema: JsonSchema = { type: 'string', minLength: 1, enum: ['amount', 'percentage'] };
/** components/schemas/Discount */
const DiscountSchema: JsonSchema = {
  type: 'object',
  required: ['type', 'value'],
  properties: {
    type: DiscountTypeSchema,
    value: { type: 'string', minLength: 1, pattern: /^[0-9]+(\.[0-9]{1,4})?$/u },
  },
};
/** components/schemas/NullableDiscount */
const NullableDiscountSchema: JsonSchema = { anyOf: [DiscountSchema, { type: 'null' }] };
/** components/schemas/LineItem */
const LineItemSchema: JsonSchema = {
  type: 'object',
  required: ['description', 'quantity', 'vatRate', 'unitPrice'],
  properties: {
    description: { type: 'string', minLength: 1, maxLength: 100 },
    quantity: { type: 'integer', minimum: 1 },
    vatRate: { type: 'string', minLength: 1, pattern: /^[0-9]+(\.[0-9]+)?$/u },
    unitPrice: AmountSchema,
    discount: NullableDiscountSchema,
  },
};
/** components/schemas/CustomerId */
const CustomerIdSchema: JsonSchema = {
  type: 'string',
  minLength: 5,
  maxLength: 32,
  pattern: /^cst_[0-9A-Za-z]{1,28}$/u,
  patternDescription: 'a customer id: `cst_` followed by 1 to 28 letters and digits',
};
/** components/schemas/MandateId */
const MandateIdSchema: JsonSchema = {
  type: 'string',
  minLength: 5,
  maxLength: 32,
  pattern: /^mdt_[0-9A-Za-z]{1,28}$/u,
  patternDescription: 'a mandate id: `mdt_` followed by 1 to 28 letters and digits',
};
/** components/schemas/SalesInvoiceUpdateFields */
const SalesInvoiceUpdateFieldsSchema: JsonSchema = {
  type: 'object',
  properties: {
    testmode: { type: 'boolean' },
    status: SalesInvoiceStatusUpdateSchema,
    memo: { type: ['string', 'null'] },
    paymentTerm: PaymentTermSchema,
    paymentDetails: PaymentDetailsSchema,
    emailDetails: { anyOf: [EmailDetailsSchema, { type: 'null' }] },
    recipientIdentifier: { type: 'string', minLength: 1 },
    recipient: { anyOf: [RecipientSchema, { type: 'null' }] },
    lines: { type: ['array', 'null'], minItems: 1, items: LineItemSchema },
    discount: NullableDiscountSchema,
    isEInvoice: { type: 'boolean' },
    customerId: CustomerIdSchema,
    mandateId: MandateIdSchema,
  },
};
/** components/schemas/PaidStatusRule */
const PaidStatusRuleSchema: JsonSchema = {
  type: 'object',
  required: ['status', 'paymentDetails'],
  properties: { status: { const: { value: 'paid' } }, paymentDetails: PaymentDetailsSchema },
};
/** components/schemas/IssuedStatusRule */
const IssuedStatusRuleSchema: JsonSchema = {
  type: 'object',
  required: ['status', 'emailDetails'],
  properties: { status: { const: { value: 'issued' } }, emailDetails: EmailDetailsSchema },
};
/** components/schemas/OtherStatusRule */
const OtherStatusRuleSchema: JsonSchema = {
  type: 'object',
  properties: { status: { type: 'string', minLength: 1, enum: ['draft', 'cancelled'] } },
};
/** components/schemas/SalesInvoiceUpdate */
const SalesInvoiceUpdateSchema: JsonSchema = {
  minProperties: 1,
  allOf: [
    SalesInvoiceUpdateFieldsSchema,
    { oneOf: [PaidStatusRuleSchema, IssuedStatusRuleSchema, OtherStatusRuleSchema] },
  ],
};
/** components/schemas/ReturnedSalesInvoiceId */
const ReturnedSalesInvoiceIdSchema: JsonSchema = { type: 'string', pattern: /^invoice_.+$/u };
/** components/schemas/ProfileId */
const ProfileIdSchema: JsonSchema = { type: 'string' };
/** components/schemas/PaymentDetailsResponse */
const PaymentDetailsResponseSchema: JsonSchema = {
  type: 'object',
  properties: { source: { type: 'string' }, sourceReference: { type: ['string', 'null'] } },
};
/** components/schemas/EmailDetailsResponse */
const EmailDetailsResponseSchema: JsonSchema = {
  type: 'object',
  properties: { subject: { type: 'string' }, body: { type: 'string' } },
};
/** components/schemas/RecipientResponse */
const RecipientResponseSchema: JsonSchema = {
  type: 'object',
  properties: {
    type: { type: 'string' },
    title: { type: ['string', 'null'] },
    givenName: { type: ['string', 'null'] },
    familyName: { type: ['string', 'null'] },
    organizationName: { type: ['string', 'null'] },
    organizationNumber: { type: ['string', 'null'] },
    vatNumber: { type: ['string', 'null'] },
    email: { type: 'string' },
    phone: { type: ['string', 'null'] },
    streetAndNumber: { type: 'string' },
    streetAdditional: { type: ['string', 'null'] },
    postalCode: { type: 'string' },
    city: { type: 'string' },
    region: { type: ['string', 'null'] },
    country: { type: 'string' },
    locale: { type: 'string' },
  },
};
/** components/schemas/AmountResponse */
const AmountResponseSchema: JsonSchema = {
  type: 'object',
  required: ['currency', 'value'],
  properties: { currency: { type: 'string' }, value: { type: 'string' } },
};
/** components/schemas/DiscountResponse */
const DiscountResponseSchema: JsonSchema = {
  type: 'object',
  properties: { type: { type: 'string' }, value: { type: 'string' } },
};
/** components/schemas/LineItemResponse */
const LineItemResponseSchema: JsonSchema = {
  type: 'object',
  properties: {
    description: { type: 'string' },
    quantity: { type: 'integer' },
    vatRate: { type: 'string' },
    unitPrice: AmountResponseSchema,
    discount: { anyOf: [DiscountResponseSchema, { type: 'null' }] },
  },
};
/** components/schemas/Link */
const LinkSchema: JsonSchema = {
  type: 'object',
  required: ['href', 'type'],
  properties: { href: { type: 'string' }, type: { type: 'string' } },
};
/** components/schemas/NullableLink */
const NullableLinkSchema: JsonSchema = { anyOf: [LinkSchema, { type: 'null' }] };
/** components/schemas/SalesInvoiceLinks */
const SalesInvoiceLinksSchema: JsonSchema = {
  type: 'object',
  properties: {
    self: LinkSchema,
    invoicePayment: LinkSchema,
    pdfLink: NullableLinkSchema,
    dashboard: LinkSchema,
    documentation: LinkSchema,
    next: NullableLinkSchema,
    previous: NullableLinkSchema,
  },
};
/** components/schemas/SalesInvoice */
const SalesInvoiceSchema: JsonSchema = {
  type: 'object',
  required: ['resource', 'id', 'mode'],
  properties: {
    resource: { type: 'string' },
    id: ReturnedSalesInvoiceIdSchema,
    mode: { type: 'string' },
    invoiceNumber: { type: ['string', 'null'] },
    profileId: { anyOf: [ProfileIdSchema, { type: 'null' }] },
    status: { type: 'string' },
    eInvoiceStatus: { type: ['string', 'null'] },
    vatScheme: { type: 'string' },
    vatMode: { type: 'string' },
    currency: { type: 'string' },
    memo: { type: ['string', 'null'] },
    metadata: { type: ['object', 'null'], additionalProperties: true },
    paymentTerm: { type: ['string', 'null'] },
    paymentDetails: { type: ['array', 'null'], items: PaymentDetailsResponseSchema },
    emailDetails: { anyOf: [EmailDetailsResponseSchema, { type: 'null' }] },
    customerId: { type: 'string' },
    mandateId: { type: 'string' },
    recipientIdentifier: { type: 'string' },
    recipient: { anyOf: [RecipientResponseSchema, { type: 'null' }] },
    lines: { type: ['array', 'null'], items: LineItemResponseSchema },
    discount: { anyOf: [DiscountResponseSchema, { type: 'null' }] },
    isEInvoice: { type: 'boolean' },
    amountDue: AmountResponseSchema,
    subtotalAmount: AmountResponseSchema,
    totalAmount: AmountResponseSchema,
    totalVatAmount: AmountResponseSchema,
    discountedSubtotalAmount: AmountResponseSchema,
    createdAt: { type: 'string' },
    issuedAt: { type: ['string', 'null'] },
    paidAt: { type: ['string', 'null'] },
    dueAt: { type: ['string', 'null'] },
    _links: SalesInvoiceLinksSchema,
  },
};

/** Everything updateSalesInvoice sends, as one value: `{ path, query, header, body }`. */
export const updateSalesInvoiceRequestSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path', 'body'],
  properties: {
    path: {
      type: 'object',
      additionalProperties: false,
      required: ['salesInvoiceId'],
      properties: { salesInvoiceId: SalesInvoiceIdSchema },
    },
    header: {
      type: 'object',
      additionalProperties: false,
      required: [],
      properties: { 'Idempotency-Key': { type: 'string', minLength: 1, maxLength: 255, pattern: /^[!-~]+$/u } },
    },
    body: SalesInvoiceUpdateSchema,
  },
};
/** The 200 body of updateSalesInvoice. */
export const updateSalesInvoiceResponseSchema: JsonSchema = SalesInvoiceSchema;
/**
 * Every success body `validateResponses` checks, by operationId and status. A full client has them;
 * pass them to a core as `responseSchemas`. Only an app that imports them carries them.
 */
export const mollieResponseSchemas: ResponseSchemas = {
  api: 'mollie',
  operations: { updateSalesInvoice: { '200': updateSalesInvoiceResponseSchema } },
};
