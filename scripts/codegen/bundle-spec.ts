import { createRequire } from 'node:module';
import path from 'node:path';
import { GenerationError } from './generation-error.js';

const require = createRequire(import.meta.url);

/**
 * A spec split across files, as one document: Redocly's bundler (the resolver the lint uses) brings
 * every operation, parameter, response, body and schema given by `$ref` to another file into the
 * document, under `components`, and leaves only local references. Every step after it (the model,
 * openapi-typescript, the validation module) then reads what the lint read. Called only for a spec
 * `hasExternalReference` finds split: on a spec in one file the bundler would only walk all of it
 * (seconds on GitHub's spec) to find that out. It may write into `document`.
 */
export async function bundleSplitSpec(document: unknown, specFile: string, specPath: string): Promise<unknown> {
  // Loaded only here: @redocly/openapi-core takes 0.3 s to load, and most specs are one file.
  const {
    bundle: bundleSpec,
    createConfig,
    Source,
  } = require('@redocly/openapi-core') as typeof import('@redocly/openapi-core');
  const absolute = path.resolve(specFile);
  const { bundle, problems } = await bundleSpec({
    // The document already parsed; the source text is read only for messages about its own lines.
    doc: { source: new Source(absolute, ''), parsed: document },
    config: await createConfig({ rules: {} }),
    dereference: false,
  });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new GenerationError(
      `${specPath}: cannot resolve the spec's references: ${errors.map((problem) => problem.message).join('; ')}`,
    );
  }
  return bundle.parsed;
}

/** Whether a `$ref` anywhere in the document points outside it. */
export function hasExternalReference(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(hasExternalReference);
  if (typeof node !== 'object' || node === null) return false;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) return true;
    if (typeof value === 'object' && value !== null && hasExternalReference(value)) return true;
  }
  return false;
}
