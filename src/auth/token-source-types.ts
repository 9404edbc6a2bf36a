import type { Logger } from '../redaction/logging.js';
import type { TokenRequestField } from '../types/api-description.js';
import type { FetchFunction } from '../types/fetch-function.js';

// The client-credentials token source's public shapes: the credentials, its options, and the source.

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
