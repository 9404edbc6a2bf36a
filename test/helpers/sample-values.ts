// Valid building blocks of Mollie request bodies, shared by the tests that vary one field at a time.

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
