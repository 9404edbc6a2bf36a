// The response accessor: `.withResponse()` on a client method's result and the standalone
// `…WithResponse` functions, on all three operations against a real server on 127.0.0.1. Each gives
// the body the plain call gives, with the status, the headers, the request id and the headers the
// spec declares read as their types, from ONE request.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ApiError,
  createAssetClient,
  createAssetCore,
  createMollieClient,
  createMollieCore,
  updateBillWithResponse,
  updateSalesInvoiceWithResponse,
} from '../src/index.js';
import { responseExample } from './helpers/examples.js';
import { useContractServer } from './helpers/contract-server.js';
import { json, type TestRequest, type Reply } from './helpers/test-server.js';
import { BILL_ID, BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from './helpers/sample-values.js';

const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
const billExample = responseExample('asset.yaml', 'updateBill', '200', 'updatedBill');
const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');
const RATE_LIMIT = { 'x-ratelimit-limit': '300', 'x-ratelimit-remaining': '297', 'x-ratelimit-reset': '1767225600' };

let answer: (request: TestRequest) => Reply;
const server = useContractServer((request) => answer(request), { spec: 'both' });

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
process.on('unhandledRejection', onUnhandled);
afterEach(() => {
  expect(unhandled, 'a promise the caller did not await rejected unhandled').toEqual([]);
});

describe('Asset updateInvoiceStatus: client method', () => {
  it('withResponse() gives data, status, headers, request id and the typed rate-limit headers, from one request', async () => {
    answer = () => json(200, invoiceExample, 'application/json', { ...RATE_LIMIT, 'x-request-id': 'req_42' });
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-token' });
    const result = await asset
      .updateInvoiceStatus({ path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'paid' } })
      .withResponse();

    expect(server.requests).toHaveLength(1);
    expect(result.data).toEqual(invoiceExample);
    expect(result.status).toBe(200);
    expect(result.requestId).toBe('req_42');
    expect(result.headers.get('x-ratelimit-remaining')).toBe('297');
    // Read as the spec's `integer`: numbers, not strings.
    expect(result.declaredHeaders).toEqual({
      'x-ratelimit-limit': 300,
      'x-ratelimit-remaining': 297,
      'x-ratelimit-reset': 1767225600,
    });
    expect(result.response).toBeInstanceOf(Response);
    expect(result.response.status).toBe(200);
    expect(result.response.headers.get('x-request-id')).toBe('req_42');
  });

  it('the plain call still resolves with the body alone', async () => {
    answer = () => json(200, invoiceExample, 'application/json', RATE_LIMIT);
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-token' });
    const data = await asset.updateInvoiceStatus({
      path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
      body: { status: 'paid' },
    });
    expect(data).toEqual(invoiceExample);
    expect(server.requests).toHaveLength(1);
  });

  it('awaiting both the result and withResponse() still makes one request, with the same data', async () => {
    answer = () => json(200, invoiceExample, 'application/json', RATE_LIMIT);
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-token' });
    const call = asset.updateInvoiceStatus({
      path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
      body: { status: 'paid' },
    });
    const [data, full] = await Promise.all([call, call.withResponse()]);
    expect(full.data).toBe(data);
    expect(server.requests).toHaveLength(1);
  });

  it('leaves out a declared header that is absent or that its type cannot read; headers keeps the raw value', async () => {
    answer = () =>
      json(200, invoiceExample, 'application/json', { 'x-ratelimit-limit': 'lots', 'x-ratelimit-remaining': '1.5' });
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-token' });
    const { declaredHeaders, headers, requestId } = await asset
      .updateInvoiceStatus({ path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'paid' } })
      .withResponse();
    expect(declaredHeaders).toEqual({});
    expect(headers.get('x-ratelimit-limit')).toBe('lots');
    expect(requestId).toBeUndefined();
  });

  it('withResponse() rejects with the same error as the plain call, and leaves no unhandled rejection', async () => {
    answer = () => json(404, { message: 'Not found' }, 'application/json', { 'x-request-id': 'req_404' });
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-token', retry: false });
    const error = await asset
      .updateInvoiceStatus({ path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'paid' } })
      .withResponse()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).requestId).toBe('req_404');
    // Give a stray rejection of the plain promise the chance to surface before afterEach looks.
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});

describe('Asset updateBill: standalone function', () => {
  it('updateBillWithResponse gives the body and the typed headers', async () => {
    answer = () => json(200, billExample, 'application/json', { ...RATE_LIMIT, 'x-request-id': 'req_bill' });
    const core = createAssetCore({ baseUrl: server.url, token: 'asset-token' });
    const result = await updateBillWithResponse(core, {
      path: { business_id: BUSINESS_ID, bill_id: BILL_ID },
      body: { due_at: '2025-03-01T00:00:00Z' },
    });
    expect(result.data).toEqual(billExample);
    expect(result.status).toBe(200);
    expect(result.requestId).toBe('req_bill');
    expect(result.declaredHeaders['x-ratelimit-reset']).toBe(1767225600);
    expect(server.requests).toHaveLength(1);
  });
});

describe('Mollie updateSalesInvoice', () => {
  it('client method: withResponse() gives the body, status, headers and request-id; Mollie declares no success headers', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json', { 'request-id': 'mollie-req-1' });
    const mollie = createMollieClient({ baseUrl: server.url, token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
    const result = await mollie
      .updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'Thanks!' } })
      .withResponse();
    expect(result.data).toEqual(salesInvoiceExample);
    expect(result.status).toBe(200);
    expect(result.requestId).toBe('mollie-req-1');
    expect(result.headers.get('content-type')).toBe('application/hal+json');
    expect(result.declaredHeaders).toEqual({});
    expect(server.requests).toHaveLength(1);
  });

  it('standalone: updateSalesInvoiceWithResponse, also with openapi-fetch middleware (a real Response)', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json', { 'request-id': 'mollie-req-2' });
    const core = createMollieCore({ baseUrl: server.url, token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
    const seen: number[] = [];
    core.http.use({ onResponse: ({ response }) => void seen.push(response.status) });
    const result = await updateSalesInvoiceWithResponse(core, {
      path: { salesInvoiceId: SALES_INVOICE_ID },
      body: { memo: 'Thanks!' },
    });
    expect(seen).toEqual([200]);
    expect(result.response).toBeInstanceOf(Response);
    expect(result.requestId).toBe('mollie-req-2');
    expect(result.data).toEqual(salesInvoiceExample);
  });
});
