import type { RetryPolicy } from './retry-policy.js';

/*
 * Pure timing helpers for retries: how long the server asked us to wait, and the backoff when it
 * did not say. No clocks or randomness are read here; callers pass `now` and `random`.
 */

// delta-seconds (RFC 9110 §10.2.3), with decimals tolerated as some servers send them.
const DELTA_SECONDS_RE = /^\d+(?:\.\d+)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?<month>[A-Za-z]{3})';
const TIME = '(?<hour>\\d{2}):(?<minute>\\d{2}):(?<second>\\d{2})';
// The three HTTP-date formats (RFC 9110 §5.6.7). Day names are not checked against the date.
const HTTP_DATE_RES = [
  // IMF-fixdate, the one servers must send: "Sun, 06 Nov 1994 08:49:37 GMT"
  new RegExp(`^[A-Za-z]{3}, (?<day>\\d{2}) ${MONTH} (?<year>\\d{4}) ${TIME} GMT$`),
  // obsolete RFC 850: "Sunday, 06-Nov-94 08:49:37 GMT"
  new RegExp(`^[A-Za-z]{6,9}, (?<day>\\d{2})-${MONTH}-(?<shortYear>\\d{2}) ${TIME} GMT$`),
  // obsolete asctime, in GMT although it does not say so: "Sun Nov  6 08:49:37 1994"
  new RegExp(`^[A-Za-z]{3} ${MONTH} (?<day>[ \\d]\\d) ${TIME} (?<year>\\d{4})$`),
];

/**
 * The delay in milliseconds that a `Retry-After` header value asks for, measured from `now`
 * (epoch ms): delta-seconds (`"120"`, decimals such as `"1.5"` accepted) or an HTTP-date in any
 * of its three formats. A date in the past gives 0. A missing, empty, negative or unparseable
 * value gives `undefined`.
 *
 * Dates are parsed here rather than with `Date.parse`, whose handling of anything but ISO 8601 is
 * left to each engine (V8 reads the asctime format as local time, for one).
 */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (DELTA_SECONDS_RE.test(text)) return Math.round(Number(text) * 1000);
  const date = parseHttpDate(text, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/**
 * The delay the server asked for, from its response headers: the non-standard `retry-after-ms`
 * (milliseconds, sent by some API gateways and honoured by the Stainless SDKs) when valid, else
 * `Retry-After`. `undefined` when neither gives a usable value.
 */
export function getServerRetryDelay(headers: Headers, now: number): number | undefined {
  const milliseconds = headers.get('retry-after-ms')?.trim();
  if (milliseconds && DELTA_SECONDS_RE.test(milliseconds)) return Number(milliseconds);
  return parseRetryAfter(headers.get('retry-after'), now);
}

/**
 * The backoff before the next attempt, after attempt number `attempt` (1-based) failed:
 * `min(maxDelayMs, initialDelayMs * multiplier^(attempt - 1)) * (1 - jitter * random())`.
 * `random` returns a number in [0, 1), as `Math.random` does.
 */
export function backoffDelay(
  attempt: number,
  policy: Pick<RetryPolicy, 'initialDelayMs' | 'multiplier' | 'maxDelayMs' | 'jitter'>,
  random: () => number,
): number {
  const exponential = policy.initialDelayMs * policy.multiplier ** (attempt - 1);
  return Math.min(policy.maxDelayMs, exponential) * (1 - policy.jitter * random());
}

/** Epoch milliseconds of an HTTP-date, or `undefined` when `text` is not one. */
function parseHttpDate(text: string, now: number): number | undefined {
  for (const pattern of HTTP_DATE_RES) {
    const groups = pattern.exec(text)?.groups;
    if (!groups) continue;
    const month = MONTHS.indexOf(groups['month']?.toLowerCase() ?? '');
    const day = Number(groups['day']);
    const year = groups['year'] === undefined ? fullYear(Number(groups['shortYear']), now) : Number(groups['year']);
    const [hour, minute, second] = [Number(groups['hour']), Number(groups['minute']), Number(groups['second'])];
    if (month < 0 || hour > 23 || minute > 59 || second > 60) return undefined;
    // A leap second (:60) is read as the next second, which Date.UTC does by itself.
    const time = Date.UTC(year, month, day, hour, minute, second);
    // Date.UTC rolls 31 Feb over into March; such a date is garbage.
    if (new Date(time).getUTCDate() !== day && second !== 60) return undefined;
    return time;
  }
  return undefined;
}

/**
 * The year of a two-digit RFC 850 year: a year more than 50 years in the future is read as the
 * most recent past year with the same last two digits (RFC 9110 §5.6.7).
 */
function fullYear(twoDigits: number, now: number): number {
  const currentYear = new Date(now).getUTCFullYear();
  const year = currentYear - (currentYear % 100) + twoDigits;
  return year > currentYear + 50 ? year - 100 : year;
}
