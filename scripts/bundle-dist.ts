import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

/*
 * The last step of `npm run compile`: tsc writes one .js per source file into dist/; this joins
 * them into one shared chunk plus the package's entry points (the root and each API's subpath),
 * and deletes the per-file .js. Node's ESM loader pays per module it resolves, reads and links:
 * about 30 of them made `import 'invoicing-sdk'` cost tens of milliseconds at cold start, and the
 * three chunks esbuild's code splitting made (the runtime, one per API) still cost about a
 * millisecond each (BENCHMARKS.md). The declarations (.d.ts) stay one per source file.
 *
 * One chunk, not one bundle per entry: an error class must be the same class whether it was
 * imported from the root or from a subpath. An entry point only re-exports its names from the
 * chunk, so importing one loads two modules of ours. A subpath's import compiles the other API's
 * code as well, which costs less than a third module would; apps that bundle the package keep
 * only what they use ("sideEffects": false). The output is plain ESM and not minified (apps
 * minify; stack traces stay readable), with source maps that lead back to the TypeScript (tsc's
 * maps are read as input maps).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

/** Entry point → its file in dist/, relative (the path package.json's exports point at). */
const entryPoints = [
  'src/index.js',
  ...readdirSync(path.join(dist, 'generated'))
    .filter((name) => statSync(path.join(dist, 'generated', name)).isDirectory())
    .map((name) => `generated/${name}/index.js`),
];

const shared: BuildOptions = {
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  // The runtime dependency stays a dependency: the user's bundler or Node resolves it.
  external: ['openapi-fetch'],
  legalComments: 'none',
  logLevel: 'warning',
};

// The names each entry point exports, as esbuild sees them.
const survey = await build({
  ...shared,
  entryPoints: entryPoints.map((entry) => path.join(dist, entry)),
  outbase: dist,
  outdir: path.join(root, 'test', '.output', 'dist-survey'),
  splitting: true,
  write: false,
  metafile: true,
});
const exportsOf = new Map(
  Object.values(survey.metafile.outputs)
    .filter((output) => output.entryPoint !== undefined)
    .map((output) => [path.relative(dist, path.resolve(root, output.entryPoint!)), output.exports]),
);

// The chunk exports every entry's names under an alias of its own (`<n>$<name>`), so that two
// entries may export the same name without a clash; the same binding is still one binding.
const alias = (index: number, name: string): string => `e${index}$${name}`;
const chunkSource = entryPoints
  .map((entry, index) => {
    const names = exportsOf.get(entry);
    if (names === undefined) throw new Error(`bundle-dist: esbuild reported no exports for ${entry}`);
    const list = names.map((name) => `${name} as ${alias(index, name)}`).join(', ');
    return `export { ${list} } from ${JSON.stringify(`./${entry}`)};`;
  })
  .join('\n');

const bundled = path.join(root, 'test', '.output', 'dist-bundle');
rmSync(bundled, { recursive: true, force: true });
const result = await build({
  ...shared,
  stdin: { contents: chunkSource, resolveDir: dist, sourcefile: 'invoicing-sdk-entries.js', loader: 'js' },
  outdir: path.join(bundled, 'chunks'),
  entryNames: 'chunk-[hash]',
  sourcemap: 'linked',
  sourcesContent: true,
  metafile: true,
});
const chunkFile = Object.keys(result.metafile.outputs).find((file) => file.endsWith('.js'));
if (chunkFile === undefined) throw new Error('bundle-dist: esbuild wrote no chunk');
const chunkName = path.basename(chunkFile);

// Replace tsc's per-file JavaScript with the chunk and the entry points; keep the declarations.
for (const file of walk(dist)) if (/\.js(\.map)?$/.test(file)) rmSync(file);
mkdirSync(path.join(dist, 'chunks'), { recursive: true });
for (const file of readdirSync(path.join(bundled, 'chunks'))) {
  const target = path.join(dist, 'chunks', file);
  renameSync(path.join(bundled, 'chunks', file), target);
  if (file.endsWith('.map')) rebaseSources(target, path.join(bundled, 'chunks'));
}
rmSync(bundled, { recursive: true, force: true });
entryPoints.forEach((entry, index) => {
  const target = path.join(dist, entry);
  const chunk = path
    .relative(path.dirname(target), path.join(dist, 'chunks', chunkName))
    .split(path.sep)
    .join('/');
  const list = exportsOf.get(entry)!.map((name) => `  ${alias(index, name)} as ${name}`);
  writeFileSync(target, `export {\n${list.join(',\n')}\n} from ${JSON.stringify(chunk)};\n`);
});

/**
 * esbuild wrote the map's `sources` relative to the scratch folder it built in; make them relative
 * to where the map now lives (`../../src/…`), or they point outside the package.
 */
function rebaseSources(mapFile: string, builtIn: string): void {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[] };
  map.sources = map.sources.map((source) =>
    path.relative(path.dirname(mapFile), path.resolve(builtIn, source)).split(path.sep).join('/'),
  );
  writeFileSync(mapFile, JSON.stringify(map));
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(path.join(directory, entry.name)) : [path.join(directory, entry.name)],
  );
}
