// `npm run generate`: lint the specs listed in redocly.yaml and (re)write generated/ from them.
//   --config <file>   the redocly.yaml to read (default: ./redocly.yaml)
//   --out <dir>       where to write (default: ./generated)
//   --runtime <dir>   the hand-written runtime the output imports (default: ./src)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { lintSpecs } from './codegen/lint.js';

const { values } = parseArgs({
  options: {
    config: { type: 'string', default: 'redocly.yaml' },
    out: { type: 'string', default: 'generated' },
    runtime: { type: 'string', default: 'src' },
  },
});

const started = performance.now();
const configFile = path.resolve(values.config);
// Start Redocly first: it runs in its own process while this one loads the compilers.
const lint = lintSpecs(configFile);
const { writeOutput } = await import('./codegen/emit.js');
const { GenerationError, generate } = await import('./codegen/pipeline.js');

try {
  const outDir = path.resolve(values.out);
  const files = await generate({
    configFile,
    lint,
    outDir,
    runtimeDir: path.resolve(values.runtime),
    log: (message) => console.log(`generate: ${message}`),
  });
  const { written, removed } = await writeOutput(outDir, files);
  const elapsed = Math.round(performance.now() - started);
  console.log(
    `generate: ${path.relative(process.cwd(), outDir) || '.'} is up to date (${written} written, ${removed} removed, ${elapsed} ms)`,
  );
} catch (error) {
  if (error instanceof GenerationError) {
    console.error(`generate: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
