import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_DIR } from './section.js';

/*
 * The runtime benchmarks measure the built package (dist/), as users get it. A source file newer
 * than its compiled declaration means the figures would describe code that is no longer there.
 */

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

/**
 * Source files of src/ and generated/ whose declaration in dist/ is missing or older; [] when dist/
 * is fresh. The declarations are one per module (the JavaScript is joined into entry points and
 * chunks by scripts/bundle-dist.ts, after tsc), so they tell which modules were compiled, and when.
 */
export function staleDistFiles(): string[] {
  return ['src', 'generated'].flatMap((folder) =>
    sourceFiles(path.join(PROJECT_DIR, folder))
      .filter((source) => {
        const compiled = path.join(PROJECT_DIR, 'dist', path.relative(PROJECT_DIR, source).replace(/\.ts$/, '.d.ts'));
        return !existsSync(compiled) || statSync(compiled).mtimeMs < statSync(source).mtimeMs;
      })
      .map((source) => path.relative(PROJECT_DIR, source)),
  );
}
