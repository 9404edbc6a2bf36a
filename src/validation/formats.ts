/** The string formats the validator checks. */
export type Format = 'date-time' | 'date' | 'email' | 'uri' | 'uuid';

/**
 * The string formats the specs use. The generator refuses any other `format`, and the tests check
 * these against Ajv's (ajv-formats) on the same inputs.
 */

// RFC 3339 date-time: full-date "T" full-time, with a mandatory offset.
const DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
// RFC 3339 full-date.
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// RFC 9562's textual form: 8-4-4-4-12 hex digits, any version and variant. Not its URN form
// (`urn:uuid:…`), which ajv-formats also accepts and the JSON Schema Test Suite refuses.
const UUID_RE = /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
// The pragmatic address form Ajv's "email" format accepts: dot-atom local part, dotted host labels.
const EMAIL_RE =
  /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
// An absolute URI: a scheme, then no spaces or control characters.
const URI_RE = /^[a-z][a-z0-9+.-]*:[^\s\u0000-\u001f\u007f]*$/i;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day is a day of the calendar. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!);
}

function isDate(value: string): boolean {
  const match = DATE_RE.exec(value);
  return match !== null && isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isDateTime(value: string): boolean {
  const match = DATE_TIME_RE.exec(value);
  if (match === null) return false;
  const [year, month, day, hour, minute, second, , offsetHour = 0, offsetMinute = 0] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  return (
    isCalendarDay(year!, month!, day!) &&
    hour! <= 23 &&
    minute! <= 59 &&
    offsetHour <= 23 &&
    offsetMinute <= 59 &&
    (second! <= 59 || (second === 60 && isLastMinuteOfUtcDay(hour!, minute!, match[7], offsetHour, offsetMinute)))
  );
}

/** RFC 3339 allows second 60 only for a leap second, which is inserted at 23:59 UTC. */
function isLastMinuteOfUtcDay(
  hour: number,
  minute: number,
  sign: string | undefined,
  offsetHour: number,
  offsetMinute: number,
): boolean {
  const direction = sign === '-' ? -1 : 1;
  const utcMinutes = (((hour * 60 + minute - direction * (offsetHour * 60 + offsetMinute)) % 1440) + 1440) % 1440;
  return utcMinutes === 23 * 60 + 59;
}

/** Whether `value` is a valid instance of `format`. */
export function matchesFormat(format: Format, value: string): boolean {
  switch (format) {
    case 'date-time':
      return isDateTime(value);
    case 'date':
      return isDate(value);
    case 'uuid':
      return UUID_RE.test(value);
    case 'email':
      return EMAIL_RE.test(value);
    case 'uri':
      return URI_RE.test(value);
  }
}

/**
 * The expression each format's check starts from (date-time then checks the calendar, so it
 * accepts fewer strings than its expression). The release report reads them to judge a `format`
 * replaced by a `pattern`.
 */
export const FORMAT_EXPRESSIONS: Readonly<Record<Format, RegExp>> = {
  'date-time': DATE_TIME_RE,
  date: DATE_RE,
  uuid: UUID_RE,
  email: EMAIL_RE,
  uri: URI_RE,
};

/** What a format means, for error messages. */
export const FORMAT_DESCRIPTIONS = {
  'date-time': 'an RFC 3339 date-time such as 2025-03-01T00:00:00Z',
  date: 'an RFC 3339 date such as 2025-03-01',
  uuid: 'a UUID such as 123e4567-e89b-12d3-a456-426614174000',
  email: 'an email address',
  uri: 'an absolute URI',
} as const;
