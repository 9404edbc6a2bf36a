// `npm run generate`: lint the specs listed in redocly.yaml and (re)write generated/ from them.
//   --config <file>   the redocly.yaml to read (default: ./redocly.yaml)
//   --out <dir>       where to write (default: ./generated)
//   --runtime <dir>   the hand-written runtime the output imports (default: ./src)
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeOutput } from './codegen/emit.js';
import { GenerationError, generate } from './codegen/pipeline.js';

const { values } = parseArgs({
  options: {
    config: { type: 'string', default: 'redocly.yaml' },
    out: { type: 'string', default: 'generated' },
    runtime: { type: 'string', default: 'src' },
  },
});

try {
  const outDir = path.resolve(values.out);
  const started = performance.now();
  const files = await generate({
    configFile: path.resolve(values.config),
    outDir,
    runtimeDir: path.resolve(values.runtime),
    log: (message) => console.log(`generate: ${message}`),
  });
  const { written, removed } = await writeOutput(outDir, files);
  const elapsed = Math.round(performance.now() - started);
  console.log(`generate: ${path.relative(process.cwd(), outDir) || '.'} is up to date (${written} written, ${removed} removed, ${elapsed} ms)`);
} catch (error) {
  if (error instanceof GenerationError) {
    console.error(`generate: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
