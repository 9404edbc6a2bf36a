// The version arithmetic of the release check.
import { type Bump, bumpRank } from './change.js';

export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
}

const VERSION_RE = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parse `MAJOR.MINOR.PATCH` (a pre-release or build suffix is allowed and ignored). */
export function parseVersion(text: string): Version {
  const match = VERSION_RE.exec(text.trim());
  if (match === null) throw new Error(`"${text}" is not a semantic version (MAJOR.MINOR.PATCH).`);
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

/** Which part of the version went up from `from` to `to`; throws if it went down. */
export function versionBump(from: string, to: string): Bump {
  const a = parseVersion(from);
  const b = parseVersion(to);
  const order = b.major - a.major || b.minor - a.minor || b.patch - a.patch;
  if (order < 0) throw new Error(`the version went down, from ${from} to ${to}.`);
  if (b.major > a.major) return 'major';
  if (b.minor > a.minor) return 'minor';
  if (b.patch > a.patch) return 'patch';
  return 'none';
}

/**
 * The bump the changes need, as a version-number bump over `released`. Below 1.0.0 semver
 * promises nothing, and the convention (npm's `^0.y.z`, Cargo) is that 0.y plays the part of the
 * major version: a breaking change needs a minor bump (0.1.3 → 0.2.0), and a compatible one
 * (feature or fix) a patch bump (0.1.3 → 0.1.4). `^0.1.3` then picks up exactly the compatible
 * releases.
 */
export function versionBumpNeeded(changes: Bump, released: string): Bump {
  if (parseVersion(released).major > 0) return changes;
  if (changes === 'major') return 'minor';
  if (changes === 'minor') return 'patch';
  return changes;
}

/** Whether a bump is at least as large as another. */
export function isEnough(actual: Bump, needed: Bump): boolean {
  return bumpRank(actual) >= bumpRank(needed);
}

/** `released` bumped by `bump` (for suggestions). */
export function bumpVersion(released: string, bump: Bump): string {
  const { major, minor, patch } = parseVersion(released);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  if (bump === 'patch') return `${major}.${minor}.${patch + 1}`;
  return `${major}.${minor}.${patch}`;
}
