// `npm run check:generated`: regenerate into a temporary folder and fail, naming every stale,
// missing or extra file, if generated/ differs from what the specs produce.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBanner } from './codegen/banner.js';
import { lintSpecs } from './codegen/lint.js';

const { values } = parseArgs({
  options: {
    config: { type: 'string', default: 'redocly.yaml' },
    out: { type: 'string', default: 'generated' },
    runtime: { type: 'string', default: 'src' },
  },
});

const configFile = path.resolve(values.config);
// Start Redocly first: it runs in its own process while this one loads the compilers.
const lint = lintSpecs(configFile);
const { listFiles, writeOutput } = await import('./codegen/emit.js');
const { GenerationError, generate } = await import('./codegen/pipeline.js');

const committedDir = path.resolve(values.out);
const scratch = await mkdtemp(path.join(os.tmpdir(), 'invoicing-sdk-check-'));
try {
  const files = await generate({ configFile, lint, outDir: committedDir, runtimeDir: path.resolve(values.runtime) });
  await writeOutput(scratch, files);
  const expected = await listFiles(scratch);
  const actual = await listFiles(committedDir);
  const problems: string[] = [];
  for (const file of expected) {
    if (!actual.includes(file)) {
      problems.push(`missing: ${values.out}/${file}`);
      continue;
    }
    const committed = await readFile(path.join(committedDir, file), 'utf8');
    if ((await readFile(path.join(scratch, file), 'utf8')) === committed) continue;
    // Its text no longer matches its own banner: someone edited it; otherwise the specs moved on.
    const banner = readBanner(committed);
    if (banner !== undefined && banner.declared !== banner.actual) {
      problems.push(`edited by hand: ${values.out}/${file} (its text no longer matches the hash in its banner)`);
    } else {
      problems.push(`stale:   ${values.out}/${file}`);
    }
  }
  for (const file of actual) if (!expected.includes(file)) problems.push(`extra:   ${values.out}/${file}`);
  if (problems.length > 0) {
    console.error(
      `check:generated: ${values.out}/ does not match the specs. Run \`npm run generate\` and commit the result.`,
    );
    for (const problem of problems) console.error(`  ${problem}`);
    process.exitCode = 1;
  } else {
    console.log(`check:generated: ${values.out}/ is up to date (${expected.length} files).`);
  }
} catch (error) {
  if (!(error instanceof GenerationError)) throw error;
  console.error(`check:generated: ${error.message}`);
  process.exitCode = 1;
} finally {
  await rm(scratch, { recursive: true, force: true });
}
