// Attempt and total timeouts against a server that never answers, and the caller's abort signal.
// Shared requests and answers: test/helpers/resilience.ts.
import { describe, expect, it } from 'vitest';
import { AbortError, TimeoutError, createAssetClient, isAbortError, isTimeoutError } from '../../src/index.js';
import { startTestServer } from '../helpers/test-server.js';
import {
  TOKEN_PATH,
  INVOICE_PATH,
  FAST,
  CREDENTIALS,
  statusRequest,
  invoiceOk,
  failWith,
  tokenOk,
  rejectionOf,
  sleep,
  checkRequestsAgainstTheSpec,
} from '../helpers/resilience.js';

checkRequestsAgainstTheSpec();

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
