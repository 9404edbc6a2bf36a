// `npm run release:report`: what changed in the specs since the last release, each change
// classified for clients of this SDK, ending with the minimum version bump.
//
//   (no arguments)                  the specs in redocly.yaml against releases/latest/
//   --root, --config, --releases    see paths.ts
//   --before <file> --after <file>  two versions of one spec file instead (e.g. one taken with
//                                   `git show v0.1.0:openapi/mollie.yaml`); --api names it
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffSpecSets } from './diff.js';
import { PATH_OPTIONS, releasePaths } from './paths.js';
import { renderReport } from './report.js';
import { readReleaseState } from './state.js';

const { values } = parseArgs({
  options: { ...PATH_OPTIONS, before: { type: 'string' }, after: { type: 'string' }, api: { type: 'string' } },
});

try {
  if (values.before !== undefined || values.after !== undefined) {
    if (values.before === undefined || values.after === undefined) throw new Error('give both --before and --after.');
    const api = values.api ?? path.basename(values.after, path.extname(values.after));
    const changes = await diffSpecSets([{ name: api, file: values.before }], [{ name: api, file: values.after }]);
    process.stdout.write(renderReport(changes, { compared: `${values.before} → ${values.after}` }));
  } else {
    const state = await readReleaseState(releasePaths(values));
    process.stdout.write(state.report);
  }
} catch (error) {
  console.error(`release:report: ${(error as Error).message}`);
  process.exitCode = 1;
}
