import { ConfigurationError } from '../errors/errors.js';

/**
 * The one check of a URL a client is configured with (the base URL, the OAuth token URL): an
 * absolute http(s) URL without a user name or password. Messages name the option and never echo
 * the value, which may hold a credential (a Request cannot be built from such a URL either).
 */
export function checkHttpUrl(value: unknown, option: string, example: string, credentialsHint: string): URL {
  let url: URL;
  try {
    if (typeof value !== 'string') throw new TypeError('not a string');
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${option} must be an absolute http(s) URL, such as ${example}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigurationError(`${option} must use http or https, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new ConfigurationError(`${option} must not contain a user name or password; use ${credentialsHint}.`);
  }
  return url;
}
