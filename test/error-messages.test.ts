// What the errors and log events tell a developer, against a real server on 127.0.0.1:
// - `ApiError.message` summarises the provider's documented error body, read as the generator
//   described each spec's error schemas (Asset's FastAPI list and message, Mollie's detail and field),
//   bounded, one line, credentials scrubbed;
// - a pattern failure on a prefixed id says what is expected in words, then the regex;
// - the OAuth token request shows in the logger's events;
// - an idempotency key cannot be set for a whole client, by either option.
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  createAssetClient,
  createMollieClient,
  isApiError,
  isRequestValidationError,
  type LogEvent,
} from '../src/index.js';
import { closeTestServers, json, startTestServer, type TestServer } from './helpers/test-server.js';
import { BILL_ID, BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from './helpers/sample-values.js';

afterEach(async () => {
  await closeTestServers();
});

const TOKEN = 'asset-token-QmVhcmVyVG9rZW4';
const MOLLIE_KEY = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';

async function assetErrorMessage(status: number, body: unknown): Promise<string> {
  const server = await startTestServer(() => json(status, body));
  const asset = createAssetClient({ baseUrl: server.url, token: TOKEN, retry: false });
  const error = await asset
    .updateInvoiceStatus({ path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'paid' } })
    .catch((caught: unknown) => caught);
  expect(isApiError(error)).toBe(true);
  return (error as Error).message;
}

function invoiceUrl(server: TestServer): string {
  return `${server.url}/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`;
}

describe('ApiError.message summarises the documented error body', () => {
  it("Asset's FastAPI 422: each problem with where it is", async () => {
    const message = await assetErrorMessage(422, {
      detail: [
        { loc: ['body', 'status'], msg: 'Input should be a valid status', type: 'enum' },
        { loc: ['path', 'invoice_id'], msg: 'Invoice is locked', type: 'value_error' },
      ],
    });
    expect(message).toMatch(
      / failed with status 422: Input should be a valid status \(field body\.status\); Invoice is locked \(field path\.invoice_id\)$/u,
    );
  });

  it('a long list names three problems and counts the rest', async () => {
    const detail = Array.from({ length: 7 }, (_, index) => ({ loc: ['body', `f${index}`], msg: 'bad', type: 'x' }));
    const message = await assetErrorMessage(422, { detail });
    expect(message).toMatch(
      /: bad \(field body\.f0\); bad \(field body\.f1\); bad \(field body\.f2\) \(and 4 more\)$/u,
    );
  });

  it("Asset's message body (429) and string detail (404)", async () => {
    expect(await assetErrorMessage(429, { message: 'Too Many Requests' })).toMatch(/ 429: Too Many Requests$/u);
    expect(await assetErrorMessage(404, { detail: 'Invoice not found' })).toMatch(/ 404: Invoice not found$/u);
  });

  it("Mollie's detail and field", async () => {
    const server = await startTestServer(() =>
      json(
        422,
        {
          status: 422,
          title: 'Unprocessable Entity',
          detail: 'The payment term is invalid.',
          field: 'paymentTerm',
          _links: { documentation: { href: 'https://docs.mollie.com/errors', type: 'text/html' } },
        },
        'application/hal+json',
      ),
    );
    const mollie = createMollieClient({ baseUrl: server.url, token: MOLLIE_KEY });
    const error = await mollie
      .updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'x' } })
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(
      `PATCH ${server.url}/v2/sales-invoices/${SALES_INVOICE_ID} failed with status 422: The payment term is invalid. (field paymentTerm)`,
    );
  });

  it('a body of no documented shape gives the status alone', async () => {
    const server = await startTestServer(() => json(418, { teapot: true }));
    const asset = createAssetClient({ baseUrl: server.url, token: TOKEN, retry: false });
    const error = await asset
      .updateInvoiceStatus({ path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'paid' } })
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toBe(`PATCH ${invoiceUrl(server)} failed with status 418`);
  });

  it('is one bounded line: control characters escaped, at most 200 characters of summary', async () => {
    const forged = 'Bad request\r\n[INFO] payment captured\u0000\u001b[31m';
    const message = await assetErrorMessage(400, { message: forged + 'x'.repeat(5_000) });
    expect(message).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/u);
    expect(message).toContain('Bad request [INFO] payment captured\\u0000\\u001b[31m');
    const summary = message.slice(message.indexOf(': ') + 2);
    expect(summary.length).toBeLessThanOrEqual(200);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('never carries the credential a server echoes in the body', async () => {
    const message = await assetErrorMessage(401, { detail: `Token ${TOKEN} is not valid` });
    expect(message).not.toContain(TOKEN);
    expect(message).toMatch(/: Token \[redacted\] is not valid$/u);
  });
});

describe('a pattern failure on a prefixed id says what is expected in words', () => {
  it('path parameters and body fields: the id kind, its prefix, the characters and the length, then the regex', async () => {
    const server = await startTestServer(() => json(200, {}));
    const asset = createAssetClient({ baseUrl: server.url, token: TOKEN });
    const pathError = await asset
      .updateInvoiceStatus({ path: { business_id: BUSINESS_ID, invoice_id: 'inv_0OIl' }, body: { status: 'paid' } })
      .catch((caught: unknown) => caught);
    expect(isRequestValidationError(pathError)).toBe(true);
    expect((pathError as Error).message).toContain(
      '/path/invoice_id: must be an invoice id: `inv_` followed by 1 to 64 base58 characters (^inv_[1-9A-HJ-NP-Za-km-z]{1,64}$) (pattern)',
    );
    const bodyError = await asset
      .updateBill({
        path: { business_id: BUSINESS_ID, bill_id: BILL_ID },
        body: {
          line_changes: {
            create_lines: [{ amount: 1, description: 'Paper', ledger_id: 'ldg_' as `ldg_${string}` }],
          },
        },
      })
      .catch((caught: unknown) => caught);
    expect((bodyError as Error).message).toContain(
      '/body/line_changes/create_lines/0/ledger_id: must be a ledger id: `ldg_` followed by 1 to 64 base58 characters (^ldg_[1-9A-HJ-NP-Za-km-z]{1,64}$)',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('says it with the spec check off too (the path check that always runs)', async () => {
    const server = await startTestServer(() => json(200, {}));
    const mollie = createMollieClient({ baseUrl: server.url, token: MOLLIE_KEY });
    const error = await mollie
      .updateSalesInvoice(
        { path: { salesInvoiceId: 'invoice_../x' as `invoice_${string}` }, body: { memo: 'x' } },
        { validateRequest: false },
      )
      .catch((caught: unknown) => caught);
    expect((error as Error).message).toContain(
      'must be a sales invoice id: `invoice_` followed by 1 to 24 letters and digits (^invoice_[0-9A-Za-z]{1,24}$)',
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('the OAuth token request in the logger', () => {
  const SECRET = 'client-secret-9f8e7d6c5b4a';
  const ISSUED = 'issued-access-token-1a2b3c';

  /** The events of one call through a client-credentials client; how the call ends does not matter here. */
  async function loggedCall(server: TestServer): Promise<LogEvent[]> {
    const events: LogEvent[] = [];
    const asset = createAssetClient({
      baseUrl: server.url,
      clientCredentials: { clientId: 'client-1', clientSecret: SECRET },
      logger: (event) => events.push(event),
    });
    await asset
      .updateInvoiceStatus({ path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'paid' } })
      .catch(() => undefined);
    return events;
  }

  it('logs token-request and token-response (status, duration) before the call it serves, never the secret or token', async () => {
    const server = await startTestServer((request) =>
      request.url === '/v0/auth/token'
        ? json(200, { access_token: ISSUED, token_type: 'Bearer', expires_in: 3600 })
        : json(200, {}),
    );
    const events = await loggedCall(server);
    expect(events.map((event) => event.type).slice(0, 3)).toEqual(['token-request', 'token-response', 'request']);
    expect(events[0]).toEqual({ type: 'token-request', method: 'POST', url: `${server.url}/v0/auth/token` });
    const response = events[1] as Extract<LogEvent, { type: 'token-response' }>;
    expect(response.status).toBe(200);
    expect(response.durationMs).toBeGreaterThanOrEqual(0);
    const text = JSON.stringify(events);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(ISSUED);
  });

  it('logs token-error with the status when the token endpoint refuses', async () => {
    const server = await startTestServer(() =>
      json(401, { error: 'invalid_client', error_description: `bad ${SECRET}` }),
    );
    const events = await loggedCall(server);
    const failure = events.find((event) => event.type === 'token-error');
    expect(failure).toMatchObject({ type: 'token-error', status: 401, errorName: 'TokenRequestError' });
    expect(JSON.stringify(events)).not.toContain(SECRET);
  });
});

describe('an idempotency key is one per call, never one per client', () => {
  const refusal =
    '"Idempotency-Key" is an idempotency key, one per call: pass it in a call\'s `header`, or leave it out for a fresh one.';

  it('is refused alike in `headers` and `headerDefaults`, in any letter case', () => {
    expect(() => createMollieClient({ token: MOLLIE_KEY, headers: { 'Idempotency-Key': 'k' } })).toThrow(
      new ConfigurationError(`headers: ${refusal}`),
    );
    expect(() => createMollieClient({ token: MOLLIE_KEY, headerDefaults: { 'Idempotency-Key': 'k' } })).toThrow(
      new ConfigurationError(`headerDefaults: ${refusal}`),
    );
    expect(() => createMollieClient({ token: MOLLIE_KEY, headers: { 'idempotency-key': 'k' } })).toThrow(
      ConfigurationError,
    );
  });

  it('a key per call is kept; without one each call gets a fresh one', async () => {
    const server = await startTestServer(() => json(200, {}, 'application/hal+json'));
    const mollie = createMollieClient({ baseUrl: server.url, token: MOLLIE_KEY, headers: { 'X-Trace': 't' } });
    const call = (header?: { 'Idempotency-Key': string }) =>
      mollie
        .updateSalesInvoice({
          path: { salesInvoiceId: SALES_INVOICE_ID },
          body: { memo: 'x' },
          ...(header ? { header } : {}),
        })
        .catch(() => undefined);
    await call({ 'Idempotency-Key': 'my-key-1' });
    await call();
    await call();
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys[0]).toBe('my-key-1');
    expect(keys[1]).toMatch(/^[0-9a-f-]{36}$/u);
    expect(keys[2]).not.toBe(keys[1]);
  });
});
