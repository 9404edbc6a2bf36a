import { checkBearerToken, type TokenProvider } from './bearer-auth.js';
import type { ClientCredentials, TokenSource, TokenSourceOptions } from './client-credentials.js';
import type { FetchFunction } from '../types/fetch-function.js';
import { ConfigurationError } from '../errors/errors.js';
import type { Logger } from '../redaction/logging.js';

/** Where the bearer token of each request comes from. */
export interface Authenticator {
  /** Whether `renew` can ever give another token (so a request is worth keeping for a replay). */
  readonly renewable: boolean;
  /**
   * The credentials held from the start (a fixed token, the OAuth client secret), which every error
   * and log event is scrubbed of, on every call; tokens obtained later are added as they are sent.
   */
  secrets(): readonly string[];
  /** The token for the next request (cached, provided or fetched); undefined when none is sent. */
  token(signal?: AbortSignal): Promise<string | undefined>;
  /**
   * After a 401 for `token`: forget it, and say whether asking again can give another one (so the
   * request is replayed once). A fixed token cannot change, so it is not replayed.
   */
  renew(token: string): boolean;
}

export interface AuthenticatorOptions {
  readonly token?: string | TokenProvider | undefined;
  readonly clientCredentials?: ClientCredentials | undefined;
  /** Also sees the token requests. */
  readonly logger?: Logger | undefined;
}

/**
 * The OAuth client-credentials support of an API whose spec declares that flow. The generated
 * client passes it in, so that apps of other APIs do not bundle it.
 */
export interface ClientCredentialsSupport {
  /** The token URL from the spec, relative to the server or absolute. */
  readonly tokenUrl: string;
  /** The token request's other form fields, from the spec (`ApiDescription.security.clientCredentialsFields`). */
  readonly extraFields?: TokenSourceOptions['extraFields'];
  readonly createTokenSource: (options: TokenSourceOptions) => TokenSource;
}

/** What a client of an API without security requirements sends when given no credential: none. */
const NO_CREDENTIAL: Authenticator = {
  renewable: false,
  secrets: () => [],
  token: () => Promise.resolve(undefined),
  renew: () => false,
};

/**
 * Build the authenticator for the options given: exactly one of `token` (a string or a function)
 * and `clientCredentials` (only for APIs whose spec declares a client-credentials flow), or neither
 * when `credentialOptional` (the spec requires no security).
 */
export function createAuthenticator(
  options: AuthenticatorOptions,
  clientCredentialsSupport: ClientCredentialsSupport | undefined,
  baseUrl: string,
  transport: FetchFunction,
  credentialOptional = false,
): Authenticator {
  const { token, clientCredentials } = options;
  if (token === undefined && clientCredentials === undefined && credentialOptional) return NO_CREDENTIAL;
  if ((token === undefined) === (clientCredentials === undefined)) {
    throw new ConfigurationError('Pass exactly one of `token` and `clientCredentials`.');
  }
  if (clientCredentials !== undefined) {
    if (clientCredentialsSupport === undefined) {
      throw new ConfigurationError(
        'clientCredentials: this API declares no OAuth client-credentials flow; use `token`.',
      );
    }
    // A path is relative to the server, exactly like the operations' paths.
    const declared = clientCredentialsSupport.tokenUrl;
    const tokenUrl = declared.startsWith('/') ? baseUrl + declared : declared;
    const source = clientCredentialsSupport.createTokenSource({
      tokenUrl,
      credentials: clientCredentials,
      extraFields: clientCredentialsSupport.extraFields,
      fetch: transport,
      logger: options.logger,
    });
    return {
      renewable: true,
      secrets: () => source.secrets(),
      token: (signal) => source.getToken(signal),
      renew: (used) => {
        source.invalidate(used);
        return true;
      },
    };
  }
  if (typeof token === 'string') {
    checkBearerToken(token);
    return { renewable: false, secrets: () => [token], token: async () => token, renew: () => false };
  }
  if (typeof token === 'function') {
    return {
      renewable: true,
      secrets: () => [],
      token: async () => checkBearerToken(await token()),
      renew: () => true,
    };
  }
  throw new ConfigurationError('token must be a string or a function that returns one.');
}

/** The security scheme a credential belongs to, by its prefix (`x-credential-prefixes`), if any matches. */
export function credentialScheme(
  token: string,
  prefixes: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  for (const [scheme, list] of Object.entries(prefixes))
    if (list.some((prefix) => token.startsWith(prefix))) return scheme;
  return undefined;
}
