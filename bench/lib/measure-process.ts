import { runProcess } from './run-process.js';

/*
 * Wall time and peak memory of a whole process, measured by GNU time (`/usr/bin/time -v`), so the
 * figure includes everything the command starts (child processes are included in GNU time's
 * "Maximum resident set size" only for the largest single process; see the note where used).
 */

export interface ProcessMeasurement {
  readonly wallMs: number;
  /** Peak resident set size in MB, from GNU time. */
  readonly maxRssMb: number;
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessMeasurement> {
  const started = process.hrtime.bigint();
  const { code, stdout, stderr } = await runProcess('/usr/bin/time', ['-v', command, ...args], options);
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  return { wallMs, maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN, exitCode: code, stdout, stderr };
}
