import { ConfigurationError } from '../errors/errors.js';

/**
 * When and how a call is sent again. Plain data: every field has a default, and
 * {@link resolveRetryPolicy} checks a caller's overrides before anything is sent.
 * The defaults follow the Stainless SDKs (openai-node, anthropic-sdk-typescript): three attempts,
 * 0.5 s doubling to at most 8 s with 25 % jitter, `Retry-After` honoured up to 60 s.
 */
export interface RetryPolicy {
  /**
   * Attempts in all, the first included.
   * @default 3: one try and two retries, the Stainless default; enough to ride out a blip or a
   * deploy, few enough not to pile load onto a server that is struggling.
   */
  readonly maxAttempts: number;
  /**
   * Statuses that earn another attempt (for a non-repeatable request, only those also in
   * {@link notProcessedStatuses}).
   * @default [408, 429, 500, 502, 503, 504]: a request timeout, rate limiting and the transient
   * server and gateway failures. 409 is left out (Stainless retries it as a lock timeout) because
   * for an invoice update it reports a real conflict that a repeat will not fix; 501 and 505 are
   * permanent.
   */
  readonly retryStatuses: readonly number[];
  /**
   * Statuses that prove the server did not process the request, so even a non-repeatable write
   * may be retried.
   * @default [429]: a rate limiter refuses a request before it reaches the application. A 503 or
   * 502 may come after the write was applied, so they are not on the list.
   */
  readonly notProcessedStatuses: readonly number[];
  /**
   * Backoff before the 2nd attempt; multiplied by {@link multiplier} for each further attempt.
   * @default 500: the Stainless default; long enough for a dropped connection to be re-established.
   */
  readonly initialDelayMs: number;
  /**
   * Factor between one backoff delay and the next.
   * @default 2: the usual exponential backoff, so a struggling server sees fewer and fewer retries.
   */
  readonly multiplier: number;
  /**
   * Cap of one backoff delay (not of a server's `Retry-After`, see {@link maxRetryAfterMs}).
   * @default 8000: the Stainless cap; beyond it a wait costs the caller more than it spares the server.
   */
  readonly maxDelayMs: number;
  /**
   * Share of each computed backoff delay that is random: `delay * (1 - jitter * random())`. Not
   * applied to a delay the server asked for.
   * @default 0.25: as Stainless; spreads out clients that failed together so they do not retry in step.
   */
  readonly jitter: number;
  /**
   * Longest `Retry-After` honoured; a longer one ends the call with the response instead of waiting.
   * @default 60000: as Stainless; a server asking for more than a minute is better reported to the
   * caller, who can decide to come back later.
   */
  readonly maxRetryAfterMs: number;
  /**
   * Time allowed for one attempt, until the response headers and the whole body are in.
   * @default 30000: these calls update one record and answer small JSON bodies in well under a
   * second; 30 s tolerates a slow server yet frees a hung connection long before the platform's
   * own limits (undici waits 5 minutes for headers).
   */
  readonly attemptTimeoutMs: number;
  /**
   * Time allowed for the whole call, attempts and waits included.
   * @default 60000: two full attempt timeouts; a caller waiting longer than a minute for an
   * invoice update is better served by an error.
   */
  readonly totalTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = freezePolicy({
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

/** The longest delay `setTimeout` can wait; a longer one fires at once. */
const MAX_TIMER_MS = 2_147_483_647;

/** How each field is checked: a predicate and the rule it enforces, for the error message. */
const FIELD_RULES: { readonly [Field in keyof RetryPolicy]: { check(value: unknown): boolean; rule: string } } = {
  maxAttempts: { check: (value) => isIntegerIn(value, 1, 10), rule: 'an integer from 1 to 10' },
  retryStatuses: { check: isStatusList, rule: 'an array of integer statuses from 400 to 599' },
  notProcessedStatuses: { check: isStatusList, rule: 'an array of integer statuses from 400 to 599' },
  initialDelayMs: { check: (value) => isNumberIn(value, 0, MAX_TIMER_MS), rule: `a number from 0 to ${MAX_TIMER_MS}` },
  multiplier: { check: (value) => isNumberIn(value, 1, 100), rule: 'a number from 1 to 100' },
  maxDelayMs: { check: (value) => isNumberIn(value, 0, MAX_TIMER_MS), rule: `a number from 0 to ${MAX_TIMER_MS}` },
  jitter: { check: (value) => isNumberIn(value, 0, 1), rule: 'a number from 0 to 1' },
  maxRetryAfterMs: { check: (value) => isNumberIn(value, 0, MAX_TIMER_MS), rule: `a number from 0 to ${MAX_TIMER_MS}` },
  attemptTimeoutMs: {
    check: (value) => isNumberIn(value, 1, MAX_TIMER_MS),
    rule: `a number from 1 to ${MAX_TIMER_MS}`,
  },
  totalTimeoutMs: { check: (value) => isNumberIn(value, 1, MAX_TIMER_MS), rule: `a number from 1 to ${MAX_TIMER_MS}` },
};

/**
 * Merge a partial policy over {@link DEFAULT_RETRY_POLICY}, checking every field. A field set to
 * `undefined` keeps its default. Throws a {@link ConfigurationError} naming the field and the rule,
 * e.g. "retry.maxAttempts must be an integer from 1 to 10", or naming a field that does not exist.
 */
export function resolveRetryPolicy(overrides?: Partial<RetryPolicy>): RetryPolicy {
  if (overrides === undefined) return DEFAULT_RETRY_POLICY;
  if (typeof overrides !== 'object' || overrides === null || Array.isArray(overrides)) {
    throw new ConfigurationError('retry must be an object of retry policy settings.');
  }
  const merged: Record<string, unknown> = { ...DEFAULT_RETRY_POLICY };
  for (const [field, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(FIELD_RULES, field)) {
      // A misspelt setting would otherwise be ignored without a word.
      const known = Object.keys(FIELD_RULES).join(', ');
      throw new ConfigurationError(`retry.${field} is not a retry policy setting; use one of: ${known}.`);
    }
    if (value === undefined) continue;
    const { check, rule } = FIELD_RULES[field as keyof RetryPolicy];
    if (!check(value)) throw new ConfigurationError(`retry.${field} must be ${rule}.`);
    merged[field] = value;
  }
  return freezePolicy(merged as unknown as RetryPolicy);
}

function isNumberIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && value >= min && value <= max; // NaN fails both comparisons
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return Number.isInteger(value) && isNumberIn(value, min, max);
}

function isStatusList(value: unknown): boolean {
  return Array.isArray(value) && value.every((status) => isIntegerIn(status, 400, 599));
}

/** A frozen copy, so a policy shared by many calls cannot be changed under them. */
function freezePolicy(policy: RetryPolicy): RetryPolicy {
  return Object.freeze({
    ...policy,
    retryStatuses: Object.freeze([...policy.retryStatuses]),
    notProcessedStatuses: Object.freeze([...policy.notProcessedStatuses]),
  });
}
