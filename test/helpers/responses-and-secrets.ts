// Shared by test/responses-and-secrets/: what callers get back when the answer is not what the
// spec promises, what the logging hook and the User-Agent say, and that no credential ends up in
// an error, a log event or the wrong server. These are the examples, the calls and the small
// helpers those files share; each file answers through its own contract server
// (./contract-server.ts).
import {
  createAssetClient,
  createMollieClient,
  type BearerToken,
  type ClientCredentials,
  type SharedClientOptions,
} from '../../src/index.js';
import { responseExample } from './examples.js';
import type { Reply } from './test-server.js';
import { BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from './sample-values.js';

export type Json = Record<string, unknown>;

export const INVOICE_PATH = `/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`;
export const SALES_INVOICE_PATH = `/v2/sales-invoices/${SALES_INVOICE_ID}`;
export const TOKEN_PATH = '/v0/auth/token';

export const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice') as Json;
export const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice') as Json;
export const mollieUnauthorized = responseExample('mollie.yaml', 'updateSalesInvoice', '401', 'badKey');
export const mollieUnprocessable = responseExample('mollie.yaml', 'updateSalesInvoice', '422', 'badTerm');
export const mollieUnavailable = responseExample('mollie.yaml', 'updateSalesInvoice', '5XX', 'unavailable');
export const assetUnprocessable = responseExample('asset.yaml', 'updateInvoiceStatus', '422', 'badStatus');

export const HTML_PAGE =
  '<!doctype html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>' +
  `<p>The upstream server did not answer.</p><p>${'Please try again in a few minutes. '.repeat(4)}</p></body></html>`;
/** The page as an error carries it: its control characters (here the line break) escaped. */
export const printed = (text: string): string => text.replace(/\n/gu, '\\u000a');

// Fast retries, so that a retried status costs milliseconds; three attempts as by default.
export const FAST_RETRY = { initialDelayMs: 1, maxDelayMs: 4, jitter: 0 } as const;

export function raw(status: number, body: string, headers: Record<string, string>): Reply {
  return { status, headers, body };
}

export function without(record: Json, field: string): Json {
  const { [field]: _removed, ...rest } = record;
  return rest;
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

/** Client options of either provider, for overriding the defaults of the helpers below. */
export interface TestOptions extends SharedClientOptions {
  readonly token?: BearerToken | undefined;
  readonly clientCredentials?: ClientCredentials;
}

export function assetInvoiceCall(baseUrl: string, options: TestOptions = {}) {
  const asset = createAssetClient({ baseUrl, token: 'asset-token', retry: FAST_RETRY, ...options } as Parameters<
    typeof createAssetClient
  >[0]);
  return asset.updateInvoiceStatus({
    path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
    body: { status: 'paid' },
  });
}

export function mollieMemoCall(baseUrl: string, options: TestOptions = {}) {
  const mollie = createMollieClient({ baseUrl, token: 'test_x', retry: FAST_RETRY, ...options } as Parameters<
    typeof createMollieClient
  >[0]);
  return mollie.updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'Thanks' } });
}
