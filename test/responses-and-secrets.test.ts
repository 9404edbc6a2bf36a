// What callers get back when the answer is not what the spec promises, what the logging hook and
// the User-Agent say, and that no credential ends up in an error, a log event or the wrong server.
// Every request goes to a real HTTP server on 127.0.0.1 that checks it against the spec with Ajv.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  ConfigurationError,
  ConnectionError,
  RequestValidationError,
  ResponseValidationError,
  TimeoutError,
  TokenRequestError,
  UnexpectedResponseError,
  createAssetClient,
  createMollieClient,
  isAbortError,
  isApiError,
  isConfigurationError,
  isConnectionError,
  isInvoicingSdkError,
  isRequestValidationError,
  isResponseValidationError,
  isTimeoutError,
  isTokenRequestError,
  isUnexpectedResponseError,
  type BearerToken,
  type ClientCredentials,
  type LogEvent,
  type SharedClientOptions,
} from '../src/index.js';
import { SDK_VERSION } from '../src/client/version.js';
import { startContractServer, useContractServer } from './helpers/contract-server.js';
import { errorViews } from './helpers/error-views.js';
import { responseExample } from './helpers/examples.js';
import { closedPort, json, type Reply, type TestRequest } from './helpers/test-server.js';
import { PROJECT_DIR } from './helpers/project.js';
import { BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from './helpers/sample-values.js';

type Json = Record<string, unknown>;

const INVOICE_PATH = `/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`;
const SALES_INVOICE_PATH = `/v2/sales-invoices/${SALES_INVOICE_ID}`;
const TOKEN_PATH = '/v0/auth/token';

const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice') as Json;
const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice') as Json;
const mollieUnauthorized = responseExample('mollie.yaml', 'updateSalesInvoice', '401', 'badKey');
const mollieUnprocessable = responseExample('mollie.yaml', 'updateSalesInvoice', '422', 'badTerm');
const mollieUnavailable = responseExample('mollie.yaml', 'updateSalesInvoice', '5XX', 'unavailable');
const assetUnprocessable = responseExample('asset.yaml', 'updateInvoiceStatus', '422', 'badStatus');

const HTML_PAGE =
  '<!doctype html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>' +
  `<p>The upstream server did not answer.</p><p>${'Please try again in a few minutes. '.repeat(4)}</p></body></html>`;
/** The page as an error carries it: its control characters (here the line break) escaped. */
const printed = (text: string): string => text.replace(/\n/gu, '\\u000a');

// Fast retries, so that a retried status costs milliseconds; three attempts as by default.
const FAST_RETRY = { initialDelayMs: 1, maxDelayMs: 4, jitter: 0 } as const;

let answer: (request: TestRequest) => Reply;
const server = useContractServer((request) => answer(request), { spec: 'both' });

function raw(status: number, body: string, headers: Record<string, string>): Reply {
  return { status, headers, body };
}

function without(record: Json, field: string): Json {
  const { [field]: _removed, ...rest } = record;
  return rest;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject');
}

/** Client options of either provider, for overriding the defaults of the helpers below. */
interface TestOptions extends SharedClientOptions {
  readonly token?: BearerToken | undefined;
  readonly clientCredentials?: ClientCredentials;
}

function assetInvoiceCall(baseUrl: string, options: TestOptions = {}) {
  const asset = createAssetClient({ baseUrl, token: 'asset-token', retry: FAST_RETRY, ...options } as Parameters<
    typeof createAssetClient
  >[0]);
  return asset.updateInvoiceStatus({
    path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
    body: { status: 'paid' },
  });
}

function mollieMemoCall(baseUrl: string, options: TestOptions = {}) {
  const mollie = createMollieClient({ baseUrl, token: 'test_x', retry: FAST_RETRY, ...options } as Parameters<
    typeof createMollieClient
  >[0]);
  return mollie.updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'Thanks' } });
}

describe('contract server self-test: a request the spec rejects is recorded', () => {
  const validMollie = {
    method: 'PATCH',
    headers: { authorization: 'Bearer test_x', 'content-type': 'application/json', accept: 'application/hal+json' },
  };

  it('accepts a valid request, so the check does not flag everything', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    await fetch(server.url + SALES_INVOICE_PATH, { ...validMollie, body: JSON.stringify({ memo: 'x' }) });
    expect(server.requests).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('records an unknown body field, a path parameter with the wrong prefix, a wrong content type and an unknown path', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    await fetch(server.url + SALES_INVOICE_PATH, {
      ...validMollie,
      body: JSON.stringify({ memo: 'x', colour: 'red' }),
    });
    await fetch(`${server.url}/v0/business/${BUSINESS_ID}/invoice/bil_WQMDNUHpBThYSNh4AprDBo`, {
      method: 'PATCH',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'paid' }),
    });
    await fetch(server.url + SALES_INVOICE_PATH, {
      ...validMollie,
      headers: { ...validMollie.headers, 'content-type': 'text/plain' },
      body: JSON.stringify({ memo: 'x' }),
    });
    await fetch(`${server.url}/v2/payments/tr_WDqYK6vllg`, { method: 'GET', headers: { authorization: 'Bearer t' } });
    await fetch(`${server.url}/v2/sales-invoices/invoice_abc%2F..%2Fx`, { ...validMollie, body: '{"memo":"x"}' });

    const found = server.violations.splice(0);
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(/PATCH \/v2\/sales-invoices\/.*updateSalesInvoice.*additional properties \(colour\)/);
    expect(found[1]).toMatch(/path parameter invoice_id "bil_WQMDNUHpBThYSNh4AprDBo" breaks its schema/);
    expect(found[2]).toMatch(/content-type text\/plain is not one of application\/json/);
    expect(found[3]).toBe(
      'GET /v2/payments/tr_WDqYK6vllg: no operation of asset.yaml or mollie.yaml has this method and path',
    );
    expect(found[4]).toMatch(/path parameter salesInvoiceId "invoice_abc\/\.\.\/x" breaks its schema/);
  });

  it('skips the Asset token endpoint only where the Asset spec is checked', async () => {
    answer = () => json(200, { access_token: 'tok' });
    await fetch(server.url + TOKEN_PATH, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(server.violations).toEqual([]);

    const mollieOnly = await startContractServer(() => json(200, {}), { spec: 'mollie.yaml' });
    try {
      await fetch(mollieOnly.url + TOKEN_PATH, { method: 'POST', body: 'grant_type=client_credentials' });
      await fetch(mollieOnly.url + INVOICE_PATH, {
        method: 'PATCH',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: '{"status":"paid"}',
      });
      expect(mollieOnly.violations).toEqual([
        'POST /v0/auth/token: no operation of mollie.yaml has this method and path',
        `PATCH ${INVOICE_PATH}: no operation of mollie.yaml has this method and path`,
      ]);
    } finally {
      await mollieOnly.close();
    }
  });
});

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

  it('the documented examples pass validation', async () => {
    answer = () => json(200, invoiceExample);
    await expect(assetInvoiceCall(server.url, { validateResponses: true })).resolves.toEqual(invoiceExample);
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    await expect(mollieMemoCall(server.url, { validateResponses: true })).resolves.toEqual(salesInvoiceExample);
  });
});

describe('logging hook', () => {
  it('reports request then response, with operationId, attempt, method, URL and status', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json', { 'x-request-id': 'req-42' });
    const events: LogEvent[] = [];
    await mollieMemoCall(server.url, { logger: (event) => events.push(event) });
    const url = server.url + SALES_INVOICE_PATH;
    expect(events.map((event) => event.type)).toEqual(['request', 'response']);
    expect(events[0]).toMatchObject({
      type: 'request',
      operationId: 'updateSalesInvoice',
      attempt: 1,
      method: 'PATCH',
      url,
    });
    expect(events[1]).toMatchObject({
      type: 'response',
      operationId: 'updateSalesInvoice',
      attempt: 1,
      method: 'PATCH',
      url,
      status: 200,
      requestId: 'req-42',
    });
    expect((events[1] as { durationMs: number }).durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(events)).not.toContain('test_x');
  });

  it('reports each retry with its attempt, delay and reason between the attempts', async () => {
    let calls = 0;
    answer = () =>
      ++calls <= 2
        ? json(503, mollieUnavailable, 'application/hal+json')
        : json(200, salesInvoiceExample, 'application/hal+json');
    const events: LogEvent[] = [];
    await mollieMemoCall(server.url, {
      logger: (event) => events.push(event),
      retry: { initialDelayMs: 15, multiplier: 2, jitter: 0 },
    });
    expect(server.requests).toHaveLength(3);
    expect(events.map((event) => `${event.type}${'attempt' in event ? event.attempt : ''}`)).toEqual([
      'request1',
      'response1',
      'retry1',
      'request2',
      'response2',
      'retry2',
      'request3',
      'response3',
    ]);
    expect(events.filter((event) => event.type === 'response').map((event) => event.status)).toEqual([503, 503, 200]);
    expect(events.filter((event) => event.type === 'retry')).toEqual([
      { type: 'retry', operationId: 'updateSalesInvoice', attempt: 1, delayMs: 15, reason: 'status 503' },
      { type: 'retry', operationId: 'updateSalesInvoice', attempt: 2, delayMs: 30, reason: 'status 503' },
    ]);
  });

  it('redacts an Authorization header that is in the logged request headers', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    const events: LogEvent[] = [];
    await mollieMemoCall(server.url, {
      token: 'test_SECRETKEYxyz123456',
      headers: { Authorization: 'Bearer test_SECRETKEYxyz123456' },
      logger: (event) => events.push(event),
    });
    const request = events.find((event) => event.type === 'request');
    expect(request?.headers['authorization']).toBe('[redacted]');
    expect(JSON.stringify(events)).not.toContain('SECRETKEY');
    expect(server.requests[0]?.headers['authorization']).toBe('Bearer test_SECRETKEYxyz123456');
  });

  it('shows the Authorization header the SDK adds as [redacted]', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    const events: LogEvent[] = [];
    await mollieMemoCall(server.url, { token: 'test_SECRETKEYxyz123456', logger: (event) => events.push(event) });
    expect(server.requests[0]?.headers['authorization']).toBe('Bearer test_SECRETKEYxyz123456');
    const request = events.find((event) => event.type === 'request');
    expect(request?.headers['authorization']).toBe('[redacted]');
    expect(JSON.stringify(events)).not.toContain('SECRETKEY');
  });

  it('reports a connection failure: each attempt, each retry, then the error', async () => {
    const events: LogEvent[] = [];
    const error = await rejection(
      mollieMemoCall(`http://127.0.0.1:${await closedPort()}`, { logger: (event) => events.push(event) }),
    );
    expect(isConnectionError(error)).toBe(true);
    expect(events.map((event) => `${event.type}${'attempt' in event ? event.attempt : ''}`)).toEqual([
      'request1',
      'retry1',
      'request2',
      'retry2',
      'request3',
      'error',
    ]);
    expect(events.filter((event) => event.type === 'retry').map((event) => [event.delayMs, event.reason])).toEqual([
      [1, 'ECONNREFUSED'],
      [2, 'ECONNREFUSED'],
    ]);
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      operationId: 'updateSalesInvoice',
      method: 'PATCH',
      errorName: 'ConnectionError',
      message: (error as Error).message,
    });
  });

  it('a logger that throws does not break the call', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    let called = 0;
    const result = await mollieMemoCall(server.url, {
      logger: () => {
        called += 1;
        throw new Error('logger broke');
      },
    });
    expect(result).toEqual(salesInvoiceExample);
    expect(called).toBe(2);
  });
});

describe('User-Agent', () => {
  it('is invoicing-sdk/<version> Node.js/<version> on API and token requests', async () => {
    answer = (request) =>
      request.url === TOKEN_PATH
        ? json(200, { access_token: 'access_abc', token_type: 'Bearer' })
        : json(200, invoiceExample);
    await assetInvoiceCall(server.url, {
      token: undefined,
      clientCredentials: { clientId: 'id', clientSecret: 'secret-value' },
    });
    const expected = `invoicing-sdk/${SDK_VERSION} Node.js/${process.versions.node}`;
    expect(server.requests.map((request) => [request.url, request.headers['user-agent']])).toEqual([
      [TOKEN_PATH, expected],
      [INVOICE_PATH, expected],
    ]);
  });

  it("keeps a caller's own User-Agent header", async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    await mollieMemoCall(server.url, { headers: { 'User-Agent': 'billing-service/2.3' } });
    expect(server.requests[0]?.headers['user-agent']).toBe('billing-service/2.3');
  });

  it("SDK_VERSION is package.json's version", () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});

describe('secrets never leak', () => {
  const API_KEY = 'test_SECRETKEYxyz123456';
  const ACCESS_TOKEN = 'access_SECRETTOKENabc';
  const CLIENT_SECRET = 'cs-SECRET-Q9Z-value';
  const SECRETS = [API_KEY, ACCESS_TOKEN, CLIENT_SECRET];
  const CREDENTIALS = { clientId: 'client_123', clientSecret: CLIENT_SECRET };

  /** Token endpoint answers and API answers, by path. */
  function route(api: Reply, token: (request: TestRequest) => Reply = tokenOk) {
    return (request: TestRequest): Reply => (request.url === TOKEN_PATH ? token(request) : api);
  }
  function tokenOk(): Reply {
    return json(200, { access_token: ACCESS_TOKEN, token_type: 'Bearer', expires_in: 3600 });
  }

  function mollie(events: LogEvent[], options: TestOptions = {}) {
    return createMollieClient({
      baseUrl: server.url,
      token: API_KEY,
      retry: FAST_RETRY,
      logger: (event) => events.push(event),
      ...options,
    } as Parameters<typeof createMollieClient>[0]);
  }
  function asset(events: LogEvent[], options: TestOptions = {}) {
    return createAssetClient({
      baseUrl: server.url,
      clientCredentials: CREDENTIALS,
      retry: FAST_RETRY,
      logger: (event) => events.push(event),
      ...options,
    } as Parameters<typeof createAssetClient>[0]);
  }
  const memo = { path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'Thanks' } } as const;
  const paid = { path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: { status: 'paid' } } as const;

  interface Scenario {
    readonly name: string;
    /** The guard the error must satisfy, so we know the path was really driven. */
    readonly guard: (error: unknown) => boolean;
    readonly run: (events: LogEvent[]) => Promise<unknown> | unknown;
  }

  const scenarios: Scenario[] = [
    {
      name: 'ApiError 401 (Mollie API key)',
      guard: (error) => isApiError(error) && error.status === 401,
      run: (events) => {
        answer = () => json(401, mollieUnauthorized, 'application/hal+json', { 'www-authenticate': 'Bearer' });
        return mollie(events).updateSalesInvoice(memo);
      },
    },
    {
      name: 'ApiError 422 (Mollie API key)',
      guard: (error) => isApiError(error) && error.status === 422,
      run: (events) => {
        answer = () => json(422, mollieUnprocessable, 'application/hal+json');
        return mollie(events).updateSalesInvoice(memo);
      },
    },
    {
      name: 'ApiError 500 after retries (Mollie API key)',
      guard: (error) => isApiError(error) && error.status === 500,
      run: (events) => {
        answer = () => json(500, mollieUnavailable, 'application/hal+json');
        return mollie(events).updateSalesInvoice(memo);
      },
    },
    {
      name: 'ApiError 401 after a token refresh (Asset client credentials)',
      guard: (error) => isApiError(error) && error.status === 401,
      run: (events) => {
        answer = route(json(401, { message: 'Token has expired' }));
        return asset(events).updateInvoiceStatus(paid);
      },
    },
    {
      name: 'ApiError 422 (Asset client credentials)',
      guard: (error) => isApiError(error) && error.status === 422,
      run: (events) => {
        answer = route(json(422, assetUnprocessable));
        return asset(events).updateInvoiceStatus(paid);
      },
    },
    {
      name: 'ApiError 500 with an HTML body (Asset client credentials)',
      guard: (error) => isApiError(error) && error.status === 500,
      run: (events) => {
        answer = route(raw(500, HTML_PAGE, { 'content-type': 'text/html' }));
        return asset(events).updateInvoiceStatus(paid);
      },
    },
    {
      name: 'UnexpectedResponseError (HTML with status 200)',
      guard: isUnexpectedResponseError,
      run: (events) => {
        answer = route(raw(200, HTML_PAGE, { 'content-type': 'text/html' }));
        return asset(events).updateInvoiceStatus(paid);
      },
    },
    {
      name: 'ResponseValidationError',
      guard: isResponseValidationError,
      run: (events) => {
        answer = () => json(200, without(salesInvoiceExample, 'mode'), 'application/hal+json');
        return mollie(events, { validateResponses: true }).updateSalesInvoice(memo);
      },
    },
    {
      name: 'ConnectionError (closed port, API key)',
      guard: (error) => isConnectionError(error) && error.code === 'ECONNREFUSED' && error.attempts === 3,
      run: async (events) =>
        mollie(events, { baseUrl: `http://127.0.0.1:${await closedPort()}` }).updateSalesInvoice(memo),
    },
    {
      // A TokenRequestError ("no response (ECONNREFUSED)"), possibly wrapped in a ConnectionError
      // after retries: src/transport/send-with-retries.ts has changed between the two during this work.
      name: 'TokenRequestError (token endpoint unreachable)',
      guard: (error) =>
        (isTokenRequestError(error) && /no response \(ECONNREFUSED\)/.test(error.message)) ||
        (isConnectionError(error) && isTokenRequestError(error.cause)),
      run: async (events) =>
        asset(events, { baseUrl: `http://127.0.0.1:${await closedPort()}` }).updateInvoiceStatus(paid),
    },
    {
      name: 'TimeoutError (attempt)',
      guard: (error) => isTimeoutError(error) && error.scope === 'attempt',
      run: (events) => {
        answer = () => ({ ...json(200, salesInvoiceExample, 'application/hal+json'), delayMs: 400 });
        return mollie(events, { retry: { attemptTimeoutMs: 40, maxAttempts: 1 } }).updateSalesInvoice(memo);
      },
    },
    {
      name: 'AbortError (caller aborts mid-flight)',
      guard: (error) => error instanceof AbortError && isAbortError(error),
      run: (events) => {
        answer = route({ ...json(200, invoiceExample), delayMs: 400 });
        return asset(events).updateInvoiceStatus(paid, { signal: AbortSignal.timeout(40) });
      },
    },
    {
      name: 'TokenRequestError (token endpoint 401)',
      guard: (error) => isTokenRequestError(error) && error.status === 401,
      run: (events) => {
        answer = route(json(200, invoiceExample), () =>
          json(401, { error: 'invalid_client', error_description: 'Client authentication failed' }),
        );
        return asset(events).updateInvoiceStatus(paid);
      },
    },
    {
      name: 'TokenRequestError (token endpoint 500)',
      guard: (error) => isTokenRequestError(error) && error.status === 500,
      run: (events) => {
        answer = route(json(200, invoiceExample), () => raw(500, HTML_PAGE, { 'content-type': 'text/html' }));
        return asset(events).updateInvoiceStatus(paid);
      },
    },
    {
      name: 'TokenRequestError (token endpoint echoes the posted form in its error JSON)',
      guard: (error) =>
        isTokenRequestError(error) && error.status === 400 && JSON.stringify(error.body).includes('[redacted]'),
      run: (events) => {
        answer = route(json(200, invoiceExample), (request) =>
          json(400, {
            error: 'invalid_request',
            error_description: `Could not parse ${request.body}`,
            received: request.body,
            decoded: Object.fromEntries(new URLSearchParams(request.body)),
          }),
        );
        return asset(events).updateInvoiceStatus(paid);
      },
    },
    {
      name: 'TokenRequestError (malformed access_token is not echoed)',
      guard: (error) => isTokenRequestError(error) && error.status === 200,
      run: (events) => {
        answer = route(json(200, invoiceExample), () =>
          json(200, { access_token: `${ACCESS_TOKEN} x`, token_type: 'Bearer' }),
        );
        return asset(events).updateInvoiceStatus(paid);
      },
    },
    {
      name: 'RequestValidationError (testmode with an API key)',
      guard: (error) => isRequestValidationError(error) && error.issues[0]?.rule === 'x-allowed-credentials',
      run: (events) => mollie(events).updateSalesInvoice({ path: memo.path, body: { testmode: true, memo: 'x' } }),
    },
    {
      name: 'RequestValidationError (bad body, access token)',
      guard: isRequestValidationError,
      run: (events) =>
        mollie(events, { token: ACCESS_TOKEN }).updateSalesInvoice({
          path: memo.path,
          body: { status: 'paid' } as never,
        }),
    },
    {
      name: 'ConfigurationError (malformed token with a newline)',
      guard: isConfigurationError,
      run: (events) => mollie(events, { token: `${API_KEY}\r\nX-Injected: 1` }),
    },
    {
      name: 'ConfigurationError (malformed token from a token function)',
      guard: isConfigurationError,
      run: (events) => mollie(events, { token: async () => `${ACCESS_TOKEN}\n` }).updateSalesInvoice(memo),
    },
    {
      name: 'ConfigurationError (baseUrl with user:secret@)',
      guard: isConfigurationError,
      run: (events) => mollie(events, { baseUrl: `https://user:${API_KEY}@api.mollie.com` }),
    },
    {
      name: 'ConfigurationError (Asset baseUrl with client:secret@)',
      guard: isConfigurationError,
      run: (events) => asset(events, { baseUrl: `https://client_123:${CLIENT_SECRET}@api.sandbox.getasset.com` }),
    },
  ];

  function expectNoSecret(error: unknown, events: readonly LogEvent[]): void {
    const views: Record<string, string> = { ...errorViews(error), 'log events': JSON.stringify(events) };
    for (const [view, text] of Object.entries(views)) {
      for (const secret of SECRETS) expect(text, `${view} contains ${secret}`).not.toContain(secret);
      expect(text, `${view} contains a secret`).not.toMatch(/SECRET/);
    }
  }

  /** The client secret goes only to the token endpoint; API credentials never go there. */
  function expectCredentialsWhereTheyBelong(requests: readonly TestRequest[]): void {
    for (const request of requests) {
      const seen = `${request.url} ${JSON.stringify(request.headers)} ${request.body}`;
      if (request.url === TOKEN_PATH) {
        expect(request.body).toContain(`client_secret=${CLIENT_SECRET}`);
        expect(seen).not.toContain(ACCESS_TOKEN);
        expect(seen).not.toContain(API_KEY);
        expect(request.headers['authorization']).toBeUndefined();
      } else {
        expect(seen, `API request ${request.url}`).not.toContain(CLIENT_SECRET);
      }
    }
  }

  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    const events: LogEvent[] = [];
    let error: unknown;
    try {
      await scenario.run(events);
      error = new Error('no error');
    } catch (caught) {
      error = caught;
    }
    expect(scenario.guard(error), `unexpected ${util.inspect(error)}`).toBe(true);
    expect(isInvoicingSdkError(error)).toBe(true);
    expectNoSecret(error, events);
    expectCredentialsWhereTheyBelong(server.requests);
  });

  it('sends the client secret to the token endpoint only, and the access token to the API only', async () => {
    answer = route(json(200, invoiceExample));
    const events: LogEvent[] = [];
    const client = asset(events);
    await client.updateInvoiceStatus(paid);
    await client.updateInvoiceStatus(paid);
    expect(server.requests.map((request) => request.url)).toEqual([TOKEN_PATH, INVOICE_PATH, INVOICE_PATH]);
    expect(server.requests[1]?.headers['authorization']).toBe(`Bearer ${ACCESS_TOKEN}`);
    expectCredentialsWhereTheyBelong(server.requests);
    expect(JSON.stringify(events)).not.toMatch(/SECRET/);
  });

  it('refreshes the token once after a 401 and replays, keeping each credential on its side', async () => {
    let apiCalls = 0;
    answer = (request) =>
      request.url === TOKEN_PATH
        ? tokenOk()
        : ++apiCalls === 1
          ? json(401, { message: 'Token has expired' })
          : json(200, invoiceExample);
    const result = await asset([]).updateInvoiceStatus(paid);
    expect(result).toEqual(invoiceExample);
    expect(server.requests.map((request) => request.url)).toEqual([TOKEN_PATH, INVOICE_PATH, TOKEN_PATH, INVOICE_PATH]);
    expectCredentialsWhereTheyBelong(server.requests);
  });

  // A server that echoes the bearer credential in its error body (as some gateways and debug
  // servers do) must not carry it into ApiError.message or .body.
  it('redacts an API key that the API server echoes in its error body', async () => {
    answer = (request) =>
      json(
        401,
        {
          ...(mollieUnauthorized as Json),
          detail: `Invalid API key: ${String(request.headers['authorization'])}`,
        },
        'application/hal+json',
      );
    const error = await rejection(mollie([]).updateSalesInvoice(memo));
    expect(isApiError(error)).toBe(true);
    expect((error as Error).message).not.toContain(API_KEY);
    expect(util.inspect(error, { depth: 10 })).not.toContain(API_KEY);
  });

  it('redacts the echoed secret in the token error body but keeps the rest of it', async () => {
    answer = route(json(200, invoiceExample), (request) =>
      json(400, { error: 'invalid_request', received: request.body }),
    );
    const error = (await rejection(asset([]).updateInvoiceStatus(paid))) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.body).toEqual({
      error: 'invalid_request',
      received: 'grant_type=client_credentials&client_id=client_123&client_secret=[redacted]',
    });
    expect(error.message).toBe(`Token request to ${server.url}${TOKEN_PATH} failed with status 400: invalid_request`);
  });

  it('every error class of the package was driven above', () => {
    const driven = new Set(
      [
        ApiError,
        UnexpectedResponseError,
        ResponseValidationError,
        ConnectionError,
        TimeoutError,
        AbortError,
        TokenRequestError,
        RequestValidationError,
        ConfigurationError,
      ].map((errorClass) => errorClass.name),
    );
    const named = scenarios.map((scenario) => scenario.name.split(' ')[0]);
    for (const name of driven) expect(named, name).toContain(name);
  });
});

describe('guards across realms', () => {
  const foreign = (source: string): unknown => vm.runInNewContext(source);

  it('isApiError recognises an ApiError-like error from another realm, and not a plain Error', () => {
    const error = foreign("const e = new Error('upstream failed'); e.name = 'ApiError'; e.status = 500; e");
    expect(error instanceof Error).toBe(false); // really another realm
    expect(isApiError(error)).toBe(true);
    expect(isApiError(new Error('plain'))).toBe(false);
    expect(isApiError(foreign("const e = new Error('x'); e.name = 'ApiError'; e"))).toBe(false); // no status
    expect(isApiError({ name: 'ApiError', status: '500' })).toBe(false);
    expect(isApiError(null)).toBe(false);
    expect(isApiError('ApiError')).toBe(false);
  });

  it('the other guards recognise their errors from another realm by name and shape', () => {
    expect(
      isConnectionError(foreign("const e = new Error('x'); e.name = 'ConnectionError'; e.maybeSent = false; e")),
    ).toBe(true);
    expect(isTimeoutError(foreign("const e = new Error('x'); e.name = 'TimeoutError'; e.timeoutMs = 5; e"))).toBe(true);
    expect(
      isRequestValidationError(
        foreign("const e = new Error('x'); e.name = 'RequestValidationError'; e.issues = []; e"),
      ),
    ).toBe(true);
    expect(isTokenRequestError(foreign("const e = new Error('x'); e.name = 'TokenRequestError'; e"))).toBe(true);
    expect(isAbortError(foreign("const e = new Error('stop'); e.name = 'AbortError'; e"))).toBe(true);
    expect(isConnectionError(new Error('plain'))).toBe(false);
    expect(isTimeoutError(new Error('plain'))).toBe(false);
  });

  // An Error from another realm is not `instanceof Error` here; the guard matches by name.
  it('isInvoicingSdkError recognises an SDK error from another realm', () => {
    const error = foreign("const e = new Error('upstream failed'); e.name = 'ApiError'; e.status = 500; e");
    expect(isApiError(error)).toBe(true);
    expect(isInvoicingSdkError(error)).toBe(true);
  });
});
