// `npm run bench`: runs every benchmark of bench/lib/benches.ts one after another, each in its own
// child process (so every server and process it starts is gone when it ends), then
// bench/write-report.ts, which composes BENCHMARKS.md from the sections they wrote.
// Usage: node --import tsx/esm bench/run.ts [--quick] [--only id,id] [--skip id,id] [--allow-stale-dist]
//   --quick             smoke run (tiny N, figures meaningless); the report goes next to the
//                       sections (BENCH_RESULTS_DIR), never to the repository's BENCHMARKS.md
//   --only / --skip     run only / all but these benchmarks (ids from bench/lib/benches.ts)
//   --allow-stale-dist  measure dist/ even if src/ or generated/ changed since it was built
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { BENCH_SCRIPTS } from './lib/benches.js';
import { staleDistFiles } from './lib/dist-freshness.js';
import { BENCH_DIR, PROJECT_DIR, QUICK, RESULTS_DIR } from './lib/section.js';

function listOption(name: string): string[] | undefined {
  const index = process.argv.indexOf(name);
  if (index === -1) return undefined;
  const value = process.argv[index + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a comma-separated list of ids`);
  return value.split(',').map((id) => id.trim());
}

const only = listOption('--only');
const skip = listOption('--skip') ?? [];
const known = new Set(BENCH_SCRIPTS.map(({ id }) => id));
for (const id of [...(only ?? []), ...skip]) {
  if (!known.has(id)) throw new Error(`unknown benchmark "${id}"; known: ${[...known].join(', ')}`);
}
const selected = BENCH_SCRIPTS.filter(
  ({ id, script, optional }) =>
    (only === undefined || only.includes(id)) &&
    !skip.includes(id) &&
    (!optional || existsSync(path.join(BENCH_DIR, script))),
);

if (!existsSync(path.join(PROJECT_DIR, 'dist', 'src', 'index.js'))) {
  throw new Error('dist/ is not built: run `npm run compile` (the benchmarks measure the built package)');
}
const stale = staleDistFiles();
if (stale.length > 0 && !QUICK && !process.argv.includes('--allow-stale-dist')) {
  throw new Error(
    `dist/ is older than ${stale.length} source file(s) (${stale.slice(0, 5).join(', ')}${stale.length > 5 ? ', …' : ''}): ` +
      'run `npm run compile` first, or pass --allow-stale-dist',
  );
}

/** Runs a bench script to completion with inherited output; resolves with its exit code. */
function runScript(script: string, args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx/esm', path.join(BENCH_DIR, script), ...args], {
      cwd: PROJECT_DIR,
      env: { ...process.env, BENCH_RESULTS_DIR: RESULTS_DIR },
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

const modeArgs = QUICK ? ['--quick'] : [];
const failed: string[] = [];
for (const { id, script } of selected) {
  const sectionFile = path.join(RESULTS_DIR, `${id}.json`);
  // A failed benchmark must not leave an older section behind to be reported as if measured now.
  rmSync(sectionFile, { force: true });
  const started = Date.now();
  console.error(`\n== ${id} (bench/${script}${QUICK ? ' --quick' : ''})`);
  const code = await runScript(script, modeArgs);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (code !== 0) {
    failed.push(`${id} (exit ${code})`);
    console.error(`== ${id} failed after ${seconds} s`);
  } else if (!existsSync(sectionFile) || statSync(sectionFile).mtimeMs < started) {
    failed.push(`${id} (no section written)`);
    console.error(`== ${id} wrote no ${path.relative(PROJECT_DIR, sectionFile)}`);
  } else {
    console.error(`== ${id} done in ${seconds} s`);
  }
}

const reportCode = await runScript('write-report.ts', modeArgs);
if (reportCode !== 0) failed.push(`write-report (exit ${reportCode})`);
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
