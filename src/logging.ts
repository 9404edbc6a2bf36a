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

/** Whether `value` contains any of the (non-empty) secrets. */
function containsSecret(value: string, secrets: Iterable<string>): boolean {
  for (const secret of secrets) if (secret !== '' && value.includes(secret)) return true;
  return false;
}

/** A loggable copy of request headers: credential headers, and any value containing a known secret, redacted. */
export function redactHeaders(headers: Headers, secrets: Iterable<string>): Record<string, string> {
  const copy: Record<string, string> = {};
  headers.forEach((value, name) => {
    copy[name] = SECRET_HEADER_RE.test(name) || containsSecret(value, secrets) ? '[redacted]' : value;
  });
  return copy;
}

/** Call the logger without letting a failing logger fail the request. */
export function emit(logger: Logger | undefined, event: LogEvent): void {
  if (logger === undefined) return;
  try {
    logger(event);
  } catch {
    // A logger is an observer: its own failure must not change what the call does.
  }
}

/**
 * `value` with every occurrence of a secret replaced by `[redacted]`, in strings at any depth
 * (copies; the input is not changed). For server answers that echo a credential back.
 */
export function scrubSecrets<Value>(value: Value, secrets: ReadonlySet<string>): Value {
  if (secrets.size === 0) return value;
  const scrub = (node: unknown, depth: number): unknown => {
    if (typeof node === 'string') {
      let text = node;
      for (const secret of secrets)
        if (secret !== '' && text.includes(secret)) text = text.split(secret).join('[redacted]');
      return text;
    }
    if (depth > 20 || typeof node !== 'object' || node === null) return node;
    if (Array.isArray(node)) return node.map((item) => scrub(item, depth + 1));
    return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, scrub(item, depth + 1)]));
  };
  return scrub(value, 0) as Value;
}

/**
 * `headers`, or a copy in which every value that contains a secret is `[redacted]`: for response
 * headers kept on an error, where a server may echo a credential back.
 */
export function scrubHeaders(headers: Headers, secrets: ReadonlySet<string>): Headers {
  let found = false;
  headers.forEach((value) => (found ||= containsSecret(value, secrets)));
  if (!found) return headers;
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, containsSecret(value, secrets) ? '[redacted]' : value));
  return copy;
}
