// `npm run release:check`: fail when package.json's version has not gone up enough, over the
// version in releases/latest/release.json, for what changed in the specs since then.
// Options: --root, --config, --releases (see paths.ts).
import { parseReleasePaths } from './paths.js';
import { readReleaseState, verdict } from './state.js';

try {
  const state = await readReleaseState(parseReleasePaths());
  const { ok, message } = verdict(state);
  if (ok) {
    console.log(`release:check: ok: ${message}`);
  } else {
    console.error(`release:check: ${message}`);
    const driving = state.changes.filter((change) => change.severity === state.changesBump);
    console.error(`\nThe ${state.changesBump} changes (\`npm run release:report\` lists every change):`);
    for (const change of driving) console.error(`  - ${change.api}: ${change.message}`);
    process.exitCode = 1;
  }
} catch (error) {
  console.error(`release:check: ${(error as Error).message}`);
  process.exitCode = 1;
}
