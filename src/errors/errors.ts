/**
 * The error model. Every operation either resolves with the response body the spec declares for
 * success, or rejects with one of the classes below; it never resolves with an error body.
 *
 * - {@link ApiError}: the server answered with a status outside 2xx.
 * - {@link UnexpectedResponseError}: a 2xx answer whose body is not what the spec says (HTML from a
 *   proxy, empty, truncated JSON, another content type).
 * - {@link ResponseValidationError}: opt-in; a 2xx body that breaks the spec's schema.
 * - {@link ConnectionError}: no answer: the connection failed (`maybeSent` says whether the server
 *   may have received the request).
 * - {@link TimeoutError}: an attempt, or the whole call with its retries, took too long.
 * - {@link AbortError}: the caller's `AbortSignal` fired.
 * - {@link TokenRequestError}: an OAuth token could not be obtained.
 * - {@link RequestValidationError}: the request broke the spec; nothing was sent.
 * - {@link ConfigurationError}: the client options cannot work; nothing was sent.
 *
 * All extend {@link InvoicingSdkError}. The `is…` guards match by `name` as well as by
 * `instanceof`, so they also recognise errors created by another copy of this package or in
 * another realm (a worker, an iframe, a test runner's sandbox).
 *
 * Credentials never appear in a message: errors carry the method and URL, never request headers.
 */
import { summarizeErrorBody, type ErrorShape } from './error-summary.js';
import { printable, printableData } from '../redaction/printable.js';
import { requestIdOf } from './request-id.js';

/**
 * Base class of every error this package throws. The message is made printable here (control
 * characters escaped as `\uXXXX`), so that nothing a caller or a server supplied can break a log
 * line through it; a message of several lines is given as its lines, each made printable.
 */
export class InvoicingSdkError extends Error {
  /** The `name` of this class's errors: how one is told apart from another realm's (see {@link isInvoicingSdkError}). */
  static readonly errorName: string = 'InvoicingSdkError';
  override readonly name: string = InvoicingSdkError.errorName;

  constructor(message: string | readonly string[], options?: ErrorOptions) {
    super(typeof message === 'string' ? printable(message) : message.map(printable).join('\n'), options);
  }
}

/** Everything the SDK knows about a non-2xx response. */
export interface ApiErrorDetails<Body> {
  /** The spec's operationId, e.g. `updateSalesInvoice`. */
  readonly operationId: string;
  readonly method: string;
  /** The URL that was called. */
  readonly url: string;
  readonly status: number;
  /** The parsed error body (typed from the spec), or the raw text when it was not JSON. */
  readonly body: Body;
  readonly headers: Headers;
  /** How the spec documents this operation's error bodies, for the message's summary (from the generator). */
  readonly errorShapes?: readonly ErrorShape[] | undefined;
}

/** The server answered with a status outside 2xx. */
export class ApiError<Body = unknown> extends InvoicingSdkError implements ApiErrorDetails<Body> {
  static override readonly errorName = 'ApiError';
  override readonly name = ApiError.errorName;
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly body: Body;
  readonly headers: Headers;
  /** The provider's request id (`x-request-id` or `request-id` response header), when sent. */
  readonly requestId: string | undefined;

  constructor(details: ApiErrorDetails<Body>) {
    super(
      `${details.method} ${details.url} failed with status ${details.status}` +
        summarizeErrorBody(details.body, details.errorShapes),
    );
    this.operationId = details.operationId;
    this.method = details.method;
    this.url = printable(details.url);
    this.status = details.status;
    // Data, but read by people too: its strings have their control characters escaped, like the message.
    this.body = printableData(details.body);
    this.headers = details.headers;
    this.requestId = requestIdOf(details.headers);
  }
}

/** One way in which a request breaks the spec. */
export interface ValidationIssue {
  /** JSON pointer into the request, e.g. `/path/invoice_id` or `/body/lines/0/quantity`. */
  readonly path: string;
  /** The JSON Schema keyword that failed, e.g. `pattern`, `required`, `type`. */
  readonly rule: string;
  /** What is wrong, for people. */
  readonly message: string;
}

/** The request breaks the spec. Nothing was sent. */
export class RequestValidationError extends InvoicingSdkError {
  static override readonly errorName = 'RequestValidationError';
  override readonly name = RequestValidationError.errorName;
  readonly operationId: string;
  readonly issues: readonly ValidationIssue[];

  constructor(operationId: string, issues: readonly ValidationIssue[]) {
    const printed = printableIssues(issues);
    super([`${operationId}: the request was not sent because it breaks the API contract:`, ...issueLines(printed)]);
    this.operationId = operationId;
    this.issues = printed;
  }
}

/**
 * The issues with their pointers and messages made printable: a pointer names keys the caller or the
 * server chose (a header name, an unknown property), which may hold any character.
 */
function printableIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map(({ path, rule, message }) => ({
    path: printable(path),
    rule: printable(rule),
    message: printable(message),
  }));
}

/** One issue as every message writes it: where, what is wrong, and the rule's name. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path || '(the whole value)'}: ${issue.message} (${issue.rule})`;
}

function issueLines(issues: readonly ValidationIssue[]): string[] {
  return issues.map((issue) => `  - ${formatIssue(issue)}`);
}

/** The client options cannot work (for example a base URL that is not absolute). Nothing was sent. */
export class ConfigurationError extends InvoicingSdkError {
  static override readonly errorName = 'ConfigurationError';
  override readonly name = ConfigurationError.errorName;
}

/** Where a transport failure happened. */
export interface TransportErrorDetails {
  readonly method: string;
  readonly url: string;
  /** Attempts made, the failing one included. */
  readonly attempts: number;
}

/**
 * No HTTP answer arrived: DNS, refused or reset connection, TLS, a socket closed mid-body, or a URL
 * the platform would not send to.
 * `maybeSent` is false only when the request certainly never reached the server (for example a
 * refused connection), which is what makes a retry of a non-repeatable write safe.
 * `refusedBeforeSending` is set when the platform refused the URL itself, before anything left the
 * machine (a bad port). That failure is final: every attempt would be refused the same way, so it is
 * never retried, and `maybeSent` is false.
 */
export class ConnectionError extends InvoicingSdkError {
  static override readonly errorName = 'ConnectionError';
  override readonly name = ConnectionError.errorName;
  readonly method: string;
  readonly url: string;
  readonly attempts: number;
  readonly maybeSent: boolean;
  /** The platform's error code, e.g. `ECONNREFUSED`, when it gave one. */
  readonly code: string | undefined;
  /**
   * Why the platform's `fetch` refused to send the request at all, before any connection was
   * opened: `'bad-port'` when the URL's port is on the Fetch standard's list of bad ports
   * (https://fetch.spec.whatwg.org/#bad-port: 1, 9, 25, 6000, 10080, …). Undefined otherwise.
   */
  readonly refusedBeforeSending: 'bad-port' | undefined;

  constructor(
    details: TransportErrorDetails & {
      readonly maybeSent: boolean;
      readonly code?: string | undefined;
      readonly refusedBeforeSending?: 'bad-port' | undefined;
      readonly cause?: unknown;
    },
  ) {
    const failure =
      details.refusedBeforeSending === undefined ? (details.code ?? 'connection failed') : describeRefusal(details.url);
    super(
      `${details.method} ${details.url}: no response (${failure}` +
        `${details.maybeSent ? '' : ', request not sent'}) after ${details.attempts} attempt${details.attempts === 1 ? '' : 's'}`,
      details.cause === undefined ? undefined : { cause: details.cause },
    );
    this.method = details.method;
    this.url = printable(details.url);
    this.attempts = details.attempts;
    this.maybeSent = details.maybeSent;
    this.code = details.code === undefined ? undefined : printable(details.code);
    this.refusedBeforeSending = details.refusedBeforeSending;
  }
}

/**
 * A bad-port refusal in words, naming the port: Node's own error says only "bad port", and nobody
 * would guess from it that a server listening on that port is never reached.
 */
export function describeRefusal(url: string): string {
  let port = '';
  try {
    port = new URL(url).port;
  } catch {
    // Not a URL (cannot happen for a request that was attempted): the message names no port.
  }
  return `the platform refused the URL before sending: ${port === '' ? 'its port' : `port ${port}`} is blocked by fetch`;
}

/** An attempt (`scope: 'attempt'`) or the whole call with its retries (`scope: 'total'`) ran out of time. */
export class TimeoutError extends InvoicingSdkError {
  static override readonly errorName = 'TimeoutError';
  override readonly name = TimeoutError.errorName;
  readonly method: string;
  readonly url: string;
  readonly attempts: number;
  readonly scope: 'attempt' | 'total';
  readonly timeoutMs: number;

  constructor(details: TransportErrorDetails & { readonly scope: 'attempt' | 'total'; readonly timeoutMs: number }) {
    super(
      `${details.method} ${details.url}: ${details.scope === 'total' ? 'the call' : 'an attempt'} timed out after ` +
        `${details.timeoutMs} ms (${details.attempts} attempt${details.attempts === 1 ? '' : 's'})`,
    );
    this.method = details.method;
    this.url = printable(details.url);
    this.attempts = details.attempts;
    this.scope = details.scope;
    this.timeoutMs = details.timeoutMs;
  }
}

/** The caller's `AbortSignal` fired; `reason` is the signal's reason. Named like the platform's own `AbortError`. */
export class AbortError extends InvoicingSdkError {
  static override readonly errorName = 'AbortError';
  override readonly name = AbortError.errorName;
  readonly reason: unknown;

  constructor(message: string, reason?: unknown) {
    super(message);
    this.reason = reason;
  }
}

/** A 2xx answer whose body is not what the spec promises; nothing was parsed from it. */
export class UnexpectedResponseError extends InvoicingSdkError {
  static override readonly errorName = 'UnexpectedResponseError';
  override readonly name = UnexpectedResponseError.errorName;
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly headers: Headers;
  /** The `Content-Type` received, if any. */
  readonly contentType: string | undefined;
  /** The start of the body (at most 200 characters), for diagnosis. */
  readonly bodySnippet: string;

  constructor(
    details: Omit<ApiErrorDetails<unknown>, 'body'> & {
      readonly reason: string;
      readonly contentType: string | undefined;
      readonly bodySnippet: string;
    },
  ) {
    super(`${details.method} ${details.url} answered ${details.status} with ${details.reason}`);
    this.operationId = details.operationId;
    this.method = details.method;
    this.url = printable(details.url);
    this.status = details.status;
    this.headers = details.headers;
    this.contentType = details.contentType === undefined ? undefined : printable(details.contentType);
    this.bodySnippet = printable(details.bodySnippet);
  }
}

/** Opt-in response validation: a 2xx body breaks the spec's schema. `data` holds the parsed body. */
export class ResponseValidationError extends InvoicingSdkError {
  static override readonly errorName = 'ResponseValidationError';
  override readonly name = ResponseValidationError.errorName;
  readonly operationId: string;
  readonly issues: readonly ValidationIssue[];
  readonly data: unknown;

  constructor(operationId: string, issues: readonly ValidationIssue[], data: unknown) {
    const printed = printableIssues(issues);
    super([`${operationId}: the response does not match the API contract:`, ...issueLines(printed)]);
    this.operationId = operationId;
    this.issues = printed;
    this.data = printableData(data);
  }
}

/** An OAuth access token could not be obtained from the token endpoint. Never carries the client secret. */
export class TokenRequestError extends InvoicingSdkError {
  static override readonly errorName = 'TokenRequestError';
  override readonly name = TokenRequestError.errorName;
  /** The token endpoint's status, when it answered. */
  readonly status: number | undefined;
  /** The token endpoint's error body, when it answered with one. */
  readonly body: unknown;

  constructor(
    message: string,
    details: { readonly status?: number | undefined; readonly body?: unknown; readonly cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.body = printableData(details.body);
  }
}

/** Every error class of this package (a test holds the list to the module's exports). */
export const SDK_ERROR_CLASSES = [
  InvoicingSdkError,
  ApiError,
  UnexpectedResponseError,
  ResponseValidationError,
  ConnectionError,
  TimeoutError,
  AbortError,
  TokenRequestError,
  RequestValidationError,
  ConfigurationError,
] as const;
const SDK_ERROR_NAMES: ReadonlySet<string> = new Set(SDK_ERROR_CLASSES.map((type) => type.errorName));

/** True for any error thrown by this package, in any realm. */
export function isInvoicingSdkError(error: unknown): error is InvoicingSdkError {
  return (
    error instanceof InvoicingSdkError ||
    // By name across realms (an Error from another realm is not `instanceof Error` here); the
    // platform's own AbortError (a DOMException) is not ours.
    (typeof error === 'object' &&
      error !== null &&
      SDK_ERROR_NAMES.has(String((error as { name?: unknown }).name)) &&
      (error as { name?: unknown }).name !== 'AbortError')
  );
}

/**
 * True when the server answered with a non-2xx status. Pass the operation's error type to read a
 * typed `body`: `isApiError<UpdateSalesInvoiceError>(error)` (the guard cannot check the body's shape).
 *
 * @example
 * try { await client.updateSalesInvoice(request) }
 * catch (error) { if (isApiError(error) && error.status === 404) { ... } }
 */
export function isApiError<Body = unknown>(error: unknown): error is ApiError<Body> {
  return (
    error instanceof ApiError ||
    (isNamed(error, 'ApiError') && typeof (error as { status?: unknown }).status === 'number')
  );
}

/** True when a request was refused before sending because it breaks the spec. */
export function isRequestValidationError(error: unknown): error is RequestValidationError {
  return (
    error instanceof RequestValidationError ||
    (isNamed(error, 'RequestValidationError') && Array.isArray((error as { issues?: unknown }).issues))
  );
}

/** True when the client options were refused. */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError || isNamed(error, 'ConfigurationError');
}

/** True when no HTTP answer arrived (connection failed). */
export function isConnectionError(error: unknown): error is ConnectionError {
  return (
    error instanceof ConnectionError ||
    (isNamed(error, 'ConnectionError') && typeof (error as { maybeSent?: unknown }).maybeSent === 'boolean')
  );
}

/** True when an attempt or the whole call timed out. */
export function isTimeoutError(error: unknown): error is TimeoutError {
  return (
    error instanceof TimeoutError ||
    (isNamed(error, 'TimeoutError') && typeof (error as { timeoutMs?: unknown }).timeoutMs === 'number')
  );
}

/**
 * True when the caller aborted: this package's AbortError, or the platform's (a DOMException named
 * `AbortError`, which `fetch` throws for a signal that fired before this package could see it).
 */
export function isAbortError(error: unknown): error is AbortError | (Error & { readonly name: 'AbortError' }) {
  return error instanceof AbortError || isNamed(error, 'AbortError');
}

/** True for a 2xx answer whose body was not what the spec says. */
export function isUnexpectedResponseError(error: unknown): error is UnexpectedResponseError {
  return error instanceof UnexpectedResponseError || isNamed(error, 'UnexpectedResponseError');
}

/** True for an opt-in response validation failure. */
export function isResponseValidationError(error: unknown): error is ResponseValidationError {
  return error instanceof ResponseValidationError || isNamed(error, 'ResponseValidationError');
}

/** True when an OAuth token could not be obtained. */
export function isTokenRequestError(error: unknown): error is TokenRequestError {
  return error instanceof TokenRequestError || isNamed(error, 'TokenRequestError');
}

function isNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}
