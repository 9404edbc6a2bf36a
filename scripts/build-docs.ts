// `npm run docs`: build the API reference into docs/ (ignored by git), offline.
//   docs/http/<api>.html  one self-contained Redoc page per API listed in redocly.yaml
//                         (`redocly build-docs --inlineBundle`: the Redoc scripts are embedded, not
//                         loaded from Redocly's CDN)
//   docs/ts/              the TypeScript API of the package root (TypeDoc, typedoc.config.mjs;
//                         any TypeDoc warning fails the build)
// The Redocly builds and TypeDoc run in parallel; the first failure fails the script.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(root, 'node_modules', '.bin', name);

function run(label: string, command: string, args: readonly string[]): Promise<void> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const elapsed = Math.round(performance.now() - started);
      if (code === 0) {
        console.log(`docs: ${label} (${elapsed} ms)`);
        resolve();
      } else {
        reject(new Error(`docs: ${label} failed with exit code ${code}:\n${output}`));
      }
    });
  });
}

const config = parse(await readFile(path.join(root, 'redocly.yaml'), 'utf8')) as { apis?: Record<string, unknown> };
const apis = Object.keys(config.apis ?? {});
if (apis.length === 0) throw new Error('docs: redocly.yaml lists no apis');

await rm(path.join(root, 'docs', 'http'), { recursive: true, force: true });
await rm(path.join(root, 'docs', 'ts'), { recursive: true, force: true });
await mkdir(path.join(root, 'docs', 'http'), { recursive: true });

try {
  await Promise.all([
    ...apis.map((api) =>
      run(`docs/http/${api}.html`, bin('redocly'), [
        'build-docs',
        api,
        '--inlineBundle',
        '--output',
        path.join('docs', 'http', `${api}.html`),
      ]),
    ),
    run('docs/ts/', bin('typedoc'), ['--options', 'typedoc.config.mjs']),
  ]);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
