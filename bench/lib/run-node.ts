import { runProcess } from './run-process.js';

/**
 * Run a Node script to completion and return its stdout. A non-zero exit rejects with the
 * script's stderr, so a benchmark never reports figures from a client that failed.
 */
export async function runNodeScript(
  execPath: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<string> {
  const { code, stdout, stderr } = await runProcess(execPath, args, options);
  if (code !== 0) throw new Error(`${execPath} ${args.join(' ')} exited with ${String(code)}\n${stderr}`);
  return stdout;
}
