import type { ApiModel, OperationModel } from '../../scripts/codegen/api-model.js';
import { claimNames, operationNames, type ApiNames, type OperationNames } from '../../scripts/codegen/names.js';
import { createModulePrinter, type Statements } from '../../scripts/codegen/print-module.js';

/**
 * Small hand-built models for the builders' tests: one operation, `getWidget`, that the tests change
 * one field at a time, in an API `widgets` with two servers.
 */
export function operation(overrides: Partial<OperationModel> = {}): OperationModel {
  return {
    operationId: 'getWidget',
    method: 'get',
    path: '/widgets/{widgetId}',
    summary: 'Get a widget',
    description: undefined,
    deprecated: false,
    stability: undefined,
    docs: undefined,
    pathParameters: [{ name: 'widgetId', required: true, schema: { type: 'string' }, pattern: '^w_[a-z]+$' }],
    queryParameters: [],
    headerParameters: [],
    requestBody: undefined,
    success: { status: '200', mediaType: 'application/json', schema: { $ref: '#/components/schemas/Widget' } },
    successHeaders: [],
    errors: [{ status: '404', mediaType: 'application/json' }],
    errorShapes: [],
    retry: { repeatable: true, notRepeatableWhen: [], idempotencyHeader: undefined },
    credentialRestrictedFields: {},
    ...overrides,
  };
}

export function api(overrides: Partial<ApiModel> = {}): ApiModel {
  return {
    name: 'widgets',
    strict: true,
    specFile: '/specs/widgets.yaml',
    specPath: 'specs/widgets.yaml',
    openapiVersion: '3.1.0',
    title: 'Widgets API',
    version: '1.0',
    servers: [
      { environment: 'live', url: 'https://api.widgets.test' },
      { environment: 'sandbox', url: 'https://sandbox.widgets.test' },
    ],
    security: { clientCredentialsTokenUrl: undefined, credentialPrefixes: {}, tokenRequestFields: [] },
    schemas: [
      {
        name: 'Widget',
        description: 'A widget.',
        schema: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      },
    ],
    operations: [operation()],
    ...overrides,
  };
}

/** The names of a one-API model, claimed with no runtime names reserved. */
export function namesOf(model: ApiModel): ApiNames {
  return claimNames([model], new Map()).get(model.name)!;
}

/** The names of the model's first operation. */
export function firstOperationNames(model: ApiModel): OperationNames {
  return operationNames(namesOf(model), model.operations[0]!);
}

const print = createModulePrinter();

/** A builder's statements as the module text the pipeline writes (before the banner). */
export function printed(statements: Statements): string {
  return print('module.ts', statements);
}
