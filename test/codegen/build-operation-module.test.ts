import { describe, expect, it } from 'vitest';
import type { OperationModel } from '../../scripts/codegen/api-model.js';
import { buildOperationModule } from '../../scripts/codegen/build-operation-module.js';
import type { OperationSchemas } from '../../scripts/codegen/build-validation.js';
import { api, firstOperationNames, operation, printed } from './model-fixture.js';

const RUNTIME = { fromApiDir: '../../src' };
const CHECKED: OperationSchemas = { checksResponse: true, notChecked: [] };

function moduleOf(overrides: Partial<OperationModel>, schemas: OperationSchemas = CHECKED): string {
  const model = api({ operations: [operation(overrides)] });
  return printed(buildOperationModule(model.operations[0]!, firstOperationNames(model), schemas, RUNTIME));
}

describe('buildOperationModule', () => {
  it('describes the operation for the runtime, the path parameters as `u` regexes', () => {
    const text = moduleOf({});
    expect(text).toContain('export const getWidgetOperation: OperationDescription = {');
    expect(text).toContain("  pathParameters: { widgetId: /^w_[a-z]+$/u },\n  accept: 'application/json',");
    // The success status keys the response schemas; the schema itself is not imported (only an app
    // that checks responses carries it, through the API's response schemas export).
    expect(text).toContain(
      "  retry: { repeatable: true },\n  successStatus: '200',\n  requestSchema: getWidgetRequestSchema,\n};",
    );
    expect(text).toContain("import { getWidgetRequestSchema } from '../validation.js';");
    expect(text).not.toContain('getWidgetResponseSchema');
    expect(text).toContain("} from '../../../src/internal.js';");
  });

  it('leaves out the response schema it has none of, and says in the JSDoc what is not checked', () => {
    const text = moduleOf({}, { checksResponse: false, notChecked: ['`validateResponses` does not check X.'] });
    expect(text).not.toContain('getWidgetResponseSchema');
    expect(text).toContain(' * Get a widget\n *\n * `validateResponses` does not check X.\n');
  });

  it.each<[string, Partial<OperationModel>, string]>([
    [
      'a required body',
      { requestBody: { required: true, mediaType: 'application/json', schema: {} } },
      'body: sent.body,',
    ],
    [
      'an optional body',
      { requestBody: { required: false, mediaType: 'application/json', schema: {} } },
      '...(sent.body === undefined ? {} : { body: sent.body }),',
    ],
    [
      'optional query parameters',
      { queryParameters: [{ name: 'limit', required: false, schema: {} }] },
      'params: { path: sent.path, ...(sent.query === undefined ? {} : { query: sent.query }) },',
    ],
    [
      'a required header',
      { headerParameters: [{ name: 'X-Tenant', required: true, schema: {} }] },
      'params: { path: sent.path, header: sent.header },',
    ],
  ])('sends %s as the runtime expects', (_label, overrides, line) => {
    expect(moduleOf(overrides)).toContain(line);
  });

  it('reads the declared response headers with the type each is read as', () => {
    const text = moduleOf({ successHeaders: [{ name: 'X-Request-Id', type: 'string', typed: true }] });
    expect(text).toContain("const getWidgetDeclaredHeaders = { 'X-Request-Id': 'string' } as const;");
    expect(text).toContain('    options,\n    getWidgetDeclaredHeaders,\n    (init, sent) =>\n');
  });

  it('names the result types of the plain call, and breaks what does not fit in 120 columns', () => {
    const text = moduleOf({});
    expect(text).toContain(
      'export async function getWidget(\n  client: ClientCore<paths>,\n  request: GetWidgetRequest,\n  options?: CallOptions,\n): Promise<GetWidgetResponse> {',
    );
    expect(text).toContain(
      '  return callOperation<GetWidgetResponse, GetWidgetError, GetWidgetRequest>(\n    client,\n    getWidgetOperation,\n',
    );
    expect(text).toContain(
      '): Promise<ApiResponse<GetWidgetResponse, GetWidgetResponseHeaders>> {\n  return callOperationWithResponse(\n',
    );
  });

  it('keeps a call that fits on one line', () => {
    const text = moduleOf({ operationId: 'a', pathParameters: [], path: '/a' });
    expect(text).toContain(
      '  return callOperation<AResponse, AError, ARequest>(client, aOperation, request, options, (init, sent) =>\n',
    );
    expect(text).toContain("    client.http.GET('/a', {\n      ...init,\n    }),\n  );");
  });

  it('puts a path too long to share its line on a line of its own', () => {
    const path = `/${'very-long-segment/'.repeat(6)}{widgetId}`;
    expect(moduleOf({ path })).toContain(`      client.http.GET(\n        '${path}',\n        {\n`);
  });

  it.each<[string, Partial<OperationModel>, string]>([
    ['a stability', { stability: 'beta' }, ' * Stability: beta. The provider may still change this operation.'],
    ['a beta tag', { stability: 'beta' }, ' * @beta\n'],
    ['deprecation', { deprecated: true }, ' * @deprecated The provider has deprecated this operation.'],
    [
      'the provider’s documentation',
      { docs: { url: 'https://widgets.test/docs', description: undefined } },
      ' * @see {@link https://widgets.test/docs | Provider documentation}',
    ],
  ])('carries %s into the JSDoc', (_label, overrides, line) => {
    expect(moduleOf(overrides)).toContain(line);
    expect(moduleOf({})).not.toContain(line);
  });

  it('refuses a path parameter pattern that is not a regular expression, naming the operation', () => {
    const broken = { name: 'widgetId', required: true, schema: {}, pattern: '(' };
    expect(() => moduleOf({ pathParameters: [broken] })).toThrow(
      /^operation getWidget: pattern "\(" is not a valid regular expression \(.+\)\.$/,
    );
  });
});
