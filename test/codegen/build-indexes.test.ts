import { describe, expect, it } from 'vitest';
import { buildApiIndex } from '../../scripts/codegen/build-api-index.js';
import { buildRootIndex } from '../../scripts/codegen/build-root-index.js';
import { claimNames } from '../../scripts/codegen/names.js';
import { api, namesOf, operation, printed } from './model-fixture.js';

describe('buildApiIndex', () => {
  it('re-exports every module’s names, types as types, but not the operations’ descriptions', () => {
    const model = api({ operations: [operation({ pathParameters: [] })] });
    const text = printed(buildApiIndex(model, namesOf(model)));
    expect(text).toContain("export type { components, operations, paths } from './schema.js';");
    expect(text).toContain(
      "export type { Widget, GetWidgetRequest, GetWidgetResponse, GetWidgetError, GetWidgetResponseHeaders } from './types.js';",
    );
    expect(text).toContain("export { widgetsApi } from './api.js';");
    // The response schemas, for a core that checks responses; no other schema constant.
    expect(text).toContain("export { widgetsResponseSchemas } from './validation.js';");
    expect(text).toContain(
      "export { getWidget, getWidgetWithResponse } from './operations/get-widget.js';",
    );
    expect(text).toContain(
      'createWidgetsClient,\n  createWidgetsCore,\n  type WidgetsClient,\n  type WidgetsClientOptions,',
    );
  });
});

describe('buildRootIndex', () => {
  it('re-exports per API its functions and operation types, sorted, and no schema type', () => {
    const widgets = api();
    const gadgets = api({ name: 'gadgets', operations: [operation({ operationId: 'getGadget' })] });
    const text = printed(buildRootIndex([gadgets, widgets], claimNames([gadgets, widgets], new Map())));
    expect(text.indexOf("from './gadgets/index.js';")).toBeLessThan(text.indexOf("from './widgets/index.js';"));
    expect(text).toContain(
      '  createWidgetsClient,\n  createWidgetsCore,\n  getWidget,\n  getWidgetWithResponse,\n  widgetsResponseSchemas,\n  type GetWidgetError,',
    );
    expect(text).not.toMatch(/type Widget,/);
  });
});
