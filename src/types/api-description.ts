/**
 * What the generator knows about one API (one spec), emitted as `generated/<api>/api.ts`.
 * The runtime reads only this; it never names a provider.
 */
export interface ApiDescription<Environment extends string = string> {
  /** The API's key in redocly.yaml, e.g. `mollie`. */
  readonly name: string;
  readonly title: string;
  /** Server URL per environment name (`x-environment` in the spec), in spec order; empty when the spec names none. */
  readonly servers: Readonly<Record<Environment, string>>;
  /** The first server the spec lists; absent when it lists none, and then every client needs a `baseUrl`. */
  readonly defaultEnvironment?: Environment;
  /** Header parameters a client may set a default for (`headerDefaults`). */
  readonly defaultableHeaders: readonly string[];
  /** Header parameters that carry an idempotency key (`x-retry.idempotencyHeader`): one key per call, never per client. */
  readonly idempotencyHeaders?: readonly string[];
  /** From the spec's security schemes. */
  readonly security: {
    /**
     * The spec requires no security (no `security`, or an empty requirement): a client may be made
     * without a credential, and then sends none.
     */
    readonly optional?: true;
    /** OAuth2 client-credentials token URL, relative to the server or absolute. */
    readonly clientCredentialsTokenUrl?: string;
    /**
     * The token request's form fields beyond the standard ones (`x-token-request-fields` on the
     * client-credentials flow), keyed by the `clientCredentials` property a caller passes each value
     * as: `{ tenantId: { formField: 'tenant', required: false } }` sends `clientCredentials.tenantId`
     * as the form field `tenant`. Absent when the spec declares none.
     */
    readonly clientCredentialsFields?: Readonly<Record<string, TokenRequestField>>;
    /** Per scheme, the prefixes its credentials start with (`x-credential-prefixes`). */
    readonly credentialPrefixes: Readonly<Record<string, readonly string[]>>;
    /**
     * The HTTP basic and API key schemes, by name, and where each sends its credential; absent when
     * every scheme is a bearer token (bearer, OAuth 2, OpenID Connect).
     */
    readonly keys?: Readonly<Record<string, KeyPlacement>>;
    /** With `keys`: the spec's own `security` (alternatives of scheme names), for requests made through `http`. */
    readonly requirement?: readonly (readonly string[])[];
  };
}

/** One extra form field of an OAuth client-credentials token request, from `x-token-request-fields`. */
export interface TokenRequestField {
  /** The field's name in the form-encoded token request. */
  readonly formField: string;
  /** Whether every token request must carry it. @default false */
  readonly required?: boolean;
}

/** Where a basic or API key scheme's credential goes, from `components/securitySchemes`. */
export type KeyPlacement =
  | { readonly kind: 'basic' }
  | { readonly kind: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string };
