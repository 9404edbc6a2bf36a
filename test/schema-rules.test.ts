// The contract's rules as a JSON Schema validator sees them (Ajv, draft 2020-12, fed the spec
// itself): what TypeScript enforces at compile time must also hold for any validator, so the
// rules work for users who validate with their own tools.
import { describe, expect, it } from 'vitest';
import { INVOICE_LINE, MINIMAL_INVOICE, RECIPIENT_ADDRESS } from './helpers/sample-values.js';
import { specValidator } from './helpers/spec-ajv.js';

const mollie = (schema: string) => specValidator('mollie.yaml', `#/components/schemas/${schema}`);
const asset = (schema: string) => specValidator('asset.yaml', `#/components/schemas/${schema}`);

const address = RECIPIENT_ADDRESS;
const line = INVOICE_LINE;

type Row = [description: string, schema: string, value: unknown];

const mollieValid: Row[] = [
  ['a memo alone', 'SalesInvoiceUpdate', { memo: 'Thanks' }],
  ['paid with manual payment details', 'SalesInvoiceUpdate', { status: 'paid', paymentDetails: { source: 'manual' } }],
  [
    'paid with a payment link and its reference',
    'SalesInvoiceUpdate',
    { status: 'paid', paymentDetails: { source: 'payment-link', sourceReference: 'pl_x' } },
  ],
  ['issued with email details', 'SalesInvoiceUpdate', { status: 'issued', emailDetails: { subject: 's', body: 'b' } }],
  ['draft and cancelled need nothing else', 'SalesInvoiceUpdate', { status: 'cancelled' }],
  ['a null payment term and discount', 'SalesInvoiceUpdate', { paymentTerm: null, discount: null }],
  ['a consumer recipient', 'SalesInvoiceUpdate', { recipient: { type: 'consumer', givenName: 'Ada', ...address } }],
  [
    'a business recipient with a VAT number',
    'SalesInvoiceUpdate',
    { recipient: { type: 'business', vatNumber: 'NL1', ...address } },
  ],
  [
    'a business recipient with both numbers',
    'SalesInvoiceUpdate',
    { recipient: { type: 'business', vatNumber: 'NL1', organizationNumber: '1', ...address } },
  ],
  [
    'lines with a line discount',
    'SalesInvoiceUpdate',
    { lines: [{ ...line, discount: { type: 'percentage', value: '10' } }] },
  ],
  // Issue 15: no documented rule refuses these, so they are left to Mollie.
  ['a field the contract does not list', 'SalesInvoiceUpdate', { memo: 'x', currency: 'EUR' }],
  [
    'a lower-case currency',
    'SalesInvoiceUpdate',
    { lines: [{ ...line, unitPrice: { currency: 'eur', value: '1.00' } }] },
  ],
  [
    'a response with a status Mollie added later',
    'SalesInvoice',
    { resource: 'sales-invoice', id: 'invoice_abc', mode: 'test', status: 'payment_reversed' },
  ],
  [
    'a response with an unknown mode and extra fields',
    'SalesInvoice',
    { resource: 'sales-invoice', id: 'invoice_abc', mode: 'sandbox', newField: 1 },
  ],
];

const mollieInvalid: Row[] = [
  ['an empty body', 'SalesInvoiceUpdate', {}],
  ['paid without payment details', 'SalesInvoiceUpdate', { status: 'paid' }],
  ['issued without email details', 'SalesInvoiceUpdate', { status: 'issued' }],
  ['issued with null email details', 'SalesInvoiceUpdate', { status: 'issued', emailDetails: null }],
  [
    'a payment link without its reference',
    'SalesInvoiceUpdate',
    { status: 'paid', paymentDetails: { source: 'payment-link' } },
  ],
  [
    'a payment without its reference',
    'SalesInvoiceUpdate',
    { status: 'paid', paymentDetails: { source: 'payment', sourceReference: null } },
  ],
  ['an unknown payment term', 'SalesInvoiceUpdate', { paymentTerm: '15 days' }],
  ['a status that can only be read', 'SalesInvoiceUpdate', { status: 'overdue' }],
  [
    'a business recipient without VAT or organization number',
    'SalesInvoiceUpdate',
    { recipient: { type: 'business', ...address } },
  ],
  [
    'a recipient without a locale',
    'SalesInvoiceUpdate',
    { recipient: { type: 'consumer', ...address, locale: undefined } },
  ],
  ['a one-letter given name', 'SalesInvoiceUpdate', { recipient: { type: 'consumer', givenName: 'A', ...address } }],
  [
    'a given name of digits only',
    'SalesInvoiceUpdate',
    { recipient: { type: 'consumer', givenName: '1234', ...address } },
  ],
  ['a quantity of zero', 'SalesInvoiceUpdate', { lines: [{ ...line, quantity: 0 }] }],
  ['a description over 100 characters', 'SalesInvoiceUpdate', { lines: [{ ...line, description: 'x'.repeat(101) }] }],
  [
    'an amount in exponent notation',
    'SalesInvoiceUpdate',
    { lines: [{ ...line, unitPrice: { currency: 'EUR', value: '1e5' } }] },
  ],
  ['an empty list of lines', 'SalesInvoiceUpdate', { lines: [] }],
  ['a sales invoice id with a path in it', 'SalesInvoiceId', 'invoice_abc/../x'],
  ["Mollie's own invoice id", 'SalesInvoiceId', 'inv_abc'],
  ['a response without its id', 'SalesInvoice', { resource: 'sales-invoice', mode: 'test' }],
];

const assetValid: Row[] = [
  ['each documented invoice status', 'InvoiceStatusUpdate', { status: 'partially_refunded' }],
  ['a bill number alone', 'BillUpdate', { number: 'BILL-002' }],
  ['documented nulls', 'BillUpdate', { status: null, due_at: null }],
  [
    'a new line with the fields it needs',
    'BillUpdate',
    { line_changes: { create_lines: [{ amount: 1.5, ledger_id: 'ldg_ErisumsAc7qgmbTctM7zKK' }] } },
  ],
  [
    'an invoice with a source Asset added later',
    'Invoice',
    {
      business_id: 'biz_GA6EG2qFxA97NZHtxeLPUy',
      number: 'INV-1',
      description: 'x',
      total_amount: 1,
      source: 'quickbooks',
      due_at: '2025-03-01T00:00:00Z',
      sent_at: '2025-02-01T00:00:00Z',
      status: 'paid',
      id: 'inv_WQMDNUHpBThYSNh4AprDBo',
      customer_id: 'cus_WxcM3ypJ5boFxsNQzcqRXe',
    },
  ],
];

const assetInvalid: Row[] = [
  ['no status', 'InvoiceStatusUpdate', {}],
  ['an unknown status', 'InvoiceStatusUpdate', { status: 'closed' }],
  ['an unknown field', 'InvoiceStatusUpdate', { status: 'paid', note: 'x' }],
  ['an empty bill update', 'BillUpdate', {}],
  ['an invoice status on a bill', 'BillUpdate', { status: 'refunded' }],
  ['a new line without a ledger', 'BillUpdate', { line_changes: { create_lines: [{ amount: 1 }] } }],
  [
    'a ledger id with the wrong prefix',
    'BillUpdate',
    { line_changes: { create_lines: [{ amount: 1, ledger_id: 'led_x' }] } },
  ],
  ['a number over 255 characters', 'BillUpdate', { number: 'x'.repeat(256) }],
  ['a date that is not a date-time', 'BillUpdate', { due_at: '2025-03-01' }],
  ['an invoice id with a slash', 'InvoiceId', 'inv_abc/def'],
  ['an invoice id with a character outside Base58', 'InvoiceId', 'inv_0OIl'],
  ['a bill id as a business id', 'BusinessId', 'bil_WQMDNUHpBThYSNh4AprDBo'],
  [
    'an invoice without its customer',
    'Invoice',
    Object.fromEntries(Object.entries(MINIMAL_INVOICE).filter(([key]) => key !== 'customer_id')),
  ],
];

describe('Mollie rules, as JSON Schema', () => {
  it.each(mollieValid)('accepts %s', (_name, schema, value) => {
    const validate = mollie(schema);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });
  it.each(mollieInvalid)('rejects %s', (_name, schema, value) => {
    expect(mollie(schema)(JSON.parse(JSON.stringify(value)))).toBe(false);
  });
});

describe('Asset rules, as JSON Schema', () => {
  it.each(assetValid)('accepts %s', (_name, schema, value) => {
    const validate = asset(schema);
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
  });
  it.each(assetInvalid)('rejects %s', (_name, schema, value) => {
    expect(asset(schema)(value)).toBe(false);
  });
});
