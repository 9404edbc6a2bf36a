import type { Rule } from '../rule.js';
import { stringFormat } from './string-format.js';

/**
 * The formats that are neither dates (date-formats.ts) nor addresses (address-formats.ts,
 * hostname.ts): `uuid`, and OpenAPI's own `byte` and `int32`. Each format is a rule of its own, so
 * that an app pays only for the formats of the operations it calls.
 */

// RFC 9562's textual form: 8-4-4-4-12 hex digits, any version and variant. Not its URN form
// (`urn:uuid:…`), which ajv-formats also accepts and the JSON Schema Test Suite refuses.
export const UUID_RE = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** `format: uuid`: e.g. `123e4567-e89b-12d3-a456-426614174000`. */
export function uuidFormat(): Rule {
  return stringFormat((value) => UUID_RE.test(value), 'a UUID such as 123e4567-e89b-12d3-a456-426614174000');
}

// RFC 4648 §4 base64 with its padding, as OpenAPI's `byte` means.
const BYTE_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** `format: byte`: base64-encoded bytes, e.g. `aGVsbG8=`. */
export function byteFormat(): Rule {
  return stringFormat((value) => BYTE_RE.test(value), 'base64-encoded bytes such as aGVsbG8=');
}

/** `format: int32`: a whole number from -2^31 to 2^31 - 1; other types pass. */
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
