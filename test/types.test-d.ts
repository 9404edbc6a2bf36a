// Compile-time behaviour of the generated API, checked by tsc with the project's strict settings
// (vitest typecheck). Each `@ts-expect-error` must be needed: if the types stop rejecting the
// misuse below it, the run fails.
import { describe, expectTypeOf, it } from 'vitest';
import type { Invoice, InvoiceId } from '../generated/asset/index.js';
import type { SalesInvoice, SalesInvoiceUpdate } from '../generated/mollie/index.js';
import {
  createAssetClient,
  createAssetCore,
  createMollieClient,
  createMollieCore,
  updateBill,
  updateInvoiceStatus,
  updateSalesInvoice,
  updateSalesInvoiceWithResponse,
  type UpdateBillRequest,
  type UpdateInvoiceStatusRequest,
  type UpdateInvoiceStatusResponse,
  type UpdateSalesInvoiceError,
  type UpdateSalesInvoiceRequest,
  type UpdateSalesInvoiceResponse,
  type UpdateSalesInvoiceResponseHeaders,
} from '../src/index.js';

const asset = createAssetClient({ token: 't' });
const mollie = createMollieClient({ token: 'test_x' });
const business_id = 'biz_GA6EG2qFxA97NZHtxeLPUy';
const invoice_id = 'inv_WQMDNUHpBThYSNh4AprDBo';
const bill_id = 'bil_WQMDNUHpBThYSNh4AprDBo';
const salesInvoiceId = 'invoice_4Y0eZitmBnQ6IDoMqZQKh';

describe('Asset updateInvoiceStatus', () => {
  it('accepts every documented status and the optional x-user-id header', () => {
    for (const status of ['open', 'paid', 'uncollectible', 'voided', 'refunded', 'partially_refunded'] as const) {
      void asset.updateInvoiceStatus({ path: { business_id, invoice_id }, body: { status } });
    }
    void asset.updateInvoiceStatus({ path: { business_id, invoice_id }, header: { 'x-user-id': 'a@b.c' }, body: { status: 'paid' } });
  });

  it('rejects a wrong enum value, a missing status, an unknown field and a missing body', () => {
    // @ts-expect-error 'closed' is not an invoice status
    void asset.updateInvoiceStatus({ path: { business_id, invoice_id }, body: { status: 'closed' } });
    // @ts-expect-error status is required
    void asset.updateInvoiceStatus({ path: { business_id, invoice_id }, body: {} });
    // @ts-expect-error unknown body field
    void asset.updateInvoiceStatus({ path: { business_id, invoice_id }, body: { status: 'paid', note: 'x' } });
    // @ts-expect-error the body is required
    void asset.updateInvoiceStatus({ path: { business_id, invoice_id } });
  });

  it('has no internal property a user could reach by name', () => {
    // The runtime's parts are under a symbol the package does not export.
    // @ts-expect-error `runtime` is not a property of a client
    void asset.runtime;
    expectTypeOf<keyof typeof asset & string>().toEqualTypeOf<'api' | 'baseUrl' | 'http' | 'updateBill' | 'updateInvoiceStatus'>();
  });

  it('rejects identifiers with the wrong prefix', () => {
    // @ts-expect-error a bill id is not an invoice id
    void asset.updateInvoiceStatus({ path: { business_id, invoice_id: bill_id }, body: { status: 'paid' } });
    // @ts-expect-error an invoice id is not a business id
    void asset.updateInvoiceStatus({ path: { business_id: invoice_id, invoice_id }, body: { status: 'paid' } });
    // @ts-expect-error a plain string is not an invoice id
    const plain: InvoiceId = 'WQMDNUHpBThYSNh4AprDBo';
    void plain;
  });

  it('resolves with the envelope whose data is a typed invoice with open enums', () => {
    expectTypeOf(asset.updateInvoiceStatus).returns.resolves.toEqualTypeOf<UpdateInvoiceStatusResponse>();
    expectTypeOf<UpdateInvoiceStatusResponse['data']>().toEqualTypeOf<Invoice>();
    expectTypeOf<Invoice['id']>().toEqualTypeOf<`inv_${string}`>();
    // A status Asset adds later still type-checks; the documented ones remain literals.
    const later: Invoice['status'] = 'disputed';
    const known: Invoice['status'] = 'paid';
    void [later, known];
    expectTypeOf<Invoice['voided_at']>().toEqualTypeOf<string | null | undefined>();
  });
});

describe('Asset updateBill', () => {
  it('accepts any subset of the documented fields, with nulls where documented', () => {
    void asset.updateBill({ path: { business_id, bill_id }, body: { number: 'BILL-002' } });
    void asset.updateBill({ path: { business_id, bill_id }, body: { status: null, description: null } });
    void asset.updateBill({
      path: { business_id, bill_id },
      body: { line_changes: { create_lines: [{ amount: 1.5, ledger_id: 'ldg_x' }], delete_lines: ['bill_line_1'] } },
    });
  });

  it('rejects invoice statuses, incomplete new lines, wrong ledger prefixes and unknown fields', () => {
    // @ts-expect-error 'refunded' is an invoice status, not a bill status
    void asset.updateBill({ path: { business_id, bill_id }, body: { status: 'refunded' } });
    // @ts-expect-error a new line needs an amount
    void asset.updateBill({ path: { business_id, bill_id }, body: { line_changes: { create_lines: [{ ledger_id: 'ldg_x' }] } } });
    // @ts-expect-error ledger ids start with ldg_
    void asset.updateBill({ path: { business_id, bill_id }, body: { line_changes: { create_lines: [{ amount: 1, ledger_id: 'led_x' }] } } });
    // @ts-expect-error update_lines does not exist
    void asset.updateBill({ path: { business_id, bill_id }, body: { line_changes: { update_lines: [] } } });
    // @ts-expect-error an invoice id is not a bill id
    void asset.updateBill({ path: { business_id, bill_id: invoice_id }, body: { number: 'x' } });
  });

  it('has no x-user-id header, as documented', () => {
    expectTypeOf<UpdateBillRequest>().not.toHaveProperty('header');
    expectTypeOf<UpdateInvoiceStatusRequest>().toHaveProperty('header');
  });
});

describe('Mollie updateSalesInvoice', () => {
  const path = { salesInvoiceId } as const;

  it('accepts a draft change, issuing with email details, and paying with payment details', () => {
    void mollie.updateSalesInvoice({ path, body: { memo: 'Thanks', paymentTerm: '14 days' } });
    void mollie.updateSalesInvoice({ path, body: { paymentTerm: null, discount: null } });
    void mollie.updateSalesInvoice({ path, body: { status: 'issued', emailDetails: { subject: 's', body: 'b' } } });
    void mollie.updateSalesInvoice({ path, body: { status: 'paid', paymentDetails: { source: 'manual' } } });
    void mollie.updateSalesInvoice({ path, body: { status: 'paid', paymentDetails: { source: 'payment', sourceReference: 'tr_x' } } });
    void mollie.updateSalesInvoice({ path, body: { status: 'draft' } });
    void mollie.updateSalesInvoice({ path, header: { 'Idempotency-Key': 'k' }, body: { status: 'cancelled' } });
  });

  it('rejects status paid without paymentDetails and status issued without emailDetails', () => {
    // @ts-expect-error paid needs paymentDetails
    void mollie.updateSalesInvoice({ path, body: { status: 'paid' } });
    // @ts-expect-error issued needs emailDetails
    void mollie.updateSalesInvoice({ path, body: { status: 'issued' } });
    // @ts-expect-error issued needs emailDetails, not null
    void mollie.updateSalesInvoice({ path, body: { status: 'issued', emailDetails: null } });
    // @ts-expect-error a payment link payment needs its sourceReference
    void mollie.updateSalesInvoice({ path, body: { status: 'paid', paymentDetails: { source: 'payment-link' } } });
  });

  it('rejects wrong enum values, unknown fields and invalid lines', () => {
    // @ts-expect-error '15 days' is not a payment term
    void mollie.updateSalesInvoice({ path, body: { paymentTerm: '15 days' } });
    // @ts-expect-error 'overdue' can be read but not set
    void mollie.updateSalesInvoice({ path, body: { status: 'overdue' } });
    // @ts-expect-error unknown body field
    void mollie.updateSalesInvoice({ path, body: { memo: 'x', currency: 'EUR' } });
    // @ts-expect-error a line needs vatRate and unitPrice
    void mollie.updateSalesInvoice({ path, body: { lines: [{ description: 'x', quantity: 1 }] } });
  });

  it('requires a business recipient to carry a VAT or organization number', () => {
    const address = { email: 'a@b.c', streetAndNumber: 's 1', postalCode: '1', city: 'c', country: 'NL', locale: 'nl_NL' } as const;
    void mollie.updateSalesInvoice({ path, body: { recipient: { type: 'consumer', ...address } } });
    void mollie.updateSalesInvoice({ path, body: { recipient: { type: 'business', vatNumber: 'NL1', ...address } } });
    // @ts-expect-error a business recipient needs vatNumber or organizationNumber
    void mollie.updateSalesInvoice({ path, body: { recipient: { type: 'business', ...address } } });
  });

  it('rejects an id from another Mollie resource', () => {
    // @ts-expect-error Mollie's own invoices (inv_) are not sales invoices (invoice_)
    void mollie.updateSalesInvoice({ path: { salesInvoiceId: 'inv_x' }, body: { memo: 'x' } });
  });

  it('resolves with a sales invoice whose status is open to new values, and types its error bodies', () => {
    expectTypeOf<UpdateSalesInvoiceResponse>().toEqualTypeOf<SalesInvoice>();
    const later: SalesInvoice['status'] = 'some-future-status';
    const known: SalesInvoice['status'] = 'paid';
    void [later, known];
    expectTypeOf<SalesInvoice['paymentDetails']>().toEqualTypeOf<
      { source?: 'manual' | 'payment-link' | 'payment' | (string & {}); sourceReference?: string | null }[] | null | undefined
    >();
    expectTypeOf<UpdateSalesInvoiceError['detail']>().toEqualTypeOf<string>();
    expectTypeOf<UpdateSalesInvoiceRequest['body']>().toEqualTypeOf<SalesInvoiceUpdate>();
  });
});

describe('clients', () => {
  it('offer only the environments the spec names', () => {
    void createAssetClient({ token: 't', environment: 'production' });
    // @ts-expect-error Asset has no staging server
    void createAssetClient({ token: 't', environment: 'staging' });
    // @ts-expect-error a token is required
    void createMollieClient({});
  });

  it('do not mix providers: an Asset operation refuses a Mollie transport', () => {
    const assetCore = createAssetCore({ token: 't' });
    const mollieCore = createMollieCore({ token: 'test_x' });
    void updateInvoiceStatus(assetCore, { path: { business_id, invoice_id }, body: { status: 'paid' } });
    void updateSalesInvoice(mollieCore, { path: { salesInvoiceId }, body: { memo: 'x' } });
    // @ts-expect-error a Mollie core cannot run an Asset operation
    void updateBill(mollieCore, { path: { business_id, bill_id }, body: { number: 'x' } });
  });
});

describe('the response accessor', () => {
  it('types data as the plain result and the declared headers as the spec types them', async () => {
    const request: UpdateInvoiceStatusRequest = { path: { business_id, invoice_id }, body: { status: 'paid' } };
    expectTypeOf(await asset.updateInvoiceStatus(request)).toEqualTypeOf<UpdateInvoiceStatusResponse>();
    const full = await asset.updateInvoiceStatus(request).withResponse();
    expectTypeOf(full.data).toEqualTypeOf<UpdateInvoiceStatusResponse>();
    expectTypeOf(full.status).toEqualTypeOf<number>();
    expectTypeOf(full.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(full.response).toEqualTypeOf<Response>();
    expectTypeOf(full.declaredHeaders['x-ratelimit-remaining']).toEqualTypeOf<number | undefined>();
    // @ts-expect-error a header the spec does not declare is not among the typed ones
    void full.declaredHeaders['x-unknown'];
    const mollieFull = await updateSalesInvoiceWithResponse(createMollieCore({ token: 'test_x' }), {
      path: { salesInvoiceId },
      body: { memo: 'x' },
    });
    expectTypeOf(mollieFull.data).toEqualTypeOf<UpdateSalesInvoiceResponse>();
    expectTypeOf(mollieFull.declaredHeaders).toEqualTypeOf<Partial<UpdateSalesInvoiceResponseHeaders>>();
  });
});
