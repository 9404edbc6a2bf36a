// Where a release stands: what changed in the specs since the last release, and whether the
// version in package.json has gone up enough for it.
import { type Bump, type Change, requiredBump } from './change.js';
import { diffSpecSets } from './diff.js';
import { type ReleasePaths, display } from './paths.js';
import { renderReport } from './report.js';
import { bumpVersion, isEnough, versionBump, versionBumpNeeded } from './semver.js';
import { currentSpecs, packageVersion, releasedSpecs, releasedVersion } from './spec-set.js';

export interface ReleaseState {
  readonly releasedVersion: string;
  readonly packageVersion: string;
  readonly changes: readonly Change[];
  /** The bump the changes need by their severity. */
  readonly changesBump: Bump;
  /** That bump as a version-number bump over the released version (smaller below 1.0.0). */
  readonly neededBump: Bump;
  /** The bump from the released version to package.json's. */
  readonly actualBump: Bump;
  readonly report: string;
}

export async function readReleaseState(paths: ReleasePaths, headingLevel = 2): Promise<ReleaseState> {
  const [released, current, before, after] = await Promise.all([
    releasedVersion(paths.releaseDir),
    packageVersion(paths.packageFile),
    releasedSpecs(paths.releaseDir),
    currentSpecs(paths.configFile),
  ]);
  const changes = await diffSpecSets(before, after);
  const changesBump = requiredBump(changes);
  return {
    releasedVersion: released,
    packageVersion: current,
    changes,
    changesBump,
    neededBump: versionBumpNeeded(changesBump, released),
    actualBump: versionBump(released, current),
    report: renderReport(changes, {
      compared: `${display(paths, paths.releaseDir)} (released as ${released}) → the specs in ${display(paths, paths.configFile)}`,
      headingLevel,
    }),
  };
}

/** Whether package.json's version is high enough, and a sentence that says so or says what to do. */
export function verdict(state: ReleaseState): { ok: boolean; message: string } {
  const { releasedVersion: released, packageVersion: current, changesBump, neededBump, actualBump } = state;
  const why =
    changesBump === 'none'
      ? 'the specs have not changed'
      : `the specs have ${changesBump === 'major' ? 'breaking' : changesBump === 'minor' ? 'compatible (minor)' : 'documentation-only (patch)'} changes` +
        (neededBump !== changesBump ? ` (below 1.0.0 a ${changesBump} change is a ${neededBump} bump)` : '');
  if (isEnough(actualBump, neededBump)) {
    const needs = neededBump === 'none' ? 'no bump' : `at least a ${neededBump} bump`;
    const bump =
      actualBump === 'none'
        ? `package.json is still at the released ${released}`
        : `${current} over ${released} is a ${actualBump} bump`;
    return { ok: true, message: `${bump}; ${why}, which needs ${needs}.` };
  }
  return {
    ok: false,
    message:
      `required bump: ${neededBump}, actual bump: ${actualBump} (${released} → ${current}). ` +
      `${why[0]?.toUpperCase()}${why.slice(1)}, so the next version must be at least ${bumpVersion(released, neededBump)}: ` +
      `run \`npm version ${neededBump} --no-git-tag-version\` (or pick a larger bump).`,
  };
}
