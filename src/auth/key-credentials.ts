import type { Authenticator } from './authenticator.js';
import type { KeyPlacement } from '../types/api-description.js';
import { ConfigurationError } from '../errors/errors.js';
import type { OutgoingRequest } from '../transport/outgoing-request.js';

/**
 * The security schemes beyond bearer tokens, for an API whose spec declares one: HTTP basic, and
 * API keys in a header, the query string or a cookie. Imported only by such an API's client, so
 * bearer-only apps carry none of it. Each operation says which schemes it accepts (its `security`,
 * alternatives of schemes that go together); the first alternative whose credentials the client has
 * is sent, exactly as its schemes say, and no other credential goes with it.
 */

/** HTTP basic credentials (RFC 7617). */
export interface BasicCredentials {
  readonly username: string;
  readonly password: string;
}

/** An API key: the key itself, or a function that returns it (called before every request). */
export type ApiKey = string | (() => string | Promise<string>);

/** A credential per scheme name, as a client is given them (`credentials`). */
export type KeyCredentialValues = Readonly<Record<string, ApiKey | BasicCredentials | undefined>>;

/** The schemes one request sends, chosen before it is sent (see {@link KeyCredentials.choose}). */
export type ChosenSchemes = readonly string[];

/** Security as a spec gives it: alternatives of scheme names that go together. */
export type SecurityAlternatives = readonly (readonly string[])[];

export interface KeyCredentials {
  /**
   * The first alternative of `security` (the API's own when none is given) the client can send
   * (`[]` when an alternative needs no credential, or none is declared). Throws a
   * ConfigurationError naming the schemes when none can be sent, before anything is sent.
   */
  choose(operationId: string, security?: SecurityAlternatives): ChosenSchemes;
  /** Whether the chosen schemes include one that is not a key: then the bearer token goes too. */
  sendsBearer(chosen: ChosenSchemes): boolean;
  /** The authenticator, scrubbing the keys and passwords too. */
  authenticator(bearer: Authenticator): Authenticator;
  /** The request with the chosen schemes' credentials in place (a query key changes the URL). */
  apply(request: OutgoingRequest, chosen: ChosenSchemes, onKey?: (key: string) => void): Promise<OutgoingRequest>;
  /** Every key and password given or sent so far, for the scrubber (and the forms they are sent in). */
  secrets(): readonly string[];
}

// Header and cookie values: visible ASCII (no space, no control characters); a cookie value also
// without the characters that end or quote it (RFC 6265 cookie-octet).
const HEADER_VALUE = /^[\x21-\x7e]+$/;
const COOKIE_VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/;

/** What of the API description the key credentials read. */
export interface KeySecurity {
  readonly optional?: true;
  readonly keys?: Readonly<Record<string, KeyPlacement>>;
  readonly requirement?: SecurityAlternatives;
}

/**
 * Check the credentials given against the schemes (messages name the scheme, never the value), and
 * that the client has some credential unless the API needs none.
 */
export function createKeyCredentials(
  security: KeySecurity,
  options: { readonly credentials?: object; readonly token?: unknown; readonly clientCredentials?: unknown },
): KeyCredentials {
  const placements = security.keys ?? {};
  const given = options.credentials as KeyCredentialValues | undefined;
  const bearer = options.token !== undefined || options.clientCredentials !== undefined;
  if (!bearer && given === undefined && !security.optional)
    throw new ConfigurationError('Pass `credentials` (or a bearer `token`): every operation of this API needs one.');
  const values = new Map<string, ApiKey | BasicCredentials>();
  const seen = new Set<string>();
  for (const [scheme, value] of Object.entries(given ?? {})) {
    if (value === undefined) continue;
    const placement = Object.hasOwn(placements, scheme) ? placements[scheme] : undefined;
    if (placement === undefined) {
      const known = Object.keys(placements).join(', ');
      throw new ConfigurationError(`credentials: "${scheme}" is not a key or basic scheme of this API (${known}).`);
    }
    if (placement.kind === 'basic') {
      const { username, password } = (value ?? {}) as Partial<BasicCredentials>;
      if (typeof username !== 'string' || typeof password !== 'string' || username.includes(':'))
        throw new ConfigurationError(
          `credentials.${scheme}: HTTP basic credentials are { username, password }, and a username cannot contain ":".`,
        );
      const encoded = base64(`${username}:${password}`);
      seen.add(password).add(encoded);
    } else if (typeof value === 'string') {
      seen.add(checkKey(scheme, placement, value));
    } else if (typeof value !== 'function') {
      throw new ConfigurationError(`credentials.${scheme}: an API key is a string or a function that returns one.`);
    }
    values.set(scheme, value);
  }

  return {
    choose(operationId, alternatives = security.requirement) {
      if (alternatives === undefined || alternatives.length === 0) return [];
      const available = (scheme: string): boolean => (Object.hasOwn(placements, scheme) ? values.has(scheme) : bearer);
      const chosen = alternatives.find((alternative) => alternative.every(available));
      if (chosen !== undefined) return chosen;
      const wanted = alternatives.map((alternative) => alternative.join(' + ')).join(' or ');
      throw new ConfigurationError(
        `${operationId}: needs credentials for ${wanted}; pass them in \`credentials\` (or a bearer \`token\`). Nothing was sent.`,
      );
    },
    async apply(request, chosen, onKey) {
      let url = request.url;
      for (const scheme of chosen) {
        const placement = Object.hasOwn(placements, scheme) ? placements[scheme] : undefined;
        const value = values.get(scheme);
        if (placement === undefined || value === undefined) continue; // a bearer scheme: set by the authenticator
        if (placement.kind === 'basic') {
          const { username, password } = value as BasicCredentials;
          request.headers.set('Authorization', `Basic ${base64(`${username}:${password}`)}`);
          continue;
        }
        const key = checkKey(scheme, placement, typeof value === 'function' ? await value() : (value as string));
        seen.add(key).add(encodeURIComponent(key));
        if (placement.in === 'header') request.headers.set(placement.name, key);
        else if (placement.in === 'cookie')
          request.headers.set('Cookie', withCookie(request.headers.get('cookie'), placement.name, key));
        else url = withQueryParameter(url, placement.name, key);
        onKey?.(key);
      }
      return url === request.url ? request : { ...request, url };
    },
    sendsBearer: (chosen) => chosen.some((scheme) => !Object.hasOwn(placements, scheme)),
    authenticator: (auth) => ({ ...auth, secrets: () => [...auth.secrets(), ...seen] }),
    secrets: () => [...seen],
  };
}

/** A key that can be sent where its scheme puts it; the message names the scheme, never the key. */
function checkKey(scheme: string, placement: KeyPlacement & { kind: 'apiKey' }, key: unknown): string {
  if (typeof key !== 'string' || key === '')
    throw new ConfigurationError(`credentials.${scheme}: the API key is missing or empty.`);
  const allowed = placement.in === 'cookie' ? COOKIE_VALUE : placement.in === 'header' ? HEADER_VALUE : /^/;
  if (!allowed.test(key))
    throw new ConfigurationError(
      `credentials.${scheme}: the API key has characters a ${placement.in} value cannot carry; it was not sent.`,
    );
  return key;
}

/**
 * A Cookie header with `name=value` as its only cookie of that name: a caller's cookie of the name is
 * replaced, and an attempt sent again (its headers are kept) does not carry the key twice.
 */
function withCookie(header: string | null, name: string, value: string): string {
  const kept = (header ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '' && pair.split('=')[0]!.trim() !== name);
  return [...kept, `${name}=${value}`].join('; ');
}

/** `url` with `name=value` as its only value of `name` in the query string (a caller's is replaced). */
function withQueryParameter(url: string, name: string, value: string): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const [path, query = ''] = base.split(/\?(.*)/s) as [string, string?];
  const encodedName = encodeURIComponent(name);
  const kept = query.split('&').filter((pair) => pair !== '' && queryName(pair) !== name);
  return `${path}?${[...kept, `${encodedName}=${encodeURIComponent(value)}`].join('&')}`;
}

function queryName(pair: string): string {
  const raw = pair.split('=')[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Base64 of a text's UTF-8 bytes (RFC 7617 §2.1's charset). */
function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
