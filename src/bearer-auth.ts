import type { FetchFunction } from './client-core.js';
import { ConfigurationError } from './errors.js';

/** A bearer credential: the token itself, or a function that returns it (sync or async). */
export type TokenSource = string | (() => string | Promise<string>);

// RFC 6750 b64token: the only characters a bearer token may contain.
const BEARER_TOKEN_RE = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * Wrap a fetch so that every request carries `Authorization: Bearer <token>`.
 * The token is checked before use: a malformed one would make the platform's `Headers` throw an
 * error that quotes the value, leaking the credential into logs.
 */
export function withBearerToken(send: FetchFunction, source: TokenSource): FetchFunction {
  if (typeof source !== 'string' && typeof source !== 'function') {
    throw new ConfigurationError('token must be a string or a function that returns one.');
  }
  if (typeof source === 'string') checkToken(source);
  return async (request) => {
    const token = typeof source === 'string' ? source : checkToken(await source());
    request.headers.set('Authorization', `Bearer ${token}`);
    return send(request);
  };
}

function checkToken(token: unknown): string {
  if (typeof token !== 'string' || token === '') {
    throw new ConfigurationError('The bearer token is missing or empty.');
  }
  if (!BEARER_TOKEN_RE.test(token)) {
    throw new ConfigurationError('The bearer token contains characters a bearer token cannot have (RFC 6750); it was not sent.');
  }
  return token;
}
