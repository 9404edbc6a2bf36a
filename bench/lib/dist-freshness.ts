import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_DIR } from './section.js';

/*
 * The runtime benchmarks measure the built package (dist/), as users get it. A source file newer
 * than its compiled file means the figures would describe code that is no longer there.
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Source files of src/ and generated/ whose dist/ counterpart is missing or older; [] when dist/ is fresh. */
export function staleDistFiles(): string[] {
  return ['src', 'generated'].flatMap((folder) =>
    sourceFiles(path.join(PROJECT_DIR, folder))
      .filter((source) => {
        const compiled = path.join(PROJECT_DIR, 'dist', path.relative(PROJECT_DIR, source).replace(/\.ts$/, '.js'));
        return !existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs;
      })
      .map((source) => path.relative(PROJECT_DIR, source)),
  );
}
