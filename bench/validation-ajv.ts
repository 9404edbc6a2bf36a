// Ajv validators compiled from the spec YAML itself, for bench/validation-cost.ts to compare with
// invoicing-sdk's validator on the same inputs. Each request validator takes the same
// `{ path, header, body }` value the runtime checks, built from the operation's parameters and
// request body by JSON pointer into the spec (so every `$ref` resolves inside it).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { readSpec, type SpecFile } from '../test/helpers/spec-ajv.js';

type Json = Record<string, unknown>;

// ajv-formats is CommonJS: imported from ESM, its plugin is the `default` of module.exports.
const addFormats = formatsModule.default;

/**
 * Ajv's defaults (stop at the first error), which is its fast path and the fair match for a valid
 * request: invoicing-sdk also answers valid values with a yes/no pass before collecting problems.
 */
export function benchAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false });
  addFormats(ajv);
  for (const file of ['asset.yaml', 'mollie.yaml'] as const) ajv.addSchema(readSpec(file), file);
  return ajv;
}

function pointerToken(key: string): string {
  return encodeURIComponent(key.replaceAll('~', '~0').replaceAll('/', '~1'));
}

function resolveLocal(spec: Json, node: Json, pointer: string): { node: Json; pointer: string } {
  const ref = node['$ref'];
  if (typeof ref !== 'string') return { node, pointer };
  const target = ref
    .slice(2)
    .split('/')
    .map((token) => decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<Json>((parent, key) => parent[key] as Json, spec);
  return resolveLocal(spec, target, ref);
}

interface ObjectSchema {
  type: 'object';
  additionalProperties: false;
  required: string[];
  properties: Record<string, { $ref: string }>;
}

/** The whole request of `operationId` as one JSON Schema over the spec's own schemas. */
export function ajvRequestValidator(ajv: Ajv2020, file: SpecFile, operationId: string): ValidateFunction {
  const spec = readSpec(file);
  for (const [template, pathItem] of Object.entries(spec['paths'] as Record<string, Json>)) {
    for (const [method, operation] of Object.entries(pathItem) as [string, Json][]) {
      if (operation['operationId'] !== operationId) continue;
      const operationPointer = `#/paths/${pointerToken(template)}/${method}`;
      const groups: Record<string, ObjectSchema> = {};
      const parameters = (operation['parameters'] as Json[] | undefined) ?? [];
      parameters.forEach((parameter, index) => {
        const { node, pointer } = resolveLocal(spec, parameter, `${operationPointer}/parameters/${index}`);
        const group = (groups[node['in'] as string] ??= {
          type: 'object',
          additionalProperties: false,
          required: [],
          properties: {},
        });
        group.properties[node['name'] as string] = { $ref: `${file}${pointer}/schema` };
        if (node['required'] === true) group.required.push(node['name'] as string);
      });
      const requestBody = resolveLocal(spec, operation['requestBody'] as Json, `${operationPointer}/requestBody`);
      const bodyPointer = `${requestBody.pointer}/content/${pointerToken('application/json')}/schema`;
      return ajv.compile({
        type: 'object',
        additionalProperties: false,
        required: ['path', ...(requestBody.node['required'] === true ? ['body'] : [])],
        properties: { ...groups, body: { $ref: `${file}${bodyPointer}` } },
      });
    }
  }
  throw new Error(`${file}: no operation ${operationId}`);
}

/** A validator for a JSON pointer inside a spec, e.g. `#/components/schemas/SalesInvoice`. */
export function ajvSchemaValidator(ajv: Ajv2020, file: SpecFile, pointer: string): ValidateFunction {
  return ajv.compile({ $ref: `${file}${pointer}` });
}
