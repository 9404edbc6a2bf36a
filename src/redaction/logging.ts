import { isPrintable, printable } from './printable.js';
import { mapStrings } from './map-strings.js';
import { holdsSecret, REDACTED, scrubText, type SecretSet } from './secret-scrubber.js';

/**
 * The logging hook: `logger` in the client options receives one event per request, response,
 * retry and failure, and per OAuth token request (which concurrent calls share, so it names no
 * operation; its form body, which holds the client secret, is never logged). Header values that could carry a credential are replaced by `[redacted]`
 * before an event is built, so a logger cannot leak them.
 */
export type LogEvent =
  | {
      readonly type: 'request';
      readonly operationId: string;
      readonly attempt: number;
      readonly method: string;
      readonly url: string;
      readonly headers: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'response';
      readonly operationId: string;
      readonly attempt: number;
      readonly method: string;
      readonly url: string;
      readonly status: number;
      readonly durationMs: number;
      readonly requestId: string | undefined;
    }
  | {
      readonly type: 'retry';
      readonly operationId: string;
      readonly attempt: number;
      readonly delayMs: number;
      readonly reason: string;
    }
  | {
      readonly type: 'error';
      readonly operationId: string;
      readonly method: string;
      readonly url: string;
      readonly errorName: string;
      readonly message: string;
    }
  | {
      readonly type: 'token-request';
      readonly method: 'POST';
      readonly url: string;
    }
  | {
      readonly type: 'token-response';
      readonly url: string;
      readonly status: number;
      readonly durationMs: number;
    }
  | {
      readonly type: 'token-error';
      readonly url: string;
      /** The token endpoint's status, when it answered. */
      readonly status: number | undefined;
      readonly durationMs: number;
      readonly errorName: string;
      readonly message: string;
    };

export type Logger = (event: LogEvent) => void;

// Headers whose value is a credential, whatever it looks like.
const SECRET_HEADER_RE = /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api-key)$/i;

/**
 * A loggable copy of request headers: credential headers, and any value holding a known secret in
 * any encoding, redacted; control characters escaped.
 */
export function redactHeaders(headers: Headers, secrets: SecretSet): Record<string, string> {
  const copy: Record<string, string> = {};
  headers.forEach((value, name) => {
    copy[secrets.foldedIn(name) ? REDACTED : printable(name)] =
      SECRET_HEADER_RE.test(name) || holdsSecret(value, secrets) ? REDACTED : printable(value);
  });
  return copy;
}

/**
 * Call the logger without letting a failing logger fail the request. Every string of the event is
 * scrubbed of `secrets` and has its control characters escaped on the way, whoever supplied it.
 */
export function emit(logger: Logger | undefined, event: LogEvent, secrets: SecretSet): void {
  if (logger === undefined) return;
  const safe = mapStrings(event, (text) => printable(scrubText(text, secrets)));
  try {
    logger(safe as LogEvent);
  } catch {
    // A logger is an observer: its own failure must not change what the call does.
  }
}

/**
 * `headers`, or a copy in which every value that holds a secret is `[redacted]` (and every name that
 * does is dropped) and every other value has its control characters escaped: for response headers
 * kept on an error, where a server may echo a credential back or send a tab or a C1 control.
 */
export function scrubHeaders(headers: Headers, secrets: SecretSet): Headers {
  let found = false;
  headers.forEach(
    (value, name) => (found ||= !isPrintable(value) || holdsSecret(value, secrets) || secrets.foldedIn(name)),
  );
  if (!found) return headers;
  const copy = new Headers();
  headers.forEach((value, name) => {
    if (!secrets.foldedIn(name)) copy.append(name, holdsSecret(value, secrets) ? REDACTED : printable(value));
  });
  return copy;
}
