// Writes that must not be applied twice: the bill update that creates lines, and issuing a Mollie
// sales invoice; and the one idempotency key every attempt of a Mollie call carries. Shared
// requests and answers: test/helpers/resilience.ts.
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConnectionError,
  createAssetClient,
  createMollieClient,
  isConnectionError,
} from '../../src/index.js';
import { closedPort, startTestServer } from '../helpers/test-server.js';
import {
  BILL_PATH,
  billExample,
  salesInvoiceExample,
  FAST,
  billWithNewLine,
  billFieldsOnly,
  issueRequest,
  memoRequest,
  UUID_RE,
  billOk,
  salesInvoiceOk,
  failWith,
  rejectionOf,
  checkRequestsAgainstTheSpec,
} from '../helpers/resilience.js';

checkRequestsAgainstTheSpec();

describe('6. the non-repeatable bill update (create_lines)', () => {
  it('a 503 is final: one hit, ApiError 503', async () => {
    const server = await startTestServer(() => failWith(503));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const error = await rejectionOf(asset.updateBill(billWithNewLine));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect((error as ApiError).operationId).toBe('updateBill');
    expect(server.requests).toHaveLength(1);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual(billWithNewLine.body);
  });

  it('a connection dropped after the request arrived is final: one hit, ConnectionError maybeSent', async () => {
    const server = await startTestServer(() => ({ kind: 'close-before-headers' }));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const error = await rejectionOf(asset.updateBill(billWithNewLine));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(isConnectionError(error)).toBe(true);
    const connectionError = error as ConnectionError;
    expect(connectionError.maybeSent).toBe(true);
    expect(connectionError.attempts).toBe(1);
    expect(connectionError.method).toBe('PATCH');
    expect(connectionError.url).toBe(`${server.url}${BILL_PATH}`);
    expect(server.requests).toHaveLength(1);
  });

  it('a 429 proves it was not processed: retried, success on the second hit', async () => {
    const server = await startTestServer((request) => (request.nth === 1 ? failWith(429) : billOk()));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    await expect(asset.updateBill(billWithNewLine)).resolves.toEqual(billExample);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body).toBe(server.requests[0]?.body);
  });

  it('without new lines the same update is repeatable: 503 then 200 is two hits and a success', async () => {
    const server = await startTestServer((request) => (request.nth === 1 ? failWith(503) : billOk()));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    await expect(asset.updateBill(billFieldsOnly)).resolves.toEqual(billExample);
    expect(server.requests).toHaveLength(2);
    expect(JSON.parse(server.requests[1]?.body ?? '')).toEqual(billFieldsOnly.body);
  });

  it('a refused connection certainly sent nothing: retried up to maxAttempts, then ConnectionError not maybeSent', async () => {
    const port = await closedPort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const sent: string[] = [];
    const asset = createAssetClient({
      baseUrl,
      token: 'static-token',
      retry: { ...FAST, maxAttempts: 3 },
      fetch: (request) => {
        sent.push(`${request.method} ${request.url}`);
        return globalThis.fetch(request);
      },
    });
    const error = await rejectionOf(asset.updateBill(billWithNewLine));
    expect(error).toBeInstanceOf(ConnectionError);
    const connectionError = error as ConnectionError;
    expect(connectionError.maybeSent).toBe(false);
    expect(connectionError.code).toBe('ECONNREFUSED');
    expect(connectionError.attempts).toBe(3);
    expect(connectionError.url).toBe(`${baseUrl}${BILL_PATH}`);
    expect(sent).toEqual(Array(3).fill(`PATCH ${baseUrl}${BILL_PATH}`));
  });
});

describe('7. Mollie: issuing is not repeatable, and every attempt of a call carries one idempotency key', () => {
  it('issuing the invoice (status issued + emailDetails) answered 503: one hit, ApiError 503', async () => {
    const server = await startTestServer(() => failWith(503));
    const mollie = createMollieClient({
      baseUrl: server.url,
      token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
      retry: FAST,
    });
    const error = await rejectionOf(mollie.updateSalesInvoice(issueRequest));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(503);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['idempotency-key']).toMatch(UUID_RE);
  });

  it('a memo change answered 503, 503, 200: three hits with the same UUID key; the next call gets another', async () => {
    const server = await startTestServer((request) => (request.nth <= 2 ? failWith(503) : salesInvoiceOk()));
    const mollie = createMollieClient({
      baseUrl: server.url,
      token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
      retry: FAST,
    });
    await expect(mollie.updateSalesInvoice(memoRequest)).resolves.toEqual(salesInvoiceExample);
    expect(server.requests).toHaveLength(3);
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys[0]).toMatch(UUID_RE);
    expect(keys).toEqual([keys[0], keys[0], keys[0]]);

    await mollie.updateSalesInvoice(memoRequest);
    expect(server.requests).toHaveLength(4);
    const nextKey = server.requests[3]?.headers['idempotency-key'];
    expect(nextKey).toMatch(UUID_RE);
    expect(nextKey).not.toBe(keys[0]);
  });

  it('keeps a caller-supplied Idempotency-Key unchanged on every attempt', async () => {
    const server = await startTestServer((request) => (request.nth <= 2 ? failWith(502) : salesInvoiceOk()));
    const mollie = createMollieClient({
      baseUrl: server.url,
      token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
      retry: FAST,
    });
    const key = 'order-2025-0042-memo';
    await mollie.updateSalesInvoice({ ...memoRequest, header: { 'Idempotency-Key': key } });
    expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual([key, key, key]);
  });

  // Regression: a key in the call options' `headers` was once replaced by a generated UUID.
  it('keeps an Idempotency-Key passed in the call options headers', async () => {
    const server = await startTestServer(salesInvoiceOk);
    const mollie = createMollieClient({
      baseUrl: server.url,
      token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
      retry: FAST,
    });
    await mollie.updateSalesInvoice(memoRequest, { headers: { 'idempotency-key': 'order-2025-0042-memo' } });
    expect(server.requests[0]?.headers['idempotency-key']).toBe('order-2025-0042-memo');
  });
});
