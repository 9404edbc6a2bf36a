import type { ApiModel } from './api-model.js';
import type { NameTable } from './names.js';
import type { Statements } from './print-module.js';
import { exportDeclaration } from './statements.js';

/**
 * `index.ts` of the output folder, which the package root re-exports: per API, its client factories,
 * operation functions and operation types, by name (names.ts claimed them against the runtime's own).
 */
export function buildRootIndex(apis: readonly ApiModel[], names: NameTable): Statements {
  return apis.map((api) => {
    const { rootValues, rootTypes } = names.get(api.name)!;
    return exportDeclaration(`./${api.name}/index.js`, [...rootValues, ...rootTypes.map((name) => `type ${name}`)]);
  });
}
