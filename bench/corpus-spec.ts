// One corpus spec through the generator, in a process of its own so that its peak memory is its own
// (bench/corpus.ts runs one per spec): generate as a spec we did not write, count what is not
// checked, then type-check the client under the project's strict settings. Prints one JSON line.
// Usage: node --import tsx/esm bench/corpus-spec.ts <name> <spec file> <scratch dir>
import { performance } from 'node:perf_hooks';
import { generateCorpusSpec, typeScriptRoots } from '../test/helpers/corpus.js';
import { typeScriptDiagnostics } from '../test/helpers/typescript.js';

const [name, file, scratch] = process.argv.slice(2);
if (name === undefined || file === undefined || scratch === undefined)
  throw new Error('usage: corpus-spec.ts <name> <spec file> <scratch dir>');

const started = performance.now();
const generated = await generateCorpusSpec({ name, file, shape: '' }, scratch);
const generateMs = performance.now() - started;
// resourceUsage().maxRSS is in kilobytes: the peak of this process so far, so of generation alone.
const generateMaxRssMb = process.resourceUsage().maxRSS / 1024;
const typeCheckStarted = performance.now();
const diagnostics = typeScriptDiagnostics(typeScriptRoots(generated));
console.log(
  JSON.stringify({
    operations: generated.operations,
    requestChecksSkipped: generated.requestChecksSkipped,
    responseChecksSkipped: generated.responseChecksSkipped,
    partsNotChecked: generated.partsNotChecked,
    generateMs,
    generateMaxRssMb,
    diagnostics: diagnostics.length,
    firstDiagnostic: diagnostics[0],
    typeCheckMs: performance.now() - typeCheckStarted,
    typeCheckMaxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
