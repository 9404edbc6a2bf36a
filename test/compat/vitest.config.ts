import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The runtime compatibility suite (`npm run test:compat`): the packed tarball, installed into fresh
// projects, run by several Node versions, Bun, Deno and Chromium. Its files end in .compat.ts so the
// main config's `test/**/*.test.ts` never picks them up. Runtimes run one after another.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/compat/**/*.compat.ts'],
    fileParallelism: false,
    // The first `npx -y node@…`/`bun@…`/`deno@…` downloads the runtime.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
