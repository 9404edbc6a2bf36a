import type { ApiModel } from './api-model.js';
import { buildApiIndex } from './build-api-index.js';
import { buildApiModule, hasKeys } from './build-api-module.js';
import { buildClientModule } from './build-client-module.js';
import { buildOperationModule } from './build-operation-module.js';
import { buildRootIndex } from './build-root-index.js';
import { buildTypesModule } from './build-types-module.js';
import { buildValidationModule } from './build-validation.js';
import type { ModuleText } from './emit.js';
import { operationNames, type NameTable } from './names.js';
import { createModulePrinter } from './print-module.js';
import type { RuntimeLocation } from './statements.js';

/**
 * Every module of the output folder but its README: per API `schema.ts` (openapi-typescript's, given),
 * `validation.ts`, `types.ts`, one module per operation, `api.ts`, `client.ts` and `index.ts`; then the
 * root `index.ts`. Each comes from its own builder (build-<module>.ts), a pure function of the model,
 * the name table and the runtime's location; the one printer (print-module.ts) turns it into text.
 */
export function buildModules(
  apis: readonly ApiModel[],
  names: NameTable,
  schemaTexts: ReadonlyMap<string, string>,
  runtime: RuntimeLocation,
): ModuleText[] {
  const print = createModulePrinter();
  const modules: ModuleText[] = [];
  for (const api of apis) {
    const apiNames = names.get(api.name)!;
    const add = (path: string, text: string): void => {
      modules.push({ path, text, sources: [api] });
    };
    const validation = buildValidationModule(api, apiNames, runtime.fromApiDir);
    add(`${api.name}/schema.ts`, schemaTexts.get(api.name) ?? '');
    add(`${api.name}/validation.ts`, validation.text);
    add(`${api.name}/types.ts`, print(`${api.name}/types.ts`, buildTypesModule(api, apiNames)));
    for (const operation of api.operations) {
      const operationName = operationNames(apiNames, operation);
      const path = `${api.name}/operations/${operationName.file}.ts`;
      const module = buildOperationModule(
        operation,
        operationName,
        validation.exports.get(operation.operationId)!,
        runtime,
        hasKeys(api),
      );
      add(path, print(path, module));
    }
    add(`${api.name}/api.ts`, print(`${api.name}/api.ts`, buildApiModule(api, apiNames, runtime)));
    add(`${api.name}/client.ts`, print(`${api.name}/client.ts`, buildClientModule(api, apiNames, runtime)));
    add(`${api.name}/index.ts`, print(`${api.name}/index.ts`, buildApiIndex(api, apiNames)));
  }
  modules.push({ path: 'index.ts', text: print('index.ts', buildRootIndex(apis, names)), sources: apis });
  return modules;
}
