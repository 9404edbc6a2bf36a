import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_DIR } from './section.js';

/** The exact installed version of a package in node_modules (its package.json, not the range asked for). */
export function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

const manifest = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };

/** This package's version as package.json gives it (for benchmarks that do not load dist/). */
export function packageVersion(): string {
  return manifest.version;
}

// When dist/ was built, read when a benchmark starts (it imports this module first), so that a
// rebuild during its run shows. Benchmarks that do not load dist/ (generation) run without one.
const distIndex = path.join(PROJECT_DIR, 'dist', 'src', 'index.js');
const distBuiltAtStart = existsSync(distIndex) ? statSync(distIndex).mtime : undefined;

/**
 * This package's version, marked as the built dist/ the benchmarks load, with the time it was built:
 * sections measured on different builds then show as different versions in the report.
 */
export function ownVersion(): string {
  if (distBuiltAtStart === undefined) throw new Error('dist/ is not built: run `npm run compile`');
  return `${manifest.version} (dist/ built ${distBuiltAtStart.toISOString().replace(/\.\d+Z$/, 'Z')})`;
}

/**
 * What the runtime benchmarks compare, by exact version: this package (as built), bare openapi-fetch,
 * and Mollie's own SDK with the zod it validates with.
 */
export function comparedVersions(): Record<string, string> {
  return {
    'invoicing-sdk': ownVersion(),
    'openapi-fetch': installedVersion('openapi-fetch'),
    'mollie-api-typescript': installedVersion('mollie-api-typescript'),
    zod: installedVersion('zod'),
  };
}
