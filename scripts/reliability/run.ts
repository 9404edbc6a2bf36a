import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/*
 * `npm run test:reliability`: the reliability suite at full scale, then RELIABILITY.md written
 * from what it recorded. Exits non-zero when a test failed or any record counts a failure.
 *
 * The scale is read when the test helpers load, so it is set before anything imports them (the
 * report writer included, hence the dynamic import below).
 */
process.env['RELIABILITY_SCALE'] = 'full';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const resultsDir = path.join(root, 'test', '.output', 'reliability');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
process.env['RELIABILITY_RESULTS_DIR'] = resultsDir;

const started = performance.now();
const exitCode = await new Promise<number | null>((resolve, reject) => {
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'test/reliability/vitest.config.ts'],
    { cwd: root, env: process.env, stdio: 'inherit' },
  );
  child.on('error', reject);
  child.on('close', resolve);
});
const durationMs = performance.now() - started;

const { writeReliabilityReport } = await import('./write-report.js');
const outputFile = path.join(root, 'RELIABILITY.md');
const { records, failures } = writeReliabilityReport({
  resultsDir,
  outputFile,
  testRun: { passed: exitCode === 0, exitCode, durationMs },
});
console.log(
  `\nRELIABILITY.md: ${records.length} scenarios, ${failures} failures (vitest exit code ${String(exitCode)})`,
);
if (exitCode !== 0 || failures > 0 || records.length === 0) process.exitCode = 1;
