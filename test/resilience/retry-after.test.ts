// Retry-After in seconds and as an HTTP date, and the cap on how long it may make a call wait.
// Shared requests and answers: test/helpers/resilience.ts.
import { describe, expect, it } from 'vitest';
import { ApiError, createAssetClient } from '../../src/index.js';
import { startTestServer } from '../helpers/test-server.js';
import {
  invoiceExample,
  FAST,
  statusRequest,
  invoiceOk,
  failWith,
  rejectionOf,
  checkRequestsAgainstTheSpec,
} from '../helpers/resilience.js';

checkRequestsAgainstTheSpec();

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
