import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Type tests (*.test-d.ts) are compiled by tsc with the project's strict settings; a type
    // assertion that does not hold fails the run.
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
    // The pipeline tests run the real generator and Redocly in child processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
