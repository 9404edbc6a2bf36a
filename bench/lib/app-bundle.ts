import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import { PROJECT_DIR } from './section.js';

/*
 * An app's bundle as the benchmarks measure it: esbuild (bundle, minify, ESM, browser platform), as
 * an application bundler would build it, and its size under brotli at quality 11.
 */

export interface AppBundle {
  readonly bytes: Uint8Array;
  readonly brotli: number;
  readonly metafile: Metafile;
}

/** Bundle the app whose entry is `entryFile` (absolute, or relative to the project). */
export async function bundleApp(entryFile: string): Promise<AppBundle> {
  const result = await build({
    absWorkingDir: PROJECT_DIR,
    entryPoints: [entryFile],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    outfile: 'bundle.js',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('bundle.js'));
  if (output === undefined) throw new Error(`${entryFile}: esbuild wrote no bundle`);
  const bytes = output.contents;
  const brotli = brotliCompressSync(bytes, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;
  return { bytes, brotli, metafile: result.metafile };
}
