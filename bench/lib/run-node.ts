import { spawn } from 'node:child_process';

/**
 * Run a Node script to completion and return its stdout. A non-zero exit rejects with the
 * script's stderr, so a benchmark never reports figures from a client that failed.
 */
export function runNodeScript(
  execPath: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(execPath, args, {
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
      if (code === 0) resolve(stdout);
      else reject(new Error(`${execPath} ${args.join(' ')} exited with ${String(code)}\n${stderr}`));
    });
  });
}
