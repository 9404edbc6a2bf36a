import type { ValidationIssue } from '../errors/errors.js';
import { escapePointer } from '../validation/json-pointer.js';

/*
 * Headers a caller controls (per-call `headers`, header parameters, the client's `headers` and
 * `headerDefaults`) are checked before anything is sent, so that no value can add a header, split
 * the request or change how it is framed, and so that a bad value gets a clear error instead of
 * the platform's TypeError (which quotes the value) or a failure on the wire that looks like a
 * network error. Values are never quoted in the issues: a header may carry a secret.
 */

// RFC 9110 field-name: a token.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// RFC 9110 field-value: visible characters, spaces and tabs, and obs-text (0x80–0xFF); nothing
// that ends a line (CR, LF), NUL or another control character, nothing outside Latin-1.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

// Headers that decide how the message is framed or routed: the platform sets them. A caller's
// value would desynchronize the connection (Content-Length, Transfer-Encoding), be ignored (Host)
// or break the request.
const FRAMING_HEADERS = new Set([
  'connection',
  'content-length',
  'expect',
  'host',
  'keep-alive',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** Problems with `headers`, each at `<basePath>/<name>`; empty when every header may be sent. */
export function headerIssues(headers: object | null | undefined, basePath: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (headers === undefined || headers === null) return issues;
  for (const [name, value] of Object.entries(headers)) {
    const path = `${basePath}/${escapePointer(name)}`;
    if (!HEADER_NAME.test(name)) {
      issues.push({
        path,
        rule: 'header-name',
        message: "is not a valid header name (letters, digits and !#$%&'*+-.^_`|~ only)",
      });
    } else if (FRAMING_HEADERS.has(name.toLowerCase())) {
      issues.push({ path, rule: 'header-name', message: 'is set by the HTTP client and cannot be given' });
    } else if (typeof value !== 'string') {
      // undefined is skipped and null removes a header (openapi-fetch's rules); nothing else is sent as is.
      if (value !== undefined && value !== null) issues.push({ path, rule: 'type', message: 'must be a string' });
    } else if (!HEADER_VALUE.test(value)) {
      issues.push({
        path,
        rule: 'header-value',
        message: 'must not contain line breaks, NUL or other control characters, or characters beyond U+00FF',
      });
    }
  }
  return issues;
}
