// No credential ends up in an error, a log event or the wrong server. Every request goes to a real
// HTTP server on 127.0.0.1 that checks it against the spec with Ajv
// (test/helpers/contract-server.ts). Shared fixtures: test/helpers/responses-and-secrets.ts.
import util from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AbortError,
  TokenRequestError,
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
  type LogEvent,
} from '../../src/index.js';
import { InvoicingSdkError, SDK_ERROR_CLASSES } from '../../src/errors/errors.js';
import { useContractServer } from '../helpers/contract-server.js';
import { errorViews } from '../helpers/error-views.js';
import { closedPort, json, type Reply, type TestRequest } from '../helpers/test-server.js';
import { BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from '../helpers/sample-values.js';
import {
  type Json,
  INVOICE_PATH,
  TOKEN_PATH,
  invoiceExample,
  salesInvoiceExample,
  mollieUnauthorized,
  mollieUnprocessable,
  mollieUnavailable,
  assetUnprocessable,
  HTML_PAGE,
  FAST_RETRY,
  raw,
  without,
  rejection,
  type TestOptions,
} from '../helpers/responses-and-secrets.js';

let answer: (request: TestRequest) => Reply;
const server = useContractServer((request) => answer(request), { spec: 'both' });

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
    // Every class but the base, which nothing throws as itself.
    const driven = new Set(
      SDK_ERROR_CLASSES.filter((errorClass) => errorClass !== InvoicingSdkError).map(({ errorName }) => errorName),
    );
    const named = scenarios.map((scenario) => scenario.name.split(' ')[0]);
    for (const name of driven) expect(named, name).toContain(name);
  });
});
