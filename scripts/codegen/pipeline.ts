import path from 'node:path';
import { buildModules } from './build-modules.js';
import { buildGeneratedReadme } from './build-readme.js';
import { buildSchemaTypes } from './build-types.js';
import { readGeneratorConfig } from './config.js';
import { finishFiles, type OutputFile } from './emit.js';
import { lintSpecs } from './lint.js';
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
  /** Progress messages. */
  readonly log?: (message: string) => void;
}

/** A failure the user can act on; the CLI prints its message without a stack. */
export class GenerationError extends Error {
  override readonly name = 'GenerationError';
}

/**
 * Lint → openapi-typescript → ts-morph → format. Returns every file of the output folder, in
 * memory: nothing is written here, so a failure at any step leaves the output untouched.
 */
export async function generate(options: GenerateOptions): Promise<OutputFile[]> {
  const log = options.log ?? (() => {});
  const config = await readGeneratorConfig(options.configFile);
  if (!options.skipLint) {
    const lint = await lintSpecs(config.configFile);
    if (!lint.ok) throw new GenerationError(`Spec lint failed; nothing was generated.\n\n${lint.report}`);
    log(`linted ${config.apis.map((api) => api.name).join(', ')}`);
  }
  const apis = await Promise.all(config.apis.map((entry) => readSpec(entry, config.projectDir)));
  const schemaTexts = new Map<string, string>();
  for (const api of apis) schemaTexts.set(api.name, await buildSchemaTypes(api.specText));
  const runtimeFromOut = path.relative(options.outDir, options.runtimeDir).split(path.sep).join('/');
  let modules;
  try {
    modules = buildModules(apis, schemaTexts, {
      fromApiDir: `../${runtimeFromOut}`,
      reservedNames: readRuntimeExports(path.join(options.runtimeDir, 'index.ts'), options.outDir),
    });
  } catch (error) {
    throw new GenerationError((error as Error).message);
  }
  const files = await finishFiles(modules, [buildGeneratedReadme(apis)], path.join(config.projectDir, 'package.json'));
  log(`built ${files.length} files for ${apis.length} APIs`);
  return files;
}
