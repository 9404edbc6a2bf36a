// The files the release scripts read and write, from their shared command-line options:
//   --root <dir>      the project folder (default: the current folder)
//   --config <file>   the redocly.yaml listing the specs (default: <root>/redocly.yaml)
//   --releases <dir>  the snapshot of the last release (default: <root>/releases/latest)
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface ReleasePaths {
  readonly root: string;
  readonly configFile: string;
  readonly releaseDir: string;
  readonly packageFile: string;
  readonly changelogFile: string;
}

export const PATH_OPTIONS = {
  root: { type: 'string' },
  config: { type: 'string' },
  releases: { type: 'string' },
} as const;

export function releasePaths(values: { root?: string; config?: string; releases?: string }): ReleasePaths {
  const root = path.resolve(values.root ?? '.');
  return {
    root,
    configFile: path.resolve(root, values.config ?? 'redocly.yaml'),
    releaseDir: path.resolve(root, values.releases ?? path.join('releases', 'latest')),
    packageFile: path.join(root, 'package.json'),
    changelogFile: path.join(root, 'CHANGELOG.md'),
  };
}

/** Parse the shared options (and no others) from the command line. */
export function parseReleasePaths(args: readonly string[] = process.argv.slice(2)): ReleasePaths {
  const { values } = parseArgs({ args: [...args], options: PATH_OPTIONS });
  return releasePaths(values);
}

/** A path for messages: relative to the root when inside it. */
export function display(paths: ReleasePaths, file: string): string {
  const relative = path.relative(paths.root, file);
  return relative === '' ? '.' : relative.startsWith('..') ? file : relative.split(path.sep).join('/');
}
