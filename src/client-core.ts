import createClient, { type Client } from 'openapi-fetch';
import { resolveBaseUrl } from './base-url.js';
import { withBearerToken, type TokenSource } from './bearer-auth.js';

/**
 * What the generator knows about one API (one spec), emitted as `generated/<api>/api.ts`.
 * The runtime reads only this; it never names a provider.
 */
export interface ApiDescription<Environment extends string = string> {
  /** The API's key in redocly.yaml, e.g. `mollie`. */
  readonly name: string;
  readonly title: string;
  /** Server URL per environment name (`x-environment` in the spec), in spec order. */
  readonly servers: Readonly<Record<Environment, string>>;
  /** The first server the spec lists. */
  readonly defaultEnvironment: Environment;
}

/** A `fetch` that takes a `Request`, as openapi-fetch calls it. */
export type FetchFunction = (request: Request) => Promise<Response>;

/** Options shared by every generated `create…Client`. */
export interface ClientOptions<Environment extends string = string> {
  /**
   * Which of the spec's servers to call.
   * @default the first server the spec lists (for Asset that is the sandbox, so production is never called by accident)
   */
  readonly environment?: Environment;
  /**
   * Call this absolute `http(s)` URL instead of the environment's server: a proxy, a mock server,
   * a local test server. Takes precedence over `environment`.
   */
  readonly baseUrl?: string;
  /** The bearer credential: a string, or a function that returns one (called before every request). */
  readonly token: TokenSource;
  /**
   * The `fetch` to send requests with.
   * @default `globalThis.fetch`, looked up on every request (so request interceptors installed later still apply)
   */
  readonly fetch?: FetchFunction;
  /** Headers sent with every request (an operation's own headers win). */
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The transport shared by an API's operations: base URL, authentication and an openapi-fetch
 * client typed by the API's `paths`. Standalone operation functions take one of these.
 */
export interface ClientCore<Paths extends object> {
  readonly api: ApiDescription;
  readonly baseUrl: string;
  /** The underlying openapi-fetch client; `use()` adds openapi-fetch middleware. */
  readonly http: Client<Paths, `${string}/${string}`>;
}

/** Build the transport for one API. Throws a ConfigurationError for options that cannot work. */
export function createClientCore<Paths extends object, Environment extends string>(
  api: ApiDescription<Environment>,
  options: ClientOptions<Environment>,
): ClientCore<Paths> {
  const baseUrl = resolveBaseUrl(api, options);
  const send: FetchFunction = options.fetch ?? ((request) => globalThis.fetch(request));
  const http = createClient<Paths, `${string}/${string}`>({
    baseUrl,
    fetch: withBearerToken(send, options.token),
    ...(options.headers ? { headers: options.headers } : {}),
  });
  return { api, baseUrl, http };
}
