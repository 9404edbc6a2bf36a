import { spawn } from 'node:child_process';

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

export function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ProcessMeasurement> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-v', command, ...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      resolve({
        wallMs,
        maxRssMb: rss ? Number(rss[1]) / 1024 : Number.NaN,
        exitCode: code ?? -1,
        stdout,
        stderr,
      });
    });
  });
}
