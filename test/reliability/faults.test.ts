// Every fault we can produce on one machine, driven through the real clients against the fault
// server on 127.0.0.1, for each operation where the fault means something (the non-repeatable
// writes especially) and with each kind of credential. For every call the suite checks, and
// records for RELIABILITY.md:
//   - the call ends in success or in the documented error class, with the documented fields;
//   - it settles within the configured budget plus a margin (measured with performance.now());
//   - the number of attempts the server saw is the one the retry policy predicts, and the waits
//     between them are the ones it documents (Retry-After, backoff);
//   - a non-repeatable write reaches the server at most once in a way that may have applied it;
//   - no credential appears in an error (message, stack, String, JSON.stringify, util.inspect,
//     cause chain), a log event, or any request to an origin other than the configured one.
// Each scenario is checked in full before it asserts, so a failure is recorded and reported too.
import { performance } from 'node:perf_hooks';
import util from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  ConnectionError,
  TimeoutError,
  TokenRequestError,
  UnexpectedResponseError,
  createAssetClient,
  createMollieClient,
  isApiError,
  isConnectionError,
  isTimeoutError,
  isTokenRequestError,
  isUnexpectedResponseError,
  type LogEvent,
  type RetryPolicy,
} from '../../src/index.js';
import { summarize } from '../../bench/lib/stats.js';
import { contractViolations } from '../helpers/contract-server.js';
import { errorViews } from '../helpers/error-views.js';
import { responseExample } from '../helpers/examples.js';
import { BUSINESS_ID } from '../helpers/sample-values.js';
import { closedPort, startTestServer, type Fault, type TestRequest, type TestServer } from '../helpers/test-server.js';
import { MIB, liveHeapBytes } from './helpers/heap.js';
import { recordScenario } from './helpers/record.js';
import { SCALE } from './helpers/scale.js';

// Recognizable credentials: each holds FAULT_SECRET / FAULTSECRET, which nothing else the suite
// sends or receives does, so a search for the marker also finds a fragment of one.
const CLIENT_SECRET = 'cs_FAULT_SECRET_q8Zr2Lx9Wv';
const MOLLIE_API_KEY = 'test_FAULTSECRETdHar4XY7LxsD';
const MOLLIE_ACCESS_TOKEN = 'access_FAULTSECRETHs7YdT2qPmW4';
const ASSET_TOKEN_PREFIX = 'at_FAULT_SECRET_';
const SECRET_MARKER = /FAULT_?SECRET/;

const TOKEN_PATH = '/v0/auth/token';

/** Settle-time slack over a budget: timers fire late on a loaded 2-core machine. */
const SETTLE_MARGIN_MS = 500;
/** How much longer than the documented wait the gap between two attempts may be. */
const WAIT_MARGIN_MS = 400;
/** Timers may fire a millisecond early relative to performance.now(). */
const WAIT_EARLY_MS = 2;
/** Calls of one scenario in flight at once. */
const CONCURRENCY = 16;

/**
 * Small backoffs, so that the suite is quick; no jitter, so that every wait is predictable. The
 * attempt timeout is generous where a timeout is not the point: on a loaded 2-core machine an
 * answer that takes 5 ms can take a few hundred.
 */
const BASE_POLICY = {
  maxAttempts: 3,
  attemptTimeoutMs: 2_000,
  totalTimeoutMs: 5_000,
  initialDelayMs: 20,
  multiplier: 2,
  maxDelayMs: 100,
  jitter: 0,
  maxRetryAfterMs: 2_000,
} as const satisfies Partial<RetryPolicy>;
/** Backoff waits of BASE_POLICY after attempts 1 and 2. */
const BASE_WAITS = [20, 40] as const;

/** For the scenarios about timeouts: short ones, so that they are quick. */
const ATTEMPT_TIMEOUT_MS = 500;
const TIMEOUT_POLICY = { ...BASE_POLICY, attemptTimeoutMs: ATTEMPT_TIMEOUT_MS, totalTimeoutMs: 2_500 } as const;
/** Shorter than two attempts: the whole-call budget ends the second one. */
const SHORT_TOTAL_TIMEOUT_MS = 800;

/** For the Retry-After scenarios: room for a one-second wait, and a backoff long enough to tell from none. */
const RETRY_AFTER_POLICY = {
  ...BASE_POLICY,
  initialDelayMs: 250,
  maxDelayMs: 1_000,
  maxRetryAfterMs: 3_000,
} as const satisfies Partial<RetryPolicy>;

const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
const billExample = responseExample('asset.yaml', 'updateBill', '200', 'updatedBill');
const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');

const HTML_PAGE =
  '<!doctype html>\n<html><head><title>Service unavailable</title></head><body><h1>We will be back soon</h1>' +
  `<p>${'The service is down for maintenance. '.repeat(20)}</p></body></html>`;

type Credential = 'client credentials' | 'token function' | 'Mollie API key' | 'Mollie access token';

/** One operation, with one kind of credential and one body, as the scenarios drive it. */
interface OperationCase {
  readonly label: string;
  readonly operationId: 'updateInvoiceStatus' | 'updateBill' | 'updateSalesInvoice';
  /** Whether the spec's x-retry lets this body be sent twice. */
  readonly repeatable: boolean;
  readonly credential: Credential;
  readonly successType: string;
  readonly successBody: unknown;
  /** A Content-Type this operation's success must not have. */
  readonly wrongType: string;
  path(id: string): string;
  call(rep: Rep, baseUrl: string, policy: Partial<RetryPolicy>): Promise<unknown>;
}

/** One call of a scenario: its own path, client id and token, so the server can tell calls apart. */
interface Rep {
  readonly id: string;
  readonly index: number;
  readonly op: OperationCase;
  readonly variant: Variant;
  readonly path: string;
  readonly clientId: string;
  /** The bearer credential the API must receive for this call. */
  readonly bearer: string;
  readonly events: LogEvent[];
  /** performance.now() of each `request` log event: when each attempt was handed to fetch. */
  readonly sentAt: number[];
  /** performance.now() of each `retry` log event: when each wait began. */
  readonly waitStartedAt: number[];
}

type Variant = string | number | undefined;

const ASSET_TOKEN_FUNCTION_CREDENTIAL = `${ASSET_TOKEN_PREFIX}fromFunction`;

function assetClient(rep: Rep, baseUrl: string, policy: Partial<RetryPolicy>) {
  const common = { baseUrl, retry: policy, logger: logInto(rep) };
  return rep.op.credential === 'token function'
    ? createAssetClient({ ...common, token: async () => ASSET_TOKEN_FUNCTION_CREDENTIAL })
    : createAssetClient({ ...common, clientCredentials: { clientId: rep.clientId, clientSecret: CLIENT_SECRET } });
}

function mollieClient(rep: Rep, baseUrl: string, policy: Partial<RetryPolicy>) {
  return createMollieClient({
    baseUrl,
    token: rep.op.credential === 'Mollie API key' ? MOLLIE_API_KEY : MOLLIE_ACCESS_TOKEN,
    retry: policy,
    logger: logInto(rep),
  });
}

function logInto(rep: Rep): (event: LogEvent) => void {
  return (event) => {
    rep.events.push(event);
    if (event.type === 'request') rep.sentAt.push(performance.now());
    if (event.type === 'retry') rep.waitStartedAt.push(performance.now());
  };
}

const NEW_LINE = { amount: 120.52, ledger_id: 'ldg_ErisumsAc7qgmbTctM7zKK', description: 'Printer paper' } as const;

const invoiceStatus: OperationCase = {
  label: 'updateInvoiceStatus (repeatable; client credentials)',
  operationId: 'updateInvoiceStatus',
  repeatable: true,
  credential: 'client credentials',
  successType: 'application/json',
  successBody: invoiceExample,
  wrongType: 'text/plain; charset=utf-8',
  path: (id) => `/v0/business/${BUSINESS_ID}/invoice/inv_${id}`,
  call: (rep, baseUrl, policy) =>
    assetClient(rep, baseUrl, policy).updateInvoiceStatus({
      path: { business_id: BUSINESS_ID, invoice_id: `inv_${rep.id}` },
      body: { status: 'paid' },
    }),
};

function billWithNewLine(credential: 'client credentials' | 'token function'): OperationCase {
  return {
    label: `updateBill with create_lines (not repeatable; ${credential})`,
    operationId: 'updateBill',
    repeatable: false,
    credential,
    successType: 'application/json',
    successBody: billExample,
    wrongType: 'text/plain; charset=utf-8',
    path: (id) => `/v0/business/${BUSINESS_ID}/bills/bil_${id}`,
    call: (rep, baseUrl, policy) =>
      assetClient(rep, baseUrl, policy).updateBill({
        path: { business_id: BUSINESS_ID, bill_id: `bil_${rep.id}` },
        body: { line_changes: { create_lines: [NEW_LINE] } },
      }),
  };
}
const billNewLine = billWithNewLine('client credentials');
const billNewLineTokenFunction = billWithNewLine('token function');

function salesInvoice(
  label: string,
  credential: 'Mollie API key' | 'Mollie access token',
  repeatable: boolean,
  body: Parameters<ReturnType<typeof createMollieClient>['updateSalesInvoice']>[0]['body'],
): OperationCase {
  return {
    label,
    operationId: 'updateSalesInvoice',
    repeatable,
    credential,
    successType: 'application/hal+json',
    successBody: salesInvoiceExample,
    // Mollie promises application/hal+json: plain JSON is a different content type.
    wrongType: 'application/json',
    path: (id) => `/v2/sales-invoices/invoice_${id}`,
    call: (rep, baseUrl, policy) =>
      mollieClient(rep, baseUrl, policy).updateSalesInvoice({ path: { salesInvoiceId: `invoice_${rep.id}` }, body }),
  };
}
const salesInvoicePaid = salesInvoice('updateSalesInvoice to paid (not repeatable; API key)', 'Mollie API key', false, {
  status: 'paid',
  paymentDetails: { source: 'payment-link', sourceReference: 'pl_d9fQur83kFdhH8hIhaZfq' },
});
const salesInvoiceIssued = salesInvoice(
  'updateSalesInvoice to issued (not repeatable; access token)',
  'Mollie access token',
  false,
  { status: 'issued', emailDetails: { subject: 'Your invoice', body: 'Please find it attached.' } },
);
const salesInvoiceMemo = salesInvoice(
  'updateSalesInvoice memo (repeatable; access token)',
  'Mollie access token',
  true,
  {
    memo: 'Thank you for your business.',
  },
);

/** The five cases every scenario that concerns the API request runs. */
const ALL_OPERATIONS = [invoiceStatus, billNewLine, salesInvoicePaid, salesInvoiceIssued, salesInvoiceMemo] as const;
const ASSET_CLIENT_CREDENTIALS = [invoiceStatus, billNewLine] as const;

/** What a scenario predicts for one call. */
interface Expectation {
  /** `success`, or the class of the error the call must reject with. */
  readonly outcome: 'success' | ErrorClass;
  /** Fields the error must have, compared with Object.is. */
  readonly fields?: Readonly<Record<string, unknown>>;
  /** API requests the server receives (attempts); counted from the log when the port refuses. */
  readonly attempts: number;
  /** Token requests the server receives for this call (Asset client credentials). @default 1, 0 when refused */
  readonly tokenRequests?: number;
  /** The waits between attempts the policy documents, in ms. */
  readonly waits?: readonly number[];
  /** The call cannot settle sooner (it must really have waited its timeouts). */
  readonly settleAtLeastMs?: number;
  /** A tighter bound than the whole-call budget, where the call must not wait at all. */
  readonly settleWithinMs?: number;
  /** Anything else to check; returns problems. */
  readonly extra?: (observation: Observation) => string[];
}

const ERROR_CLASSES = {
  ApiError: { type: ApiError, guard: isApiError },
  ConnectionError: { type: ConnectionError, guard: isConnectionError },
  TimeoutError: { type: TimeoutError, guard: isTimeoutError },
  TokenRequestError: { type: TokenRequestError, guard: isTokenRequestError },
  UnexpectedResponseError: { type: UnexpectedResponseError, guard: isUnexpectedResponseError },
} as const;
type ErrorClass = keyof typeof ERROR_CLASSES;

interface FaultContext {
  readonly request: TestRequest;
  readonly rep: Rep;
  /** The call's normal success answer. */
  readonly success: Fault;
  readonly foreignUrl: string;
  readonly variant: Variant;
}

interface TokenFaultContext {
  readonly request: TestRequest;
  readonly foreignUrl: string;
  readonly variant: Variant;
}

interface Scenario {
  readonly name: string;
  readonly cases: readonly OperationCase[];
  readonly policy?: Partial<RetryPolicy>;
  /** Point the client at a port that refuses connections. */
  readonly refused?: true;
  /** Values cycled through the calls (each is used at least once per operation). */
  readonly variants?: readonly Variant[];
  /** What the API request gets. */
  readonly fault?: (context: FaultContext) => Fault;
  /** What the token request gets, when not a token. */
  readonly tokenFault?: (context: TokenFaultContext) => Fault;
  readonly expect: (op: OperationCase, variant: Variant) => Expectation;
  /** Calls in flight at once. @default CONCURRENCY */
  readonly concurrency?: number;
  readonly note?: string;
}

/** One call as observed: by the test (outcome, settle time, log) and by the server (requests). */
interface Observation {
  /** The scenario's name. */
  readonly scenario: string;
  readonly rep: Rep;
  readonly expectation: Expectation;
  readonly policy: RetryPolicy;
  /** Nothing listened: attempts are counted from the log. */
  readonly refused: boolean;
  readonly resolved: boolean;
  readonly value: unknown;
  readonly error: unknown;
  readonly settleMs: number;
  /** performance.now() when the call settled. */
  readonly settledAt: number;
  readonly apiRequests: readonly TestRequest[];
  readonly tokenRequests: readonly TestRequest[];
}

// ---------------------------------------------------------------------------------------------
// Answers

function respond(status: number, body: string | Buffer, headers: Readonly<Record<string, string>> = {}): Fault {
  return { kind: 'respond', status, headers, body };
}
function jsonAnswer(status: number, value: unknown, type = 'application/json', headers = {}): Fault {
  return respond(status, JSON.stringify(value), { 'content-type': type, ...headers });
}
function successOf(op: OperationCase): Fault {
  return jsonAnswer(200, op.successBody, op.successType);
}
/** The success answer, of which only the first 1/`part` of the body is sent before the connection is reset or closed. */
function successCutShort(op: OperationCase, kind: 'reset-mid-body' | 'close-mid-body', part: number): Fault {
  const body = JSON.stringify(op.successBody);
  const headers = { 'content-type': op.successType };
  return { kind, status: 200, headers, body, sendBytes: Math.floor(body.length / part) };
}
function errorAnswer(op: OperationCase, status: number, headers: Readonly<Record<string, string>> = {}): Fault {
  return op.operationId === 'updateSalesInvoice'
    ? jsonAnswer(status, { status, title: 'Scripted', detail: `scripted ${status}` }, 'application/hal+json', headers)
    : jsonAnswer(status, { message: `scripted ${status}` }, 'application/json', headers);
}
function tokenAnswer(token: string): Fault {
  return jsonAnswer(200, { access_token: token, token_type: 'Bearer', expires_in: 3600 });
}
/** What the foreign origin answers: a success, so that a followed redirect would show as a resolved call. */
function foreignAnswer(request: TestRequest): Fault {
  if (request.path === TOKEN_PATH) return tokenAnswer(`${ASSET_TOKEN_PREFIX}foreign`);
  return request.path.startsWith('/v2/')
    ? jsonAnswer(200, salesInvoiceExample, 'application/hal+json')
    : jsonAnswer(200, request.path.includes('/bills/') ? billExample : invoiceExample);
}

// ---------------------------------------------------------------------------------------------
// Expectations shared by several scenarios

/** A repeatable call is sent maxAttempts times; a non-repeatable one once. */
function failsAfterPolicy(
  op: OperationCase,
  outcome: ErrorClass,
  fields: Readonly<Record<string, unknown>>,
  options: { readonly perAttemptMs?: number } = {},
): Expectation {
  const attempts = op.repeatable ? BASE_POLICY.maxAttempts : 1;
  return {
    outcome,
    fields: { ...fields, ...(outcome === 'ApiError' || outcome === 'UnexpectedResponseError' ? {} : { attempts }) },
    attempts,
    ...(op.repeatable ? { waits: BASE_WAITS.slice(0, attempts - 1) } : {}),
    ...(options.perAttemptMs === undefined ? {} : { settleAtLeastMs: attempts * options.perAttemptMs }),
  };
}

function succeedsAfter(attempts: number, waits: readonly number[]): Expectation {
  return { outcome: 'success', attempts, waits };
}

/** The status a retryable burst uses: 429 proves a write was not processed, 503 does not. */
function retryStatusFor(op: OperationCase): 429 | 503 {
  return op.repeatable ? 503 : 429;
}

/** An HTTP date at least one second ahead, on a whole second (HTTP dates have no fractions). */
const retryDates = new Map<string, number>();
function nextWholeSecondDate(rep: Rep): string {
  const waitUntil = Math.ceil((Date.now() + 1_000) / 1_000) * 1_000;
  retryDates.set(rep.id, waitUntil);
  return new Date(waitUntil).toUTCString();
}

const GARBAGE_RETRY_AFTER = ['soon', '1e3', '0x10', 'Thu, 99 Foo 2025 25:61:61 GMT', '1,5', 'Infinity', ''];
const REDIRECT_STATUSES = [301, 302, 303, 307, 308];
const BURST_STATUSES = [429, 500, 502, 503, 504];

// ---------------------------------------------------------------------------------------------
// The scenarios

const SCENARIOS: readonly Scenario[] = [
  {
    name: 'connection refused',
    cases: [...ALL_OPERATIONS, billNewLineTokenFunction],
    refused: true,
    expect: (op) =>
      op.credential === 'client credentials'
        ? {
            // The token request is the first thing sent, to the same refusing origin.
            outcome: 'TokenRequestError',
            fields: { status: undefined },
            attempts: 0,
            tokenRequests: 0,
            extra: ({ error }) => (/ECONNREFUSED/.test(String(error)) ? [] : ['the message does not say ECONNREFUSED']),
          }
        : {
            // Never reached a server, so even a non-repeatable write is sent again.
            outcome: 'ConnectionError',
            fields: { maybeSent: false, code: 'ECONNREFUSED', attempts: 3 },
            attempts: 3,
            waits: BASE_WAITS,
          },
    note: 'attempts counted from the log (nothing listens)',
  },
  {
    name: 'reset before the response headers',
    cases: [...ALL_OPERATIONS, billNewLineTokenFunction],
    fault: () => ({ kind: 'reset-before-headers' }),
    expect: (op) => failsAfterPolicy(op, 'ConnectionError', { maybeSent: true }),
  },
  {
    name: 'reset in the middle of the body',
    cases: ALL_OPERATIONS,
    fault: ({ rep }) => successCutShort(rep.op, 'reset-mid-body', 3),
    expect: (op) => failsAfterPolicy(op, 'ConnectionError', { maybeSent: true }),
  },
  {
    name: 'connection closed in the middle of the body (shorter than Content-Length)',
    cases: ALL_OPERATIONS,
    fault: ({ rep }) => successCutShort(rep.op, 'close-mid-body', 2),
    expect: (op) => failsAfterPolicy(op, 'ConnectionError', { maybeSent: true }),
  },
  {
    name: `response headers never come (attempt timeout ${ATTEMPT_TIMEOUT_MS} ms)`,
    cases: ALL_OPERATIONS,
    policy: TIMEOUT_POLICY,
    fault: () => ({ kind: 'hang' }),
    expect: (op) =>
      failsAfterPolicy(
        op,
        'TimeoutError',
        { scope: 'attempt', timeoutMs: ATTEMPT_TIMEOUT_MS },
        { perAttemptMs: ATTEMPT_TIMEOUT_MS },
      ),
  },
  {
    name: `response headers never come, whole-call budget (${SHORT_TOTAL_TIMEOUT_MS} ms) runs out first`,
    cases: ALL_OPERATIONS,
    policy: { ...TIMEOUT_POLICY, totalTimeoutMs: SHORT_TOTAL_TIMEOUT_MS },
    fault: () => ({ kind: 'hang' }),
    // Repeatable: attempt 1 times out at 500 ms, attempt 2 starts at 520 ms and the budget ends it
    // at 800 ms. Not repeatable: the attempt timeout is final.
    expect: (op) =>
      op.repeatable
        ? {
            outcome: 'TimeoutError',
            fields: { scope: 'total', timeoutMs: SHORT_TOTAL_TIMEOUT_MS, attempts: 2 },
            attempts: 2,
            waits: [20],
            settleAtLeastMs: SHORT_TOTAL_TIMEOUT_MS,
          }
        : {
            outcome: 'TimeoutError',
            fields: { scope: 'attempt', timeoutMs: ATTEMPT_TIMEOUT_MS, attempts: 1 },
            attempts: 1,
            settleAtLeastMs: ATTEMPT_TIMEOUT_MS,
          },
  },
  {
    name: `body drips one byte a second (attempt timeout ${ATTEMPT_TIMEOUT_MS} ms)`,
    cases: ALL_OPERATIONS,
    policy: TIMEOUT_POLICY,
    fault: ({ rep }) => ({
      kind: 'drip',
      status: 200,
      headers: { 'content-type': rep.op.successType },
      body: JSON.stringify(rep.op.successBody),
      intervalMs: 1_000,
    }),
    expect: (op) =>
      failsAfterPolicy(
        op,
        'TimeoutError',
        { scope: 'attempt', timeoutMs: ATTEMPT_TIMEOUT_MS },
        { perAttemptMs: ATTEMPT_TIMEOUT_MS },
      ),
  },
  {
    name: 'Retry-After in seconds (1)',
    cases: ALL_OPERATIONS,
    policy: RETRY_AFTER_POLICY,
    fault: ({ request, rep, success }) =>
      request.nth === 1 ? errorAnswer(rep.op, retryStatusFor(rep.op), { 'retry-after': '1' }) : success,
    expect: () => succeedsAfter(2, [1_000]),
    note: '503 for repeatable calls, 429 for the others',
  },
  {
    name: 'Retry-After as an HTTP date (next whole second, at least 1 s ahead)',
    cases: ALL_OPERATIONS,
    policy: RETRY_AFTER_POLICY,
    fault: ({ request, rep, success }) =>
      request.nth === 1
        ? errorAnswer(rep.op, retryStatusFor(rep.op), { 'retry-after': nextWholeSecondDate(rep) })
        : success,
    expect: () => ({
      outcome: 'success',
      attempts: 2,
      extra: ({ rep, apiRequests }) => {
        const waitUntil = retryDates.get(rep.id) ?? Number.NaN;
        const second = apiRequests[1]?.epochMs ?? Number.NaN;
        // Compared on the wall clock the date is on. Date.now() has whole milliseconds.
        return second >= waitUntil - WAIT_EARLY_MS && second <= waitUntil + WAIT_MARGIN_MS
          ? []
          : [`attempt 2 arrived at ${second}, the date named ${waitUntil}`];
      },
    }),
    note: '503 for repeatable calls, 429 for the others',
  },
  {
    name: 'Retry-After absurdly large (999999999 s)',
    cases: ALL_OPERATIONS,
    policy: RETRY_AFTER_POLICY,
    variants: ['999999999', 'Fri, 31 Dec 9999 23:59:59 GMT'],
    fault: ({ rep, variant }) => errorAnswer(rep.op, retryStatusFor(rep.op), { 'retry-after': String(variant) }),
    // Longer than maxRetryAfterMs: the call ends at once with the response instead of waiting.
    expect: (op, variant) => ({
      outcome: 'ApiError',
      fields: { status: retryStatusFor(op) },
      attempts: 1,
      settleWithinMs: 300,
      extra: ({ error }) =>
        isApiError(error) && error.headers.get('retry-after') === variant
          ? []
          : ['the ApiError does not carry the Retry-After header'],
    }),
  },
  {
    name: 'Retry-After negative (-5): backoff instead',
    cases: ALL_OPERATIONS,
    policy: RETRY_AFTER_POLICY,
    fault: ({ request, rep, success }) =>
      request.nth === 1 ? errorAnswer(rep.op, retryStatusFor(rep.op), { 'retry-after': '-5' }) : success,
    expect: () => succeedsAfter(2, [RETRY_AFTER_POLICY.initialDelayMs]),
  },
  {
    name: 'Retry-After garbage: backoff instead',
    cases: ALL_OPERATIONS,
    policy: RETRY_AFTER_POLICY,
    variants: GARBAGE_RETRY_AFTER,
    fault: ({ request, rep, success, variant }) =>
      request.nth === 1 ? errorAnswer(rep.op, retryStatusFor(rep.op), { 'retry-after': String(variant) }) : success,
    expect: () => succeedsAfter(2, [RETRY_AFTER_POLICY.initialDelayMs]),
  },
  {
    name: 'burst of two 429/500/502/503/504, then success',
    cases: ALL_OPERATIONS,
    variants: BURST_STATUSES,
    fault: ({ request, rep, success, variant }) => (request.nth <= 2 ? errorAnswer(rep.op, Number(variant)) : success),
    // A 429 proves the write was not processed, so even a non-repeatable one is sent again.
    expect: (op, variant) =>
      op.repeatable || variant === 429
        ? succeedsAfter(3, BASE_WAITS)
        : { outcome: 'ApiError', fields: { status: variant }, attempts: 1 },
  },
  {
    name: 'only 503s, more than the attempts allow',
    cases: ALL_OPERATIONS,
    fault: ({ rep }) => errorAnswer(rep.op, 503),
    expect: (op) => failsAfterPolicy(op, 'ApiError', { status: 503 }),
  },
  {
    name: 'truncated JSON body with status 200',
    cases: ALL_OPERATIONS,
    fault: ({ rep }) => {
      const body = JSON.stringify(rep.op.successBody);
      return respond(200, body.slice(0, Math.floor(body.length / 2)), { 'content-type': rep.op.successType });
    },
    expect: () => ({
      outcome: 'UnexpectedResponseError',
      fields: { status: 200 },
      attempts: 1,
      extra: ({ error }) => (/not valid JSON/.test(String(error)) ? [] : ['the message does not say "not valid JSON"']),
    }),
  },
  {
    name: 'HTML error page with status 200',
    cases: ALL_OPERATIONS,
    fault: () => respond(200, HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' }),
    expect: () => ({
      outcome: 'UnexpectedResponseError',
      fields: { status: 200, contentType: 'text/html; charset=utf-8' },
      attempts: 1,
      extra: ({ error }) =>
        isUnexpectedResponseError(error) && error.bodySnippet.length <= 200 && error.bodySnippet.startsWith('<!doctype')
          ? []
          : ['bodySnippet is not the start of the page, at most 200 characters'],
    }),
  },
  {
    name: 'HTML error page with status 500',
    cases: ALL_OPERATIONS,
    fault: () => respond(500, HTML_PAGE, { 'content-type': 'text/html; charset=utf-8' }),
    expect: (op) => ({
      ...failsAfterPolicy(op, 'ApiError', { status: 500 }),
      extra: ({ error }) =>
        // The page as an error carries it: its line break escaped, like every control character.
        isApiError(error) && error.body === HTML_PAGE.replace(/\n/gu, '\\u000a')
          ? []
          : ['the ApiError body is not the HTML page (control characters escaped)'],
    }),
  },
  {
    name: 'wrong Content-Type on a 200 (JSON body)',
    cases: ALL_OPERATIONS,
    fault: ({ rep }) => respond(200, JSON.stringify(rep.op.successBody), { 'content-type': rep.op.wrongType }),
    expect: (op) => ({
      outcome: 'UnexpectedResponseError',
      fields: { status: 200, contentType: op.wrongType },
      attempts: 1,
    }),
  },
  {
    // Debug servers and some gateways echo the request back. The body is scrubbed by the client;
    // the echoed header must not carry the credential into the error either.
    name: 'error answer (422) echoing the credential in its body and in a response header',
    cases: ALL_OPERATIONS,
    fault: ({ request, rep }) => {
      const authorization = request.headers['authorization'] ?? '';
      return rep.op.operationId === 'updateSalesInvoice'
        ? jsonAnswer(
            422,
            { status: 422, title: 'Unprocessable', detail: `Rejected ${authorization}` },
            'application/hal+json',
            {
              'x-debug-authorization': authorization,
            },
          )
        : jsonAnswer(422, { message: `Rejected ${authorization}` }, 'application/json', {
            'x-debug-authorization': authorization,
          });
    },
    expect: () => ({ outcome: 'ApiError', fields: { status: 422 }, attempts: 1 }),
  },
  {
    name: 'redirect to a different origin (301/302/303/307/308)',
    cases: ALL_OPERATIONS,
    variants: REDIRECT_STATUSES,
    fault: ({ request, foreignUrl, variant }) =>
      respond(Number(variant), '', { location: `${foreignUrl}${request.url}` }),
    // Not followed: the 3xx ends the call with an UnexpectedResponseError carrying its status, and
    // nothing (no body, no credential) goes to Location. Checked for every request at the end.
    expect: (_op, variant) => ({ outcome: 'UnexpectedResponseError', fields: { status: variant }, attempts: 1 }),
  },
  {
    name: 'token endpoint redirects to a different origin (307/308)',
    cases: ASSET_CLIENT_CREDENTIALS,
    variants: [307, 308],
    tokenFault: ({ request, foreignUrl, variant }) =>
      respond(Number(variant), '', { location: `${foreignUrl}${request.url}` }),
    // The token request refuses redirects (the client secret would go with it).
    expect: () => ({ outcome: 'TokenRequestError', attempts: 0 }),
  },
];

// ---------------------------------------------------------------------------------------------
// Running a scenario

let foreign: TestServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};

const CREDENTIAL_NAMES: Readonly<Record<Credential, string>> = {
  'client credentials': 'Asset client secret and the access tokens issued for it',
  'token function': 'Asset token from a token function',
  'Mollie API key': 'Mollie API key (test_…)',
  'Mollie access token': 'Mollie access token (access_…)',
};

/** Per credential kind: calls whose errors and logs were searched, texts searched, hits. */
const secretSearch = new Map<Credential, { calls: number; texts: number; hits: string[] }>();
let foreignRequestsSearched = 0;
let nextRepId = 0;

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  foreign = await startTestServer(foreignAnswer);
});

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await foreign?.close();
  for (const [credential, tally] of secretSearch) {
    recordScenario({
      group: 'secrets',
      scenario: `${CREDENTIAL_NAMES[credential]}: in no error, log event or foreign request, across every fault`,
      operation: 'all',
      runs: tally.calls,
      outcome: tally.hits.length === 0 ? 'not found' : `found ${tally.hits.length} times`,
      failures: tally.hits.length,
      details:
        `${tally.texts} texts searched: message, stack, String, JSON.stringify, util.inspect (depth 10) of each ` +
        `error and of each cause, every log event; ${foreignRequestsSearched} requests reached the foreign origin` +
        (tally.hits.length === 0 ? '' : `; found: ${[...new Set(tally.hits)].slice(0, 5).join(' | ')}`),
    });
  }
  expect(unhandled.map(String), 'unhandled rejections').toEqual([]);
});

/** An id that fits every path parameter pattern (base58 letters, no 0/O/I/l). */
function newRepId(): string {
  nextRepId += 1;
  return `Rep${String(nextRepId).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)] ?? 'a')}`;
}

function bearerFor(op: OperationCase, id: string): string {
  switch (op.credential) {
    case 'client credentials':
      return `${ASSET_TOKEN_PREFIX}${id}`;
    case 'token function':
      return ASSET_TOKEN_FUNCTION_CREDENTIAL;
    case 'Mollie API key':
      return MOLLIE_API_KEY;
    case 'Mollie access token':
      return MOLLIE_ACCESS_TOKEN;
  }
}

async function runPool<T>(tasks: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

async function runScenario(scenario: Scenario): Promise<void> {
  const policy = { ...BASE_POLICY, ...scenario.policy } as RetryPolicy;
  const variants = scenario.variants ?? [undefined];
  const repetitions = Math.max(SCALE.faultRepetitions, variants.length);
  const reps: Rep[] = scenario.cases.flatMap((op) =>
    Array.from({ length: repetitions }, (_, index) => {
      const id = newRepId();
      return {
        id,
        index,
        op,
        variant: variants[index % variants.length],
        path: op.path(id),
        clientId: `client_${id}`,
        bearer: bearerFor(op, id),
        events: [],
        sentAt: [],
        waitStartedAt: [],
      };
    }),
  );
  const byPath = new Map(reps.map((rep) => [rep.path, rep]));
  const byClient = new Map(reps.map((rep) => [rep.clientId, rep]));
  const { fault, tokenFault } = scenario;

  const server = await startTestServer((request) => {
    if (request.path === TOKEN_PATH) {
      const rep = byClient.get(new URLSearchParams(request.body).get('client_id') ?? '');
      if (rep === undefined) return jsonAnswer(401, { error: 'invalid_client' });
      return tokenFault?.({ request, foreignUrl: foreign.url, variant: rep.variant }) ?? tokenAnswer(rep.bearer);
    }
    const rep = byPath.get(request.path);
    if (rep === undefined || fault === undefined) return jsonAnswer(404, { message: 'no such path' });
    return fault({ request, rep, success: successOf(rep.op), foreignUrl: foreign.url, variant: rep.variant });
  });
  const baseUrl = scenario.refused ? `http://127.0.0.1:${await closedPort()}` : server.url;
  const foreignBefore = foreign.requests.length;

  let settled: Omit<Observation, 'apiRequests' | 'tokenRequests'>[];
  try {
    settled = await runPool(
      reps.map((rep) => async () => {
        const started = performance.now();
        let resolved = false;
        let value: unknown;
        let error: unknown;
        try {
          value = await rep.op.call(rep, baseUrl, policy);
          resolved = true;
        } catch (caught) {
          error = caught;
        }
        const settledAt = performance.now();
        return {
          scenario: scenario.name,
          rep,
          expectation: scenario.expect(rep.op, rep.variant),
          policy,
          refused: scenario.refused === true,
          resolved,
          value,
          error,
          settleMs: settledAt - started,
          settledAt,
        };
      }),
      scenario.concurrency ?? CONCURRENCY,
    );
    // What the calls sent before settling may reach the server a little later on a busy machine.
    await new Promise((resolve) => setTimeout(resolve, 100));
  } finally {
    await server.close();
  }
  const observations: Observation[] = settled.map((observation) => ({
    ...observation,
    apiRequests: server.to(observation.rep.path),
    tokenRequests: server
      .to(TOKEN_PATH)
      .filter((request) => new URLSearchParams(request.body).get('client_id') === observation.rep.clientId),
  }));

  const foreignRequests = foreign.requests.slice(foreignBefore);
  foreignRequestsSearched += foreignRequests.length;
  const scenarioProblems = foreignRequests.map(
    (request) =>
      `a request reached the foreign origin: ${request.method} ${request.url}` +
      (SECRET_MARKER.test(JSON.stringify(request)) ? ' WITH A CREDENTIAL' : ''),
  );
  const strays = server.requests.filter((request) => request.path !== TOKEN_PATH && !byPath.has(request.path));
  scenarioProblems.push(
    ...strays.map((request) => `a request to an unexpected path: ${request.method} ${request.url}`),
  );

  const problems: string[] = [...scenarioProblems];
  for (const op of scenario.cases) {
    const mine = observations.filter((observation) => observation.rep.op === op);
    const perCall = mine.map((observation) => ({ observation, problems: checkCall(observation) }));
    const failed = perCall.filter((entry) => entry.problems.length > 0).length;
    const budget = Math.max(...mine.map(({ expectation }) => settleBudget(expectation, policy)));
    recordScenario({
      group: 'faults',
      scenario: scenario.name,
      operation: op.label,
      runs: mine.length,
      outcome: summarizeOutcomes(mine),
      failures: failed + (scenarioProblems.length > 0 ? 1 : 0),
      worst: { label: 'settle time', value: round(Math.max(...mine.map((o) => o.settleMs))), unit: 'ms', budget },
      details: [
        `settle median ${round(summarize(mine.map((o) => o.settleMs)).median)} ms ` +
          `(min ${round(Math.min(...mine.map((o) => o.settleMs)))}, max ${round(Math.max(...mine.map((o) => o.settleMs)))})`,
        `policy: ${policy.maxAttempts} attempts, ${policy.attemptTimeoutMs} ms per attempt, ${policy.totalTimeoutMs} ms in all`,
        ...(scenario.variants ? [`variants: ${scenario.variants.map((v) => JSON.stringify(v)).join(', ')}`] : []),
        ...(scenario.note ? [scenario.note] : []),
        ...describeProblems([
          ...scenarioProblems,
          ...perCall.flatMap(({ observation, problems: found }) =>
            found.map((problem) => `#${observation.rep.index}: ${problem}`),
          ),
        ]),
      ].join('; '),
    });
    problems.push(
      ...perCall.flatMap(({ observation, problems: found }) =>
        found.map((problem) => `${op.label} #${observation.rep.index} (${observation.rep.id}): ${problem}`),
      ),
    );
  }
  expect(problems).toEqual([]);
}

/** The first few problems, for the record of a failing scenario. */
function describeProblems(problems: readonly string[]): string[] {
  if (problems.length === 0) return [];
  const shown = problems.slice(0, 3).join(' | ');
  return [`problems: ${shown}${problems.length > 3 ? ` | and ${problems.length - 3} more` : ''}`];
}

function settleBudget(expectation: Expectation, policy: RetryPolicy): number {
  return (expectation.settleWithinMs ?? policy.totalTimeoutMs) + SETTLE_MARGIN_MS;
}

/** Every rule one call must keep; returns what it broke. */
function checkCall(observation: Observation): string[] {
  const { rep, expectation, error, resolved, settleMs, apiRequests, tokenRequests } = observation;
  const problems: string[] = [];

  // 1. The outcome and its documented fields.
  if (expectation.outcome === 'success') {
    if (!resolved) problems.push(`expected success, got ${describeError(error)}`);
  } else {
    const { type, guard } = ERROR_CLASSES[expectation.outcome];
    if (resolved) problems.push(`expected ${expectation.outcome}, but the call resolved`);
    else if (!(error instanceof type) || !guard(error)) {
      problems.push(`expected ${expectation.outcome}, got ${describeError(error)}`);
    } else {
      for (const [field, wanted] of Object.entries(expectation.fields ?? {})) {
        const actual = (error as unknown as Record<string, unknown>)[field];
        if (!Object.is(actual, wanted)) problems.push(`${field} is ${String(actual)}, expected ${String(wanted)}`);
      }
    }
  }

  // 2. It settled within its budget, and not before the timeouts it had to wait.
  const budget = settleBudget(expectation, observation.policy);
  if (settleMs > budget) problems.push(`settled after ${round(settleMs)} ms, budget ${budget} ms`);
  if (expectation.settleAtLeastMs !== undefined && settleMs < expectation.settleAtLeastMs - WAIT_EARLY_MS) {
    problems.push(`settled after ${round(settleMs)} ms, before the ${expectation.settleAtLeastMs} ms of timeouts`);
  }

  // 3. The attempts the policy predicts: seen by the server, or in the log when nothing listens.
  const attempts = observation.refused ? rep.sentAt.length : apiRequests.length;
  if (attempts !== expectation.attempts) problems.push(`${attempts} attempts, expected ${expectation.attempts}`);
  if (!observation.refused && apiRequests.length !== rep.sentAt.length) {
    problems.push(`the client sent ${rep.sentAt.length} attempts, the server received ${apiRequests.length}`);
  }
  if (rep.sentAt.some((sentAt) => sentAt > observation.settledAt))
    problems.push('an attempt was sent after the call settled');
  const wantedTokenRequests =
    expectation.tokenRequests ?? (rep.op.credential === 'client credentials' && !observation.refused ? 1 : 0);
  if (tokenRequests.length !== wantedTokenRequests) {
    problems.push(`${tokenRequests.length} token requests, expected ${wantedTokenRequests}`);
  }

  // 4. The waits between attempts: as the policy documents them, in the log and in fact.
  if (expectation.waits !== undefined) {
    const retryEvents = rep.events.filter((event) => event.type === 'retry');
    const logged = retryEvents.map((event) => (event.type === 'retry' ? event.delayMs : Number.NaN));
    if (logged.length !== expectation.waits.length || logged.some((delay, i) => delay !== expectation.waits![i])) {
      problems.push(`retry log waits ${JSON.stringify(logged)}, policy says ${JSON.stringify(expectation.waits)}`);
    }
    // The wait actually taken: from the moment the client decided to wait (its retry event) to
    // the moment it sent the next attempt. Measured in the client: the server sees a connection
    // the client gave up on close a little later, by an amount a loaded machine makes unpredictable.
    expectation.waits.forEach((wait, i) => {
      const taken = (rep.sentAt[i + 1] ?? Number.NaN) - (rep.waitStartedAt[i] ?? Number.NaN);
      if (!(taken >= wait - WAIT_EARLY_MS && taken <= wait + WAIT_MARGIN_MS)) {
        problems.push(`the wait before attempt ${i + 2} was ${round(taken)} ms; the policy says ${wait} ms`);
      }
      // Seen from the server, where the previous attempt got a complete answer: the next one
      // cannot arrive sooner than the wait after that answer was written.
      const previous = apiRequests[i];
      const gap = (apiRequests[i + 1]?.at ?? Number.NaN) - (previous?.endedAt ?? Number.NaN);
      if (previous?.fault === 'respond' && !(gap >= wait - WAIT_EARLY_MS)) {
        problems.push(`attempt ${i + 2} reached the server ${round(gap)} ms after the answer to attempt ${i + 1}`);
      }
    });
  }
  problems.push(...(expectation.extra?.(observation) ?? []));

  // 5. A non-repeatable write reached the server at most once in a way that may have applied it
  //    (a 429 proves it was refused). Every attempt of a Mollie call carries the same key.
  if (!rep.op.repeatable) {
    const mayHaveApplied = apiRequests.filter((request) => request.status !== 429).length;
    if (mayHaveApplied > 1) problems.push(`a non-repeatable write reached the server ${mayHaveApplied} times`);
  }
  if (rep.op.operationId === 'updateSalesInvoice') {
    const keys = new Set(apiRequests.map((request) => request.headers['idempotency-key']));
    if (keys.size > 1) problems.push(`attempts carried ${keys.size} different idempotency keys`);
  }

  // 6. Each credential went where it belongs, and the requests are what the spec allows.
  for (const request of apiRequests) {
    if (request.headers['authorization'] !== `Bearer ${rep.bearer}`) {
      problems.push(`an API request carried the wrong Authorization`);
    }
    if (JSON.stringify(request).includes(CLIENT_SECRET)) problems.push('the client secret was sent to the API');
    problems.push(...contractViolations(request, ['asset.yaml', 'mollie.yaml']));
  }
  for (const request of tokenRequests) {
    if (new URLSearchParams(request.body).get('client_secret') !== CLIENT_SECRET) {
      problems.push('the token request did not carry the client secret');
    }
    const rest = JSON.stringify({ ...request, body: request.body.replace(CLIENT_SECRET, '') });
    if (SECRET_MARKER.test(rest)) problems.push('an API credential was sent to the token endpoint');
  }

  // 7. No credential in the error or the log.
  problems.push(...searchForSecrets(rep.op.credential, error, rep.events, observation.scenario));
  return problems;
}

/** Search every view of an error (and of its causes) and every log event for a credential. */
function searchForSecrets(
  credential: Credential,
  error: unknown,
  events: readonly LogEvent[],
  scenario: string,
): string[] {
  const texts: [string, string][] = Object.entries(errorViews(error));
  events.forEach((event, i) => texts.push([`log event ${i} (${event.type})`, JSON.stringify(event)]));

  const tally = secretSearch.get(credential) ?? { calls: 0, texts: 0, hits: [] };
  secretSearch.set(credential, tally);
  tally.calls += 1;
  tally.texts += texts.length;
  const hits = texts.filter(([, text]) => SECRET_MARKER.test(text)).map(([where]) => `a credential is in the ${where}`);
  tally.hits.push(...hits.map((hit) => `${scenario}: ${hit.replace('a credential is in the ', '')}`));
  return hits;
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return util.inspect(error);
  return `${error.name}: ${error.message.slice(0, 200)}`;
}

/** "ConnectionError (maybeSent, ECONNRESET) after 3 attempts ×20", one entry per distinct outcome. */
function summarizeOutcomes(observations: readonly Observation[]): string {
  const counts = new Map<string, number>();
  for (const observation of observations) {
    const attempts = observation.refused ? observation.rep.sentAt.length : observation.apiRequests.length;
    const what = observation.resolved ? 'success' : describeOutcome(observation.error);
    const key = `${what} after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => (counts.size === 1 ? key : `${key} ×${count}`)).join('; ');
}

function describeOutcome(error: unknown): string {
  if (isApiError(error)) return `ApiError ${error.status}`;
  if (isConnectionError(error))
    return `ConnectionError (${error.maybeSent ? 'maybeSent' : 'not sent'}, ${error.code ?? 'no code'})`;
  if (isTimeoutError(error)) return `TimeoutError (${error.scope})`;
  if (isUnexpectedResponseError(error)) {
    return `UnexpectedResponseError ${error.status} (${error.contentType ?? 'no content type'})`;
  }
  if (error instanceof Error) return error.name;
  return String(error);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

describe('faults: every call ends as documented, in time, with the attempts the policy predicts', () => {
  it.each(SCENARIOS.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
    await runScenario(scenario);
  });
});

describe('a very large body (50 MB)', () => {
  const SIZE = 50 * MIB;
  /** Bodies as Buffers (outside the JS heap), so that building them does not count as heap the client kept. */
  const padded = (before: string, after: string): Buffer =>
    Buffer.concat([Buffer.from(before), Buffer.alloc(SIZE, 'x'), Buffer.from(after)]);
  const HTML_50MB = padded('<!doctype html><html><body>', '</body></html>');
  const policy = { ...BASE_POLICY, attemptTimeoutMs: 20_000, totalTimeoutMs: 30_000 } as const;
  /** Growth of the live heap the calls may cause: far less than one 50 MB body. */
  const RETAINED_BOUND = 10 * MIB;
  /** Errors kept until the heap is measured, as an app's error log or error tracker keeps them. */
  const KEPT_ERRORS = 3;

  interface LargeBodyCase {
    readonly scenario: string;
    /** The answer of the API, or of the token endpoint when `at` says so. */
    readonly answer: Fault;
    readonly at: 'api' | 'token endpoint';
    /** What the outcome must be, for the record. */
    readonly outcome: string;
    readonly check: (resolved: boolean, value: unknown, error: unknown) => boolean;
    readonly attempts: number;
  }

  /**
   * Sequential calls (one 50 MB body at a time is plenty), with the live heap measured before the
   * first and after the last while the last errors are still referenced: an error must not hold
   * the body it describes.
   */
  async function driveLargeBody({ scenario, answer, at, outcome, check, attempts }: LargeBodyCase): Promise<void> {
    const op = invoiceStatus;
    const server = await startTestServer((request) => {
      if (request.path !== TOKEN_PATH) return at === 'api' ? answer : jsonAnswer(500, {});
      if (at === 'token endpoint') return answer;
      return tokenAnswer(
        bearerFor(op, new URLSearchParams(request.body).get('client_id')?.slice('client_'.length) ?? ''),
      );
    });
    const problems: string[] = [];
    const settleTimes: number[] = [];
    const keptErrors: unknown[] = [];
    let peakHeap = 0;
    const before = await liveHeapBytes();
    try {
      for (let index = 0; index < SCALE.faultRepetitions; index += 1) {
        const id = newRepId();
        const rep: Rep = {
          id,
          index,
          op,
          variant: undefined,
          path: op.path(id),
          clientId: `client_${id}`,
          bearer: bearerFor(op, id),
          events: [],
          sentAt: [],
          waitStartedAt: [],
        };
        const started = performance.now();
        let resolved = false;
        let value: unknown;
        let error: unknown;
        try {
          value = await op.call(rep, server.url, policy);
          resolved = true;
        } catch (caught) {
          error = caught;
        }
        settleTimes.push(performance.now() - started);
        peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
        if (!check(resolved, value, error)) {
          problems.push(`#${index}: expected ${outcome}, got ${resolved ? 'success' : describeError(error)}`);
        }
        value = undefined;
        if (error !== undefined) keptErrors.splice(0, keptErrors.length - KEPT_ERRORS + 1, error);
        problems.push(
          ...searchForSecrets(op.credential, error, rep.events, scenario).map((hit) => `#${index}: ${hit}`),
        );
        const seen = server.to(rep.path).length;
        if (seen !== attempts) problems.push(`#${index}: ${seen} attempts, expected ${attempts}`);
      }
    } finally {
      await server.close();
    }
    const retained = (await liveHeapBytes()) - before;
    const worst = Math.max(...settleTimes);
    const budget = policy.totalTimeoutMs + SETTLE_MARGIN_MS;
    if (worst > budget) problems.push(`a call settled after ${round(worst)} ms, budget ${budget} ms`);
    if (retained > RETAINED_BOUND) {
      problems.push(
        `the live heap grew by ${round(retained / MIB)} MiB while ${keptErrors.length} errors were kept ` +
          `(bound ${RETAINED_BOUND / MIB} MiB)`,
      );
    }
    recordScenario({
      group: 'faults',
      scenario,
      operation: op.label,
      runs: settleTimes.length,
      outcome: `${outcome} after ${attempts} attempt${attempts === 1 ? '' : 's'}`,
      failures: problems.length === 0 ? 0 : 1,
      worst: { label: 'settle time', value: round(worst), unit: 'ms', budget },
      details:
        `settle median ${round(summarize(settleTimes).median)} ms (min ${round(Math.min(...settleTimes))}, max ${round(worst)}); ` +
        `live heap ${round(before / MIB)} MiB before, ${round((before + retained) / MIB)} MiB after with ` +
        `${keptErrors.length} errors kept (bound +${RETAINED_BOUND / MIB} MiB); ` +
        `highest heap right after a call ${round(peakHeap / MIB)} MiB` +
        describeProblems(problems)
          .map((text) => `; ${text}`)
          .join(''),
    });
    keptErrors.length = 0;
    expect(problems).toEqual([]);
  }

  it('a 50 MB JSON success body: the call settles (validateResponses off: success)', async () => {
    await driveLargeBody({
      scenario: 'a 50 MB JSON body with status 200',
      answer: respond(200, padded(`${JSON.stringify(invoiceExample).slice(0, -1)},"padding":"`, '"}'), {
        'content-type': 'application/json',
      }),
      at: 'api',
      outcome: 'success with the 50 MB body',
      check: (resolved, value) => resolved && (value as { padding?: string }).padding?.length === SIZE,
      attempts: 1,
    });
  });

  it('a 50 MB HTML page with status 200: an UnexpectedResponseError whose snippet does not hold the page', async () => {
    await driveLargeBody({
      scenario: 'a 50 MB HTML page with status 200',
      answer: respond(200, HTML_50MB, { 'content-type': 'text/html' }),
      at: 'api',
      outcome: 'UnexpectedResponseError (200-character snippet)',
      check: (resolved, _value, error) =>
        !resolved && isUnexpectedResponseError(error) && error.bodySnippet.length <= 200,
      attempts: 1,
    });
  });

  it('a 50 MB HTML page from the token endpoint (status 500): a TokenRequestError whose body does not hold the page', async () => {
    await driveLargeBody({
      scenario: 'a 50 MB HTML page from the token endpoint with status 500',
      answer: respond(500, HTML_50MB, { 'content-type': 'text/html' }),
      at: 'token endpoint',
      outcome: 'TokenRequestError (200-character body)',
      check: (resolved, _value, error) =>
        !resolved && isTokenRequestError(error) && typeof error.body === 'string' && error.body.length <= 200,
      attempts: 0,
    });
  });
});
