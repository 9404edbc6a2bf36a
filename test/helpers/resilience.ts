// Shared by test/resilience/: authentication, retries, timeouts and cancellation through the
// generated clients, against a real server on 127.0.0.1 that scripts every answer
// (./test-server.ts). Each test asserts what the SERVER saw (request counts, headers, bodies) and
// how the call ended (error class and fields). Retry delays are a few milliseconds, so each file
// runs in a few seconds. These are the requests, the scripted answers and the after-each contract
// check those files share.
import { afterEach, expect } from 'vitest';
import type {
  RetryPolicy,
  UpdateBillRequest,
  UpdateInvoiceStatusRequest,
  UpdateSalesInvoiceRequest,
} from '../../src/index.js';
import { contractViolations } from './contract-server.js';
import { responseExample } from './examples.js';
import { closeTestServers, type Reply, type TestRequest } from './test-server.js';
import { BILL_ID, BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from './sample-values.js';

export const TOKEN_PATH = '/v0/auth/token';
export const INVOICE_PATH = `/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`;
export const BILL_PATH = `/v0/business/${BUSINESS_ID}/bills/${BILL_ID}`;

export const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
export const billExample = responseExample('asset.yaml', 'updateBill', '200', 'updatedBill');
export const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');

/** Small delays, so that retries take milliseconds. */
export const FAST = { initialDelayMs: 5, maxDelayMs: 20 } as const satisfies Partial<RetryPolicy>;

export const CREDENTIALS = { clientId: 'client_3kT9', clientSecret: 'secret-Wq8vZ2pLx7' } as const;

export const statusRequest: UpdateInvoiceStatusRequest = {
  path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
  body: { status: 'paid' },
};
/** Adds a bill line: applying it twice would add the line twice, so it is not repeatable. */
export const billWithNewLine: UpdateBillRequest = {
  path: { business_id: BUSINESS_ID, bill_id: BILL_ID },
  body: {
    line_changes: {
      create_lines: [{ amount: 120.52, ledger_id: 'ldg_ErisumsAc7qgmbTctM7zKK', description: 'Printer paper' }],
    },
  },
};
/** Sets fields only: repeatable. */
export const billFieldsOnly: UpdateBillRequest = {
  path: { business_id: BUSINESS_ID, bill_id: BILL_ID },
  body: { number: 'BILL-002', line_changes: { create_lines: [], delete_lines: ['bill_line_9cTgH2kLmN3pQrS4tUvWxY'] } },
};
/** Issuing sends the invoice to the customer: not repeatable. */
export const issueRequest: UpdateSalesInvoiceRequest = {
  path: { salesInvoiceId: SALES_INVOICE_ID },
  body: { status: 'issued', emailDetails: { subject: 'Your invoice', body: 'Please find it attached.' } },
};
export const memoRequest: UpdateSalesInvoiceRequest = {
  path: { salesInvoiceId: SALES_INVOICE_ID },
  body: { memo: 'Thank you for your business.' },
};
export const testmodeRequest: UpdateSalesInvoiceRequest = {
  path: { salesInvoiceId: SALES_INVOICE_ID },
  body: { memo: 'Thank you.', testmode: true },
};

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** An HTTP answer (not a dropped or hanging connection). */
export type Answer = Reply;

export function json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Answer {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body };
}
export const invoiceOk = (): Answer => json(200, invoiceExample);
export const billOk = (): Answer => json(200, billExample);
export const salesInvoiceOk = (): Answer => ({
  status: 200,
  headers: { 'content-type': 'application/hal+json' },
  body: salesInvoiceExample,
});
export const failWith = (status: number, headers: Readonly<Record<string, string>> = {}): Answer =>
  json(status, { message: `scripted ${status}` }, headers);
export const tokenOk = (token: string): Answer =>
  json(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the call resolved, but it was expected to reject');
}

export function authorizations(requests: readonly TestRequest[]): (string | undefined)[] {
  return requests.map((request) => request.headers['authorization']);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * After each test: close the servers it started, and check every request they received against
 * the spec, independently of the SDK's own checks.
 */
export function checkRequestsAgainstTheSpec(): void {
  afterEach(async () => {
    // Independent contract check: every request the servers received is valid for the spec (Ajv fed the YAML).
    const received = await closeTestServers();
    expect(received.flatMap((request) => contractViolations(request, ['asset.yaml', 'mollie.yaml']))).toEqual([]);
  });
}
