// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml
// Content sha256 11c0d0fcbd4ebc58 (of the text below this banner)

import type { components, operations } from './schema.js';

/** Identifier of a sales invoice, `invoice_` followed by letters and digits. */
export type SalesInvoiceId = components['schemas']['SalesInvoiceId'];
/**
 * Identifier of a Mollie website profile. Mollie's profile ids start with `pfl_`; a response is
 * not checked for it, as Mollie's OpenAPI description declares a plain string.
 */
export type ProfileId = components['schemas']['ProfileId'];
/** Identifier of a sales invoice as Mollie returns it, `invoice_` followed by anything. */
export type ReturnedSalesInvoiceId = components['schemas']['ReturnedSalesInvoiceId'];
/** Identifier of a Mollie customer, `cst_` followed by letters and digits. */
export type CustomerId = components['schemas']['CustomerId'];
/** Identifier of a Mollie mandate, `mdt_` followed by letters and digits. */
export type MandateId = components['schemas']['MandateId'];
/** A money amount with its currency. */
export type Amount = components['schemas']['Amount'];
/** A status to move a sales invoice to. */
export type SalesInvoiceStatusUpdate = components['schemas']['SalesInvoiceStatusUpdate'];
/** How long the recipient has to pay. Mollie uses 30 days when none is set. */
export type PaymentTerm = components['schemas']['PaymentTerm'];
/**
 * The payment that settles the invoice when it moves to `paid`. A payment made through a
 * Mollie payment or payment link must name it in `sourceReference`.
 */
export type PaymentDetails = components['schemas']['PaymentDetails'];
/** A payment recorded by hand, outside Mollie. */
export type ManualPaymentDetails = components['schemas']['ManualPaymentDetails'];
/** A payment made through a Mollie payment or payment link. */
export type LinkedPaymentDetails = components['schemas']['LinkedPaymentDetails'];
/** The email that carries the invoice to the recipient. */
export type EmailDetails = components['schemas']['EmailDetails'];
/** Whether the recipient is a person or an organization. */
export type RecipientType = components['schemas']['RecipientType'];
/** Language and region the invoice and email are written in. */
export type RecipientLocale = components['schemas']['RecipientLocale'];
/** A person's name part; at least two characters and not only digits. */
export type PersonName = components['schemas']['PersonName'];
/**
 * Who the invoice is addressed to. Mollie stores this under `recipientIdentifier` and reuses
 * it. A business recipient needs a VAT number, an organization number, or both. Changing
 * the recipient means sending the whole object.
 */
export type Recipient = components['schemas']['Recipient'];
/** A person; no organization details are needed. */
export type ConsumerRecipientRule = components['schemas']['ConsumerRecipientRule'];
/** An organization; it must carry a VAT number, an organization number, or both. */
export type BusinessRecipientRule = components['schemas']['BusinessRecipientRule'];
/** An organization identified by its VAT number. */
export type BusinessWithVatNumber = components['schemas']['BusinessWithVatNumber'];
/** An organization identified by its chamber of commerce number. */
export type BusinessWithOrganizationNumber = components['schemas']['BusinessWithOrganizationNumber'];
/** Every field a recipient can carry. */
export type RecipientFields = components['schemas']['RecipientFields'];
/** The recipient as Mollie returns it (without `locale`). */
export type RecipientResponse = components['schemas']['RecipientResponse'];
/** Whether a discount is a fixed amount or a percentage. */
export type DiscountType = components['schemas']['DiscountType'];
/** A discount on a line or on the whole invoice. */
export type Discount = components['schemas']['Discount'];
/** A discount, or null for none. */
export type NullableDiscount = components['schemas']['NullableDiscount'];
/** One line of a sales invoice. Every line must use the invoice's currency. */
export type LineItem = components['schemas']['LineItem'];
/**
 * Body of Update sales invoice. Send at least one field. `status: paid` needs
 * `paymentDetails`; `status: issued` needs `emailDetails`.
 */
export type SalesInvoiceUpdate = components['schemas']['SalesInvoiceUpdate'];
/** Moving to `paid` records a payment, so the payment must be described. */
export type PaidStatusRule = components['schemas']['PaidStatusRule'];
/** Moving to `issued` sends the invoice, so the email must be described. */
export type IssuedStatusRule = components['schemas']['IssuedStatusRule'];
/** No status change, or a change to `draft` or `cancelled`, needs no extra details. */
export type OtherStatusRule = components['schemas']['OtherStatusRule'];
/**
 * Every field Update sales invoice accepts. Fields this contract does not list are sent as
 * given and left to Mollie.
 */
export type SalesInvoiceUpdateFields = components['schemas']['SalesInvoiceUpdateFields'];
/** A sales invoice as Mollie returns it. */
export type SalesInvoice = components['schemas']['SalesInvoice'];
/** A money amount as Mollie returns it. */
export type AmountResponse = components['schemas']['AmountResponse'];
/** A payment recorded against the invoice. */
export type PaymentDetailsResponse = components['schemas']['PaymentDetailsResponse'];
/** The email used to send the invoice. */
export type EmailDetailsResponse = components['schemas']['EmailDetailsResponse'];
/** A discount as Mollie returns it. */
export type DiscountResponse = components['schemas']['DiscountResponse'];
/** One line of a sales invoice as Mollie returns it. */
export type LineItemResponse = components['schemas']['LineItemResponse'];
/** A link to a related resource. */
export type Link = components['schemas']['Link'];
/** A link, or null when there is nothing to link to. */
export type NullableLink = components['schemas']['NullableLink'];
/** Links from a sales invoice to related resources. */
export type SalesInvoiceLinks = components['schemas']['SalesInvoiceLinks'];
/** The body Mollie sends with every error status, as `application/hal+json`. */
export type ErrorResponse = components['schemas']['ErrorResponse'];
/** Links that come with an error. */
export type ErrorLinks = components['schemas']['ErrorLinks'];
/** Path parameters of {@link updateSalesInvoice}. */
export type UpdateSalesInvoicePathParams = NonNullable<operations['updateSalesInvoice']['parameters']['path']>;
/** Header parameters of {@link updateSalesInvoice}. */
export type UpdateSalesInvoiceHeaders = NonNullable<operations['updateSalesInvoice']['parameters']['header']>;
/** Request body of {@link updateSalesInvoice} (`application/json`). */
export type UpdateSalesInvoiceBody = NonNullable<
  operations['updateSalesInvoice']['requestBody']
>['content']['application/json'];

/** Everything {@link updateSalesInvoice} sends: parameters and body. */
export interface UpdateSalesInvoiceRequest {
  /** Path parameters. */
  readonly path: UpdateSalesInvoicePathParams;
  /** Header parameters. */
  readonly header?: UpdateSalesInvoiceHeaders;
  /** Request body. */
  readonly body: UpdateSalesInvoiceBody;
}

/** What {@link updateSalesInvoice} resolves with: the 200 response body. */
export type UpdateSalesInvoiceResponse =
  operations['updateSalesInvoice']['responses'][200]['content']['application/hal+json'];
/** The error bodies {@link updateSalesInvoice} may receive (400, 401, 403, 404, 409, 422, 429, 5XX), found on `ApiError.body`. */
export type UpdateSalesInvoiceError =
  | operations['updateSalesInvoice']['responses'][400]['content']['application/hal+json']
  | operations['updateSalesInvoice']['responses'][401]['content']['application/hal+json']
  | operations['updateSalesInvoice']['responses'][403]['content']['application/hal+json']
  | operations['updateSalesInvoice']['responses'][404]['content']['application/hal+json']
  | operations['updateSalesInvoice']['responses'][409]['content']['application/hal+json']
  | operations['updateSalesInvoice']['responses'][422]['content']['application/hal+json']
  | operations['updateSalesInvoice']['responses'][429]['content']['application/hal+json']
  | operations['updateSalesInvoice']['responses']['5XX']['content']['application/hal+json'];
/** The response headers the spec declares for the 200 response of {@link updateSalesInvoice}, read by `withResponse()`. */
export type UpdateSalesInvoiceResponseHeaders = Record<never, never>;
