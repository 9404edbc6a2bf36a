import { TokenRequestError, describeRefusal } from '../errors/errors.js';
import { truncate } from '../redaction/printable.js';
import { scrubText, scrubValue } from '../redaction/secret-scrubber.js';
import { collectErrorCodes, isBadPortRefusal } from '../transport/send-with-retries.js';
import { isBearerToken } from './bearer-auth.js';
import type { Settings } from './token-source-settings.js';

// One OAuth 2.0 client-credentials token request (RFC 6749 §4.4): the form-encoded POST, and its
// answer read into a token or a TokenRequestError that never carries the client secret.

/** How much of an error body goes into `TokenRequestError.body` when it is not JSON. */
const SNIPPET_LENGTH = 200;

/** What a successful token response gives us. */
export interface TokenResponse {
  readonly token: string;
  readonly expiresIn: unknown;
  readonly status: number;
}

export async function requestToken(settings: Settings): Promise<TokenResponse> {
  const { tokenUrl, credentials } = settings;
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
  });
  for (const [formField, value] of settings.extraForm) form.set(formField, value);
  if (credentials.scope !== undefined) form.set('scope', credentials.scope);

  const timeout = AbortSignal.timeout(settings.requestTimeoutMs);
  const describe = `Token request to ${tokenUrl}`;
  let response: Response;
  try {
    const request = new Request(tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: form,
      signal: timeout,
      // A redirect would resend the client secret to wherever the Location header points.
      redirect: 'error',
    });
    response = await settings.fetch(request);
  } catch (error) {
    if (timeout.aborted) {
      throw new TokenRequestError(`${describe} timed out after ${settings.requestTimeoutMs} ms`, { cause: error });
    }
    // A URL fetch refuses outright (a bad port) is said so: nothing was sent, and asking again cannot help.
    const reason = isBadPortRefusal(error) ? describeRefusal(tokenUrl) : errorCode(error);
    throw new TokenRequestError(`${describe} failed: no response${reason === undefined ? '' : ` (${reason})`}`, {
      cause: error,
    });
  }

  const { status } = response;
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    const reason = timeout.aborted ? `timed out after ${settings.requestTimeoutMs} ms` : 'the body could not be read';
    throw new TokenRequestError(`${describe} answered ${status} but ${reason}`, { status, cause: error });
  }

  if (status < 200 || status > 299) {
    // The body goes into an error: the client secret out of it, in any encoding (the error escapes
    // its control characters).
    const parsed = parseJson(text);
    const body =
      parsed === undefined ? snippet(scrubText(text, settings.secrets)) : scrubValue(parsed.value, settings.secrets);
    throw new TokenRequestError(`${describe} failed with status ${status}${describeErrorBody(body)}`, {
      status,
      body,
    });
  }

  const parsed = parseJson(text);
  if (
    parsed === undefined ||
    typeof parsed.value !== 'object' ||
    parsed.value === null ||
    Array.isArray(parsed.value)
  ) {
    // No body on the error: a non-JSON answer may still hold the token (`access_token=…` form encoding).
    const contentType = response.headers.get('content-type');
    throw new TokenRequestError(
      `${describe} answered ${status} with a body that is not a JSON object` +
        ` (content type ${contentType === null ? 'none' : truncate(contentType, 100)})`,
      { status },
    );
  }
  // The body of a successful answer holds the access token: it never goes into an error.
  const fields = parsed.value as Record<string, unknown>;
  const token = fields['access_token'];
  if (typeof token !== 'string' || token === '') {
    throw new TokenRequestError(`${describe} answered ${status} without a string access_token`, { status });
  }
  if (!isBearerToken(token)) {
    throw new TokenRequestError(
      `${describe} answered ${status} with an access_token that contains characters a bearer token cannot have`,
      { status },
    );
  }
  const tokenType = fields['token_type'];
  // RFC 6749 §5.1: token_type is case-insensitive. Asset documents the default `Bearer`.
  if (
    tokenType !== undefined &&
    tokenType !== null &&
    !(typeof tokenType === 'string' && /^bearer$/i.test(tokenType))
  ) {
    const shown = typeof tokenType === 'string' ? `"${truncate(tokenType, 40)}"` : `of type ${typeof tokenType}`;
    throw new TokenRequestError(`${describe} answered ${status} with token_type ${shown}; only Bearer is supported`, {
      status,
    });
  }
  return { token, expiresIn: fields['expires_in'], status };
}

/** A JSON value, or undefined when the text is not JSON (wrapped, so that a JSON `null` is told apart). */
function parseJson(text: string): { readonly value: unknown } | undefined {
  if (text.trim() === '') return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

function snippet(text: string): string {
  return truncate(text, SNIPPET_LENGTH);
}

/** A short summary of an error body for the message: OAuth `error`/`error_description`, or `detail`/`message`. */
function describeErrorBody(body: unknown): string {
  if (typeof body === 'string') {
    const text = body.replace(/\s+/g, ' ').trim();
    return text === '' ? '' : `: ${truncate(text, SNIPPET_LENGTH)}`;
  }
  if (typeof body !== 'object' || body === null) return '';
  const fields = body as Record<string, unknown>;
  const parts = [fields['error'], fields['error_description'], fields['detail'], fields['message']].filter(
    (part): part is string => typeof part === 'string' && part.trim() !== '',
  );
  return parts.length === 0 ? '' : `: ${truncate(parts.join(': ').replace(/\s+/g, ' '), SNIPPET_LENGTH)}`;
}

/** The platform's error code (`ECONNREFUSED`…) of a failed fetch, from the same walk the retry engine makes. */
function errorCode(error: unknown): string | undefined {
  return collectErrorCodes(error).find((code) => /^[A-Z0-9_]{2,40}$/.test(code));
}
