import { sleep } from './abortable-sleep.js';
import { AttemptController } from './attempt-controller.js';
import { BufferedResponse } from './buffered-response.js';
import { AbortError, ConnectionError, TimeoutError, isInvoicingSdkError } from '../errors/errors.js';
import type { OutgoingRequest } from './outgoing-request.js';
import { PreparedRequest } from './prepared-request.js';
import type { RetryPolicy } from './retry-policy.js';
import { backoffDelay, getServerRetryDelay } from './retry-timing.js';

export interface SendWithRetriesOptions {
  readonly policy: RetryPolicy;
  /** Whether sending the same request twice is harmless (decided by the caller from the spec and the body). */
  readonly repeatable: boolean;
  /** The caller's signal. The request's own `signal` is honoured as well. */
  readonly signal?: AbortSignal | undefined;
  /** Called before each wait; for logging. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  /**
   * Return the final response as a BufferedResponse (status, headers, `text()`) instead of a
   * rebuilt `Response`: cheaper, and enough for openapi-fetch without middleware.
   * @default false
   */
  readonly bufferedResponse?: boolean;
  /** Injected for tests. @default Math.random */
  readonly random?: () => number;
}

/** One retry about to happen, as reported to {@link SendWithRetriesOptions.onRetry}. */
export interface RetryEvent {
  /** The attempt that failed (1-based); the next one is `attempt + 1`. */
  readonly attempt: number;
  /** How long the engine waits before that next attempt. */
  readonly delayMs: number;
  /** Why the attempt failed: `'status 503'`, a platform code such as `'ECONNRESET'`, `'network error'` or `'attempt timeout'`. */
  readonly reason: string;
}

// Codes (on the error or somewhere in its `cause` chain) that mean the connection failed.
const NETWORK_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  // undici (Node's fetch)
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  // Bun
  'ConnectionRefused',
  'ConnectionClosed',
  'FailedToOpenSocket',
]);

// The subset that proves no byte of the request reached a server: name resolution or the TCP
// connection failed. Only these make a retry of a non-repeatable request safe.
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'ConnectionRefused',
  'FailedToOpenSocket',
]);

// Messages of the TypeError that `fetch` rejects with on a network failure, which often has no code.
const NETWORK_ERROR_MESSAGES = new Set([
  'fetch failed', // Node (undici)
  'terminated', // Node (undici): the connection closed while the body was read
  'Failed to fetch', // Chromium
  'network error', // Chromium, while the body was read
  'NetworkError when attempting to fetch resource.', // Firefox
  'Load failed', // Safari
  'The Internet connection appears to be offline.', // Safari
  'Network connection lost', // Cloudflare Workers
]);
const DENO_NETWORK_ERROR_PREFIX = 'error sending request'; // Deno: "error sending request for url (…): …"

// How a runtime's fetch says it refused a URL whose port is on the Fetch standard's bad-port list
// (https://fetch.spec.whatwg.org/#bad-port), checked by experiment: a server listening on such a
// port saw no connection, and no socket was opened. Only these two runtimes are recognised:
// Chromium 143 rejects with the same "Failed to fetch" as any network failure (ERR_UNSAFE_PORT is
// only on its console), Bun 1.4.5 does not block ports, Firefox and Safari were not checked.
const BAD_PORT_CAUSE_MESSAGE = 'bad port'; // Node 20 (undici 6): TypeError('fetch failed'), cause Error('bad port')
const DENO_BAD_PORT_MESSAGE = /^Fetch failed: Requests to port \d+ are blocked$/; // Deno 2.9.5, no cause

// Statuses whose Response must have a null body.
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** How one attempt ended. */
type Outcome =
  | { readonly kind: 'response'; readonly response: Response }
  | {
      readonly kind: 'network';
      readonly error: unknown;
      readonly code: string | undefined;
      readonly notSent: boolean;
      /** Set when the platform refused the URL before sending: final, never retried. */
      readonly refusal?: 'bad-port';
    }
  | { readonly kind: 'attempt-timeout' }
  | { readonly kind: 'total-timeout' }
  | { readonly kind: 'aborted'; readonly reason: unknown }
  | { readonly kind: 'unknown'; readonly error: unknown };

/** Wait and send again, or stop and settle with the outcome; `budgetSpent` when the wait would outlast the call's budget. */
type Decision =
  { readonly retry: true; readonly delayMs: number } | { readonly retry: false; readonly budgetSpent: boolean };

interface DecisionContext {
  readonly attempt: number;
  readonly policy: RetryPolicy;
  readonly repeatable: boolean;
  readonly random: () => number;
  readonly now: number;
  /** Epoch ms at which the call's total budget runs out. */
  readonly deadline: number;
}

const STOP: Decision = { retry: false, budgetSpent: false };

/**
 * Send `request` with `send`, retrying per the policy. Resolves with the final Response (which may be a non-2xx
 * status when attempts ran out or the status is not retryable — the caller turns it into an ApiError).
 * Rejects with ConnectionError, TimeoutError (scope 'attempt' when the last attempt timed out, 'total' when the
 * whole budget ran out) or AbortError (caller's signal) from ./errors.js, with method and URL (request.method,
 * request.url) and the number of attempts.
 *
 * The body is read once (a PreparedRequest's serialized body is used as is), and every attempt sends
 * an OutgoingRequest built from it with headers of its own and its own timeout signal, so a body can
 * be sent again. (Buffering beats `clone()` plus `new Request(request, { signal })`, which tee the
 * body stream.) The response returned has its body already read (within the attempt's timeout): a
 * new Response whose `url` is '', or a BufferedResponse when `bufferedResponse` is set.
 * Any other error (a bug in `send`, a request whose body was already used) is rethrown as is.
 */
export async function sendWithRetries(
  request: Request | PreparedRequest,
  send: (request: OutgoingRequest) => Promise<Response>,
  options: SendWithRetriesOptions,
): Promise<Response> {
  const { policy, repeatable, onRetry } = options;
  const random = options.random ?? Math.random;
  const { method, url } = request;
  // A prepared request carries openapi-fetch's serialized body, which can be sent again as it is.
  // A real Request's body is a stream: read it before anything starts (an unusable body throws
  // here, as is), so that every attempt can send it.
  const body =
    request instanceof PreparedRequest ? request.body : request.body === null ? null : await request.arrayBuffer();
  const deadline = Date.now() + policy.totalTimeoutMs;
  // One AbortController per attempt (or wait) and none besides: creating AbortSignals is costly on
  // Node 20, and linking several per call showed in profiles. The caller's signals (openapi-fetch
  // also puts the caller's signal on the Request) and the attempt's timer abort the current one.
  const callerSignals = [...new Set([options.signal, request.signal])].filter(
    (signal): signal is AbortSignal => signal !== undefined,
  );
  let current: AttemptController | undefined;
  // Set when the call's total budget ran out. There is no timer for the budget besides the
  // attempts' own: each attempt's timer fires at its timeout or at the end of the budget, whichever
  // comes first, and a wait never outlasts the budget (decideRetry, rule 10).
  let budgetExpired = false;
  const onCallerAbort = (event: Event): void => current?.abort((event.target as AbortSignal).reason);
  for (const signal of callerSignals) signal.addEventListener('abort', onCallerAbort);
  let attemptsSent = 0;
  // Every attempt sets the same headers again (Authorization is overwritten, never appended), so a
  // PreparedRequest's own Headers can serve all attempts; a caller's Request keeps its own.
  const attemptHeaders = request instanceof PreparedRequest ? request.headers : new Headers(request.headers);

  /** Whether the caller or the budget has ended the call. */
  const interruption = (): Outcome | undefined => {
    const aborted = callerSignals.find((signal) => signal.aborted);
    if (aborted) return { kind: 'aborted', reason: aborted.reason };
    if (budgetExpired) return { kind: 'total-timeout' };
    return undefined;
  };

  /** One attempt, its body read when the response is the one to return, and what to do next. */
  const runAttempt = async (attempt: number): Promise<{ outcome: Outcome; decision: Decision }> => {
    const context = (): DecisionContext => ({ attempt, policy, repeatable, random, now: Date.now(), deadline });
    const settle = (outcome: Outcome) => ({ outcome, decision: decideRetry(outcome, context()) });
    const interrupted = interruption();
    if (interrupted) return settle(interrupted);

    const controller = new AttemptController();
    current = controller;
    let timedOut = false;
    const budgetLeft = deadline - Date.now();
    const budgetFirst = budgetLeft <= policy.attemptTimeoutMs;
    const timer = setTimeout(
      () => {
        if (budgetFirst) budgetExpired = true;
        else timedOut = true;
        controller.abort();
      },
      budgetFirst ? Math.max(budgetLeft, 0) : policy.attemptTimeoutMs,
    );
    const failure = (error: unknown): Outcome =>
      interruption() ?? (timedOut ? { kind: 'attempt-timeout' } : classifyError(error));
    try {
      attemptsSent = attempt;
      let response: Response;
      try {
        const attemptRequest: OutgoingRequest = {
          url,
          method,
          headers: attemptHeaders,
          body,
          signal: controller.signal,
          // Never followed: a redirect would carry the body and caller-set headers to wherever
          // Location points. The 3xx is returned to the caller, who turns it into an error.
          redirect: 'manual',
        };
        response = await controller.until(send(attemptRequest), discardBody);
      } catch (error) {
        return settle(failure(error));
      }
      const decision = decideRetry({ kind: 'response', response }, context());
      if (decision.retry) {
        discardBody(response);
        return { outcome: { kind: 'response', response }, decision };
      }
      try {
        const read = await readBody(response, controller, options.bufferedResponse === true);
        return { outcome: { kind: 'response', response: read }, decision };
      } catch (error) {
        return settle(failure(error));
      }
    } finally {
      clearTimeout(timer);
    }
  };

  /** Resolve with the response, or reject with the error that describes the outcome. */
  const finish = (outcome: Outcome, budgetSpent: boolean): Response => {
    const attempts = attemptsSent;
    switch (outcome.kind) {
      case 'response':
        return outcome.response;
      case 'aborted':
        throw new AbortError(`${method} ${url}: aborted by the caller`, outcome.reason);
      case 'total-timeout':
        throw new TimeoutError({ method, url, attempts, scope: 'total', timeoutMs: policy.totalTimeoutMs });
      case 'attempt-timeout':
        throw budgetSpent
          ? new TimeoutError({ method, url, attempts, scope: 'total', timeoutMs: policy.totalTimeoutMs })
          : new TimeoutError({ method, url, attempts, scope: 'attempt', timeoutMs: policy.attemptTimeoutMs });
      case 'network':
        throw new ConnectionError({
          method,
          url,
          attempts,
          maybeSent: !outcome.notSent,
          code: outcome.code,
          refusedBeforeSending: outcome.refusal,
          cause: outcome.error,
        });
      case 'unknown':
        throw outcome.error;
    }
  };

  try {
    for (let attempt = 1; ; attempt += 1) {
      const { outcome, decision } = await runAttempt(attempt);
      if (!decision.retry) return finish(outcome, decision.budgetSpent);
      onRetry?.({ attempt, delayMs: decision.delayMs, reason: describeFailure(outcome) });
      const wait = new AttemptController();
      current = wait;
      try {
        // An abort or the budget that fired between the attempt and here ends the wait at once.
        if (interruption()) wait.abort();
        await sleep(decision.delayMs, wait.signal);
      } catch {
        return finish(interruption() ?? { kind: 'total-timeout' }, false);
      }
    }
  } finally {
    for (const signal of callerSignals) signal.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * Whether to send again after `outcome`, and after how long. The checks run in this order and the
 * first that applies decides.
 */
function decideRetry(outcome: Outcome, context: DecisionContext): Decision {
  const { attempt, policy, repeatable } = context;
  // 1. The caller aborted: never send again, whatever else happened.
  if (outcome.kind === 'aborted') return STOP;
  // 2. The call's budget ran out during the attempt: no time is left for another.
  if (outcome.kind === 'total-timeout') return STOP;
  // 3. Unknown errors (programming bugs, a broken `send`) are not retried; they are rethrown as is.
  if (outcome.kind === 'unknown') return STOP;
  // 4. The platform refused the URL before sending (a bad port): every attempt would be refused
  //    the same way, so it is final, even for a repeatable request.
  if (outcome.kind === 'network' && outcome.refusal !== undefined) return STOP;
  // 5. Out of attempts: settle with what the last one gave.
  if (attempt >= policy.maxAttempts) return STOP;
  // 6. A status not in retryStatuses is final: a success, or an error the caller turns into an ApiError.
  if (outcome.kind === 'response' && !policy.retryStatuses.includes(outcome.response.status)) return STOP;
  // 7. A request that is not repeatable goes again only if it certainly was not processed:
  //    a connection that never opened, or a status such as 429 that says so.
  if (!repeatable && !wasCertainlyNotProcessed(outcome, policy)) return STOP;
  // 8. The server set the delay: honour it exactly (no jitter), unless it is longer than we are
  //    willing to wait, in which case the caller gets the response.
  const serverDelay =
    outcome.kind === 'response' ? getServerRetryDelay(outcome.response.headers, context.now) : undefined;
  if (serverDelay !== undefined && serverDelay > policy.maxRetryAfterMs) return STOP;
  // 9. Otherwise exponential backoff with jitter.
  const delayMs = serverDelay ?? backoffDelay(attempt, policy, context.random);
  // 10. The wait (and so the next attempt) would outlast the call's budget: stop now rather than
  //     fail later.
  if (context.now + delayMs >= context.deadline) return { retry: false, budgetSpent: true };
  return { retry: true, delayMs };
}

function wasCertainlyNotProcessed(outcome: Outcome, policy: RetryPolicy): boolean {
  if (outcome.kind === 'response') return policy.notProcessedStatuses.includes(outcome.response.status);
  return outcome.kind === 'network' && outcome.notSent;
}

/** The `reason` of a RetryEvent. */
function describeFailure(outcome: Outcome): string {
  switch (outcome.kind) {
    case 'response':
      return `status ${outcome.response.status}`;
    case 'network':
      return outcome.code ?? 'network error';
    case 'attempt-timeout':
      return 'attempt timeout';
    default:
      return outcome.kind; // never retried
  }
}

/**
 * A network failure (with its code, whether the request certainly never left, and whether the
 * platform refused to send it at all), or an unknown error.
 */
function classifyError(error: unknown): Outcome {
  // The package's own errors (a token that could not be obtained, a refused credential) say what
  // happened already; a network failure in their cause chain is not this request's.
  if (isInvoicingSdkError(error)) return { kind: 'unknown', error };
  // Refused by the platform before any socket opened: not sent, and never worth another attempt.
  if (isBadPortRefusal(error)) return { kind: 'network', error, code: undefined, notSent: true, refusal: 'bad-port' };
  const codes = collectErrorCodes(error);
  const code = codes.find((candidate) => NETWORK_ERROR_CODES.has(candidate)) ?? codes[0];
  const isNetworkError =
    (code !== undefined && NETWORK_ERROR_CODES.has(code)) ||
    (error instanceof TypeError &&
      (NETWORK_ERROR_MESSAGES.has(error.message) || error.message.startsWith(DENO_NETWORK_ERROR_PREFIX)));
  if (!isNetworkError) return { kind: 'unknown', error };
  return { kind: 'network', error, code, notSent: code !== undefined && NOT_SENT_CODES.has(code) };
}

/** Whether fetch refused the URL's port itself (see BAD_PORT_CAUSE_MESSAGE), without opening a connection. */
export function isBadPortRefusal(error: unknown): boolean {
  if (!(error instanceof TypeError)) return false;
  if (DENO_BAD_PORT_MESSAGE.test(error.message)) return true;
  // Only the cause undici makes itself: an error with that message and no code (a system error
  // always has one). Read by shape, not instanceof, like the codes below.
  const { cause } = error as { cause?: { message?: unknown; code?: unknown } | null };
  return error.message === 'fetch failed' && cause?.message === BAD_PORT_CAUSE_MESSAGE && cause.code === undefined;
}

/**
 * The string `code`s of an error and of its causes, nearest first, a few levels deep. Node's fetch
 * puts the system error in `cause` (`TypeError: fetch failed` ← `Error: connect ECONNREFUSED`),
 * sometimes within an AggregateError when several addresses were tried.
 */
export function collectErrorCodes(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 3) return [];
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  const nested = Array.isArray(errors) ? errors.flatMap((inner: unknown) => collectErrorCodes(inner, depth + 1)) : [];
  return [...(typeof code === 'string' ? [code] : []), ...collectErrorCodes(cause, depth + 1), ...nested];
}

/**
 * The response with its body read into memory under the attempt's controller, so that the
 * attempt's timeout covers a body that trickles in. The copy has the same status, status text and headers.
 */
async function readBody(response: Response, attempt: AttemptController, buffered: boolean): Promise<Response> {
  // An opaque response (status 0, browsers only) has nothing to read and cannot be rebuilt.
  if (response.status < 200 || response.status > 599) return response;
  const hasBody = response.body !== null && !NULL_BODY_STATUSES.has(response.status);
  if (buffered) {
    const text = hasBody ? await attempt.until(response.text(), () => undefined) : '';
    // Typed as a Response for the caller's `fetch` contract; it has what openapi-fetch reads.
    return new BufferedResponse(response, text) as unknown as Response;
  }
  const body = await attempt.until(response.arrayBuffer(), () => undefined);
  const { status, statusText, headers } = response;
  return new Response(hasBody ? body : null, { status, statusText, headers });
}

/** Drop the body of a response that will not be returned, so the connection is freed. */
function discardBody(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}
