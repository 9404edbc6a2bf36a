// Authentication modes through the generated clients: static tokens, token providers and client
// credentials, concurrent calls sharing one token, and the one replay after a 401 renews the
// credential. Shared requests and answers: test/helpers/resilience.ts.
import { describe, expect, it } from 'vitest';
import { ApiError, TokenRequestError, createAssetClient, isApiError, isTokenRequestError } from '../../src/index.js';
import { startTestServer } from '../helpers/test-server.js';
import { BUSINESS_ID } from '../helpers/sample-values.js';
import {
  TOKEN_PATH,
  INVOICE_PATH,
  BILL_PATH,
  invoiceExample,
  billExample,
  FAST,
  CREDENTIALS,
  statusRequest,
  billWithNewLine,
  billFieldsOnly,
  json,
  invoiceOk,
  billOk,
  failWith,
  tokenOk,
  rejectionOf,
  authorizations,
  sleep,
  checkRequestsAgainstTheSpec,
} from '../helpers/resilience.js';

checkRequestsAgainstTheSpec();

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
