import { describe, expect, it } from 'vitest';
import { sleep } from '../src/transport/abortable-sleep.js';
import { ConfigurationError } from '../src/errors/errors.js';
import { DEFAULT_RETRY_POLICY, resolveRetryPolicy, type RetryPolicy } from '../src/transport/retry-policy.js';
import { backoffDelay, getServerRetryDelay, parseRetryAfter } from '../src/transport/retry-timing.js';

const NOW_1994 = Date.UTC(1994, 10, 6, 8, 49, 0); // Sun, 06 Nov 1994 08:49:00 GMT
const NOW_2026 = Date.UTC(2026, 0, 1, 0, 0, 0);

describe('parseRetryAfter', () => {
  it.each<[string, string | null, number, number | undefined]>([
    // delta-seconds
    ['zero seconds', '0', NOW_1994, 0],
    ['one second', '1', NOW_1994, 1000],
    ['two minutes', '120', NOW_1994, 120_000],
    ['decimal seconds', '1.5', NOW_1994, 1500],
    ['surrounding spaces', ' 3 ', NOW_1994, 3000],
    ['leading zeros', '007', NOW_1994, 7000],
    // HTTP-date, 37 s after `now`, in each of the three formats
    ['IMF-fixdate', 'Sun, 06 Nov 1994 08:49:37 GMT', NOW_1994, 37_000],
    ['RFC 850 date', 'Sunday, 06-Nov-94 08:49:37 GMT', NOW_1994, 37_000],
    ['asctime date (read as GMT)', 'Sun Nov  6 08:49:37 1994', NOW_1994, 37_000],
    ['asctime date with a two-digit day', 'Sun Nov 16 08:49:37 1994', NOW_1994, 10 * 86_400_000 + 37_000],
    ['a date in the past', 'Sun, 06 Nov 1994 08:48:00 GMT', NOW_1994, 0],
    ['a date long past', 'Wed, 21 Oct 2015 07:28:00 GMT', NOW_2026, 0],
    ['a leap second', 'Sun, 06 Nov 1994 08:49:60 GMT', NOW_1994, 60_000],
    // RFC 850 two-digit years: more than 50 years ahead means the previous century
    ['RFC 850 year 30 in 2026', 'Tuesday, 01-Jan-30 00:00:00 GMT', NOW_2026, Date.UTC(2030, 0, 1) - NOW_2026],
    ['RFC 850 year 99 in 2026', 'Friday, 01-Jan-99 00:00:00 GMT', NOW_2026, 0],
    // garbage
    ['null', null, NOW_1994, undefined],
    ['empty', '', NOW_1994, undefined],
    ['blank', '   ', NOW_1994, undefined],
    ['negative', '-1', NOW_1994, undefined],
    ['negative decimal', '-0.5', NOW_1994, undefined],
    ['exponent', '1e3', NOW_1994, undefined],
    ['hexadecimal', '0x10', NOW_1994, undefined],
    ['a unit', '10s', NOW_1994, undefined],
    ['a word', 'soon', NOW_1994, undefined],
    ['an ISO date', '1994-11-06T08:49:37Z', NOW_1994, undefined],
    ['an unknown month', 'Sun, 06 Foo 1994 08:49:37 GMT', NOW_1994, undefined],
    ['31 February', 'Thu, 31 Feb 1994 08:49:37 GMT', NOW_1994, undefined],
    ['hour 25', 'Sun, 06 Nov 1994 25:49:37 GMT', NOW_1994, undefined],
    ['a zone other than GMT', 'Sun, 06 Nov 1994 08:49:37 PST', NOW_1994, undefined],
  ])('%s: %j', (_title, value, now, want) => {
    expect(parseRetryAfter(value, now)).toBe(want);
  });
});

describe('getServerRetryDelay', () => {
  it.each<[string, Record<string, string>, number | undefined]>([
    ['retry-after-ms wins over Retry-After', { 'retry-after-ms': '250', 'retry-after': '5' }, 250],
    ['fractional retry-after-ms', { 'retry-after-ms': '12.5' }, 12.5],
    ['an invalid retry-after-ms falls back to Retry-After', { 'retry-after-ms': 'soon', 'retry-after': '2' }, 2000],
    ['Retry-After alone', { 'retry-after': '1' }, 1000],
    ['neither header', {}, undefined],
  ])('%s', (_title, headers, want) => {
    expect(getServerRetryDelay(new Headers(headers), NOW_1994)).toBe(want);
  });
});

describe('backoffDelay', () => {
  const zero = (): number => 0;
  const one = (): number => 1;
  const half = (): number => 0.5;
  const custom: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    initialDelayMs: 100,
    multiplier: 3,
    maxDelayMs: 1000,
    jitter: 0.5,
  };

  it.each<[string, number, RetryPolicy, () => number, number]>([
    ['attempt 1, no jitter', 1, DEFAULT_RETRY_POLICY, zero, 500],
    ['attempt 2, no jitter', 2, DEFAULT_RETRY_POLICY, zero, 1000],
    ['attempt 3, no jitter', 3, DEFAULT_RETRY_POLICY, zero, 2000],
    ['attempt 4, no jitter', 4, DEFAULT_RETRY_POLICY, zero, 4000],
    ['attempt 5 reaches the cap', 5, DEFAULT_RETRY_POLICY, zero, 8000],
    ['attempt 9 stays at the cap', 9, DEFAULT_RETRY_POLICY, zero, 8000],
    ['attempt 1, full jitter', 1, DEFAULT_RETRY_POLICY, one, 375],
    ['attempt 5, full jitter off the cap', 5, DEFAULT_RETRY_POLICY, one, 6000],
    ['attempt 2, half jitter', 2, DEFAULT_RETRY_POLICY, half, 875],
    ['multiplier 3, attempt 3', 3, custom, zero, 900],
    ['multiplier 3, attempt 4 capped', 4, custom, zero, 1000],
    ['jitter 0.5, full', 2, custom, one, 150],
    ['no jitter configured', 1, { ...DEFAULT_RETRY_POLICY, jitter: 0 }, one, 500],
  ])('%s', (_title, attempt, policy, random, want) => {
    expect(backoffDelay(attempt, policy, random)).toBe(want);
  });
});

describe('resolveRetryPolicy', () => {
  it('returns the defaults', () => {
    expect(resolveRetryPolicy()).toBe(DEFAULT_RETRY_POLICY);
    expect(DEFAULT_RETRY_POLICY).toEqual({
      maxAttempts: 3,
      retryStatuses: [408, 429, 500, 502, 503, 504],
      notProcessedStatuses: [429],
      initialDelayMs: 500,
      multiplier: 2,
      maxDelayMs: 8000,
      jitter: 0.25,
      maxRetryAfterMs: 60_000,
      attemptTimeoutMs: 30_000,
      totalTimeoutMs: 60_000,
    });
  });

  it('merges overrides over the defaults; undefined keeps a default', () => {
    const policy = resolveRetryPolicy({
      maxAttempts: 5,
      retryStatuses: [503],
      jitter: undefined, // from plain JS, or code compiled without exactOptionalPropertyTypes
    } as unknown as Partial<RetryPolicy>);
    expect(policy).toEqual({ ...DEFAULT_RETRY_POLICY, maxAttempts: 5, retryStatuses: [503] });
  });

  it('returns a frozen policy that does not share the caller’s arrays', () => {
    const statuses = [503];
    const policy = resolveRetryPolicy({ retryStatuses: statuses });
    statuses.push(500);
    expect(policy.retryStatuses).toEqual([503]);
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.retryStatuses)).toBe(true);
    expect(Object.isFrozen(DEFAULT_RETRY_POLICY)).toBe(true);
  });

  it.each<[Record<string, unknown>, string]>([
    [{ maxAttempts: 0 }, 'retry.maxAttempts must be an integer from 1 to 10.'],
    [{ maxAttempts: 11 }, 'retry.maxAttempts must be an integer from 1 to 10.'],
    [{ maxAttempts: 2.5 }, 'retry.maxAttempts must be an integer from 1 to 10.'],
    [{ maxAttempts: '3' }, 'retry.maxAttempts must be an integer from 1 to 10.'],
    [{ retryStatuses: 503 }, 'retry.retryStatuses must be an array of integer statuses from 400 to 599.'],
    [{ retryStatuses: [200] }, 'retry.retryStatuses must be an array of integer statuses from 400 to 599.'],
    [
      { notProcessedStatuses: [429.5] },
      'retry.notProcessedStatuses must be an array of integer statuses from 400 to 599.',
    ],
    [{ initialDelayMs: -1 }, 'retry.initialDelayMs must be a number from 0 to 2147483647.'],
    [{ initialDelayMs: Number.NaN }, 'retry.initialDelayMs must be a number from 0 to 2147483647.'],
    [{ multiplier: 0.5 }, 'retry.multiplier must be a number from 1 to 100.'],
    [{ maxDelayMs: Number.POSITIVE_INFINITY }, 'retry.maxDelayMs must be a number from 0 to 2147483647.'],
    [{ jitter: 1.5 }, 'retry.jitter must be a number from 0 to 1.'],
    [{ jitter: -0.1 }, 'retry.jitter must be a number from 0 to 1.'],
    [{ maxRetryAfterMs: -5 }, 'retry.maxRetryAfterMs must be a number from 0 to 2147483647.'],
    [{ attemptTimeoutMs: 0 }, 'retry.attemptTimeoutMs must be a number from 1 to 2147483647.'],
    [{ totalTimeoutMs: 2 ** 31 }, 'retry.totalTimeoutMs must be a number from 1 to 2147483647.'],
    [{ maxRetries: 2 }, 'retry.maxRetries is not a retry policy setting; use one of: maxAttempts, retryStatuses, '],
  ])('refuses %j', (overrides, message) => {
    const attempt = (): RetryPolicy => resolveRetryPolicy(overrides as Partial<RetryPolicy>);
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(message);
  });

  it('refuses a policy that is not an object', () => {
    expect(() => resolveRetryPolicy(3 as unknown as Partial<RetryPolicy>)).toThrow(
      'retry must be an object of retry policy settings.',
    );
  });
});

describe('sleep', () => {
  it('resolves after the delay', async () => {
    const startedAt = performance.now();
    await sleep(30);
    expect(performance.now() - startedAt).toBeGreaterThanOrEqual(25);
  });

  it("rejects with the signal's reason when it aborts, promptly", async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort('stop'), 20);
    const startedAt = performance.now();
    await expect(sleep(5000, controller.signal)).rejects.toBe('stop');
    expect(performance.now() - startedAt).toBeLessThan(500);
  });

  it('rejects at once when the signal has already aborted', async () => {
    const reason = new Error('gone');
    await expect(sleep(5000, AbortSignal.abort(reason))).rejects.toBe(reason);
  });
});
