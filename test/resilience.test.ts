// Authentication, retries, timeouts and cancellation through the generated clients, against a real
// server on 127.0.0.1 that scripts every answer (test/helpers/test-server.ts). Each test asserts
// what the SERVER saw (request counts, headers, bodies) and how the call ended (error class and
// fields). Retry delays are a few milliseconds, so the whole file runs in a few seconds.
import { afterEach, describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  RequestValidationError,
  TimeoutError,
  TokenRequestError,
  createAssetClient,
  createMollieClient,
  isAbortError,
  isApiError,
  isConnectionError,
  isRequestValidationError,
  isTimeoutError,
  isTokenRequestError,
  type RetryPolicy,
  type UpdateBillRequest,
  type UpdateInvoiceStatusRequest,
  type UpdateSalesInvoiceRequest,
} from '../src/index.js';
import { contractViolations } from './helpers/contract-server.js';
import { responseExample } from './helpers/examples.js';
import { closeTestServers, closedPort, startTestServer, type Reply, type TestRequest } from './helpers/test-server.js';
import { BILL_ID, BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from './helpers/sample-values.js';

const TOKEN_PATH = '/v0/auth/token';
const INVOICE_PATH = `/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`;
const BILL_PATH = `/v0/business/${BUSINESS_ID}/bills/${BILL_ID}`;

const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
const billExample = responseExample('asset.yaml', 'updateBill', '200', 'updatedBill');
const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');

/** Small delays, so that retries take milliseconds. */
const FAST = { initialDelayMs: 5, maxDelayMs: 20 } as const satisfies Partial<RetryPolicy>;

const CREDENTIALS = { clientId: 'client_3kT9', clientSecret: 'secret-Wq8vZ2pLx7' } as const;

const statusRequest: UpdateInvoiceStatusRequest = {
  path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
  body: { status: 'paid' },
};
/** Adds a bill line: applying it twice would add the line twice, so it is not repeatable. */
const billWithNewLine: UpdateBillRequest = {
  path: { business_id: BUSINESS_ID, bill_id: BILL_ID },
  body: {
    line_changes: {
      create_lines: [{ amount: 120.52, ledger_id: 'ldg_ErisumsAc7qgmbTctM7zKK', description: 'Printer paper' }],
    },
  },
};
/** Sets fields only: repeatable. */
const billFieldsOnly: UpdateBillRequest = {
  path: { business_id: BUSINESS_ID, bill_id: BILL_ID },
  body: { number: 'BILL-002', line_changes: { create_lines: [], delete_lines: ['bill_line_9cTgH2kLmN3pQrS4tUvWxY'] } },
};
/** Issuing sends the invoice to the customer: not repeatable. */
const issueRequest: UpdateSalesInvoiceRequest = {
  path: { salesInvoiceId: SALES_INVOICE_ID },
  body: { status: 'issued', emailDetails: { subject: 'Your invoice', body: 'Please find it attached.' } },
};
const memoRequest: UpdateSalesInvoiceRequest = {
  path: { salesInvoiceId: SALES_INVOICE_ID },
  body: { memo: 'Thank you for your business.' },
};
const testmodeRequest: UpdateSalesInvoiceRequest = {
  path: { salesInvoiceId: SALES_INVOICE_ID },
  body: { memo: 'Thank you.', testmode: true },
};

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

afterEach(async () => {
  // Independent contract check: every request the servers received is valid for the spec (Ajv fed the YAML).
  const received = await closeTestServers();
  expect(received.flatMap((request) => contractViolations(request, ['asset.yaml', 'mollie.yaml']))).toEqual([]);
});

/** An HTTP answer (not a dropped or hanging connection). */
type Answer = Reply;

function json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): Answer {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body };
}
const invoiceOk = (): Answer => json(200, invoiceExample);
const billOk = (): Answer => json(200, billExample);
const salesInvoiceOk = (): Answer => ({
  status: 200,
  headers: { 'content-type': 'application/hal+json' },
  body: salesInvoiceExample,
});
const failWith = (status: number, headers: Readonly<Record<string, string>> = {}): Answer =>
  json(status, { message: `scripted ${status}` }, headers);
const tokenOk = (token: string): Answer => json(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });

/** The error a promise rejects with; fails the test when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the call resolved, but it was expected to reject');
}

function authorizations(requests: readonly TestRequest[]): (string | undefined)[] {
  return requests.map((request) => request.headers['authorization']);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('1. authentication modes', () => {
  it('sends a static token as exactly `Authorization: Bearer <token>`', async () => {
    const server = await startTestServer(invoiceOk);
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-token-1', retry: FAST });
    await expect(asset.updateInvoiceStatus(statusRequest)).resolves.toEqual(invoiceExample);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.path).toBe(INVOICE_PATH);
    expect(authorizations(server.requests)).toEqual(['Bearer asset-token-1']);
  });

  it('calls an async token provider before every request', async () => {
    const server = await startTestServer(invoiceOk);
    let calls = 0;
    const asset = createAssetClient({
      baseUrl: server.url,
      token: async () => {
        calls += 1;
        await sleep(1);
        return `provided-${calls}`;
      },
      retry: FAST,
    });
    await asset.updateInvoiceStatus(statusRequest);
    await asset.updateInvoiceStatus(statusRequest);
    expect(calls).toBe(2);
    expect(authorizations(server.requests)).toEqual(['Bearer provided-1', 'Bearer provided-2']);
  });

  it('client credentials: POSTs the form fields, sends the issued token and caches it across calls', async () => {
    const server = await startTestServer((request) =>
      request.path === TOKEN_PATH ? tokenOk('issued_token_1') : request.path === BILL_PATH ? billOk() : invoiceOk(),
    );
    const asset = createAssetClient({
      baseUrl: server.url,
      clientCredentials: { ...CREDENTIALS, businessId: BUSINESS_ID, scope: 'invoice:update bill:update' },
      retry: FAST,
    });
    await asset.updateInvoiceStatus(statusRequest);
    await asset.updateInvoiceStatus(statusRequest);
    await asset.updateBill(billFieldsOnly);

    const tokenRequests = server.to(TOKEN_PATH);
    expect(tokenRequests).toHaveLength(1);
    const [tokenRequest] = tokenRequests;
    expect(tokenRequest?.method).toBe('POST');
    expect(tokenRequest?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(tokenRequest?.headers['authorization']).toBeUndefined();
    expect(Object.fromEntries(new URLSearchParams(tokenRequest?.body ?? ''))).toEqual({
      grant_type: 'client_credentials',
      client_id: CREDENTIALS.clientId,
      client_secret: CREDENTIALS.clientSecret,
      business_id: BUSINESS_ID,
      scope: 'invoice:update bill:update',
    });
    const apiRequests = server.requests.filter((request) => request.path !== TOKEN_PATH);
    expect(apiRequests.map((request) => request.path)).toEqual([INVOICE_PATH, INVOICE_PATH, BILL_PATH]);
    expect(authorizations(apiRequests)).toEqual(Array(3).fill('Bearer issued_token_1'));
    // The token request came first.
    expect(server.requests[0]?.path).toBe(TOKEN_PATH);
  });

  it('client credentials: sends only grant_type, client_id and client_secret when no scope or business is given', async () => {
    const server = await startTestServer((request) =>
      request.path === TOKEN_PATH ? tokenOk('issued_token_1') : invoiceOk(),
    );
    const asset = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, retry: FAST });
    await asset.updateInvoiceStatus(statusRequest);
    expect(Object.fromEntries(new URLSearchParams(server.to(TOKEN_PATH)[0]?.body ?? ''))).toEqual({
      grant_type: 'client_credentials',
      client_id: CREDENTIALS.clientId,
      client_secret: CREDENTIALS.clientSecret,
    });
  });

  it('client credentials: a refused token request is a TokenRequestError and no API request is sent', async () => {
    const server = await startTestServer((request) =>
      request.path === TOKEN_PATH
        ? json(401, { error: 'invalid_client', error_description: 'Unknown client' })
        : invoiceOk(),
    );
    const asset = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(isTokenRequestError(error)).toBe(true);
    const tokenError = error as TokenRequestError;
    expect(tokenError.status).toBe(401);
    expect(tokenError.body).toEqual({ error: 'invalid_client', error_description: 'Unknown client' });
    expect(tokenError.message).toContain(`${server.url}${TOKEN_PATH}`);
    expect(tokenError.message).not.toContain(CREDENTIALS.clientSecret);
    // A token endpoint error is not retried (it is not an API status), and nothing reached the API.
    expect(server.to(TOKEN_PATH)).toHaveLength(1);
    expect(server.to(INVOICE_PATH)).toHaveLength(0);
  });

  // Regression: the TokenRequestError's cause chain carries undici's UND_ERR_SOCKET, which once made
  // the retry engine report a ConnectionError (maybeSent: true) for an API request that never left.
  it('client credentials: a token endpoint that drops the connection is a TokenRequestError, not an API ConnectionError', async () => {
    const server = await startTestServer((request) =>
      request.path === TOKEN_PATH ? { kind: 'close-before-headers' } : invoiceOk(),
    );
    const asset = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(server.to(INVOICE_PATH)).toHaveLength(0);
    expect(error).toBeInstanceOf(TokenRequestError);
  });
});

describe('2. concurrency with client credentials', () => {
  it('50 concurrent calls make exactly one token request and 50 API requests with that token', async () => {
    let issued = 0;
    const server = await startTestServer((request) =>
      request.path === TOKEN_PATH ? { ...tokenOk(`shared_token_${++issued}`), delayMs: 50 } : invoiceOk(),
    );
    const asset = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, retry: FAST });
    const results = await Promise.all(Array.from({ length: 50 }, () => asset.updateInvoiceStatus(statusRequest)));
    expect(results).toHaveLength(50);
    expect(server.to(TOKEN_PATH)).toHaveLength(1);
    const apiRequests = server.to(INVOICE_PATH);
    expect(apiRequests).toHaveLength(50);
    expect(new Set(authorizations(apiRequests))).toEqual(new Set(['Bearer shared_token_1']));
  });

  it('50 concurrent 401s for the same token cause one refresh: two token requests, 100 API requests', async () => {
    let issued = 0;
    const server = await startTestServer((request) => {
      if (request.path === TOKEN_PATH) return { ...tokenOk(`token_${++issued}`), delayMs: 20 };
      return request.headers['authorization'] === 'Bearer token_1' ? failWith(401) : invoiceOk();
    });
    const asset = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, retry: FAST });
    await Promise.all(Array.from({ length: 50 }, () => asset.updateInvoiceStatus(statusRequest)));
    expect(server.to(TOKEN_PATH)).toHaveLength(2);
    const apiRequests = server.to(INVOICE_PATH);
    expect(apiRequests).toHaveLength(100);
    expect(authorizations(apiRequests).filter((value) => value === 'Bearer token_1')).toHaveLength(50);
    expect(authorizations(apiRequests).filter((value) => value === 'Bearer token_2')).toHaveLength(50);
  });
});

describe('3. a 401 renews the credential and replays the request once', () => {
  it('client credentials: 401 for the first token, 200 for the second: two token requests, two API requests', async () => {
    let issued = 0;
    const server = await startTestServer((request) => {
      if (request.path === TOKEN_PATH) return tokenOk(`token_${++issued}`);
      return request.headers['authorization'] === 'Bearer token_1' ? failWith(401) : invoiceOk();
    });
    const asset = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, retry: FAST });
    await expect(asset.updateInvoiceStatus(statusRequest)).resolves.toEqual(invoiceExample);
    expect(server.to(TOKEN_PATH)).toHaveLength(2);
    const apiRequests = server.to(INVOICE_PATH);
    expect(authorizations(apiRequests)).toEqual(['Bearer token_1', 'Bearer token_2']);
    // The replay is the same request.
    expect(apiRequests[1]?.method).toBe('PATCH');
    expect(JSON.parse(apiRequests[1]?.body ?? '')).toEqual({ status: 'paid' });
    // The new token is cached for the next call.
    await asset.updateInvoiceStatus(statusRequest);
    expect(server.to(TOKEN_PATH)).toHaveLength(2);
    expect(authorizations(server.to(INVOICE_PATH))).toEqual(['Bearer token_1', 'Bearer token_2', 'Bearer token_2']);
  });

  it('client credentials: the replay of a non-repeatable bill update happens too (a 401 proves nothing was applied)', async () => {
    let issued = 0;
    const server = await startTestServer((request) => {
      if (request.path === TOKEN_PATH) return tokenOk(`token_${++issued}`);
      return request.headers['authorization'] === 'Bearer token_1' ? failWith(401) : billOk();
    });
    const asset = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, retry: FAST });
    await expect(asset.updateBill(billWithNewLine)).resolves.toEqual(billExample);
    const apiRequests = server.to(BILL_PATH);
    expect(authorizations(apiRequests)).toEqual(['Bearer token_1', 'Bearer token_2']);
    expect(apiRequests[1]?.body).toBe(apiRequests[0]?.body);
  });

  it('client credentials: a second 401 after the replay is final: ApiError 401, no third request', async () => {
    let issued = 0;
    const server = await startTestServer((request) =>
      request.path === TOKEN_PATH ? tokenOk(`token_${++issued}`) : failWith(401),
    );
    const asset = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect(server.to(TOKEN_PATH)).toHaveLength(2);
    expect(authorizations(server.to(INVOICE_PATH))).toEqual(['Bearer token_1', 'Bearer token_2']);
  });

  it('token provider: called twice, the request replayed once with the new token', async () => {
    const server = await startTestServer((request) =>
      request.headers['authorization'] === 'Bearer provided-1' ? failWith(401) : invoiceOk(),
    );
    let calls = 0;
    const asset = createAssetClient({ baseUrl: server.url, token: async () => `provided-${++calls}`, retry: FAST });
    await expect(asset.updateInvoiceStatus(statusRequest)).resolves.toEqual(invoiceExample);
    expect(calls).toBe(2);
    expect(authorizations(server.requests)).toEqual(['Bearer provided-1', 'Bearer provided-2']);
  });

  it('token provider: a second 401 after the replay is final', async () => {
    const server = await startTestServer(() => failWith(401));
    let calls = 0;
    const asset = createAssetClient({ baseUrl: server.url, token: () => `provided-${++calls}`, retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(isApiError(error) && error.status).toBe(401);
    expect(calls).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('static token: a 401 is not replayed: one request, ApiError 401', async () => {
    const server = await startTestServer(() => failWith(401));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).body).toEqual({ message: 'scripted 401' });
    expect(server.requests).toHaveLength(1);
  });
});

describe('4. statuses on a repeatable operation (updateInvoiceStatus)', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries %i, then succeeds on the second hit', async (status) => {
    const server = await startTestServer((request) => (request.nth === 1 ? failWith(status) : invoiceOk()));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    await expect(asset.updateInvoiceStatus(statusRequest)).resolves.toEqual(invoiceExample);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.body).toBe(server.requests[0]?.body);
    expect(authorizations(server.requests)).toEqual(['Bearer static-token', 'Bearer static-token']);
  });

  it.each([400, 401, 403, 404, 409, 422])('does not retry %i: one hit, ApiError with that status', async (status) => {
    const server = await startTestServer(() => failWith(status, { 'x-request-id': `req_${status}` }));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(status);
    expect(apiError.operationId).toBe('updateInvoiceStatus');
    expect(apiError.method).toBe('PATCH');
    expect(apiError.url).toBe(`${server.url}${INVOICE_PATH}`);
    expect(apiError.requestId).toBe(`req_${status}`);
    expect(apiError.body).toEqual({ message: `scripted ${status}` });
    expect(server.requests).toHaveLength(1);
  });

  it('gives up after maxAttempts with the last response as an ApiError', async () => {
    const server = await startTestServer(() => failWith(502));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(isApiError(error) && error.status).toBe(502);
    expect(server.requests).toHaveLength(3); // the default maxAttempts
  });
});

describe('5. Retry-After', () => {
  it('waits the seconds a 503 asks for (`Retry-After: 1`)', async () => {
    const server = await startTestServer((request) =>
      request.nth === 1 ? failWith(503, { 'retry-after': '1' }) : invoiceOk(),
    );
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    await expect(asset.updateInvoiceStatus(statusRequest)).resolves.toEqual(invoiceExample);
    expect(server.requests).toHaveLength(2);
    const gap = (server.requests[1]?.at ?? 0) - (server.requests[0]?.at ?? 0);
    expect(gap).toBeGreaterThanOrEqual(900);
    expect(gap).toBeLessThan(1_000 + 500);
  });

  it('waits until the HTTP date a 429 names', async () => {
    // An HTTP date has whole seconds: `new Date(Date.now() + 1500).toUTCString()` truncates to a
    // delay anywhere from 0.5 s to 1.5 s. The next whole second at least 1 s ahead is 1 to 2 s away.
    let waitUntil = 0;
    const server = await startTestServer((request) => {
      if (request.nth > 1) return invoiceOk();
      waitUntil = Math.ceil((Date.now() + 1_000) / 1_000) * 1_000;
      return failWith(429, { 'retry-after': new Date(waitUntil).toUTCString() });
    });
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    await expect(asset.updateInvoiceStatus(statusRequest)).resolves.toEqual(invoiceExample);
    expect(server.requests).toHaveLength(2);
    const first = server.requests[0]?.epochMs ?? 0;
    const second = server.requests[1]?.epochMs ?? 0;
    expect(second - first).toBeGreaterThanOrEqual(900);
    expect(second).toBeGreaterThanOrEqual(waitUntil - 100);
    expect(second).toBeLessThan(waitUntil + 500);
  });

  it('does not wait for a Retry-After beyond maxRetryAfterMs: one hit, ApiError 429 carrying the header', async () => {
    const server = await startTestServer(() => failWith(429, { 'retry-after': '5' }));
    const asset = createAssetClient({
      baseUrl: server.url,
      token: 'static-token',
      retry: { ...FAST, maxRetryAfterMs: 1_000 },
    });
    const started = Date.now();
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(Date.now() - started).toBeLessThan(500);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(429);
    expect((error as ApiError).headers.get('retry-after')).toBe('5');
    expect(server.requests).toHaveLength(1);
  });
});

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

describe('8. timeouts', () => {
  it('per attempt: a server that never answers gives TimeoutError scope attempt after maxAttempts hits', async () => {
    const server = await startTestServer(() => ({ kind: 'hang' }));
    const asset = createAssetClient({
      baseUrl: server.url,
      token: 'static-token',
      retry: { attemptTimeoutMs: 200, maxAttempts: 2, initialDelayMs: 5 },
    });
    const started = Date.now();
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isTimeoutError(error)).toBe(true);
    const timeout = error as TimeoutError;
    expect(timeout.scope).toBe('attempt');
    expect(timeout.timeoutMs).toBe(200);
    expect(timeout.attempts).toBe(2);
    expect(timeout.url).toBe(`${server.url}${INVOICE_PATH}`);
    expect(server.requests).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(390);
    expect(elapsed).toBeLessThan(600);
  });

  it('in total: TimeoutError scope total, settled within totalTimeoutMs + 200 ms', async () => {
    const server = await startTestServer(() => ({ kind: 'hang' }));
    const asset = createAssetClient({
      baseUrl: server.url,
      token: 'static-token',
      retry: { ...FAST, totalTimeoutMs: 300 },
    });
    const started = Date.now();
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    const elapsed = Date.now() - started;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe('total');
    expect((error as TimeoutError).timeoutMs).toBe(300);
    expect(server.requests).toHaveLength(1);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(500);
  });

  it('in total, across attempts that each time out: scope total once the budget is spent', async () => {
    const server = await startTestServer(() => ({ kind: 'hang' }));
    const asset = createAssetClient({
      baseUrl: server.url,
      token: 'static-token',
      retry: { ...FAST, attemptTimeoutMs: 150, totalTimeoutMs: 400, maxAttempts: 10 },
    });
    const started = Date.now();
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(Date.now() - started).toBeLessThan(400 + 200);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe('total');
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  it('per attempt, while waiting for a client-credentials token that never comes: TimeoutError, no API request', async () => {
    const server = await startTestServer((request) => (request.path === TOKEN_PATH ? { kind: 'hang' } : invoiceOk()));
    const asset = createAssetClient({
      baseUrl: server.url,
      clientCredentials: CREDENTIALS,
      retry: { attemptTimeoutMs: 200, maxAttempts: 2, initialDelayMs: 5 },
    });
    const started = Date.now();
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(Date.now() - started).toBeLessThan(600);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).scope).toBe('attempt');
    expect(server.to(INVOICE_PATH)).toHaveLength(0);
    // The token request is shared: the second attempt waits for the same one.
    expect(server.to(TOKEN_PATH)).toHaveLength(1);
  });
});

describe('9. abort', () => {
  it('aborting during the backoff wait rejects with AbortError at once; one request reached the server', async () => {
    const server = await startTestServer(() => failWith(503, { 'retry-after': '5' }));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const controller = new AbortController();
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = Date.now();
      controller.abort(new Error('user navigated away'));
    }, 100);
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest, { signal: controller.signal }));
    const settledAt = Date.now();
    expect(abortedAt).toBeGreaterThan(0);
    expect(settledAt - abortedAt).toBeLessThan(100);
    expect(error).toBeInstanceOf(AbortError);
    expect(isAbortError(error)).toBe(true);
    expect((error as AbortError).reason).toEqual(new Error('user navigated away'));
    expect(server.requests).toHaveLength(1);
    // Nothing is sent after the abort.
    await sleep(100);
    expect(server.requests).toHaveLength(1);
  });

  it('a signal aborted before the call sends nothing, not even a token request', async () => {
    const server = await startTestServer((request) => (request.path === TOKEN_PATH ? tokenOk('t1') : invoiceOk()));
    const asset = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(AbortError);
    expect(isAbortError(error)).toBe(true);
    await sleep(50);
    expect(server.requests).toHaveLength(0);
  });

  it('aborting while the server is answering cancels the attempt: AbortError, no retry', async () => {
    const server = await startTestServer(() => ({ kind: 'hang' }));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest, { signal: controller.signal }));
    expect(Date.now() - started).toBeLessThan(100 + 150);
    expect(error).toBeInstanceOf(AbortError);
    await sleep(50);
    expect(server.requests).toHaveLength(1);
  });
});

describe('10. Mollie testmode and the kind of credential', () => {
  it('refuses testmode with a test_ API key, naming the field and the rule, and sends nothing', async () => {
    const server = await startTestServer(salesInvoiceOk);
    const mollie = createMollieClient({
      baseUrl: server.url,
      token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
      retry: FAST,
    });
    const error = await rejectionOf(mollie.updateSalesInvoice(testmodeRequest));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(isRequestValidationError(error)).toBe(true);
    const validation = error as RequestValidationError;
    expect(validation.operationId).toBe('updateSalesInvoice');
    expect(validation.issues).toEqual([
      expect.objectContaining({ path: '/body/testmode', rule: 'x-allowed-credentials' }),
    ]);
    expect(validation.message).toContain('/body/testmode');
    expect(validation.message).toContain('x-allowed-credentials');
    expect(validation.message).not.toContain('dHar4XY7LxsDOtmnkVtjNVWXLSlXsM');
    expect(server.requests).toHaveLength(0);
  });

  it('sends testmode with an access_ token', async () => {
    const server = await startTestServer(salesInvoiceOk);
    const mollie = createMollieClient({ baseUrl: server.url, token: 'access_Hs7YdT2qPmW4xKc9', retry: FAST });
    await expect(mollie.updateSalesInvoice(testmodeRequest)).resolves.toEqual(salesInvoiceExample);
    expect(server.requests).toHaveLength(1);
    expect(authorizations(server.requests)).toEqual(['Bearer access_Hs7YdT2qPmW4xKc9']);
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual(testmodeRequest.body);
  });

  it('sends testmode with a token of an unknown kind (an OAuth token): the server decides', async () => {
    const server = await startTestServer(salesInvoiceOk);
    const mollie = createMollieClient({ baseUrl: server.url, token: 'oauth9fJk2LmQ', retry: FAST });
    await expect(mollie.updateSalesInvoice(testmodeRequest)).resolves.toEqual(salesInvoiceExample);
    expect(server.requests).toHaveLength(1);
  });

  it('refuses testmode when a token provider returns a live_ key, and sends nothing', async () => {
    const server = await startTestServer(salesInvoiceOk);
    const mollie = createMollieClient({
      baseUrl: server.url,
      token: async () => 'live_Gx2p9QmZ4tWv7bNc',
      retry: FAST,
    });
    const error = await rejectionOf(mollie.updateSalesInvoice(testmodeRequest));
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      expect.objectContaining({ path: '/body/testmode', rule: 'x-allowed-credentials' }),
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('without testmode a test_ key is sent as usual', async () => {
    const server = await startTestServer(salesInvoiceOk);
    const mollie = createMollieClient({
      baseUrl: server.url,
      token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
      retry: FAST,
    });
    await mollie.updateSalesInvoice(memoRequest);
    expect(server.requests).toHaveLength(1);
  });

  // Regression: the credential check once asked the token provider outside the attempt, so a
  // provider that hangs held the call past the caller's abort and every timeout.
  it('a hanging token provider does not hold a testmode call past the caller abort', async () => {
    const server = await startTestServer(salesInvoiceOk);
    const mollie = createMollieClient({
      baseUrl: server.url,
      token: () => new Promise<string>(() => undefined),
      retry: { ...FAST, totalTimeoutMs: 200 },
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const call = mollie.updateSalesInvoice(testmodeRequest, { signal: controller.signal });
    call.catch(() => undefined);
    const outcome = await Promise.race([
      call.then(
        () => 'resolved',
        (error: unknown) => (isAbortError(error) || isTimeoutError(error) ? 'ended' : 'other error'),
      ),
      sleep(600).then(() => 'still pending'),
    ]);
    expect(outcome).toBe('ended');
  });
});

describe('11. Asset x-user-id from headerDefaults', () => {
  // Regression: the client's headerDefaults were once validated but never sent.
  it('sends the client default on updateInvoiceStatus', async () => {
    const server = await startTestServer(invoiceOk);
    const asset = createAssetClient({
      baseUrl: server.url,
      token: 'static-token',
      headerDefaults: { 'x-user-id': 'svc@example.com' },
      retry: FAST,
    });
    await asset.updateInvoiceStatus(statusRequest);
    expect(server.requests[0]?.headers['x-user-id']).toBe('svc@example.com');
  });

  it('a per-call x-user-id overrides the default', async () => {
    const server = await startTestServer(invoiceOk);
    const asset = createAssetClient({
      baseUrl: server.url,
      token: 'static-token',
      headerDefaults: { 'x-user-id': 'svc@example.com' },
      retry: FAST,
    });
    await asset.updateInvoiceStatus({ ...statusRequest, header: { 'x-user-id': 'alice@example.com' } });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['x-user-id']).toBe('alice@example.com');
  });

  it('is not sent on updateBill, which does not declare it', async () => {
    const server = await startTestServer(billOk);
    const asset = createAssetClient({
      baseUrl: server.url,
      token: 'static-token',
      headerDefaults: { 'x-user-id': 'svc@example.com' },
      retry: FAST,
    });
    await asset.updateBill(billFieldsOnly);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.headers['x-user-id']).toBeUndefined();
  });

  it('a default with CR/LF is refused when the client is created, before anything can be sent', async () => {
    const server = await startTestServer(() => invoiceOk());
    const create = () =>
      createAssetClient({
        baseUrl: server.url,
        token: 'static-token',
        headerDefaults: { 'x-user-id': 'svc@example.com\r\nX-Injected: 1' },
        retry: FAST,
      });
    expect(create).toThrow(ConfigurationError);
    // The message names the header and the rule, never the value.
    expect(create).toThrow(
      'headerDefaults/x-user-id: must not contain line breaks, NUL or other control characters, or characters beyond U+00FF',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('a per-call x-user-id with CR/LF is refused with RequestValidationError, nothing sent', async () => {
    const server = await startTestServer(() => invoiceOk());
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const request = { ...statusRequest, header: { 'x-user-id': 'svc@example.com\r\nX-Injected: 1' } };
    for (const validateRequest of [true, false]) {
      const error = await rejectionOf(asset.updateInvoiceStatus(request, { validateRequest }));
      expect(error).toBeInstanceOf(RequestValidationError);
      // With validation on the spec's pattern catches it; with it off, the header check still does.
      expect((error as RequestValidationError).issues).toEqual([
        expect.objectContaining({
          path: '/header/x-user-id',
          rule: validateRequest ? 'pattern' : 'header-value',
        }),
      ]);
    }
    expect(server.requests).toHaveLength(0);
  });
});

describe('12. switching retries off and on', () => {
  it('retry: false on the client: a 503 is not retried', async () => {
    const server = await startTestServer(() => failWith(503));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: false });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest));
    expect(isApiError(error) && error.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });

  it('per call { retry: { maxAttempts: 4 } }: four hits', async () => {
    const server = await startTestServer(() => failWith(503));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest, { retry: { maxAttempts: 4 } }));
    expect(isApiError(error) && error.status).toBe(503);
    expect(server.requests).toHaveLength(4);
  });

  it('per call retry settings override a client with retry: false', async () => {
    const server = await startTestServer((request) => (request.nth < 4 ? failWith(503) : invoiceOk()));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: false });
    await expect(asset.updateInvoiceStatus(statusRequest, { retry: { ...FAST, maxAttempts: 4 } })).resolves.toEqual(
      invoiceExample,
    );
    expect(server.requests).toHaveLength(4);
  });

  it('per call retry: false on a retrying client: one hit', async () => {
    const server = await startTestServer(() => failWith(503));
    const asset = createAssetClient({ baseUrl: server.url, token: 'static-token', retry: FAST });
    const error = await rejectionOf(asset.updateInvoiceStatus(statusRequest, { retry: false }));
    expect(isApiError(error) && error.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });
});
