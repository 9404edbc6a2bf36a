import { ConfigurationError } from '../errors/errors.js';
import type { Logger } from '../redaction/logging.js';
import type { FetchFunction } from '../types/fetch-function.js';
import { printable, truncate } from '../redaction/printable.js';
import { SecretSet } from '../redaction/secret-scrubber.js';
import { checkHttpUrl } from '../transport/http-url.js';
import type { ClientCredentials, TokenSourceOptions } from './token-source-types.js';

// A token source's options checked once and copied into its settings: what the token request
// sends (credentials and extra form fields, each read once) and the timing it works with.

const DEFAULT_REFRESH_MARGIN_MS = 60_000;

const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** The `credentials` properties every token request reads. */
const STANDARD_CREDENTIALS = ['clientId', 'clientSecret', 'scope'];

export interface Settings {
  readonly tokenUrl: string;
  readonly credentials: ClientCredentials;
  /** The `extraFields` given, as form field and value, in the order `extraFields` lists them. */
  readonly extraForm: readonly (readonly [formField: string, value: string])[];
  readonly fetch: FetchFunction;
  readonly refreshMarginMs: number;
  readonly requestTimeoutMs: number;
  readonly now: () => number;
  readonly logger: Logger | undefined;
  /** The client secret, which token errors and events are scrubbed of in every encoding. */
  readonly secrets: SecretSet;
}

export function checkOptions(options: TokenSourceOptions): Settings {
  if (typeof options !== 'object' || options === null) {
    throw new ConfigurationError('createClientCredentialsTokenSource needs an options object.');
  }
  const tokenUrl = checkTokenUrl(options.tokenUrl);
  const credentials: unknown = options.credentials;
  if (typeof credentials !== 'object' || credentials === null) {
    throw new ConfigurationError('credentials must be an object with clientId and clientSecret.');
  }
  const extraFields = Object.entries(options.extraFields ?? {});
  const given = credentials as Record<string, unknown>;
  const { clientId, clientSecret, scope } = given;
  requireNonEmptyString(clientId, 'credentials.clientId');
  requireNonEmptyString(clientSecret, 'credentials.clientSecret');
  if (scope !== undefined) requireNonEmptyString(scope, 'credentials.scope');
  const extraForm: (readonly [string, string])[] = [];
  for (const [option, field] of extraFields) {
    const value = given[option];
    if (value === undefined && !field.required) continue;
    requireNonEmptyString(value, `credentials.${option}`);
    extraForm.push([field.formField, value as string]);
  }
  refuseUnknownCredentials(given, extraFields);
  if (typeof options.fetch !== 'function') {
    throw new ConfigurationError('fetch must be a function that takes a Request and returns a Promise<Response>.');
  }
  if (options.now !== undefined && typeof options.now !== 'function') {
    throw new ConfigurationError('now must be a function that returns milliseconds since the epoch.');
  }
  const refreshMarginMs = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  if (typeof refreshMarginMs !== 'number' || !Number.isFinite(refreshMarginMs) || refreshMarginMs < 0) {
    throw new ConfigurationError('refreshMarginMs must be a finite number of milliseconds, 0 or more.');
  }
  const requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (
    typeof requestTimeoutMs !== 'number' ||
    !Number.isInteger(requestTimeoutMs) ||
    requestTimeoutMs <= 0 ||
    requestTimeoutMs > 2_147_483_647
  ) {
    throw new ConfigurationError('requestTimeoutMs must be a positive integer number of milliseconds.');
  }
  const clock = options.now;
  return {
    tokenUrl,
    // Copied, so that later changes to the caller's object do not change what is sent.
    credentials: {
      clientId: clientId as string,
      clientSecret: clientSecret as string,
      ...(scope === undefined ? {} : { scope: scope as string }),
    },
    extraForm,
    fetch: options.fetch,
    refreshMarginMs,
    requestTimeoutMs,
    now: clock === undefined ? () => Date.now() : () => clock(),
    logger: typeof options.logger === 'function' ? options.logger : undefined,
    secrets: new SecretSet([clientSecret as string]),
  };
}

/**
 * A credentials property the token request does not take is refused rather than dropped: a misspelt
 * or unsupported field left out of the request would get a token other than the one asked for.
 * Only the names are said, never a value.
 */
function refuseUnknownCredentials(
  credentials: Record<string, unknown>,
  extraFields: readonly (readonly [string, unknown])[],
): void {
  const known = [...STANDARD_CREDENTIALS, ...extraFields.map(([option]) => option)];
  const unknown = Object.keys(credentials).filter((key) => !known.includes(key));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `credentials: this API's token request takes no ${unknown.map((key) => printable(truncate(key, 40))).join(', ')}` +
        ` (it takes ${known.join(', ')}).`,
    );
  }
}

function requireNonEmptyString(value: unknown, field: string): void {
  // Never echo the value: it may be the client secret.
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${field} must be a non-empty string.`);
  }
}

function checkTokenUrl(value: unknown): string {
  return checkHttpUrl(value, 'tokenUrl', 'https://api.example.com/v0/auth/token', 'credentials').href;
}
