import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/*
 * The reliability suite on its own, as `npm run test:reliability` runs it (through
 * scripts/reliability/run.ts, which sets RELIABILITY_SCALE=full and where the records go).
 */
export default defineConfig({
  // The repository root, so that paths and the report are the same from wherever this is run.
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
  test: {
    include: ['test/reliability/**/*.test.ts'],
    // One file at a time: the settle times, waits and heap figures are measurements, and a
    // property-based file hogging the other core would stretch them.
    fileParallelism: false,
    pool: 'forks',
    // A real global.gc, so that heap figures are taken after a full collection.
    execArgv: ['--expose-gc'],
    // At full scale a file drives thousands of calls, some of which wait out their timeouts.
    testTimeout: 15 * 60_000,
    hookTimeout: 60_000,
  },
});
