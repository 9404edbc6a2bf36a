import type { Rule } from '../rule.js';

/**
 * The formats beyond the core five (formats.ts), each a rule of its own so that an app pays only
 * for the formats of the operations it calls. Each follows its RFC's grammar, as the official JSON
 * Schema Test Suite's optional format files test it; a string format lets every other type pass.
 */

/** A rule for a string format: `test` on strings, anything else passes. */
function stringFormat(test: (value: string) => boolean, words: string): Rule {
  const matches = (value: unknown): boolean => typeof value !== 'string' || test(value);
  return {
    matches,
    check: (value, path, issues) => {
      if (!matches(value)) issues.push({ path, rule: 'format', message: `must be ${words}` });
    },
  };
}

// RFC 3339 partial-time with its time-offset (mandatory, as in `full-time`).
const TIME_RE = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;

function isTime(value: string): boolean {
  const match = TIME_RE.exec(value);
  if (match === null) return false;
  const [hour, minute, second, offsetHour, offsetMinute] = [1, 2, 3, 5, 6].map((group) => Number(match[group] ?? 0));
  if (hour! > 23 || minute! > 59 || offsetHour! > 23 || offsetMinute! > 59) return false;
  if (second! <= 59) return true;
  // Second 60 is a leap second, inserted only at 23:59 UTC.
  const direction = match[4] === '-' ? -1 : 1;
  const utc = (((hour! * 60 + minute! - direction * (offsetHour! * 60 + offsetMinute!)) % 1440) + 1440) % 1440;
  return second === 60 && utc === 23 * 60 + 59;
}

/** `format: time`: an RFC 3339 time with its offset, e.g. `08:30:06Z`. */
export function timeFormat(): Rule {
  return stringFormat(isTime, 'an RFC 3339 time such as 08:30:06Z');
}

// RFC 3339 appendix A: date elements in order without gaps (Y, YM, YMD, MD, M, D), then a time part
// in order without gaps, or weeks alone.
const DURATION_RE =
  /^P(?:(?:\d+Y(?:\d+M(?:\d+D)?)?|\d+M(?:\d+D)?|\d+D)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)|\d+W)$/;

/** `format: duration`: an RFC 3339 (ISO 8601) duration, e.g. `P1DT12H`. */
export function durationFormat(): Rule {
  return stringFormat((value) => DURATION_RE.test(value), 'an RFC 3339 duration such as P1DT12H');
}

// Dotted decimal, no leading zeros (`01` could be read as octal), nothing around it.
const IPV4_RE = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** `format: ipv4`: an address in dotted decimal, e.g. `192.168.0.1`. */
export function ipv4Format(): Rule {
  return stringFormat((value) => IPV4_RE.test(value), 'an IPv4 address such as 192.168.0.1');
}

const HEX_GROUP_RE = /^[0-9a-fA-F]{1,4}$/;

/** RFC 4291 §2.2: eight hex groups, one `::` for a run of zero groups, an IPv4 tail for the last two. */
function isIpv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((half) => (half === '' ? [] : half.split(':')));
  const all = groups.flat();
  let count = all.length;
  const last = all.at(-1);
  if (last !== undefined && last.includes('.')) {
    if (!IPV4_RE.test(last)) return false;
    all.pop();
    count += 1; // the IPv4 tail stands for two groups
  }
  if (!all.every((group) => HEX_GROUP_RE.test(group))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

/** `format: ipv6`: an address in RFC 4291's text form, e.g. `2001:db8::1`. */
export function ipv6Format(): Rule {
  return stringFormat(isIpv6, 'an IPv6 address such as 2001:db8::1');
}

// RFC 3986 §4.1: a URI or a relative reference. Only the characters it allows, `%` only as a
// percent-encoded octet, `[`/`]` only around an IP literal host, one `#`, and a scheme (if any) first.
const URI_REFERENCE_RE =
  /^(?:[a-z][a-z0-9+.-]*:)?(?:\/\/(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*(?:\[[0-9a-f:.]+\])?(?::\d*)?)?(?:[a-z0-9\-._~!$&'()*+,;=:@/]|%[0-9a-f]{2})*(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;

/** Without a scheme, a first path segment with `:` would be read as a scheme (RFC 3986 §4.2). */
function isUriReference(value: string): boolean {
  if (!URI_REFERENCE_RE.test(value)) return false;
  const scheme = /^[a-z][a-z0-9+.-]*:/i.test(value);
  return scheme || !/^[^/?#]*:/.test(value);
}

/** `format: uri-reference`: a URI or a relative reference, e.g. `/invoices/42?page=2`. */
export function uriReferenceFormat(): Rule {
  return stringFormat(isUriReference, 'a URI or relative reference such as /invoices/42');
}

// RFC 4648 §4 base64 with its padding, as OpenAPI's `byte` means.
const BYTE_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** `format: byte`: base64-encoded bytes (OpenAPI's format), e.g. `aGVsbG8=`. */
export function byteFormat(): Rule {
  return stringFormat((value) => BYTE_RE.test(value), 'base64-encoded bytes such as aGVsbG8=');
}

/** `format: int32`: a whole number from -2^31 to 2^31 - 1 (OpenAPI's format); other types pass. */
export function int32Format(): Rule {
  const matches = (value: unknown): boolean =>
    typeof value !== 'number' || (Number.isInteger(value) && value >= -2147483648 && value <= 2147483647);
  return {
    matches,
    check: (value, path, issues) => {
      if (!matches(value))
        issues.push({ path, rule: 'format', message: 'must be a 32-bit integer (from -2147483648 to 2147483647)' });
    },
  };
}
