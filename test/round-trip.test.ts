// Each operation against a real HTTP server on 127.0.0.1: what goes over the wire, and what the
// caller gets back. The server checks every request against the spec with Ajv (an independent
// validator); a request the spec rejects fails the test that sent it.
import type { Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ConfigurationError,
  RequestValidationError,
  UnexpectedResponseError,
  createAssetClient,
  createAssetCore,
  createMollieClient,
  createMollieCore,
  isApiError,
  isRequestValidationError,
  updateInvoiceStatus,
  updateSalesInvoice,
  type UpdateBillBody,
  type UpdateSalesInvoiceError,
} from '../src/index.js';
import { responseExample } from './helpers/examples.js';
import { useContractServer } from './helpers/contract-server.js';
import { json, startTestServer, type TestRequest, type Reply } from './helpers/test-server.js';
import { BILL_ID, BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from './helpers/sample-values.js';

const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
const billExample = responseExample('asset.yaml', 'updateBill', '200', 'updatedBill');
const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');
const mollieError = responseExample('mollie.yaml', 'updateSalesInvoice', '422', 'badTerm');

let answer: (request: TestRequest) => Reply;
const server = useContractServer((request) => answer(request), { spec: 'both' });

describe('Asset updateInvoiceStatus', () => {
  it('sends PATCH to the invoice path with bearer auth, JSON body and x-user-id, and returns the typed invoice', async () => {
    answer = () => json(200, invoiceExample);
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-token-1' });
    const result = await asset.updateInvoiceStatus({
      path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
      header: { 'x-user-id': 'accounts@example.com' },
      body: { status: 'paid' },
    });

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.url).toBe(`/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`);
    expect(request?.headers['authorization']).toBe('Bearer asset-token-1');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['accept']).toBe('application/json');
    expect(request?.headers['x-user-id']).toBe('accounts@example.com');
    expect(JSON.parse(request?.body ?? '')).toEqual({ status: 'paid' });

    expect(result).toEqual(invoiceExample);
    expect(result.data.status).toBe('paid');
    expect(result.data.lines?.[0]?.tax_rate).toBe(0.08);
  });

  it('turns a 404 into an ApiError carrying status, body, headers, request id, method and URL', async () => {
    answer = () => json(404, { message: 'Not found' }, 'application/json', { 'x-request-id': 'req-123' });
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-token-1' });
    const error = await asset
      .updateInvoiceStatus({ path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'voided' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error)).toBe(true);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(404);
    expect(apiError.body).toEqual({ message: 'Not found' });
    expect(apiError.requestId).toBe('req-123');
    expect(apiError.headers.get('content-type')).toBe('application/json');
    expect(apiError.operationId).toBe('updateInvoiceStatus');
    expect(apiError.message).toBe(
      `PATCH ${server.url}/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID} failed with status 404: Not found`,
    );
  });
});

describe('Asset updateBill', () => {
  it('sends the partial update with line changes and no x-user-id, and returns the typed bill', async () => {
    answer = () => json(200, billExample);
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-token-2' });
    const body: UpdateBillBody = {
      number: 'BILL-002',
      status: null,
      line_changes: {
        create_lines: [{ amount: 120.52, ledger_id: 'ldg_ErisumsAc7qgmbTctM7zKK', metadata_: { cost_center: 'OPS' } }],
        delete_lines: ['bill_line_9cTgH2kLmN3pQrS4tUvWxY'],
      },
    };
    const result = await asset.updateBill({ path: { business_id: BUSINESS_ID, bill_id: BILL_ID }, body });

    const [request] = server.requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.url).toBe(`/v0/business/${BUSINESS_ID}/bills/${BILL_ID}`);
    expect(request?.headers['authorization']).toBe('Bearer asset-token-2');
    expect(request?.headers['x-user-id']).toBeUndefined();
    expect(JSON.parse(request?.body ?? '')).toEqual(body);
    expect(result).toEqual(billExample);
    expect(result.data.vendor_id).toBe('ven_ErisumsAc7qgmbTctM7zKK');
  });
});

describe('Mollie updateSalesInvoice', () => {
  it('sends PATCH with the idempotency key, asks for hal+json, and returns the typed sales invoice', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    const mollie = createMollieClient({ baseUrl: server.url, token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
    const body = { status: 'issued', emailDetails: { subject: 'Your invoice', body: 'Attached.' } } as const;
    const result = await mollie.updateSalesInvoice({
      path: { salesInvoiceId: SALES_INVOICE_ID },
      header: { 'Idempotency-Key': '3f1c7a52-7d0e-4b8e-9d0b-5b6f1e2a9c41' },
      body,
    });

    const [request] = server.requests;
    expect(request?.method).toBe('PATCH');
    expect(request?.url).toBe(`/v2/sales-invoices/${SALES_INVOICE_ID}`);
    expect(request?.headers['authorization']).toBe('Bearer test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM');
    expect(request?.headers['accept']).toBe('application/hal+json');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.headers['idempotency-key']).toBe('3f1c7a52-7d0e-4b8e-9d0b-5b6f1e2a9c41');
    expect(JSON.parse(request?.body ?? '')).toEqual(body);

    expect(result).toEqual(salesInvoiceExample);
    expect(result.status).toBe('issued');
    expect(result.totalAmount?.value).toBe('107.69');
    expect(result._links?.self?.href).toContain(SALES_INVOICE_ID);
  });

  it("turns Mollie's hal+json error into an ApiError with the typed body and the field in the message", async () => {
    answer = () => json(422, mollieError, 'application/hal+json');
    const core = createMollieCore({ baseUrl: server.url, token: 'test_x' });
    const error = await updateSalesInvoice(core, {
      path: { salesInvoiceId: SALES_INVOICE_ID },
      body: { memo: 'x' },
    }).catch((caught: unknown) => caught);
    expect(isApiError(error)).toBe(true);
    const body = (error as ApiError<UpdateSalesInvoiceError>).body;
    expect(body.field).toBe('paymentTerm');
    expect(body._links.documentation.href).toBe('https://docs.mollie.com/reference/update-sales-invoice');
    expect((error as Error).message).toBe(
      `PATCH ${server.url}/v2/sales-invoices/${SALES_INVOICE_ID} failed with status 422: The payment term is invalid. (field paymentTerm)`,
    );
  });
});

describe('path parameters never change the target', () => {
  const hostile = [
    '',
    '..',
    '../payments',
    'invoice_../../v1',
    'invoice_abc/../../x',
    'invoice_%2e%2e',
    'invoice_abc?testmode=true',
    'invoice_abc#fragment',
    'invoice_abc\r\nX-Injected: 1',
    'invoice_abc\u0000',
    ' invoice_abc',
    'invoice_ab c',
    'invoice_ä',
    `invoice_${'a'.repeat(10_000)}`,
    'https://evil.test/',
    '//evil.test',
  ];

  it.each(hostile.map((value) => [JSON.stringify(value).slice(0, 40), value]))(
    'refuses %s before sending',
    async (_label, value) => {
      answer = () => json(200, salesInvoiceExample, 'application/hal+json');
      const mollie = createMollieClient({ baseUrl: server.url, token: 'test_x' });
      const error = await mollie
        .updateSalesInvoice({ path: { salesInvoiceId: value as `invoice_${string}` }, body: { memo: 'x' } })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(RequestValidationError);
      expect(isRequestValidationError(error)).toBe(true);
      expect((error as RequestValidationError).issues).toEqual([
        {
          path: '/path/salesInvoiceId',
          rule: 'pattern',
          // In words from the spec (component name, prefix, character class, length), then the regex.
          message:
            'must be a sales invoice id: `invoice_` followed by 1 to 24 letters and digits (^invoice_[0-9A-Za-z]{1,24}$)',
        },
      ]);
      expect(server.requests).toHaveLength(0);
    },
  );

  it('lists every bad path parameter in one error, and sends nothing', async () => {
    answer = () => json(200, invoiceExample);
    const core = createAssetCore({ baseUrl: server.url, token: 't' });
    const error = await updateInvoiceStatus(core, {
      path: { business_id: 'biz_../x' as `biz_${string}`, invoice_id: undefined as unknown as `inv_${string}` },
      body: { status: 'paid' },
    }).catch((caught: unknown) => caught);
    expect((error as RequestValidationError).issues).toEqual([
      {
        path: '/path/business_id',
        rule: 'pattern',
        message:
          'must be a business id: `biz_` followed by 1 to 64 base58 characters (^biz_[1-9A-HJ-NP-Za-km-z]{1,64}$)',
      },
      { path: '/path/invoice_id', rule: 'required', message: 'must be a string' },
    ]);
    expect((error as Error).message).toContain('updateInvoiceStatus: the request was not sent');
    expect(server.requests).toHaveLength(0);
  });
});

describe('client options', () => {
  it('pick the server of the environment from the spec, defaulting to the first one listed', () => {
    expect(createAssetCore({ token: 't' }).baseUrl).toBe('https://api.sandbox.getasset.com');
    expect(createAssetCore({ token: 't', environment: 'production' }).baseUrl).toBe('https://api.getasset.com');
    expect(createMollieCore({ token: 't' }).baseUrl).toBe('https://api.mollie.com');
    expect(createMollieCore({ token: 't', baseUrl: 'http://127.0.0.1:9/proxy/' }).baseUrl).toBe(
      'http://127.0.0.1:9/proxy',
    );
  });

  it('refuse base URLs that could redirect requests, without echoing credentials', () => {
    expect(() => createAssetCore({ token: 't', environment: 'staging' as 'sandbox' })).toThrow(
      'unknown environment "staging"; use one of: sandbox, production.',
    );
    for (const baseUrl of [
      'api.mollie.com',
      'ftp://api.mollie.com',
      'https://api.mollie.com/?x=1',
      'https://api.mollie.com/#x',
    ]) {
      expect(() => createMollieCore({ token: 't', baseUrl }), baseUrl).toThrow(ConfigurationError);
    }
    const withSecret = (): unknown =>
      createMollieCore({ token: 't', baseUrl: 'https://user:hunter2secret@api.mollie.com' });
    expect(withSecret).toThrow('baseUrl must not contain a user name or password');
    expect(() => withSecret()).not.toThrow(/hunter2secret/);
  });

  it('refuse a malformed token without putting it in the message, and send nothing', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    expect(() => createMollieCore({ token: 'test_abc\r\nX-Evil: 1' })).toThrow(ConfigurationError);
    expect(() => createMollieCore({ token: 'test_abc\r\nX-Evil: 1' })).not.toThrow(/test_abc/);
    expect(() => createMollieCore({ token: '' })).toThrow('The bearer token is missing or empty.');
    const mollie = createMollieClient({ baseUrl: server.url, token: async () => 'live_secret value' });
    const error = await mollie
      .updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'x' } })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(String((error as Error).message) + String((error as Error).stack)).not.toContain('live_secret');
    expect(server.requests).toHaveLength(0);
  });

  it('call an async token provider before every request', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    let issued = 0;
    const mollie = createMollieClient({ baseUrl: server.url, token: async () => `access_token${++issued}` });
    await mollie.updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'a' } });
    await mollie.updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'b' } });
    expect(server.requests.map((request) => request.headers['authorization'])).toEqual([
      'Bearer access_token1',
      'Bearer access_token2',
    ]);
  });

  it('refuse a header default that no operation declares, or that would reuse one idempotency key', () => {
    expect(() => createAssetCore({ token: 't', headerDefaults: { 'x-userid': 'a@b.c' } })).toThrow(
      'headerDefaults: "x-userid" is not a header parameter of Asset accounting API (invoice and bill updates) that takes a default (x-user-id).',
    );
    expect(() => createMollieCore({ token: 'test_x', headerDefaults: { 'Idempotency-Key': 'k' } })).toThrow(
      ConfigurationError,
    );
    expect(createAssetCore({ token: 't', headerDefaults: { 'X-User-Id': 'a@b.c' } }).baseUrl).toBe(
      'https://api.sandbox.getasset.com',
    );
  });

  it('keep openapi-fetch middleware available: it sees every operation call', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    const mollie = createMollieClient({ baseUrl: server.url, token: 'test_x' });
    const seen: string[] = [];
    const middleware: Middleware = {
      // Middleware is promised real platform objects: it may clone them or read their bodies.
      onRequest: async ({ request, schemaPath }) => {
        expect(request).toBeInstanceOf(Request);
        seen.push(`${request.method} ${schemaPath} ${await request.clone().text()}`);
        request.headers.set('x-from-middleware', 'yes');
        return request;
      },
      onResponse: async ({ response }) => {
        expect(response).toBeInstanceOf(Response);
        seen.push(`status ${response.status} ${(await response.clone().json()).id}`);
        return response;
      },
    };
    mollie.http.use(middleware);
    const invoice = await mollie.updateSalesInvoice({
      path: { salesInvoiceId: SALES_INVOICE_ID },
      body: { memo: 'x' },
    });
    const exampleId = (salesInvoiceExample as { id: string }).id;
    expect(invoice.id).toBe(exampleId);
    expect(seen).toEqual(['PATCH /v2/sales-invoices/{salesInvoiceId} {"memo":"x"}', `status 200 ${exampleId}`]);
    expect(server.requests[0]?.headers['x-from-middleware']).toBe('yes');

    // Once ejected, calls take the path without middleware again, and still work.
    mollie.http.eject(middleware);
    await mollie.updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'y' } });
    expect(seen).toHaveLength(2);
    expect(server.requests[1]?.headers['x-from-middleware']).toBeUndefined();
    expect(server.requests[1]?.body).toBe('{"memo":"y"}');
  });

  it('never follow a redirect: the body and headers do not reach the other origin', async () => {
    const foreign = await startTestServer(() => json(200, salesInvoiceExample, 'application/hal+json'));
    try {
      for (const status of [301, 302, 303, 307, 308]) {
        answer = () => ({ status, headers: { location: `${foreign.url}/steal?token=x` }, body: '' });
        const mollie = createMollieClient({ baseUrl: server.url, token: 'test_redirected' });
        const error = await mollie
          .updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'secret memo' } })
          .catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(UnexpectedResponseError);
        expect(error).toMatchObject({ status });
        expect((error as Error).message).toBe(
          `PATCH ${server.url}/v2/sales-invoices/${SALES_INVOICE_ID} answered ${status} with a redirect to ` +
            `${foreign.url}, which is not followed: requests go only to the configured server`,
        );
      }
      expect(foreign.requests).toHaveLength(0);
    } finally {
      await foreign.close();
    }
  });

  it('send through a custom fetch, with client-wide and per-call headers', async () => {
    answer = () => json(200, invoiceExample);
    const seen: string[] = [];
    const asset = createAssetClient({
      baseUrl: server.url,
      token: 't',
      headers: { 'x-client': 'billing-service' },
      fetch: (request) => {
        seen.push(`${request.method} ${new URL(request.url).pathname}`);
        return globalThis.fetch(request);
      },
    });
    await asset.updateInvoiceStatus(
      { path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'open' } },
      { headers: { 'x-trace': 'abc' } },
    );
    expect(seen).toEqual([`PATCH /v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`]);
    expect(server.requests[0]?.headers['x-client']).toBe('billing-service');
    expect(server.requests[0]?.headers['x-trace']).toBe('abc');
  });

  it('honour an AbortSignal: an aborted call rejects and a call in flight is cancelled', async () => {
    answer = () => ({ ...json(200, salesInvoiceExample, 'application/hal+json'), delayMs: 2_000 });
    const mollie = createMollieClient({ baseUrl: server.url, token: 'test_x' });
    const request = { path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'x' } } as const;

    await expect(mollie.updateSalesInvoice(request, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(server.requests).toHaveLength(0);

    const controller = new AbortController();
    const started = Date.now();
    const pending = mollie.updateSalesInvoice(request, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});
