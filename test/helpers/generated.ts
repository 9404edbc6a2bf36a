// The real generator run into a scratch folder, the way the pipeline tests use it: a redocly.yaml
// (a fixture's, or one written for a spec we did not write), the files written, each API's modules
// importable, and the TypeScript roots for a type-check of the whole output.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeOutput, type OutputFile } from '../../scripts/codegen/emit.js';
import { generate } from '../../scripts/codegen/pipeline.js';
import { PROJECT_DIR, scratchDir } from './project.js';

export interface Generated {
  readonly files: OutputFile[];
  /** Where the files were written (one folder per API inside). */
  readonly outDir: string;
  /** One generated file's text, by its path in the output. */
  byPath(file: string): string;
  /** A generated module, imported as an app imports it (`index.ts` of the API by default). */
  load<Module>(api: string, module?: string): Promise<Module>;
  /** Every TypeScript file written, as absolute paths (the roots of a type-check). */
  roots(): string[];
}

/**
 * Generate `configFile` into `scratch/generated` (a folder of its own, made by the caller or here
 * by `scratchDir(name)` when given a name), with the runtime of src/.
 */
export async function generateInto(
  configFile: string,
  scratch: string | { readonly name: string },
  options: { readonly skipLint?: boolean } = {},
): Promise<Generated> {
  const dir = typeof scratch === 'string' ? scratch : await scratchDir(scratch.name);
  const outDir = path.join(dir, 'generated');
  const files = await generate({
    configFile,
    outDir,
    runtimeDir: path.join(PROJECT_DIR, 'src'),
    ...(options.skipLint ? { skipLint: true } : {}),
  });
  await writeOutput(outDir, files);
  await writeFile(path.join(dir, 'package.json'), '{"type":"module"}\n');
  return {
    files,
    outDir,
    byPath: (file) => {
      const found = files.find((entry) => entry.path === file);
      if (found === undefined) throw new Error(`${file} was not generated`);
      return found.content;
    },
    load: async <Module>(api: string, module = 'index.ts') =>
      (await import(pathToFileURL(path.join(outDir, api, module)).href)) as Module,
    roots: () => files.filter((file) => file.path.endsWith('.ts')).map((file) => path.join(outDir, file.path)),
  };
}

/** A redocly.yaml in `dir` for one spec we did not write (`x-codegen.strict: false`); returns its path. */
export async function foreignSpecConfig(dir: string, api: string, specFile: string): Promise<string> {
  const configFile = path.join(dir, 'redocly.yaml');
  await writeFile(
    configFile,
    `apis:\n  ${api}:\n    root: ${JSON.stringify(specFile)}\n    x-codegen:\n      strict: false\nextends:\n  - minimal\n`,
  );
  return configFile;
}
