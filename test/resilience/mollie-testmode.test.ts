// Mollie's `testmode` and the kind of credential that may send it. Shared requests and answers:
// test/helpers/resilience.ts.
import { describe, expect, it } from 'vitest';
import {
  RequestValidationError,
  createMollieClient,
  isAbortError,
  isRequestValidationError,
  isTimeoutError,
} from '../../src/index.js';
import { startTestServer } from '../helpers/test-server.js';
import {
  salesInvoiceExample,
  FAST,
  memoRequest,
  testmodeRequest,
  salesInvoiceOk,
  rejectionOf,
  authorizations,
  sleep,
  checkRequestsAgainstTheSpec,
} from '../helpers/resilience.js';

checkRequestsAgainstTheSpec();

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
