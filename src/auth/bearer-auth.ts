import { ConfigurationError } from '../errors/errors.js';

/** A function that returns the bearer token to use (called before every request). */
export type TokenProvider = () => string | Promise<string>;

/** A bearer credential: the token itself, or a function that returns it (sync or async). */
export type BearerToken = string | TokenProvider;

/** RFC 6750 b64token: the only characters a bearer token may contain (for tokens given and tokens issued). */
export function isBearerToken(token: string): boolean {
  return /^[A-Za-z0-9\-._~+/]+=*$/.test(token);
}

/**
 * Refuse a token that cannot be sent as `Authorization: Bearer <token>`. Checked before use: a
 * malformed one would make the platform's `Headers` throw an error that quotes the value, leaking
 * the credential into logs. The message never contains the token.
 */
export function checkBearerToken(token: unknown): string {
  if (typeof token !== 'string' || token === '') {
    throw new ConfigurationError('The bearer token is missing or empty.');
  }
  if (!isBearerToken(token)) {
    throw new ConfigurationError(
      'The bearer token contains characters a bearer token cannot have (RFC 6750); it was not sent.',
    );
  }
  return token;
}
