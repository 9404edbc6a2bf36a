import type { TokenRequestField } from '../types/api-description.js';
import type { FetchFunction } from '../types/fetch-function.js';
import { AbortError, ConfigurationError, TokenRequestError, describeRefusal } from '../errors/errors.js';
import { emit, safeData, type Logger } from '../redaction/logging.js';
import { collectErrorCodes, isBadPortRefusal } from '../transport/send-with-retries.js';
import { isBearerToken } from './bearer-auth.js';
import { printable } from '../redaction/printable.js';
import { scrubText, SecretSet } from '../redaction/secret-scrubber.js';

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) as Asset implements them: `POST {server}/v0/auth/token`
 * with a form-encoded body. The token source below caches the access token, shares one request
 * between concurrent callers and forgets a token the API refused (see {@link TokenSource.invalidate}).
 *
 * The client secret is sent in the request body only. It is never put in an error message, an
 * error property or an error body (a body that echoes it has it replaced by `[redacted]`).
 */

/**
 * What every client-credentials token request sends. An API whose spec declares more form fields
 * (`x-token-request-fields`) takes them as more properties: its generated `…ClientCredentials` type.
 */
export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  /** Space-separated scopes to request. */
  readonly scope?: string;
}

/**
 * A form field of the token request beyond grant_type, client_id, client_secret and scope, declared
 * by the spec (`x-token-request-fields` on its client-credentials flow).
 */

export interface TokenSourceOptions {
  /** Absolute token URL. */
  readonly tokenUrl: string;
  /** Checked and copied once; a property that is neither a standard one nor in `extraFields` is refused. */
  readonly credentials: ClientCredentials;
  /**
   * The token request's other form fields (from the spec's `x-token-request-fields`), keyed by the
   * `credentials` property that holds each value: `{ tenantId: { formField: 'tenant' } }` sends
   * `credentials.tenantId`, when given, as the form field `tenant`. Taken as it is: the generator
   * has refused a standard property or form field, and a field named twice.
   * @default none
   */
  readonly extraFields?: Readonly<Record<string, TokenRequestField>> | undefined;
  /** The fetch to call the token endpoint with (the client's transport, without auth). */
  readonly fetch: FetchFunction;
  /** Renew this long before expiry. @default 60000, but at most half the token's lifetime */
  readonly refreshMarginMs?: number;
  /** Injected for tests. @default Date.now */
  readonly now?: () => number;
  /**
   * Give up on a token request after this long. The request is shared by every waiting caller and
   * a caller's own abort signal does not cancel it, so without a limit a token endpoint that never
   * answers would hold every caller, present and future.
   * @default 30000
   */
  readonly requestTimeoutMs?: number;
  /** Receives `token-request`, `token-response` and `token-error` events (never the form body or the token). */
  readonly logger?: Logger | undefined;
}

/** A cached, single-flight source of access tokens. */
export interface TokenSource {
  /** A valid token: the cached one, or a new one. Concurrent callers share ONE token request. */
  getToken(signal?: AbortSignal): Promise<string>;
  /** Forget `token` if it is still the cached one (after a 401), so the next getToken fetches a new one. Calls for an older token are ignored, so 50 concurrent 401s cause one refresh. */
  invalidate(token: string): void;
  /** The client secret and the token cached now: what errors and log events are scrubbed of. */
  secrets(): readonly string[];
}

const DEFAULT_REFRESH_MARGIN_MS = 60_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** The documented default of `expires_in` (seconds). */
const DEFAULT_LIFETIME_S = 3600;
/** Lifetime assumed for a token whose `expires_in` is an absolute instant already past (seconds). */
const PAST_TIMESTAMP_LIFETIME_S = 60;
/** `expires_in` above this is a unix timestamp in seconds (10^9 s is 2001-09-09), below it a duration. */
const UNIX_TIMESTAMP_THRESHOLD_S = 1e9;
/** How much of an error body goes into `TokenRequestError.body` when it is not JSON. */
const SNIPPET_LENGTH = 200;
/** The `credentials` properties every token request reads. */
const STANDARD_CREDENTIALS = ['clientId', 'clientSecret', 'scope'];

/**
 * The expiry instant (ms since epoch) of a token response, given its `expires_in` and the instant
 * (ms since epoch) the token was obtained.
 *
 * Asset's documentation disagrees on what `expires_in` is: older pages say a lifetime in seconds
 * (default 3600), newer pages a unix timestamp in seconds (example 1777657168). The two ranges do not
 * overlap in practice, so we tell them apart by size:
 *
 * - a number greater than 10^9 (later than September 2001 as unix seconds; as a lifetime it would be
 *   31 years) is an absolute unix timestamp in seconds;
 * - any other positive finite number is a lifetime in seconds from `receivedAt`;
 * - anything else (absent, `null`, a string, zero, negative, `NaN`, `Infinity`) means the documented
 *   default lifetime of 3600 seconds.
 *
 * An absolute timestamp that is not after `receivedAt` is treated as unknown: the token gets a
 * 60-second lifetime. Such a value almost certainly comes from clock skew between us and the server
 * (or a server bug), not from a token that is really dead on arrival: a token endpoint does not hand
 * out expired tokens. Treating it as expired would make every API call fetch a new token (a token
 * request per call, hammering the endpoint for as long as the skew lasts); 60 seconds bounds that to
 * one token request a minute, and if the token really is expired the API answers 401, the caller
 * calls {@link TokenSource.invalidate}, and the next call fetches a new one anyway.
 */
export function tokenExpiry(expiresIn: unknown, receivedAt: number): number {
  if (typeof expiresIn !== 'number' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
    return receivedAt + DEFAULT_LIFETIME_S * 1000;
  }
  if (expiresIn > UNIX_TIMESTAMP_THRESHOLD_S) {
    const expiresAt = expiresIn * 1000;
    return expiresAt > receivedAt ? expiresAt : receivedAt + PAST_TIMESTAMP_LIFETIME_S * 1000;
  }
  return receivedAt + expiresIn * 1000;
}

interface CachedToken {
  readonly token: string;
  /** When to stop handing this token out and fetch a new one (expiry minus the margin). */
  readonly refreshAt: number;
}

/**
 * A token source for the OAuth 2.0 client credentials grant. Throws a ConfigurationError for options
 * that cannot work; nothing is sent until the first {@link TokenSource.getToken}.
 *
 * @example
 * const tokens = createClientCredentialsTokenSource({
 *   tokenUrl: 'https://api.example.com/v0/auth/token',
 *   credentials: { clientId, clientSecret, scope: 'invoice:update bill:update' },
 *   fetch: (request) => fetch(request),
 * });
 * const token = await tokens.getToken();
 */
export function createClientCredentialsTokenSource(options: TokenSourceOptions): TokenSource {
  const settings = checkOptions(options);
  const { now } = settings;
  // What token errors and events are scrubbed of, in every encoding.
  const secrets = new SecretSet([settings.credentials.clientSecret]);
  let cached: CachedToken | undefined;
  let inflight: Promise<string> | undefined;

  function startRequest(): Promise<string> {
    const obtainedAt = now();
    const { logger, tokenUrl: url } = settings;
    const started = Date.now();
    emit(logger, { type: 'token-request', method: 'POST', url }, secrets);
    const request = requestToken(settings).then(({ token, expiresIn, status }) => {
      emit(logger, { type: 'token-response', url, status, durationMs: Date.now() - started }, secrets);
      const expiresAt = tokenExpiry(expiresIn, obtainedAt);
      // The margin is capped at half the lifetime so that a short-lived token is still reused.
      const margin = Math.min(settings.refreshMarginMs, (expiresAt - obtainedAt) / 2);
      cached = { token, refreshAt: expiresAt - margin };
      return token;
    });
    if (logger !== undefined) {
      request.catch((error: unknown) => {
        const failure = error as Partial<TokenRequestError>;
        emit(
          logger,
          {
            type: 'token-error',
            url,
            status: failure.status,
            durationMs: Date.now() - started,
            errorName: failure.name ?? 'Error',
            message: failure.message ?? String(error),
          },
          secrets,
        );
      });
    }
    inflight = request;
    // Failures are not cached: the next getToken after a failure starts a new request. This
    // handler also keeps a failure nobody waits for any more from being an unhandled rejection.
    const settle = (): void => {
      if (inflight === request) inflight = undefined;
    };
    request.then(settle, settle);
    return request;
  }

  return {
    getToken(signal) {
      if (signal?.aborted) return Promise.reject(abortError(signal));
      if (cached !== undefined && now() < cached.refreshAt) return Promise.resolve(cached.token);
      return waitFor(inflight ?? startRequest(), signal);
    },
    invalidate(token) {
      if (cached !== undefined && cached.token === token) cached = undefined;
    },
    secrets: () =>
      cached === undefined ? [settings.credentials.clientSecret] : [settings.credentials.clientSecret, cached.token],
  };
}

interface Settings {
  readonly tokenUrl: string;
  readonly credentials: ClientCredentials;
  /** The `extraFields` given, as form field and value, in the order `extraFields` lists them. */
  readonly extraForm: readonly (readonly [formField: string, value: string])[];
  readonly fetch: FetchFunction;
  readonly refreshMarginMs: number;
  readonly requestTimeoutMs: number;
  readonly now: () => number;
  readonly logger: Logger | undefined;
}

function checkOptions(options: TokenSourceOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigurationError('createClientCredentialsTokenSource needs an options object.');
  }
  const tokenUrl = checkTokenUrl(options.tokenUrl);
  const credentials: unknown = options.credentials;
  if (typeof credentials !== 'object' || credentials === null) {
    throw new ConfigurationError('credentials must be an object with clientId and clientSecret.');
  }
  const extraFields = Object.entries(options.extraFields ?? {});
  const given = credentials as Record<string, unknown>;
  const { clientId, clientSecret, scope } = given;
  requireNonEmptyString(clientId, 'credentials.clientId');
  requireNonEmptyString(clientSecret, 'credentials.clientSecret');
  if (scope !== undefined) requireNonEmptyString(scope, 'credentials.scope');
  const extraForm: (readonly [string, string])[] = [];
  for (const [option, field] of extraFields) {
    const value = given[option];
    if (value === undefined && !field.required) continue;
    requireNonEmptyString(value, `credentials.${option}`);
    extraForm.push([field.formField, value as string]);
  }
  refuseUnknownCredentials(given, extraFields);
  if (typeof options.fetch !== 'function') {
    throw new ConfigurationError('fetch must be a function that takes a Request and returns a Promise<Response>.');
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new ConfigurationError('now must be a function that returns milliseconds since the epoch.');
  }
  const refreshMarginMs = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  if (typeof refreshMarginMs !== 'number' || !Number.isFinite(refreshMarginMs) || refreshMarginMs < 0) {
    throw new ConfigurationError('refreshMarginMs must be a finite number of milliseconds, 0 or more.');
  }
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (
    typeof requestTimeoutMs !== 'number' ||
    !Number.isInteger(requestTimeoutMs) ||
    requestTimeoutMs <= 0 ||
    requestTimeoutMs > 2_147_483_647
  ) {
    throw new ConfigurationError('requestTimeoutMs must be a positive integer number of milliseconds.');
  }
  const clock = options.now;
  return {
    tokenUrl,
    // Copied, so that later changes to the caller's object do not change what is sent.
    credentials: {
      clientId: clientId as string,
      clientSecret: clientSecret as string,
      ...(scope === undefined ? {} : { scope: scope as string }),
    },
    extraForm,
    fetch: options.fetch,
    refreshMarginMs,
    requestTimeoutMs,
    now: clock === undefined ? () => Date.now() : () => clock(),
    logger: typeof options.logger === 'function' ? options.logger : undefined,
  };
}

/**
 * A credentials property the token request does not take is refused rather than dropped: a misspelt
 * or unsupported field left out of the request would get a token other than the one asked for.
 * Only the names are said, never a value.
 */
function refuseUnknownCredentials(
  credentials: Record<string, unknown>,
  extraFields: readonly (readonly [string, unknown])[],
): void {
  const known = [...STANDARD_CREDENTIALS, ...extraFields.map(([option]) => option)];
  const unknown = Object.keys(credentials).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `credentials: this API's token request takes no ${unknown.map((key) => printable(truncate(key, 40))).join(', ')}` +
        ` (it takes ${known.join(', ')}).`,
    );
  }
}

function requireNonEmptyString(value: unknown, field: string): void {
  // Never echo the value: it may be the client secret.
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${field} must be a non-empty string.`);
  }
}

function checkTokenUrl(value: unknown): string {
  const message = 'tokenUrl must be an absolute http(s) URL, such as https://api.example.com/v0/auth/token.';
  if (typeof value !== 'string') throw new ConfigurationError(message);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(message);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`tokenUrl must use http or https, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.username !== '' || url.password !== '') {
    // Never echo the URL: it holds a credential. (A Request cannot be built from such a URL either.)
    throw new ConfigurationError('tokenUrl must not contain a user name or password; use credentials.');
  }
  return url.href;
}

/** What a successful token response gives us. */
interface TokenResponse {
  readonly token: string;
  readonly expiresIn: unknown;
  readonly status: number;
}

async function requestToken(settings: Settings): Promise<TokenResponse> {
  const { tokenUrl, credentials } = settings;
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  });
  for (const [formField, value] of settings.extraForm) form.set(formField, value);
  if (credentials.scope !== undefined) form.set('scope', credentials.scope);

  const timeout = AbortSignal.timeout(settings.requestTimeoutMs);
  const describe = `Token request to ${tokenUrl}`;
  let response: Response;
  try {
    const request = new Request(tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form,
      signal: timeout,
      // A redirect would resend the client secret to wherever the Location header points.
      redirect: 'error',
    });
    response = await settings.fetch(request);
  } catch (error) {
    if (timeout.aborted) {
      throw new TokenRequestError(`${describe} timed out after ${settings.requestTimeoutMs} ms`, { cause: error });
    }
    // A URL fetch refuses outright (a bad port) is said so: nothing was sent, and asking again cannot help.
    const reason = isBadPortRefusal(error) ? describeRefusal(tokenUrl) : errorCode(error);
    throw new TokenRequestError(`${describe} failed: no response${reason === undefined ? '' : ` (${reason})`}`, {
      cause: error,
    });
  }

  const { status } = response;
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const reason = timeout.aborted ? `timed out after ${settings.requestTimeoutMs} ms` : 'the body could not be read';
    throw new TokenRequestError(`${describe} answered ${status} but ${reason}`, { status, cause: error });
  }

  if (status < 200 || status > 299) {
    // The body goes into an error: the client secret out of it, in any encoding, and no control characters.
    const secrets = new SecretSet([credentials.clientSecret]);
    const parsed = parseJson(text);
    const body = parsed === undefined ? printable(snippet(scrubText(text, secrets))) : safeData(parsed.value, secrets);
    throw new TokenRequestError(`${describe} failed with status ${status}${describeErrorBody(body)}`, {
      status,
      body,
    });
  }

  const parsed = parseJson(text);
  if (
    parsed === undefined ||
    typeof parsed.value !== 'object' ||
    parsed.value === null ||
    Array.isArray(parsed.value)
  ) {
    // No body on the error: a non-JSON answer may still hold the token (`access_token=…` form encoding).
    const contentType = response.headers.get('content-type');
    throw new TokenRequestError(
      `${describe} answered ${status} with a body that is not a JSON object` +
        ` (content type ${contentType === null ? 'none' : truncate(contentType, 100)})`,
      { status },
    );
  }
  // The body of a successful answer holds the access token: it never goes into an error.
  const fields = parsed.value as Record<string, unknown>;
  const token = fields['access_token'];
  if (typeof token !== 'string' || token === '') {
    throw new TokenRequestError(`${describe} answered ${status} without a string access_token`, { status });
  }
  if (!isBearerToken(token)) {
    throw new TokenRequestError(
      `${describe} answered ${status} with an access_token that contains characters a bearer token cannot have`,
      { status },
    );
  }
  const tokenType = fields['token_type'];
  // RFC 6749 §5.1: token_type is case-insensitive. Asset documents the default `Bearer`.
  if (
    tokenType !== undefined &&
    tokenType !== null &&
    !(typeof tokenType === 'string' && /^bearer$/i.test(tokenType))
  ) {
    const shown = typeof tokenType === 'string' ? `"${truncate(tokenType, 40)}"` : `of type ${typeof tokenType}`;
    throw new TokenRequestError(`${describe} answered ${status} with token_type ${shown}; only Bearer is supported`, {
      status,
    });
  }
  return { token, expiresIn: fields['expires_in'], status };
}

/** A JSON value, or undefined when the text is not JSON (wrapped, so that a JSON `null` is told apart). */
function parseJson(text: string): { readonly value: unknown } | undefined {
  if (text.trim() === '') return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

function snippet(text: string): string {
  return truncate(text, SNIPPET_LENGTH);
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** A short summary of an error body for the message: OAuth `error`/`error_description`, or `detail`/`message`. */
function describeErrorBody(body: unknown): string {
  if (typeof body === 'string') {
    const text = body.replace(/\s+/g, ' ').trim();
    return text === '' ? '' : `: ${truncate(text, SNIPPET_LENGTH)}`;
  }
  if (typeof body !== 'object' || body === null) return '';
  const fields = body as Record<string, unknown>;
  const parts = [fields['error'], fields['error_description'], fields['detail'], fields['message']].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.length === 0 ? '' : `: ${truncate(parts.join(': ').replace(/\s+/g, ' '), SNIPPET_LENGTH)}`;
}

/** The platform's error code (`ECONNREFUSED`…) of a failed fetch, from the same walk the retry engine makes. */
function errorCode(error: unknown): string | undefined {
  return collectErrorCodes(error).find((code) => /^[A-Z0-9_]{2,40}$/.test(code));
}

function abortError(signal: AbortSignal): AbortError {
  return new AbortError('Waiting for an access token was aborted.', signal.reason);
}

/** The shared request's result, unless this caller's signal fires first (the request goes on for the others). */
function waitFor<T>(shared: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return shared;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    shared.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
