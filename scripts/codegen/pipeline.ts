import path from 'node:path';
import { buildModules } from './build-modules.js';
import { buildGeneratedReadme } from './build-readme.js';
import { buildSchemaTypes } from './build-types.js';
import { readGeneratorConfig, type ApiEntry } from './config.js';
import { finishFiles, type OutputFile } from './emit.js';
import { GenerationError } from './generation-error.js';
import { lintSpecs, type LintResult } from './lint.js';
import { claimNames } from './names.js';
import { readRuntimeExports } from './read-runtime-exports.js';
import { readSpec } from './read-spec.js';

export interface GenerateOptions {
  /** The redocly.yaml listing the APIs. */
  readonly configFile: string;
  /** The folder the files are meant for (imports of the runtime are relative to it). */
  readonly outDir: string;
  /** The hand-written runtime folder (holds `index.ts`). */
  readonly runtimeDir: string;
  /** Skip the Redocly lint (for callers that linted already). */
  readonly skipLint?: boolean;
  /** A lint of `configFile` the caller started already (so it overlaps with loading the compilers). */
  readonly lint?: Promise<LintResult>;
  /** Progress messages. */
  readonly log?: (message: string) => void;
}

export { GenerationError };

/**
 * Lint (alongside, in its own process); read each spec into its model → openapi-typescript's types →
 * every export name claimed (names.ts) → the validation schemas and the ts-morph modules → banners. Returns every file of the output folder, in memory: nothing is written here, so a
 * failure at any step leaves the output untouched.
 */
export async function generate(options: GenerateOptions): Promise<OutputFile[]> {
  const log = options.log ?? (() => {});
  const config = await readGeneratorConfig(options.configFile);
  // The lint runs in its own process while the files are built; they are returned only if it passes.
  const linting = options.skipLint ? undefined : (options.lint ?? lintSpecs(config.configFile));
  linting?.catch(() => {}); // awaited below; keep an early failure from being reported as unhandled
  let files: OutputFile[] | undefined;
  let failure: unknown;
  try {
    files = await buildFiles(config.projectDir, config.apis, options);
    log(`built ${files.length} files for ${config.apis.length} APIs`);
  } catch (error) {
    failure = error;
  }
  // A spec that fails the lint often fails to build too; Redocly's report is the more useful one.
  if (linting) {
    const lint = await linting;
    if (!lint.ok) throw new GenerationError(`Spec lint failed; nothing was generated.\n\n${lint.report}`);
    log(`linted ${config.apis.map((api) => api.name).join(', ')}`);
  }
  if (failure !== undefined || files === undefined) throw failure;
  return files;
}

async function buildFiles(
  projectDir: string,
  entries: readonly ApiEntry[],
  options: GenerateOptions,
): Promise<OutputFile[]> {
  const specs = await Promise.all(entries.map((entry) => readSpec(entry, projectDir)));
  const apis = specs.map((spec) => spec.api);
  const schemaTexts = new Map<string, string>();
  // openapi-typescript reads the spec text itself; every other builder reads the model.
  for (const { api, specText } of specs) {
    try {
      schemaTexts.set(api.name, await buildSchemaTypes(specText, api.specFile));
    } catch (error) {
      throw new GenerationError(
        `${api.specPath}: openapi-typescript could not convert the spec: ${(error as Error).message}`,
      );
    }
  }
  const names = claimNames(
    apis,
    readRuntimeExports(path.join(options.runtimeDir, 'index.ts'), options.outDir),
    // What generated modules import from the runtime: no generated name may be one of these.
    readRuntimeExports(path.join(options.runtimeDir, 'internal.ts'), options.outDir),
  );
  const runtimeFromOut = path.relative(options.outDir, options.runtimeDir).split(path.sep).join('/');
  const modules = buildModules(apis, names, schemaTexts, { fromApiDir: `../${runtimeFromOut}` });
  return finishFiles(modules, [buildGeneratedReadme(apis, names)]);
}
