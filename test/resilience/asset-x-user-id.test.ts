// Asset's x-user-id header from headerDefaults and per call. Shared requests and answers:
// test/helpers/resilience.ts.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, RequestValidationError, createAssetClient } from '../../src/index.js';
import { startTestServer } from '../helpers/test-server.js';
import {
  FAST,
  statusRequest,
  billFieldsOnly,
  invoiceOk,
  billOk,
  rejectionOf,
  checkRequestsAgainstTheSpec,
} from '../helpers/resilience.js';

checkRequestsAgainstTheSpec();

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
