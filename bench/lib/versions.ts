import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_DIR } from './section.js';

/** The exact installed version of a package in node_modules (its package.json, not the range asked for). */
export function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

// Read when a benchmark starts (it imports this module first), so a rebuild during its run shows.
const manifest = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };
const distBuiltAtStart = statSync(path.join(PROJECT_DIR, 'dist', 'src', 'index.js')).mtime;

/**
 * This package's version, marked as the built dist/ the benchmarks load, with the time it was built:
 * sections measured on different builds then show as different versions in the report.
 */
export function ownVersion(): string {
  return `${manifest.version} (dist/ built ${distBuiltAtStart.toISOString().replace(/\.\d+Z$/, 'Z')})`;
}
