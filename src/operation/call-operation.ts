import { credentialScheme } from '../auth/authenticator.js';
import { sendAuthenticated, type ClientCore } from '../client/client-core.js';
import type { FetchFunction } from '../types/fetch-function.js';
import {
  ApiError,
  RequestValidationError,
  ResponseValidationError,
  UnexpectedResponseError,
  type ValidationIssue,
} from '../errors/errors.js';
import type { ErrorShape } from '../errors/error-summary.js';
import { headerIssues } from '../request/header-safety.js';
import { scrubError } from '../errors/scrub-error.js';
import { emit, redactHeaders, safeData, scrubHeaders } from '../redaction/logging.js';
import type { OutgoingRequest } from '../transport/outgoing-request.js';
import { PreparedRequest } from '../transport/prepared-request.js';
import { printable } from '../redaction/printable.js';
import { requestIdOf } from '../errors/request-id.js';
import { snapshotRecord, snapshotRequest } from '../request/request-snapshot.js';
import { scrubText, SecretSet } from '../redaction/secret-scrubber.js';
import { resolveRetryPolicy, type RetryPolicy } from '../transport/retry-policy.js';
import { isRepeatable, type RetrySafety } from '../transport/retry-safety.js';
import { sendWithRetries } from '../transport/send-with-retries.js';
import type { JsonSchema } from '../validation/schema.js';
import { patternMessage, validateValue } from '../validation/validate.js';

/** What a generated operation tells the runtime about itself (emitted from the spec). */
export interface OperationDescription {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path template from the spec, e.g. `/v2/sales-invoices/{salesInvoiceId}`. */
  readonly path: string;
  /** The spec's `pattern` for every path parameter, compiled. */
  readonly pathParameters: Readonly<Record<string, RegExp>>;
  /** Media type of the success response, sent as `Accept`; `*\/*` when the success response has no body. */
  readonly accept: string;
  /** `x-retry` from the spec: whether the operation may be sent again. */
  readonly retry: RetrySafety;
  /** Body fields only some credentials may send (`x-allowed-credentials`): field → security scheme names. */
  readonly credentialRestrictedFields?: Readonly<Record<string, readonly string[]>>;
  /** The whole request (`{ path, query, header, body }`) as the spec allows it, precompiled. */
  readonly requestSchema: JsonSchema;
  /** The success body as the spec describes it, for opt-in response validation. */
  readonly responseSchema?: JsonSchema;
  /** How the spec's error bodies say what went wrong, for `ApiError.message`. */
  readonly errorShapes?: readonly ErrorShape[];
}

/** Per-call options every operation accepts. */
export interface CallOptions {
  /** Cancels the call, including a wait between attempts. */
  readonly signal?: AbortSignal;
  /** Extra headers for this call only. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Check the request against the spec before sending.
   * @default true. Turn it off only to send something the spec (or one of its `x-assumption`s) wrongly
   * refuses; path parameters are checked against their patterns even then.
   */
  readonly validateRequest?: boolean;
  /** Retry and timeout settings for this call, over the client's; `false` sends it once. */
  readonly retry?: Partial<RetryPolicy> | false;
}

/** What the generated code adds to its openapi-fetch call. */
export interface SendInit {
  readonly headers: Record<string, string>;
  readonly signal?: AbortSignal;
  readonly fetch: FetchFunction;
  /** The body is parsed here, so that a body that is not what the spec says becomes a clear error. */
  readonly parseAs: 'text';
  /** Returns the body as already serialized (and checked) by `callOperation`. */
  readonly bodySerializer?: () => string;
  /** What openapi-fetch builds the request with: a PreparedRequest unless middleware wants a real one. */
  readonly Request?: typeof Request;
}

/** The shape openapi-fetch resolves with (its body types are replaced by the operation's own). */
export interface SendResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** A request as the runtime reads it: its `path`, `query`, `header` and `body`. */
export interface CallRequest {
  readonly path?: object;
  readonly query?: object;
  readonly header?: object;
  readonly body?: unknown;
}

/**
 * Run one operation: check the request, send it through `send` (a typed openapi-fetch call
 * written by the generator) with authentication, retries and timeouts, and turn the result into
 * the success body or an error. `send` is handed the request as read once (`../request/request-snapshot.ts`),
 * and must send that, never the caller's object again.
 */
export async function callOperation<Data, ErrorBody, Request extends CallRequest = CallRequest>(
  core: ClientCore<object>,
  operation: OperationDescription,
  request: Request,
  options: CallOptions | undefined,
  send: (init: SendInit, request: Request) => Promise<SendResult>,
): Promise<Data> {
  // Every credential the client holds, and every token this call sends: no error of the call may
  // carry one, in any encoding (the fields are built from scrubbed data; this catches the rest).
  const secrets = new SecretSet(core.runtime.auth.secrets());
  try {
    return await runOperation<Data, ErrorBody, Request>(core, operation, request, options, send, secrets);
  } catch (error) {
    throw scrubError(error, secrets);
  }
}

async function runOperation<Data, ErrorBody, Request extends CallRequest>(
  core: ClientCore<object>,
  operation: OperationDescription,
  request: Request,
  options: CallOptions | undefined,
  send: (init: SendInit, request: Request) => Promise<SendResult>,
  secrets: SecretSet,
): Promise<Data> {
  const { runtime } = core;
  // The only reads of the caller's request and options: everything below uses these copies.
  const snapshot = snapshotRequest(operation.operationId, request);
  const call = readOptions(options);
  const sent: CallRequest =
    snapshot.body === undefined ? snapshot.fields : { ...snapshot.fields, body: snapshot.body.value };
  const pathValues = checkPathParameters(operation, ownField(sent, 'path'));
  const checked = withHeaderDefaults(sent, operation, runtime.headerDefaults);
  if (call.validateRequest) {
    const issues = validateValue(operation.requestSchema, checked);
    if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
  }
  // Whatever the spec check said (or if it was off), no header value may split or reframe the request.
  const headerProblems = [
    ...headerIssues(ownField(sent, 'header') as object | undefined, '/header'),
    ...headerIssues(call.headers, '/headers'),
  ];
  if (headerProblems.length > 0) throw new RequestValidationError(operation.operationId, headerProblems);

  // For logs and errors only, so built on first use: a successful call without a logger never needs it.
  let expandedUrl: string | undefined;
  const urlOf = (): string => (expandedUrl ??= expandPath(core.baseUrl, operation.path, pathValues));
  const policy =
    call.retry === undefined
      ? runtime.retryPolicy
      : resolveRetryPolicy({ ...runtime.retryPolicy, ...(call.retry === false ? { maxAttempts: 1 } : call.retry) });
  // openapi-fetch merges these under the request's own header parameters, which win.
  const headers: Record<string, string> = {
    Accept: operation.accept,
    ...headerDefaultsFor(operation, runtime.headerDefaults),
    ...call.headers,
  };
  const keyHeader = operation.retry.idempotencyHeader;
  if (keyHeader !== undefined && !hasKey(ownField(checked, 'header'), keyHeader) && !hasKey(call.headers, keyHeader)) {
    // One key per logical call, so every attempt of it carries the same one.
    headers[keyHeader] = crypto.randomUUID();
  }
  // Checked against the very token each attempt would send, before sending it; every token sent is
  // remembered so that an answer echoing it back cannot carry it into an error.
  const restrictedFields = restrictedFieldsCheck(core, operation, sent.body);
  const checkToken = (token: string): void => {
    restrictedFields?.(token);
    secrets.add(token);
  };
  let attempt = 0;
  const perAttempt = async (attemptRequest: OutgoingRequest): Promise<Response> => {
    attempt += 1;
    const logger = runtime.logger;
    if (logger === undefined) return sendAuthenticated(runtime, attemptRequest, { checkToken });
    const started = Date.now();
    const response = await sendAuthenticated(runtime, attemptRequest, {
      checkToken,
      // Logged as sent: after authentication, with credential headers redacted (a 401 replay is logged too).
      beforeSend: (sent) =>
        emit(
          logger,
          {
            type: 'request',
            operationId: operation.operationId,
            attempt,
            method: operation.method,
            url: urlOf(),
            headers: redactHeaders(sent.headers, secrets),
          },
          secrets,
        ),
    });
    emit(
      logger,
      {
        type: 'response',
        operationId: operation.operationId,
        attempt,
        method: operation.method,
        url: urlOf(),
        status: response.status,
        durationMs: Date.now() - started,
        requestId: requestIdOf(response.headers),
      },
      secrets,
    );
    return response;
  };
  const plain = !runtime.hasMiddleware();
  const callFetch: FetchFunction = (prepared) =>
    sendWithRetries(prepared, perAttempt, {
      bufferedResponse: plain,
      policy,
      repeatable: isRepeatable(operation.retry, sent.body),
      signal: call.signal,
      onRetry: (event) =>
        emit(runtime.logger, { type: 'retry', operationId: operation.operationId, ...event }, secrets),
    });

  let result: SendResult;
  try {
    const body = snapshot.body;
    result = await send(
      {
        headers,
        fetch: callFetch,
        parseAs: 'text',
        ...(body === undefined ? {} : { bodySerializer: () => body.text }),
        ...(plain ? { Request: PreparedRequest as unknown as typeof globalThis.Request } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
      },
      // A copy of the caller's request, of the same shape: its parameters copied, its body as sent.
      sent as Request,
    );
  } catch (caught) {
    const error = scrubError(caught, secrets);
    emit(
      runtime.logger,
      {
        type: 'error',
        operationId: operation.operationId,
        method: operation.method,
        url: urlOf(),
        errorName: String((error as Error)?.name ?? 'Error'),
        message: String((error as Error)?.message ?? error),
      },
      secrets,
    );
    throw error;
  }
  const { response } = result;
  // Errors keep the response headers, without any credential a server echoed back.
  const headersFor = (): Headers => scrubHeaders(response.headers, secrets);
  if (isRedirect(response)) throw redirectError(operation, urlOf(), response, headersFor());
  if (!response.ok) {
    const body = safeData(result.error, secrets) as ErrorBody;
    throw new ApiError<ErrorBody>({
      operationId: operation.operationId,
      method: operation.method,
      url: urlOf(),
      status: response.status,
      body,
      headers: headersFor(),
      errorShapes: operation.errorShapes,
    });
  }
  const data = parseSuccessBody(operation, urlOf, response, headersFor, secrets, result.data);
  checkResponse(core, operation, data, secrets);
  return data as Data;
}

/** The per-call options, each read once; the headers and retry settings copied. */
function readOptions(options: CallOptions | undefined): {
  readonly signal: AbortSignal | undefined;
  readonly headers: Readonly<Record<string, string>> | undefined;
  readonly validateRequest: boolean;
  readonly retry: Partial<RetryPolicy> | false | undefined;
} {
  if (options === undefined) return { signal: undefined, headers: undefined, validateRequest: true, retry: undefined };
  const { signal, headers, validateRequest, retry } = options;
  return {
    signal,
    headers: snapshotRecord(headers) as Record<string, string> | undefined,
    validateRequest: validateRequest !== false,
    retry: retry === false ? false : (snapshotRecord(retry) as Partial<RetryPolicy> | undefined),
  };
}

/** The request with the client's header defaults filled in for headers this operation declares (for validation). */
function withHeaderDefaults(
  request: CallRequest,
  operation: OperationDescription,
  defaults: Readonly<Record<string, string>>,
): CallRequest {
  const filled = headerDefaultsFor(operation, defaults);
  if (Object.keys(filled).length === 0) return request;
  return { ...request, header: { ...filled, ...(request.header ?? {}) } };
}

/** The client's header defaults for the header parameters this operation declares. */
function headerDefaultsFor(
  operation: OperationDescription,
  defaults: Readonly<Record<string, string>>,
): Record<string, string> {
  const declared = operation.requestSchema.properties?.['header']?.properties;
  const filled: Record<string, string> = {};
  if (declared === undefined) return filled;
  for (const [name, value] of Object.entries(defaults)) if (Object.hasOwn(declared, name)) filled[name] = value;
  return filled;
}

/**
 * A success body must be what the spec promises: the declared media type, not empty, valid JSON.
 * Anything else (an HTML page from a proxy, a truncated body) is an UnexpectedResponseError.
 */
function parseSuccessBody(
  operation: OperationDescription,
  urlOf: () => string,
  response: Response,
  headersFor: () => Headers,
  secrets: SecretSet,
  text: unknown,
): unknown {
  if (operation.accept === '*/*') return undefined;
  const contentType = response.headers.get('content-type') ?? undefined;
  const fail = (reason: string): never => {
    throw new UnexpectedResponseError({
      operationId: operation.operationId,
      method: operation.method,
      url: urlOf(),
      status: response.status,
      headers: headersFor(),
      reason,
      contentType,
      bodySnippet: typeof text === 'string' ? snippetOf(text, secrets) : '',
    });
  };
  if (mediaType(contentType) !== operation.accept)
    fail(`content type ${contentType ?? '(none)'} instead of ${operation.accept}`);
  if (typeof text !== 'string' || text.trim() === '') return fail('an empty body');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fail('a body that is not valid JSON (truncated or malformed)');
  }
}

/**
 * The start of a body, for diagnosis, as a string of its own: a slice would keep the whole body
 * (which may be megabytes) alive for as long as the error is kept. Credentials sent are scrubbed.
 */
function snippetOf(text: string, secrets: SecretSet): string {
  // Scrubbed on a window a little longer than the snippet, so a credential cut at the edge is caught too.
  // Escaped before it is cut, so that the snippet is at most 200 characters as the caller reads it.
  const scrubbed = printable(scrubText(text.slice(0, 400), secrets)).slice(0, 200);
  return Array.from(scrubbed).join('');
}

function checkResponse(
  core: ClientCore<object>,
  operation: OperationDescription,
  data: unknown,
  secrets: SecretSet,
): void {
  const option = core.runtime.validateResponses;
  if (!option || operation.responseSchema === undefined) return;
  const issues = validateValue(operation.responseSchema, data);
  if (issues.length === 0) return;
  const error = new ResponseValidationError(operation.operationId, issues, safeData(data, secrets));
  if (typeof option === 'function') option(error);
  else throw error;
}

/**
 * Some body fields may only be sent with some kinds of credential (Mollie's `testmode`: not with
 * API keys, which are bound to one mode). The credential's kind is told by its prefix. Returns a
 * check for the token an attempt is about to send, or undefined when the body has no such field.
 */
function restrictedFieldsCheck(
  core: ClientCore<object>,
  operation: OperationDescription,
  body: unknown,
): ((token: string) => void) | undefined {
  const restricted = operation.credentialRestrictedFields;
  if (restricted === undefined || typeof body !== 'object' || body === null) return undefined;
  const present = Object.keys(restricted).filter((field) => (body as Record<string, unknown>)[field] !== undefined);
  if (present.length === 0) return undefined;
  const prefixes = core.api.security.credentialPrefixes;
  return (token) => {
    const scheme = credentialScheme(token, prefixes);
    if (scheme === undefined) return; // an unknown kind of credential: the server decides
    const issues: ValidationIssue[] = present
      .filter((field) => !restricted[field]!.includes(scheme))
      .map((field) => ({
        path: `/body/${field}`,
        rule: 'x-allowed-credentials',
        message: `cannot be sent with a ${scheme} credential (${prefixes[scheme]!.join(', ')}); only with: ${restricted[field]!.join(', ')}`,
      }));
    if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
  };
}

/**
 * Every path parameter must be a string matching the spec's pattern. Patterns are anchored and
 * exclude `/`, `.`, `%`, `?` and `#`, so no value can move the request to another path or host.
 */
function checkPathParameters(operation: OperationDescription, values: unknown): Record<string, string> {
  const checked: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  for (const [name, pattern] of Object.entries(operation.pathParameters)) {
    const value: unknown =
      typeof values === 'object' && values !== null ? (values as Record<string, unknown>)[name] : undefined;
    const path = `/path/${name}`;
    if (typeof value !== 'string') {
      issues.push({ path, rule: value === undefined ? 'required' : 'type', message: 'must be a string' });
    } else if (!pattern.test(value)) {
      const words = patternWords(operation.requestSchema.properties?.['path']?.properties?.[name]);
      issues.push({ path, rule: 'pattern', message: patternMessage(pattern, words) });
    } else {
      checked[name] = value;
    }
  }
  if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
  return checked;
}

/** The spec's pattern in words (the generator's `patternDescription`), on the schema or the parts it combines. */
function patternWords(schema: JsonSchema | undefined): string | undefined {
  return schema?.patternDescription ?? schema?.allOf?.map(patternWords).find((words) => words !== undefined);
}

/** A 3xx answer, or (in browsers, which hide it) an opaque redirect: redirects are never followed. */
function isRedirect(response: Response): boolean {
  return (response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect';
}

/** Names the origin the server pointed at (never the rest of Location, which may carry anything). */
function redirectError(
  operation: OperationDescription,
  url: string,
  response: Response,
  headers: Headers,
): UnexpectedResponseError {
  let target = 'another location';
  try {
    const location = response.headers.get('location');
    if (location !== null) target = new URL(location, url).origin;
  } catch {
    // An unparsable Location: the generic wording says enough.
  }
  return new UnexpectedResponseError({
    operationId: operation.operationId,
    method: operation.method,
    url,
    status: response.status,
    reason: `a redirect to ${target}, which is not followed: requests go only to the configured server`,
    headers,
    contentType: response.headers.get('content-type') ?? undefined,
    bodySnippet: '',
  });
}

function ownField(value: object | undefined, name: string): unknown {
  if (value === undefined) return undefined;
  return Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

function hasKey(header: unknown, name: string): boolean {
  // Header names are case-insensitive.
  return (
    typeof header === 'object' &&
    header !== null &&
    Object.keys(header).some((key) => key.toLowerCase() === name.toLowerCase())
  );
}

function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}

function expandPath(baseUrl: string, template: string, values: Record<string, string>): string {
  return baseUrl + template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}
