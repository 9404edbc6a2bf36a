import { AbortError, type TokenRequestError } from '../errors/errors.js';
import { emit } from '../redaction/logging.js';
import { requestToken } from './token-request.js';
import { checkOptions } from './token-source-settings.js';
import type { TokenSource, TokenSourceOptions } from './token-source-types.js';

export type { ClientCredentials, TokenSource, TokenSourceOptions } from './token-source-types.js';

/**
 * OAuth 2.0 client credentials (RFC 6749 §4.4) as Asset implements them: `POST {server}/v0/auth/token`
 * with a form-encoded body. The token source below caches the access token, shares one request
 * between concurrent callers and forgets a token the API refused (see {@link TokenSource.invalidate}).
 *
 * The client secret is sent in the request body only. It is never put in an error message, an
 * error property or an error body (a body that echoes it has it replaced by `[redacted]`).
 */

/**
 * A form field of the token request beyond grant_type, client_id, client_secret and scope, declared
 * by the spec (`x-token-request-fields` on its client-credentials flow).
 */

/** The documented default of `expires_in` (seconds). */
const DEFAULT_LIFETIME_S = 3600;
/** Lifetime assumed for a token whose `expires_in` is an absolute instant already past (seconds). */
const PAST_TIMESTAMP_LIFETIME_S = 60;
/** `expires_in` above this is a unix timestamp in seconds (10^9 s is 2001-09-09), below it a duration. */
const UNIX_TIMESTAMP_THRESHOLD_S = 1e9;
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
  const { now, secrets } = settings;
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
