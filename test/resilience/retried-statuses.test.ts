// Which statuses a repeatable operation retries, and switching retries off and on per client and
// per call. Shared requests and answers: test/helpers/resilience.ts.
import { describe, expect, it } from 'vitest';
import { ApiError, createAssetClient, isApiError } from '../../src/index.js';
import { startTestServer } from '../helpers/test-server.js';
import {
  INVOICE_PATH,
  invoiceExample,
  FAST,
  statusRequest,
  invoiceOk,
  failWith,
  rejectionOf,
  authorizations,
  checkRequestsAgainstTheSpec,
} from '../helpers/resilience.js';

checkRequestsAgainstTheSpec();

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
