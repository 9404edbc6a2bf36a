/**
 * The string formats the specs use. The generator refuses any other `format`, and the tests check
 * these against Ajv's (ajv-formats) on the same inputs.
 */

// RFC 3339 date-time: full-date "T" full-time, with a mandatory offset.
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
// The pragmatic address form Ajv's "email" format accepts: dot-atom local part, dotted host labels.
const EMAIL_RE =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
// An absolute URI: a scheme, then no spaces or control characters.
const URI_RE = /^[a-z][a-z0-9+.-]*:[^\s\u0000-\u001f\u007f]*$/i;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDateTime(value: string): boolean {
  const match = DATE_TIME_RE.exec(value);
  if (match === null) return false;
  const [year, month, day, hour, minute, second, , offsetHour, offsetMinute] = match.slice(1).map(Number) as number[];
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  return (
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month! - 1]!) &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 60 && // a leap second
    (match[8] === undefined || (offsetHour! <= 23 && offsetMinute! <= 59))
  );
}

/** Whether `value` is a valid instance of `format`. */
export function matchesFormat(format: 'date-time' | 'email' | 'uri', value: string): boolean {
  switch (format) {
    case 'date-time':
      return isDateTime(value);
    case 'email':
      return EMAIL_RE.test(value);
    case 'uri':
      return URI_RE.test(value);
  }
}

/** What a format means, for error messages. */
export const FORMAT_DESCRIPTIONS = {
  'date-time': 'an RFC 3339 date-time such as 2025-03-01T00:00:00Z',
  email: 'an email address',
  uri: 'an absolute URI',
} as const;
