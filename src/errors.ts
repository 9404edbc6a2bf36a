/**
 * The error model. Every operation either resolves with the response body the spec declares for
 * success, or rejects with one of the classes below; it never resolves with an error body.
 *
 * - {@link ApiError}: the server answered with a status outside 2xx.
 * - {@link RequestValidationError}: the request broke the spec; nothing was sent.
 * - {@link ConfigurationError}: the client options cannot work; nothing was sent.
 *
 * All extend {@link InvoicingSdkError}. The `is…` guards match by `name` as well as by
 * `instanceof`, so they also recognise errors created by another copy of this package or in
 * another realm (a worker, an iframe, a test runner's sandbox).
 *
 * Credentials never appear in a message: errors carry the method and URL, never request headers.
 */

/** Base class of every error this package throws. */
export class InvoicingSdkError extends Error {
  override readonly name: string = 'InvoicingSdkError';
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
}

/** The server answered with a status outside 2xx. */
export class ApiError<Body = unknown> extends InvoicingSdkError implements ApiErrorDetails<Body> {
  override readonly name = 'ApiError';
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly body: Body;
  readonly headers: Headers;
  /** The provider's request id (`x-request-id` or `request-id` response header), when sent. */
  readonly requestId: string | undefined;

  constructor(details: ApiErrorDetails<Body>) {
    super(`${details.method} ${details.url} failed with status ${details.status}${describeBody(details.body)}`);
    this.operationId = details.operationId;
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.body = details.body;
    this.headers = details.headers;
    this.requestId = details.headers.get('x-request-id') ?? details.headers.get('request-id') ?? undefined;
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
  override readonly name = 'RequestValidationError';
  readonly operationId: string;
  readonly issues: readonly ValidationIssue[];

  constructor(operationId: string, issues: readonly ValidationIssue[]) {
    super(
      `${operationId}: the request was not sent because it breaks the API contract:\n` +
        issues.map((issue) => `  - ${issue.path}: ${issue.message} (${issue.rule})`).join('\n'),
    );
    this.operationId = operationId;
    this.issues = issues;
  }
}

/** The client options cannot work (for example a base URL that is not absolute). Nothing was sent. */
export class ConfigurationError extends InvoicingSdkError {
  override readonly name = 'ConfigurationError';
}

/** True for any error thrown by this package, in any realm. */
export function isInvoicingSdkError(error: unknown): error is InvoicingSdkError {
  return (
    error instanceof InvoicingSdkError ||
    (error instanceof Error && ['InvoicingSdkError', 'ApiError', 'RequestValidationError', 'ConfigurationError'].includes(error.name))
  );
}

/**
 * True when the server answered with a non-2xx status.
 *
 * @example
 * try { await client.updateSalesInvoice(request) }
 * catch (error) { if (isApiError(error) && error.status === 404) { ... } }
 */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError || (isNamed(error, 'ApiError') && typeof (error as { status?: unknown }).status === 'number');
}

/** True when a request was refused before sending because it breaks the spec. */
export function isRequestValidationError(error: unknown): error is RequestValidationError {
  return error instanceof RequestValidationError || (isNamed(error, 'RequestValidationError') && Array.isArray((error as { issues?: unknown }).issues));
}

/** True when the client options were refused. */
export function isConfigurationError(error: unknown): error is ConfigurationError {
  return error instanceof ConfigurationError || isNamed(error, 'ConfigurationError');
}

function isNamed(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

/** A short, single-line summary of an error body for the message; the full body stays on `body`. */
function describeBody(body: unknown): string {
  if (body === undefined || body === null || body === '') return '';
  if (typeof body === 'string') return `: ${truncate(body.replace(/\s+/g, ' ').trim())}`;
  if (typeof body === 'object') {
    const fields = body as Record<string, unknown>;
    // Mollie: `detail` (+ `field`); Asset: `message` or a string `detail`.
    const text = [fields['detail'], fields['message'], fields['title']].find((value) => typeof value === 'string');
    const field = typeof fields['field'] === 'string' ? ` (field ${fields['field']})` : '';
    if (typeof text === 'string') return `: ${truncate(text)}${field}`;
  }
  return '';
}

function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}
