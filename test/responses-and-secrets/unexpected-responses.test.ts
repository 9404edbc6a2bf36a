// What callers get back when the answer is not what the spec promises: malformed success bodies
// (never a SyntaxError, never retried) and opt-in response validation. Every request goes to a real
// HTTP server on 127.0.0.1 that checks it against the spec with Ajv
// (test/helpers/contract-server.ts). Shared fixtures: test/helpers/responses-and-secrets.ts.
import { describe, expect, it } from 'vitest';
import {
  ApiError,
  ResponseValidationError,
  UnexpectedResponseError,
  isResponseValidationError,
  isUnexpectedResponseError,
} from '../../src/index.js';
import { assetResponseSchemas, createAssetCore, updateInvoiceStatus } from '../../generated/asset/index.js';
import { createMollieClient, createMollieCore } from '../../generated/mollie/index.js';
import { ConfigurationError } from '../../src/index.js';
import { useContractServer } from '../helpers/contract-server.js';
import { BUSINESS_ID, INVOICE_ID } from '../helpers/sample-values.js';
import { json, type Reply, type TestRequest } from '../helpers/test-server.js';
import {
  type Json,
  INVOICE_PATH,
  SALES_INVOICE_PATH,
  invoiceExample,
  salesInvoiceExample,
  HTML_PAGE,
  printed,
  raw,
  without,
  rejection,
  assetInvoiceCall,
  mollieMemoCall,
} from '../helpers/responses-and-secrets.js';

let answer: (request: TestRequest) => Reply;
const server = useContractServer((request) => answer(request), { spec: 'both' });

describe('malformed success bodies are clear errors, never a SyntaxError, and a 200 is not retried', () => {
  const invoiceUrl = (): string => server.url + INVOICE_PATH;

  it('an HTML page with status 200 is an UnexpectedResponseError naming method, URL and content type', async () => {
    answer = () => raw(200, HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' });
    const error = await rejection(assetInvoiceCall(server.url));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(isUnexpectedResponseError(error)).toBe(true);
    const unexpected = error as UnexpectedResponseError;
    expect(unexpected.status).toBe(200);
    expect(unexpected.contentType).toBe('text/html; charset=utf-8');
    expect(unexpected.bodySnippet.startsWith('<!doctype html>')).toBe(true);
    expect(unexpected.bodySnippet).toBe(printed(HTML_PAGE).slice(0, 200));
    expect(unexpected.operationId).toBe('updateInvoiceStatus');
    expect(unexpected.message).toBe(
      `PATCH ${invoiceUrl()} answered 200 with content type text/html; charset=utf-8 instead of application/json`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('an HTML page with status 500 is an ApiError whose body is the raw HTML, after the attempts the policy allows', async () => {
    answer = () => raw(500, HTML_PAGE, { 'content-type': 'text/html' });
    const error = await rejection(assetInvoiceCall(server.url));
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(500);
    expect(apiError.body).toBe(printed(HTML_PAGE));
    expect(apiError.message).toBe(
      `PATCH ${invoiceUrl()} failed with status 500: ${HTML_PAGE.replace(/\s+/g, ' ').slice(0, 199)}…`,
    );
    expect(server.requests).toHaveLength(3); // maxAttempts 3: 500 is retryable and the status update repeatable

    server.requests.length = 0;
    const once = await rejection(assetInvoiceCall(server.url, { retry: false }));
    expect((once as ApiError).body).toBe(printed(HTML_PAGE));
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['with Content-Length: 0', { 'content-type': 'application/json', 'content-length': '0' }, '0'],
    ['chunked, without Content-Length', { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, null],
  ] as const)('an empty 200 %s is an UnexpectedResponseError', async (_label, headers, contentLength) => {
    answer = () => raw(200, '', { ...headers });
    const error = await rejection(assetInvoiceCall(server.url));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    const unexpected = error as UnexpectedResponseError;
    expect(unexpected.headers.get('content-length')).toBe(contentLength);
    expect(unexpected.message).toBe(`PATCH ${invoiceUrl()} answered 200 with an empty body`);
    expect(unexpected.bodySnippet).toBe('');
    expect(server.requests).toHaveLength(1);
  });

  it('truncated JSON with status 200 is an UnexpectedResponseError, not a SyntaxError', async () => {
    answer = () => raw(200, '{"data": {"id"', { 'content-type': 'application/json' });
    const error = await rejection(assetInvoiceCall(server.url));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect((error as UnexpectedResponseError).bodySnippet).toBe('{"data": {"id"');
    expect((error as Error).message).toBe(
      `PATCH ${invoiceUrl()} answered 200 with a body that is not valid JSON (truncated or malformed)`,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('valid JSON without any Content-Type is an UnexpectedResponseError', async () => {
    answer = () => raw(200, JSON.stringify(invoiceExample), {});
    const error = await rejection(assetInvoiceCall(server.url));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as UnexpectedResponseError).contentType).toBeUndefined();
    expect((error as Error).message).toContain('with content type (none) instead of application/json');
    expect(server.requests).toHaveLength(1);
  });

  it('valid JSON sent as text/plain is an UnexpectedResponseError', async () => {
    answer = () => raw(200, JSON.stringify(invoiceExample), { 'content-type': 'text/plain' });
    const error = await rejection(assetInvoiceCall(server.url));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as UnexpectedResponseError).contentType).toBe('text/plain');
    expect((error as Error).message).toContain('with content type text/plain instead of application/json');
    expect(server.requests).toHaveLength(1);
  });

  it('a Mollie success sent as application/json instead of application/hal+json is an UnexpectedResponseError', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/json');
    const error = await rejection(mollieMemoCall(server.url));
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect((error as Error).message).toBe(
      `PATCH ${server.url}${SALES_INVOICE_PATH} answered 200 with content type application/json instead of application/hal+json`,
    );
    expect((error as UnexpectedResponseError).bodySnippet).toBe(JSON.stringify(salesInvoiceExample).slice(0, 200));
    expect(server.requests).toHaveLength(1);
  });

  it('application/hal+json with parameters (and any case) is accepted', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json; charset=utf-8');
    await expect(mollieMemoCall(server.url)).resolves.toEqual(salesInvoiceExample);
    answer = () => json(200, salesInvoiceExample, 'Application/HAL+JSON;charset=UTF-8');
    await expect(mollieMemoCall(server.url)).resolves.toEqual(salesInvoiceExample);
    expect(server.requests).toHaveLength(2);
  });
});

describe('response validation (opt-in)', () => {
  const incomplete = { data: without(invoiceExample['data'] as Json, 'customer_id') };

  it('is off by default: a body missing a required field is returned as is', async () => {
    answer = () => json(200, incomplete);
    await expect(assetInvoiceCall(server.url)).resolves.toEqual(incomplete);
  });

  it('validateResponses: true throws a ResponseValidationError naming the path, with the parsed body', async () => {
    answer = () => json(200, incomplete);
    const error = await rejection(assetInvoiceCall(server.url, { validateResponses: true }));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect(isResponseValidationError(error)).toBe(true);
    const invalid = error as ResponseValidationError;
    expect(invalid.operationId).toBe('updateInvoiceStatus');
    expect(invalid.issues).toEqual([{ path: '/data/customer_id', rule: 'required', message: 'is required' }]);
    expect(invalid.data).toEqual(incomplete);
    expect(invalid.message).toContain('/data/customer_id: is required (required)');
    expect(server.requests).toHaveLength(1);
  });

  it('a function is called once with the error, and the data is returned', async () => {
    answer = () => json(200, incomplete);
    const seen: ResponseValidationError[] = [];
    const result = await assetInvoiceCall(server.url, { validateResponses: (error) => seen.push(error) });
    expect(result).toEqual(incomplete);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(ResponseValidationError);
    expect(seen[0]?.issues.map((issue) => issue.path)).toEqual(['/data/customer_id']);
    expect(seen[0]?.data).toEqual(incomplete);
  });

  it('an unknown value of an open enum is not an error, even with validateResponses: true', async () => {
    const newStatus = { ...salesInvoiceExample, status: 'some-new-status' };
    answer = () => json(200, newStatus, 'application/hal+json');
    await expect(mollieMemoCall(server.url, { validateResponses: true })).resolves.toEqual(newStatus);

    const newSource = { data: { ...(invoiceExample['data'] as Json), source: 'quickbooks' } };
    answer = () => json(200, newSource);
    await expect(assetInvoiceCall(server.url, { validateResponses: true })).resolves.toEqual(newSource);
  });

  it('a core checks responses against the response schemas it is given, and refuses to check without them', async () => {
    const call = (core: ReturnType<typeof createAssetCore>) =>
      updateInvoiceStatus(core, {
        path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
        body: { status: 'paid' },
      });
    answer = () => json(200, incomplete);
    const checking = createAssetCore({
      baseUrl: server.url,
      token: 'asset-token',
      retry: false,
      validateResponses: true,
      responseSchemas: assetResponseSchemas,
    });
    const error = await rejection(call(checking));
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([
      { path: '/data/customer_id', rule: 'required', message: 'is required' },
    ]);
    // Without validateResponses the schemas change nothing; without schemas a core would check nothing,
    // so asking it to check is refused before anything is sent.
    await expect(
      call(createAssetCore({ baseUrl: server.url, token: 'asset-token', responseSchemas: assetResponseSchemas })),
    ).resolves.toEqual(incomplete);
    const before = server.requests.length;
    for (const make of [
      () => createAssetCore({ baseUrl: server.url, token: 'asset-token', validateResponses: true }),
      () => createMollieCore({ baseUrl: server.url, token: 'test_x', validateResponses: () => undefined }),
    ]) {
      expect(make).toThrow(ConfigurationError);
      expect(make).toThrow(
        /^validateResponses: a core has no schemas to check responses against; pass `responseSchemas: (asset|mollie)ResponseSchemas`, or use the full client\.$/,
      );
    }
    // Another API's schemas would check none of this API's operations: refused, naming the right ones.
    const mixed = () =>
      createMollieCore({ token: 'test_x', validateResponses: true, responseSchemas: assetResponseSchemas });
    expect(mixed).toThrow(ConfigurationError);
    expect(mixed).toThrow("responseSchemas: not mollie's response schemas; pass `mollieResponseSchemas`.");
    // A full client names them too: it has its own, and refuses another API's given over them.
    expect(() => createMollieClient({ token: 'test_x', responseSchemas: assetResponseSchemas })).toThrow(
      "responseSchemas: not mollie's response schemas; pass `mollieResponseSchemas`.",
    );
    expect(server.requests).toHaveLength(before);
  });

  it('an operation missing from the response schemas given is not checked (a core may be given some only)', async () => {
    answer = () => json(200, incomplete);
    const core = createAssetCore({
      baseUrl: server.url,
      token: 'asset-token',
      retry: false,
      validateResponses: true,
      // Keys an operation could never be looked up by: own keys only, never Object.prototype's.
      responseSchemas: {
        api: 'asset',
        operations: JSON.parse('{"__proto__": {"200": {"type": "string"}}, "updateBill": {}}') as never,
      },
    });
    await expect(
      updateInvoiceStatus(core, {
        path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
        body: { status: 'paid' },
      }),
    ).resolves.toEqual(incomplete);
  });

  it('the documented examples pass validation', async () => {
    answer = () => json(200, invoiceExample);
    await expect(assetInvoiceCall(server.url, { validateResponses: true })).resolves.toEqual(invoiceExample);
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    await expect(mollieMemoCall(server.url, { validateResponses: true })).resolves.toEqual(salesInvoiceExample);
  });
});
