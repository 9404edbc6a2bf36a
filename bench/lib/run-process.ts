import { spawn } from 'node:child_process';

export interface ProcessOutput {
  /** Exit code; -1 when the process was ended by a signal. */
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run a command to completion with stdin closed, collecting its output. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd?: string | undefined; env?: NodeJS.ProcessEnv | undefined } = {},
): Promise<ProcessOutput> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
