// The reference validator of the test suite: Ajv (JSON Schema draft 2020-12, the dialect of
// OpenAPI 3.1, with ajv-formats) fed the spec files themselves, so `$ref`s resolve inside them.
// It is independent of the package's own validator, which the tests compare against it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { PROJECT_DIR } from './project.js';

export type SpecFile = 'asset.yaml' | 'mollie.yaml';

// ajv-formats is CommonJS: imported from ESM, its plugin is the `default` of module.exports.
const addFormats = formatsModule.default;
let shared: Ajv2020 | undefined;

/** One Ajv holding both specs, each added whole under its file name. */
export function specAjv(): Ajv2020 {
  if (shared === undefined) {
    shared = new Ajv2020({ strict: false, allErrors: true });
    addFormats(shared);
    for (const file of ['asset.yaml', 'mollie.yaml'] as const) shared.addSchema(readSpec(file), file);
  }
  return shared;
}

/** A validator for a JSON pointer inside a spec, e.g. `#/components/schemas/SalesInvoice`. */
export function specValidator(file: SpecFile, pointer: string): ValidateFunction {
  return specAjv().compile({ $ref: `${file}${pointer}` });
}

/** The parsed spec. */
export function readSpec(file: SpecFile): Record<string, unknown> {
  return parse(readFileSync(path.join(PROJECT_DIR, 'openapi', file), 'utf8')) as Record<string, unknown>;
}
