// Valid building blocks of requests and of request and response bodies, shared by the tests (and the
// benchmarks) that vary one field at a time.

/** Identifiers that match the specs' id patterns. */
export const BUSINESS_ID = 'biz_GA6EG2qFxA97NZHtxeLPUy';
export const INVOICE_ID = 'inv_WQMDNUHpBThYSNh4AprDBo';
export const BILL_ID = 'bil_WQMDNUHpBThYSNh4AprDBo';
export const SALES_INVOICE_ID = 'invoice_4Y0eZitmBnQ6IDoMqZQKh';

/** Every required field of a recipient except `type` (and the business numbers). */
export const RECIPIENT_ADDRESS = {
  email: 'a@example.org',
  streetAndNumber: 'Keizersgracht 126',
  postalCode: '1015 CW',
  city: 'Amsterdam',
  country: 'NL',
  locale: 'nl_NL',
};

/** A complete sales invoice line. */
export const INVOICE_LINE = {
  description: 'LEGO',
  quantity: 1,
  vatRate: '21.00',
  unitPrice: { currency: 'EUR', value: '89.00' },
};

/** An Asset invoice with exactly its required fields. */
export const MINIMAL_INVOICE = {
  business_id: 'biz_a',
  number: 'n',
  description: 'd',
  total_amount: 1,
  source: 'manual',
  due_at: '2025-03-01T00:00:00Z',
  sent_at: '2025-03-01T00:00:00Z',
  status: 'open',
  id: 'inv_a',
  customer_id: 'cus_a',
};
