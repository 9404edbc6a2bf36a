// `npm run release:prepare`: after `npm version <bump> --no-git-tag-version`, write the spec
// report into CHANGELOG.md under the new version and make releases/latest/ the specs as released
// now. Refuses, changing nothing, when the version bump is too small for the spec changes.
// Options: --root, --config, --releases (see paths.ts); --date YYYY-MM-DD (default: today, UTC).
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { addChangelogSection } from './changelog.js';
import { PATH_OPTIONS, display, releasePaths } from './paths.js';
import { writeSnapshot } from './snapshot.js';
import { currentSpecs } from './spec-set.js';
import { readReleaseState, verdict } from './state.js';

const { values } = parseArgs({ options: { ...PATH_OPTIONS, date: { type: 'string' } } });
const paths = releasePaths(values);

try {
  const state = await readReleaseState(paths, 0);
  const { ok, message } = verdict(state);
  if (state.actualBump === 'none') {
    if (state.changesBump === 'none') {
      console.log(
        `release:prepare: nothing to release: no spec changes since ${state.releasedVersion}, and package.json is still ${state.packageVersion}.`,
      );
    } else {
      console.error(`release:prepare: bump the version first. ${message}`);
      process.exitCode = 1;
    }
  } else if (!ok) {
    console.error(`release:prepare: ${message}`);
    process.exitCode = 1;
  } else {
    const date = values.date ?? new Date().toISOString().slice(0, 10);
    const changelog = await readFile(paths.changelogFile, 'utf8').catch(() => undefined);
    const updated = addChangelogSection(changelog, state.packageVersion, date, state.report);
    await writeFile(paths.changelogFile, updated);
    await writeSnapshot(paths.releaseDir, await currentSpecs(paths.configFile), state.packageVersion);
    console.log(
      `release:prepare: ${state.packageVersion} (${state.actualBump} bump over ${state.releasedVersion}): ` +
        `wrote its section of ${display(paths, paths.changelogFile)} and refreshed ${display(paths, paths.releaseDir)}/. ` +
        'Commit both with the version bump.',
    );
  }
} catch (error) {
  console.error(`release:prepare: ${(error as Error).message}`);
  process.exitCode = 1;
}
