import type { Rule } from '../rule.js';
import { stringFormat } from './string-format.js';

/**
 * The formats of addresses: `ipv4`, `ipv6`, `uri`, `uri-reference` and `email`, each by its RFC's
 * grammar (RFC 2673 §3.2 and RFC 4291 §2.2, RFC 3986, RFC 5321 §4.1.2), as the JSON Schema Test
 * Suite's optional format files read them. What RFC 3986 and 5321 build from smaller rules is
 * written here the same way, one expression per rule.
 */

// Dotted decimal, no leading zeros (`01` could be read as octal), nothing around it.
const IPV4 = '(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
export const IPV4_RE = /* @__PURE__ */ new RegExp(`^${IPV4}$`);
const HEX_GROUP_RE = /^[0-9a-f]{1,4}$/i;

/** Eight hex groups, one `::` for a run of zero groups, an IPv4 address for the last two. */
function isIpv6(value: string): boolean {
  const halves = value.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  let count = groups.length;
  if (groups.at(-1)?.includes('.')) {
    if (!IPV4_RE.test(groups.pop()!)) return false;
    count += 1; // the IPv4 tail stands for two groups
  }
  if (!groups.every((group) => HEX_GROUP_RE.test(group))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}

// RFC 3986 §2 and §3.
const PCT = '%[0-9a-f]{2}';
const UNRESERVED_SUB_DELIMS = "a-z0-9\\-._~!$&'()*+,;=";
const PCHAR = `(?:[${UNRESERVED_SUB_DELIMS}:@]|${PCT})`;
const SCHEME = '[a-z][a-z0-9+.-]*';
// userinfo@ host :port; an IP literal's address is captured, and judged by `isIpLiteral`.
const AUTHORITY = `(?:(?:[${UNRESERVED_SUB_DELIMS}:]|${PCT})*@)?(?:\\[([${UNRESERVED_SUB_DELIMS}:]*)\\]|(?:[${UNRESERVED_SUB_DELIMS}]|${PCT})*)(?::\\d*)?`;
const QUERY_FRAGMENT = `(?:\\?(?:${PCHAR}|[/?])*)?(?:#(?:${PCHAR}|[/?])*)?`;
// hier-part (or relative-part): `//` and an authority, then a path of segments; else a path that
// does not begin with `//` (it would be an authority).
const PARTS = `(?://${AUTHORITY}(?:/${PCHAR}*)*|(?!//)(?:${PCHAR}|/)*)${QUERY_FRAGMENT}`;
export const URI_RE = /* @__PURE__ */ new RegExp(`^${SCHEME}:${PARTS}$`, 'i');
const RELATIVE_REF_RE = /* @__PURE__ */ new RegExp(`^${PARTS}$`, 'i');
// §4.2: without a scheme, a first segment with `:` would be read as one.
const LOOKS_LIKE_SCHEME_RE = /^[^/?#]*:/;
const IP_FUTURE_RE = /* @__PURE__ */ new RegExp(`^v[0-9a-f]+\\.[${UNRESERVED_SUB_DELIMS}:]+$`, 'i');

/** An IP literal's inside (undefined: the host is no IP literal): an IPv6 address, or `v<hex>.<text>` (IPvFuture). */
function isIpLiteral(address: string | undefined): boolean {
  return address === undefined || isIpv6(address) || IP_FUTURE_RE.test(address);
}

function isUri(value: string): boolean {
  const match = URI_RE.exec(value);
  return match !== null && isIpLiteral(match[1]);
}

function isUriReference(value: string): boolean {
  if (isUri(value)) return true;
  const match = RELATIVE_REF_RE.exec(value);
  return match !== null && isIpLiteral(match[1]) && !LOOKS_LIKE_SCHEME_RE.test(value);
}

// RFC 5321 §4.1.2: a dot-string or a quoted string (printable ASCII; `"` and `\` escaped), `@`, then
// a domain of letter-digit-hyphen labels or an address literal in brackets (captured, printable ASCII
// but `[\\]`).
const ATOM = "[a-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[a-z0-9](?:[a-z0-9-]*[a-z0-9])?';
export const EMAIL_RE = /* @__PURE__ */ new RegExp(
  `^(?:${ATOM}(?:\\.${ATOM})*|"(?:[ !#-[\\]-~]|\\\\[ -~])*")@(?:${LABEL}(?:\\.${LABEL})*|\\[([!-Z^-~]*)\\])$`,
  'i',
);

function isEmail(value: string): boolean {
  const match = EMAIL_RE.exec(value);
  // §4.5.3.1: a local part of at most 64 octets, a path (the address in `<>`) of at most 256.
  if (match === null || value.length > 254 || value.lastIndexOf('@') > 64) return false;
  const literal = match[1];
  if (literal === undefined) return true;
  return IPV4_RE.test(literal) || (/^ipv6:/i.test(literal) && isIpv6(literal.slice(5)));
}

/** `format: ipv4`: e.g. `192.168.0.1`. */
export function ipv4Format(): Rule {
  return stringFormat((value) => IPV4_RE.test(value), 'an IPv4 address such as 192.168.0.1');
}

/** `format: ipv6`: e.g. `2001:db8::1`. */
export function ipv6Format(): Rule {
  return stringFormat(isIpv6, 'an IPv6 address such as 2001:db8::1');
}

/** `format: uri`: an absolute URI, with its scheme, e.g. `https://example.com/invoices/42`. */
export function uriFormat(): Rule {
  return stringFormat(isUri, 'an absolute URI such as https://example.com/invoices/42');
}

/** `format: uri-reference`: a URI or a relative reference, e.g. `/invoices/42?page=2`. */
export function uriReferenceFormat(): Rule {
  return stringFormat(isUriReference, 'a URI or relative reference such as /invoices/42');
}

/** `format: email`: a mailbox as SMTP writes it, e.g. `billing@example.com`. */
export function emailFormat(): Rule {
  return stringFormat(isEmail, 'an email address such as billing@example.com');
}
