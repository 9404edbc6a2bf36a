import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The Redocly CLI's entry script, from its own package.json (not a PATH lookup). */
function redoclyCliPath(): string {
  const packageJson = require.resolve('@redocly/cli/package.json');
  const { bin } = require(packageJson) as { bin: string | Record<string, string> };
  const entry = typeof bin === 'string' ? bin : bin['redocly'];
  if (entry === undefined) throw new Error('@redocly/cli does not declare a `redocly` bin.');
  return path.join(path.dirname(packageJson), entry);
}

export interface LintResult {
  readonly ok: boolean;
  /** Redocly's report, without its Node-version banner. */
  readonly report: string;
}

/** Lint every API in a redocly.yaml with the Redocly CLI, exactly as `npm run lint:spec` does. */
export async function lintSpecs(configFile: string): Promise<LintResult> {
  const child = spawn(process.execPath, [redoclyCliPath(), 'lint', '--config', configFile, '--format', 'stylish'], {
    cwd: path.dirname(configFile),
    env: {
      ...process.env,
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return { ok: code === 0, report: withoutBanner(output) };
}

/** Drop the boxed deprecation notice Redocly prints on Node 20: it is not about the specs. */
function withoutBanner(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/[╔╗╚╝║]/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
