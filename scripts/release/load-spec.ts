// Read a spec as one resolved document.
//
// Redocly's own bundler (`@redocly/openapi-core`, pinned as a devDependency at the version
// openapi-typescript already brings in) reads the files: it is the resolver the lint uses, so what
// we compare is exactly what was linted, and it brings references into other files into the one
// document. The local references left are resolved by ./dereference.ts, which keeps each schema's
// identity and component name (the report names `InvoiceLine.tax_rate`, not a pointer). Recursive
// schemas come back as cyclic objects; the comparison stops at a pair of nodes it is already inside.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleFromString, createConfig } from '@redocly/openapi-core';
import { dereference } from './dereference.js';
import { type Json, isObject } from './json.js';

let config: ReturnType<typeof createConfig> | undefined;

/** Parse and dereference one spec file. Throws, naming the file, if a reference cannot be resolved. */
export async function loadSpec(file: string): Promise<Json> {
  const source = await readFile(file, 'utf8');
  config ??= createConfig({});
  const { bundle, problems } = await bundleFromString({
    source,
    absoluteRef: path.resolve(file),
    config: await config,
    dereference: false,
  }).catch((error: unknown) => {
    throw new Error(`${file}: cannot read the spec: ${(error as Error).message}`);
  });
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    throw new Error(`${file}: cannot resolve the spec: ${errors.map((problem) => problem.message).join('; ')}`);
  }
  const document: unknown = bundle.parsed;
  if (!isObject(document)) throw new Error(`${file}: not an OpenAPI document.`);
  try {
    return dereference(document);
  } catch (error) {
    throw new Error(`${file}: cannot resolve the spec: ${(error as Error).message}`, { cause: error });
  }
}
