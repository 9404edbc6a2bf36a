import { RUNTIME, sendAuthenticated, type ClientCore } from '../client/client-core.js';
import { ApiError, RequestValidationError } from '../errors/errors.js';
import { scrubError } from '../errors/scrub-error.js';
import { requestIdOf } from '../errors/request-id.js';
import { emit, redactHeaders, scrubHeaders } from '../redaction/logging.js';
import { scrubValue, SecretSet } from '../redaction/secret-scrubber.js';
import { headerIssues } from '../request/header-safety.js';
import { snapshotRequest } from '../request/request-snapshot.js';
import type { OutgoingRequest } from '../transport/outgoing-request.js';
import { PreparedRequest } from '../transport/prepared-request.js';
import { resolveRetryPolicy } from '../transport/retry-policy.js';
import { isRepeatable } from '../transport/retry-safety.js';
import { sendWithRetries } from '../transport/send-with-retries.js';
import type { FetchFunction } from '../types/fetch-function.js';
import { validateValue } from '../validation/validate.js';
import {
  checkPathParameters,
  hasKey,
  headerDefaultsFor,
  ownField,
  readOptions,
  restrictedFieldsCheck,
  withHeaderDefaults,
} from './check-request.js';
import type { CallOptions, CallRequest, OperationDescription, SendInit, SendResult } from './operation-types.js';
import {
  asStatusReads,
  checkResponse,
  forStatus,
  isRedirect,
  parseSuccessBody,
  readsBytes,
  redirectError,
} from './read-response.js';

export type { CallOptions, CallRequest, OperationDescription, SendInit, SendResult } from './operation-types.js';

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
  const secrets = new SecretSet(core[RUNTIME].auth.secrets());
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
  const runtime = core[RUNTIME];
  // The only reads of the caller's request and options: everything below uses these copies.
  const snapshot = snapshotRequest(operation.operationId, request, operation.requestBody);
  const call = readOptions(options);
  const sent: CallRequest =
    snapshot.body === undefined ? snapshot.fields : { ...snapshot.fields, body: snapshot.body.value };
  const pathValues = checkPathParameters(operation, ownField(sent, 'path'));
  const checked = withHeaderDefaults(sent, operation, runtime.headerDefaults);
  if (call.validateRequest) {
    const issues = validateValue(operation.requestSchema, checked);
    if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
  }
  const styledPath = operation.pathStyles?.write(
    operation.operationId,
    ownField(sent, 'path'),
    operation.pathStyles.styles,
  );
  // Header parameters as the text they are sent as (a number, a list, an object: the spec's style).
  const headerParameters = operation.headerText
    ? operation.headerText.write(ownField(sent, 'header'), operation.headerText)
    : ownField(sent, 'header');
  // Whatever the spec check said (or if it was off), no header value may split or reframe the request.
  const headerProblems = [
    ...headerIssues(headerParameters as object | undefined, '/header'),
    ...headerIssues(call.headers, '/headers'),
  ];
  if (headerProblems.length > 0) throw new RequestValidationError(operation.operationId, headerProblems);

  // For logs and errors only, so built on first use: a successful call without a logger never needs it.
  let expandedUrl: string | undefined;
  // An operation with a server of its own goes there (a path is on the API's host); a client's
  // `baseUrl` (a proxy, a mock) replaces every server.
  const ownServer = operation.server;
  const baseUrl =
    ownServer === undefined || runtime.baseUrlGiven
      ? core.baseUrl
      : ownServer.startsWith('/')
        ? new URL(core.baseUrl).origin + ownServer
        : ownServer;
  const urlOf = (): string => (expandedUrl ??= baseUrl + expandPath(operation.path, pathValues, styledPath));
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
  if (operation.requestBody !== undefined && snapshot.body !== undefined) {
    // The body goes out in the media type the spec declares, whatever a caller's headers say; a
    // multipart body's Content-Type (with its boundary) is left to fetch.
    for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-type') delete headers[name];
    if (snapshot.body.contentType !== undefined) headers['Content-Type'] = snapshot.body.contentType;
  }
  // Beside any cookie the caller's headers carry; a credential's cookie is set over both when sent.
  operation.cookies?.write(ownField(sent, 'cookie'), operation.cookies, headers);
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
  // Which credentials go: chosen once, before anything is sent (a call the client has none for fails here).
  const schemes = runtime.keys?.choose(operation.operationId, operation.security);
  const onKey = (key: string): void => secrets.add(key);
  let attempt = 0;
  const perAttempt = async (attemptRequest: OutgoingRequest): Promise<Response> => {
    attempt += 1;
    const logger = runtime.logger;
    if (logger === undefined) return sendAuthenticated(runtime, attemptRequest, { checkToken, schemes, onKey });
    const started = Date.now();
    const response = await sendAuthenticated(runtime, attemptRequest, {
      checkToken,
      schemes,
      onKey,
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
  // Read as bytes when any success body is bytes (the status is known only once the body is read).
  const bytes = readsBytes(operation);
  const callFetch: FetchFunction = (prepared) =>
    sendWithRetries(prepared, perAttempt, {
      // Read as text into a BufferedResponse, except bytes, which text would corrupt.
      bufferedResponse: plain && !bytes,
      policy,
      repeatable: isRepeatable(operation.retry, sent.body),
      signal: call.signal,
      onRetry: (event) =>
        emit(runtime.logger, { type: 'retry', operationId: operation.operationId, ...event }, secrets),
    });

  const format = operation.queryString;
  const queryText = format?.write(ownField(sent, 'query') as Record<string, unknown> | undefined, format.styles);
  let result: SendResult;
  try {
    const body = snapshot.body;
    result = await send(
      {
        ...(baseUrl === core.baseUrl ? {} : { baseUrl }),
        ...(styledPath && { pathSerializer: (pathname: string) => expandPath(pathname, pathValues, styledPath) }),
        headers,
        fetch: callFetch,
        parseAs: bytes ? 'blob' : 'text',
        ...(body === undefined ? {} : { bodySerializer: body.payload }),
        ...(queryText === undefined ? {} : { querySerializer: () => queryText }),
        ...(plain ? { Request: PreparedRequest as unknown as typeof globalThis.Request } : {}),
        ...(call.signal ? { signal: call.signal } : {}),
      },
      // A copy of the caller's request, of the same shape: its parameters copied (the path's as the
      // text they were checked as), its body as sent.
      (Object.keys(pathValues).length === 0 && !operation.headerText
        ? sent
        : { ...sent, path: pathValues, header: headerParameters }) as Request,
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
    const body = scrubValue(result.error, secrets) as ErrorBody;
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
  const answered = forStatus(operation, response.status);
  const read = operation.otherSuccesses === undefined ? result.data : await asStatusReads(answered, result.data);
  const data = parseSuccessBody(answered, urlOf, response, headersFor, secrets, read);
  checkResponse(core, answered, data, secrets);
  return data as Data;
}

function expandPath(template: string, values: Record<string, string>, styled?: Record<string, string>): string {
  // `{.name}`, `{;name}` and `{name*}` (RFC 6570's operators, which openapi-fetch reads too) name the parameter `name`.
  return template.replace(
    /\{[.;]?([^}*]+)\*?\}/g,
    (_, name: string) => styled?.[name] ?? encodeURIComponent(values[name] ?? ''),
  );
}
