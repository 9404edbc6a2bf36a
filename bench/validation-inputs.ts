// The requests bench/validation-cost.ts validates: per operation a minimal, a typical and a
// full-size one, each the whole `{ path, header?, body }` value the runtime checks before sending.
// All are valid: the bench refuses to time a validator that rejects one of them.

import { BILL_ID, BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from '../test/helpers/sample-values.js';

export type OperationId = 'updateInvoiceStatus' | 'updateBill' | 'updateSalesInvoice';

export interface RequestInput {
  readonly operationId: OperationId;
  readonly kind: 'minimal' | 'typical' | 'full';
  /** What the request is, for the report. */
  readonly description: string;
  readonly request: {
    readonly path: Record<string, string>;
    readonly header?: Record<string, string>;
    readonly body: unknown;
  };
}

function times<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

const fullBill = {
  number: 'BILL-002',
  description: 'Updated office supplies',
  due_at: '2025-03-01T00:00:00Z',
  issued_at: '2025-01-20T00:00:00Z',
  status: 'open',
  line_changes: {
    create_lines: times(10, (index) => ({
      description: `Printer paper, ${index + 1} boxes`,
      number: String(index + 3),
      amount: 120.52 + index,
      ledger_id: 'ldg_ErisumsAc7qgmbTctM7zKK',
      metadata_: { cost_center: 'OPS', project: `P-${index}` },
    })),
    delete_lines: times(5, (index) => `bill_line_9cTgH2kLmN3pQrS4tUvWx${index}`),
  },
};

const fullSalesInvoice = {
  status: 'draft',
  memo: 'Thank you for your order. Payment within the agreed term is appreciated.',
  paymentTerm: '30 days',
  recipientIdentifier: 'customer-xyz-0123',
  recipient: {
    type: 'business',
    title: 'Mrs.',
    givenName: 'Given',
    familyName: 'Family',
    organizationName: 'Organization Corp.',
    organizationNumber: '12345678',
    vatNumber: 'NL123456789B01',
    email: 'given.family@example.org',
    phone: '+31208202070',
    streetAndNumber: 'Keizersgracht 126',
    streetAdditional: '4th floor',
    postalCode: '1015 CW',
    city: 'Amsterdam',
    region: 'Noord-Holland',
    country: 'NL',
    locale: 'nl_NL',
  },
  lines: times(10, (index) => ({
    description: `LEGO set ${4440 + index}`,
    quantity: index + 1,
    vatRate: '21.00',
    unitPrice: { currency: 'EUR', value: `${89 + index}.00` },
    discount: index % 2 === 0 ? { type: 'percentage', value: '10' } : null,
  })),
  discount: { type: 'amount', value: '5.00' },
  emailDetails: { subject: 'Your invoice INV-0000001', body: 'Dear customer,\nPlease find your invoice attached.' },
  isEInvoice: false,
};

export const REQUEST_INPUTS: readonly RequestInput[] = [
  {
    operationId: 'updateInvoiceStatus',
    kind: 'minimal',
    description: 'status only',
    request: { path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'paid' } },
  },
  {
    operationId: 'updateInvoiceStatus',
    kind: 'typical',
    description: "the spec's markPaid example, with x-user-id (as in the README)",
    request: {
      path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
      header: { 'x-user-id': 'accounts@example.com' },
      body: { status: 'paid' },
    },
  },
  {
    operationId: 'updateInvoiceStatus',
    kind: 'full',
    description: 'every field the operation takes (status and x-user-id)',
    request: {
      path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
      header: { 'x-user-id': 'billing-service@example.com' },
      body: { status: 'voided' },
    },
  },
  {
    operationId: 'updateBill',
    kind: 'minimal',
    description: 'one field (due_at)',
    request: { path: { business_id: BUSINESS_ID, bill_id: BILL_ID }, body: { due_at: '2025-03-01T00:00:00Z' } },
  },
  {
    operationId: 'updateBill',
    kind: 'typical',
    description: "the spec's renumberAndAddLine example: five fields, one new line, one deleted line",
    request: {
      path: { business_id: BUSINESS_ID, bill_id: BILL_ID },
      body: {
        number: 'BILL-002',
        description: 'Updated office supplies',
        due_at: '2025-03-01T00:00:00Z',
        issued_at: '2025-01-20T00:00:00Z',
        status: 'open',
        line_changes: {
          create_lines: [
            {
              description: 'Printer paper, 10 boxes',
              number: '3',
              amount: 120.52,
              ledger_id: 'ldg_ErisumsAc7qgmbTctM7zKK',
              metadata_: { cost_center: 'OPS' },
            },
          ],
          delete_lines: ['bill_line_9cTgH2kLmN3pQrS4tUvWxY'],
        },
      },
    },
  },
  {
    operationId: 'updateBill',
    kind: 'full',
    description: 'every field, 10 new lines with metadata, 5 deleted lines',
    request: { path: { business_id: BUSINESS_ID, bill_id: BILL_ID }, body: fullBill },
  },
  {
    operationId: 'updateSalesInvoice',
    kind: 'minimal',
    description: 'one field (memo)',
    request: { path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'Thanks' } },
  },
  {
    operationId: 'updateSalesInvoice',
    kind: 'typical',
    description: "the spec's markPaid example: status paid with a payment-link reference",
    request: {
      path: { salesInvoiceId: SALES_INVOICE_ID },
      body: { status: 'paid', paymentDetails: { source: 'payment-link', sourceReference: 'pl_d9fQur83kFdhH8hIhaZfq' } },
    },
  },
  {
    operationId: 'updateSalesInvoice',
    kind: 'full',
    description: 'a draft with every field: business recipient, 10 lines with discounts, Idempotency-Key',
    request: {
      path: { salesInvoiceId: SALES_INVOICE_ID },
      header: { 'Idempotency-Key': '3f1c2a64-8d8e-4c1b-9a55-1f2e3d4c5b6a' },
      body: fullSalesInvoice,
    },
  },
];
