// `npm run generate -- --watch` (`npm run dev`): a real watcher process on a scratch copy of the
// pipeline fixture, changed the way an editor would change it.
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { PROJECT_DIR, fixture, scratchDir } from './helpers/project.js';

/** Poll `condition` every 100 ms until it holds; fail, saying what was awaited, after `timeoutMs`. */
async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

/** Stop the watcher and wait for it to exit (SIGKILL if SIGTERM is not enough within 5 s). */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Replace a file the way many editors save: write a temporary file, then rename it over. */
async function saveAtomically(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

it('regenerates on every save of a spec, and keeps running after a failed run', async () => {
  // Same depth as test/fixtures/pipeline: its redocly.yaml extends ../../../scripts/lint/ruleset.yaml.
  const dir = await scratchDir('watch');
  await cp(fixture('pipeline'), dir, { recursive: true });
  const spec = path.join(dir, 'specs', 'cogs.yaml');
  const generatedFile = path.join(dir, 'generated', 'cogs', 'operations', 'get-cog.ts');
  const original = await readFile(spec, 'utf8');
  expect(original).toContain('description: Reads a cog.');

  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx/esm',
      path.join(PROJECT_DIR, 'scripts', 'generate.ts'),
      '--watch',
      '--config',
      path.join(dir, 'redocly.yaml'),
      '--out',
      path.join(dir, 'generated'),
    ],
    {
      cwd: PROJECT_DIR,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const runs = (): number =>
    stdout.split('\n').filter((line) => /^generate: .*(files? written|already up to date)/.test(line)).length;
  const generated = (): Promise<string> => readFile(generatedFile, 'utf8').catch(() => '');
  const alive = (): void => {
    if (child.exitCode !== null) throw new Error(`the watcher exited (${child.exitCode}):\n${stdout}\n${stderr}`);
  };

  try {
    await until('the first run', () => (alive(), runs() >= 1));
    expect(await generated()).toContain('Reads a cog.');

    // A plain save.
    await writeFile(spec, original.replace('description: Reads a cog.', 'description: Reads one cog.'));
    await until(
      'the regeneration after the first save',
      async () => (alive(), (await generated()).includes('Reads one cog.')),
    );

    // A spec that cannot be read: the run fails, says why, and the watcher keeps going.
    await saveAtomically(spec, `${original}\npaths: [\n`);
    await until('the failed run to be reported', () => (alive(), stderr.includes('generate: Spec lint failed')));
    expect(await generated()).toContain('Reads one cog.');

    // Fixed again, saved by rename: the watcher still sees it.
    await saveAtomically(spec, original.replace('description: Reads a cog.', 'description: Reads a cog, again.'));
    await until(
      'the regeneration after the fix',
      async () => (alive(), (await generated()).includes('Reads a cog, again.')),
    );
    // The file is written before the run's line is printed: wait for the line too.
    await until('the line of the third good run', () => runs() >= 3);
    expect(stdout).toContain('generate: watching 4 files');
  } finally {
    await stop(child);
  }
}, 60_000);
