import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/*
 * The last step of `npm run compile`: tsc writes one .js per source file into dist/; this joins
 * them into the package's entry points (the root and each API's subpath) plus the chunks they
 * share, and deletes the per-file .js. Node's ESM loader pays per module it resolves, reads and
 * links: about 30 of them made `import 'invoicing-sdk'` cost tens of milliseconds at cold start
 * (BENCHMARKS.md). The declarations (.d.ts) stay one per source file.
 *
 * Shared chunks, not one bundle per entry: an error class must be the same class whether it was
 * imported from the root or from a subpath. The output is plain ESM and not minified (apps minify;
 * stack traces stay readable), with source maps that lead back to the TypeScript (tsc's maps are
 * read as input maps).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

const entryPoints = [
  path.join(dist, 'src', 'index.js'),
  ...readdirSync(path.join(dist, 'generated'))
    .filter((name) => statSync(path.join(dist, 'generated', name)).isDirectory())
    .map((name) => path.join(dist, 'generated', name, 'index.js')),
];

const bundled = path.join(root, 'test', '.output', 'dist-bundle');
rmSync(bundled, { recursive: true, force: true });
await build({
  entryPoints,
  outbase: dist,
  outdir: bundled,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  // The runtime dependency stays a dependency: the user's bundler or Node resolves it.
  external: ['openapi-fetch'],
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  sourcesContent: true,
  legalComments: 'none',
  logLevel: 'warning',
});

// Replace tsc's per-file JavaScript with the bundle; keep the declarations.
for (const file of walk(dist)) if (/\.js(\.map)?$/.test(file)) rmSync(file);
for (const file of walk(bundled)) {
  const target = path.join(dist, path.relative(bundled, file));
  rmSync(target, { force: true });
  await import('node:fs/promises').then((fs) =>
    fs.mkdir(path.dirname(target), { recursive: true }).then(() => fs.rename(file, target)),
  );
}
rmSync(bundled, { recursive: true, force: true });

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(directory, entry.name)) : [path.join(directory, entry.name)],
  );
}
