import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess, type ProcessOutput } from '../../bench/lib/run-process.js';

/** The repository root. */
export const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A fixture folder under test/fixtures. */
export function fixture(...parts: string[]): string {
  return path.join(PROJECT_DIR, 'test', 'fixtures', ...parts);
}

/**
 * A fresh scratch folder under test/.output (ignored by git). It sits at the same depth as
 * test/fixtures/<name>, so fixture configs' relative paths to scripts/ keep working when copied.
 */
export async function scratchDir(name: string): Promise<string> {
  const dir = path.join(PROJECT_DIR, 'test', '.output', name);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return dir;
}

/** A finished process: its exit code (-1 when a signal ended it) and its output. */
export type ProcessResult = ProcessOutput;

/** Run a command to completion with the project's quiet tool settings, and collect its output. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: Readonly<Record<string, string>> } = {},
): Promise<ProcessResult> {
  return runProcess(command, args, {
    cwd: options.cwd ?? PROJECT_DIR,
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
      NO_COLOR: '1',
      ...options.env,
    },
  });
}

/** Run one of the TypeScript scripts in scripts/ the way `npm run` does (through tsx). */
export function runScript(script: string, args: readonly string[]): Promise<ProcessResult> {
  return run(process.execPath, ['--import', 'tsx/esm', path.join(PROJECT_DIR, 'scripts', script), ...args]);
}

/** Run the Redocly CLI from node_modules. */
export function runRedocly(args: readonly string[]): Promise<ProcessResult> {
  return run(process.execPath, [path.join(PROJECT_DIR, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js'), ...args]);
}
