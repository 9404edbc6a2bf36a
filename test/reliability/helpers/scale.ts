/*
 * How hard the reliability suite pushes. `npm test` runs it small so it stays quick and cannot rot;
 * `npm run test:reliability` sets RELIABILITY_SCALE=full for the figures RELIABILITY.md reports.
 */
export const FULL = process.env.RELIABILITY_SCALE === 'full';

export const SCALE = {
  /** fast-check inputs per operation. */
  propertyRuns: FULL ? 10_000 : 300,
  /** Times each fault scenario is driven. */
  faultRepetitions: FULL ? 20 : 3,
  /** Concurrent calls through one client while its token expires. */
  concurrentCalls: FULL ? 1_000 : 1_000,
  /** Sequential calls over which heap growth is measured. */
  sequentialCalls: FULL ? 10_000 : 2_000,
} as const;
