import type { ApiDescription } from '../types/api-description.js';
import { ConfigurationError } from '../errors/errors.js';
import { checkHttpUrl } from '../transport/http-url.js';

/**
 * The base URL requests go to: the `baseUrl` option, else the environment's server from the spec.
 * Refuses anything that is not an absolute http(s) URL without credentials, query or fragment,
 * because each of those would let a path be resolved somewhere the caller did not intend.
 */
export function resolveBaseUrl<Environment extends string>(
  api: ApiDescription<Environment>,
  options: { readonly environment?: Environment | undefined; readonly baseUrl?: string | undefined },
): string {
  if (options.baseUrl !== undefined) return checkBaseUrl(options.baseUrl);
  if (api.defaultEnvironment === undefined) {
    // A spec may name no server (it describes an API each user hosts, or leaves the host to them).
    throw new ConfigurationError(`${api.title}: pass \`baseUrl\`; the spec names no server to default to.`);
  }
  const environment = options.environment ?? api.defaultEnvironment;
  if (!Object.hasOwn(api.servers, environment)) {
    const known = Object.keys(api.servers).join(', ');
    throw new ConfigurationError(`${api.title}: unknown environment "${String(environment)}"; use one of: ${known}.`);
  }
  return checkBaseUrl(api.servers[environment]);
}

function checkBaseUrl(value: unknown): string {
  const url = checkHttpUrl(value, 'baseUrl', 'https://api.example.com', 'the token option');
  // `url.search` and `url.hash` are empty for a bare `?` or `#`, which the serialised URL still
  // carries: appended to it, the operation path would land in the query or the fragment.
  if (url.search !== '' || url.hash !== '' || /[?#]/u.test(url.href)) {
    throw new ConfigurationError('baseUrl must not contain a query string or fragment.');
  }
  // openapi-fetch appends the operation path ("/v2/...") to the base URL as text.
  return url.href.replace(/\/+$/, '');
}
