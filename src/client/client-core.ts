import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { ApiDescription } from '../types/api-description.js';
import type { FetchFunction } from '../types/fetch-function.js';
import { createAuthenticator, type Authenticator, type ClientCredentialsSupport } from '../auth/authenticator.js';
import type {
  ChosenSchemes,
  KeyCredentials,
  KeyCredentialValues,
  createKeyCredentials,
} from '../auth/key-credentials.js';
import { resolveBaseUrl } from './base-url.js';
import { headerIssues } from '../request/header-safety.js';
import type { BearerToken } from '../auth/bearer-auth.js';
import type { ClientCredentials } from '../auth/client-credentials.js';
import { ConfigurationError, formatIssue, type ResponseValidationError } from '../errors/errors.js';
import type { ResponseSchemas } from '../validation/schema.js';
import type { Logger } from '../redaction/logging.js';
import { snapshotRecord } from '../request/request-snapshot.js';
import { resolveRetryPolicy, type RetryPolicy } from '../transport/retry-policy.js';
import { copyRequest, fromRequest, requestInit, type OutgoingRequest } from '../transport/outgoing-request.js';
import { userAgent } from './user-agent.js';

/** Authenticate with a bearer token (or a function that returns one). */
export interface TokenAuthOptions {
  /**
   * The bearer credential: a string, or a function that returns one (called before every request,
   * and once more after a 401).
   */
  readonly token: BearerToken;
  readonly clientCredentials?: never;
}

/**
 * For an API whose spec requires no security: a token is sent if given (as a bearer token), and
 * nothing otherwise.
 */
export interface OptionalTokenAuthOptions {
  readonly token?: BearerToken;
  readonly clientCredentials?: never;
}

/**
 * Authenticate with OAuth 2.0 client credentials, for APIs whose spec declares that flow (Asset).
 * `Credentials` is the API's own credentials type where its spec adds token request fields.
 */
export interface ClientCredentialsAuthOptions<Credentials extends ClientCredentials = ClientCredentials> {
  /**
   * Exchanged at the spec's token URL. Tokens are cached until shortly before they expire and
   * shared by concurrent calls; a 401 fetches a new one once.
   */
  readonly clientCredentials: Credentials;
  readonly token?: never;
}

/**
 * For an API whose spec declares HTTP basic or API key schemes: their credentials by scheme name
 * (`Credentials`, the API's own type), and a bearer token or client credentials for its other
 * schemes. Each operation sends the first of its security alternatives the client has credentials
 * for, and a call whose alternatives it has none for fails before sending.
 */
export interface KeyAuthOptions<
  Credentials extends object = KeyCredentialValues,
  OAuthCredentials extends ClientCredentials = ClientCredentials,
> {
  readonly credentials?: Credentials;
  readonly token?: BearerToken;
  readonly clientCredentials?: OAuthCredentials;
}

/**
 * Options of every generated `create…Client`: the shared options below plus exactly one way to
 * authenticate (`Auth`; the generator offers client credentials only where the spec has the flow).
 */
export type ClientOptions<
  Environment extends string = string,
  Auth extends TokenAuthOptions | ClientCredentialsAuthOptions | OptionalTokenAuthOptions | KeyAuthOptions<object> =
    TokenAuthOptions | ClientCredentialsAuthOptions,
> = SharedClientOptions<Environment> & Auth;

/** Options every client takes, whatever its authentication. */
export interface SharedClientOptions<Environment extends string = string> {
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
  /**
   * The `fetch` to send requests with.
   * @default `globalThis.fetch`, looked up on every request (so request interceptors installed later still apply)
   */
  readonly fetch?: FetchFunction;
  /** Headers sent with every request (an operation's own headers win). */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Values for header parameters the spec declares, used by every operation that declares them and
   * does not get one in the call (e.g. Asset's `x-user-id`). Checked against the spec like the call's own.
   */
  readonly headerDefaults?: Readonly<Record<string, string>>;
  /** Retries and timeouts; `false` sends each request once (timeouts still apply). See RetryPolicy for defaults. */
  readonly retry?: Partial<RetryPolicy> | false;
  /**
   * Check success bodies against the spec. `true` throws a ResponseValidationError; a function is
   * called with it and the data is returned anyway. Unknown values of open enums are never an error.
   * A core checks against the `responseSchemas` it is given; a full client has its API's already.
   * @default false
   */
  readonly validateResponses?: boolean | ((error: ResponseValidationError) => void);
  /**
   * The schemas `validateResponses` checks success bodies against: the API's `…ResponseSchemas`
   * export (e.g. `mollieResponseSchemas`). Needed by a core only, and only with `validateResponses`:
   * passed in, not built in, so that an app that does not check responses carries none of them.
   */
  readonly responseSchemas?: ResponseSchemas;
  /** Receives request, response, retry and error events, with credentials redacted. */
  readonly logger?: Logger;
}

/** The key of a core's {@link CoreRuntime} (see {@link ClientCore}). */
export const RUNTIME: unique symbol = Symbol('invoicing-sdk.runtime');

/**
 * The transport shared by an API's operations: base URL, authentication, retry policy and an
 * openapi-fetch client typed by the API's `paths`. Standalone operation functions take one of these.
 */
export interface ClientCore<Paths extends object> {
  readonly api: ApiDescription;
  readonly baseUrl: string;
  /** The underlying openapi-fetch client; `use()` adds openapi-fetch middleware. */
  readonly http: Client<Paths, `${string}/${string}`>;
  /**
   * @internal What `callOperation` needs. Kept under a symbol the package does not export, so that
   * it is neither a property users see nor part of the public API; a spread (`{ ...core }`, as a
   * generated client does) still copies it.
   */
  readonly [RUNTIME]: CoreRuntime;
}

/** @internal */
export interface CoreRuntime {
  readonly auth: Authenticator;
  /** The basic and API key credentials, for an API that has such schemes. */
  readonly keys?: KeyCredentials;
  /** Whether the client was given `baseUrl` (then it replaces the operations' own servers too). */
  readonly baseUrlGiven: boolean;
  /** The caller's fetch, with the User-Agent added (for token requests). */
  readonly transport: FetchFunction;
  /** Sends an authenticated attempt: a `Request` to the caller's fetch, `(url, init)` to the platform's. */
  readonly send: (request: OutgoingRequest) => Promise<Response>;
  readonly retryPolicy: RetryPolicy;
  readonly headerDefaults: Readonly<Record<string, string>>;
  readonly validateResponses: ClientOptions['validateResponses'];
  /** What `validateResponses` checks against; set whenever it is on. */
  readonly responseSchemas: ResponseSchemas | undefined;
  readonly logger: Logger | undefined;
  /** Sent as User-Agent where the platform allows it. */
  readonly userAgent: string | undefined;
  /** Whether openapi-fetch middleware is installed on `http` (it is promised a real `Request`). */
  readonly hasMiddleware: () => boolean;
}

/** Optional runtime parts a generated client passes in when its spec needs them. */
export interface CoreFeatures {
  /** OAuth client credentials: the token source factory (only APIs with that flow import it). */
  readonly createTokenSource?: ClientCredentialsSupport['createTokenSource'];
  /** Basic and API key schemes: their credentials (only APIs with such schemes import it). */
  readonly createKeyCredentials?: typeof createKeyCredentials;
  /** A full client's response schemas (every operation's), used unless the options bring their own. */
  readonly responseSchemas?: ResponseSchemas;
  /** The name of the API's response schemas export, for the error that asks a core for them. */
  readonly responseSchemasExport?: string;
}

/** Build the transport for one API. Throws a ConfigurationError for options that cannot work. */
export function createClientCore<Paths extends object, Environment extends string>(
  api: ApiDescription<Environment>,
  options: ClientOptions<
    Environment,
    TokenAuthOptions | ClientCredentialsAuthOptions | OptionalTokenAuthOptions | KeyAuthOptions<object>
  >,
  features: CoreFeatures = {},
): ClientCore<Paths> {
  const baseUrl = resolveBaseUrl(api, options);
  // Read once and kept as copies: what is checked here is what every request sends, even if the
  // caller's objects change later (openapi-fetch would otherwise read `headers` on every request).
  const clientHeaders = snapshotRecord(options.headers) as Record<string, string> | undefined;
  const headerDefaults = snapshotRecord(options.headerDefaults) as Record<string, string> | undefined;
  refuseClientWideKeys(api, clientHeaders, 'headers');
  refuseClientWideKeys(api, headerDefaults, 'headerDefaults');
  const headerProblems = [...headerIssues(clientHeaders, 'headers'), ...headerIssues(headerDefaults, 'headerDefaults')];
  if (headerProblems.length > 0) {
    throw new ConfigurationError(headerProblems.map(formatIssue).join('; '));
  }
  const responseSchemas = checkResponseSchemas(api, options, features);
  const customFetch = options.fetch;
  const send: FetchFunction = customFetch ?? ((request) => globalThis.fetch(request));
  const agent = userAgent();
  const transport: FetchFunction =
    agent === undefined
      ? send
      : (request) => {
          if (!request.headers.has('user-agent')) request.headers.set('User-Agent', agent);
          return send(request);
        };
  const middleware: Middleware[] = [];
  // Only an API with basic or API key schemes passes these in (and so bundles them).
  const keys = features.createKeyCredentials?.(api.security, options);
  const auth = createAuthenticator(
    options,
    api.security.clientCredentialsTokenUrl !== undefined && features.createTokenSource !== undefined
      ? {
          tokenUrl: api.security.clientCredentialsTokenUrl,
          extraFields: api.security.clientCredentialsFields,
          createTokenSource: features.createTokenSource,
        }
      : undefined,
    baseUrl,
    transport,
    // With key schemes, a bearer token is one credential among others (checked per operation).
    api.security.optional === true || keys !== undefined,
  );
  const runtime: CoreRuntime = {
    // The keys and passwords are scrubbed from every error and log event, like the tokens.
    auth: keys?.authenticator(auth) ?? auth,
    ...(keys && { keys }),
    baseUrlGiven: options.baseUrl !== undefined,
    transport,
    send: customFetch
      ? (request) => customFetch(new Request(request.url, requestInit(request)))
      : // Looked up on every request, so that interceptors installed later still apply.
        (request) => globalThis.fetch(request.url, requestInit(request)),
    retryPolicy: resolveRetryPolicy(options.retry === false ? { maxAttempts: 1 } : options.retry),
    headerDefaults: checkHeaderDefaults(api, headerDefaults),
    validateResponses: options.validateResponses,
    responseSchemas,
    logger: options.logger,
    userAgent: agent,
    hasMiddleware: () => middleware.length > 0,
  };
  const http = createClient<Paths, `${string}/${string}`>({
    baseUrl,
    // Calls made through `callOperation` bring their own fetch (auth, retries, timeouts); this one
    // serves direct use of `http`, with authentication but without retries.
    fetch: async (request) => sendAuthenticated(runtime, await fromRequest(request)),
    ...(clientHeaders ? { headers: clientHeaders } : {}),
  });
  // Mirror what is installed, with openapi-fetch's own semantics (eject removes the first match).
  const { use, eject } = http;
  http.use = (...added) => {
    use(...added);
    middleware.push(...added);
  };
  http.eject = (...removed) => {
    eject(...removed);
    for (const item of removed) {
      const index = middleware.indexOf(item);
      if (index !== -1) middleware.splice(index, 1);
    }
  };
  return { api, baseUrl, http, [RUNTIME]: runtime };
}

/**
 * An idempotency key set for the whole client would give every call the same key, so the server
 * could answer a new change with an earlier one's response. `headers` and `headerDefaults` refuse it
 * alike; a key passed per call (in `header` or the call's `headers`) is kept, and without one each
 * call gets a fresh key.
 */
function refuseClientWideKeys(
  api: ApiDescription,
  headers: Readonly<Record<string, string>> | undefined,
  option: string,
): void {
  if (headers === undefined || api.idempotencyHeaders === undefined) return;
  const keys = new Set(api.idempotencyHeaders.map((name) => name.toLowerCase()));
  const found = Object.keys(headers).find((name) => keys.has(name.toLowerCase()));
  if (found === undefined) return;
  throw new ConfigurationError(
    `${option}: "${found}" is an idempotency key, one per call: pass it in a call's \`header\`, or leave it out for a fresh one.`,
  );
}

/**
 * The schemas response checks use: the options' own, else a full client's. A core asked to check
 * responses without any is refused, rather than checking nothing while the caller believes it checks.
 */
function checkResponseSchemas(
  api: ApiDescription,
  options: SharedClientOptions,
  features: CoreFeatures,
): ResponseSchemas | undefined {
  const given = options.responseSchemas ?? features.responseSchemas;
  const name = features.responseSchemasExport ?? `${api.name}'s response schemas`;
  // Another API's schemas have none of this one's operations: every response would go unchecked.
  if (given !== undefined && (typeof given !== 'object' || given?.api !== api.name))
    throw new ConfigurationError(`responseSchemas: not ${api.name}'s response schemas; pass \`${name}\`.`);
  if (options.validateResponses && given === undefined) {
    throw new ConfigurationError(
      `validateResponses: a core has no schemas to check responses against; pass \`responseSchemas: ${name}\`, or use the full client.`,
    );
  }
  return given;
}

/** Refuse a default for a header no operation declares, so that a misspelt name is not silently ignored. */
function checkHeaderDefaults(
  api: ApiDescription,
  defaults: Readonly<Record<string, string>> | undefined,
): Readonly<Record<string, string>> {
  if (defaults === undefined) return {};
  const allowed = new Set(api.defaultableHeaders.map((name) => name.toLowerCase()));
  for (const name of Object.keys(defaults)) {
    if (!allowed.has(name.toLowerCase())) {
      const choices = api.defaultableHeaders.length > 0 ? api.defaultableHeaders.join(', ') : 'none';
      throw new ConfigurationError(
        `headerDefaults: "${name}" is not a header parameter of ${api.title} that takes a default (${choices}).`,
      );
    }
  }
  return defaults;
}

/** Hooks around each send of `sendAuthenticated`. */
export interface SendHooks {
  /** Refuse a token before it is used (throws); sees exactly the token that would be sent. */
  readonly checkToken?: ((token: string) => void) | undefined;
  /** Observe the request as it goes out, authenticated. */
  readonly beforeSend?: ((request: OutgoingRequest) => void) | undefined;
  /** The schemes to send, chosen before the call (APIs with key schemes; else the API's default security). */
  readonly schemes?: ChosenSchemes | undefined;
  /** Sees every API key sent (to scrub an answer that echoes it). */
  readonly onKey?: ((key: string) => void) | undefined;
}

/**
 * Send one attempt with a bearer token. After a 401, if the token source can give another token,
 * the request is replayed exactly once with it: the server rejected the credential before doing
 * anything, so a replay cannot apply a write twice.
 */
export async function sendAuthenticated(
  runtime: CoreRuntime,
  request: OutgoingRequest,
  hooks: SendHooks = {},
): Promise<Response> {
  // Copied before the token is set, and only when a replay is possible.
  const replay = runtime.auth.renewable ? copyRequest(request) : undefined;
  const { keys } = runtime;
  // With key schemes, only what the chosen alternative names is sent, a bearer token only for a scheme that is not a key.
  const schemes = hooks.schemes ?? keys?.choose('request');
  const authenticate = async (outgoing: OutgoingRequest): Promise<[OutgoingRequest, string | undefined]> => {
    const token = keys?.sendsBearer(schemes!) === false ? undefined : await runtime.auth.token(outgoing.signal);
    if (token !== undefined) {
      hooks.checkToken?.(token);
      outgoing.headers.set('Authorization', `Bearer ${token}`);
    }
    const authenticated = keys ? await keys.apply(outgoing, schemes!, hooks.onKey) : outgoing;
    if (runtime.userAgent !== undefined && !authenticated.headers.has('user-agent'))
      authenticated.headers.set('User-Agent', runtime.userAgent);
    hooks.beforeSend?.(authenticated);
    return [authenticated, token];
  };
  const [sent, token] = await authenticate(request);
  const response = await runtime.send(sent);
  if (response.status !== 401 || replay === undefined || token === undefined || !runtime.auth.renew(token))
    return response;
  await response.body?.cancel().catch(() => {});
  const [again] = await authenticate(replay);
  return runtime.send(again);
}
