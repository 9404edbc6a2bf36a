import type { Rule } from '../rule.js';
import { stringFormat } from './string-format.js';

/**
 * The RFC 3339 formats: `date-time`, `date`, `time`, `duration`. Each checks the calendar and the
 * clock as well as the text: no 31 April, no 29 February outside a leap year, no minute 60, and
 * second 60 only for a leap second (inserted at 23:59 UTC).
 */

// full-date "T" full-time, with a mandatory offset.
export const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
export const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// partial-time with its time-offset (mandatory, as in `full-time`).
export const TIME_RE = /^(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
// Appendix A: date elements in order without gaps (Y, YM, YMD, MD, M, D), then a time part in
// order without gaps, or weeks alone.
export const DURATION_RE =
  /^P(?:(?:\d+Y(?:\d+M(?:\d+D)?)?|\d+M(?:\d+D)?|\d+D)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)|\d+W)$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year-month-day is a day of the calendar. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1]!);
}

/** The numbers of a match's groups from `first` on (an absent group reads 0). */
const numbers = (match: RegExpExecArray, first: number): number[] =>
  match.slice(first).map((group) => Number(group ?? 0));

/** A clock time's groups (hour, minute, second, sign, offset hour, offset minute) judged as RFC 3339 does. */
function isClockTime(match: RegExpExecArray, first: number): boolean {
  const [hour, minute, second, , offsetHour, offsetMinute] = numbers(match, first) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (hour > 23 || minute > 59 || offsetHour > 23 || offsetMinute > 59) return false;
  if (second <= 59) return true;
  const direction = match[first + 3] === '-' ? -1 : 1;
  const utc = (((hour * 60 + minute - direction * (offsetHour * 60 + offsetMinute)) % 1440) + 1440) % 1440;
  return second === 60 && utc === 23 * 60 + 59;
}

function isDate(value: string): boolean {
  const match = DATE_RE.exec(value);
  return match !== null && isCalendarDay(...(numbers(match, 1) as [number, number, number]));
}

function isDateTime(value: string): boolean {
  const match = DATE_TIME_RE.exec(value);
  return match !== null && isCalendarDay(...(numbers(match, 1) as [number, number, number])) && isClockTime(match, 4);
}

function isTime(value: string): boolean {
  const match = TIME_RE.exec(value);
  return match !== null && isClockTime(match, 1);
}

/** `format: date-time`: e.g. `2025-03-01T00:00:00Z`, with its offset. */
export function dateTimeFormat(): Rule {
  return stringFormat(isDateTime, 'an RFC 3339 date-time such as 2025-03-01T00:00:00Z');
}

/** `format: date`: e.g. `2025-03-01`. */
export function dateFormat(): Rule {
  return stringFormat(isDate, 'an RFC 3339 date such as 2025-03-01');
}

/** `format: time`: e.g. `08:30:06Z`, with its offset. */
export function timeFormat(): Rule {
  return stringFormat(isTime, 'an RFC 3339 time such as 08:30:06Z');
}

/** `format: duration`: an ISO 8601 duration as RFC 3339 writes it, e.g. `P1DT12H`. */
export function durationFormat(): Rule {
  return stringFormat((value) => DURATION_RE.test(value), 'an RFC 3339 duration such as P1DT12H');
}
