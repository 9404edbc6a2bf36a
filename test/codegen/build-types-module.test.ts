import { describe, expect, it } from 'vitest';
import type { OperationModel } from '../../scripts/codegen/api-model.js';
import { buildTypesModule } from '../../scripts/codegen/build-types-module.js';
import { api, namesOf, operation, printed } from './model-fixture.js';

function typesOf(overrides: Partial<OperationModel>): string {
  const model = api({ operations: [operation(overrides)] });
  return printed(buildTypesModule(model, namesOf(model)));
}

describe('buildTypesModule', () => {
  it('names each schema type after its component, with its description', () => {
    expect(typesOf({})).toContain("/** A widget. */\nexport type Widget = components['schemas']['Widget'];");
  });

  it('gives an operation a type per parameter location it uses, and the request interface over them', () => {
    const text = typesOf({});
    expect(text).toContain(
      "/** Path parameters of {@link getWidget}. */\nexport type GetWidgetPathParams = NonNullable<operations['getWidget']['parameters']['path']>;",
    );
    expect(text).not.toContain('GetWidgetQueryParams');
    expect(text).toContain(
      'export interface GetWidgetRequest {\n  /** Path parameters. */\n  readonly path: GetWidgetPathParams;\n}',
    );
  });

  it('makes a location optional in the request when none of its parameters is required', () => {
    const text = typesOf({ queryParameters: [{ name: 'limit', required: false, schema: {} }] });
    expect(text).toContain('  readonly query?: GetWidgetQueryParams;');
  });

  it('declares an empty request for an operation that sends nothing', () => {
    expect(typesOf({ pathParameters: [] })).toContain(
      '/** Everything {@link getWidget} sends: nothing. */\nexport interface GetWidgetRequest {}',
    );
  });

  it.each<[string, Partial<OperationModel>, string]>([
    [
      'the success body',
      {},
      "export type GetWidgetResponse = operations['getWidget']['responses'][200]['content']['application/json'];",
    ],
    [
      'no success body',
      { success: { status: '204', mediaType: undefined, schema: undefined } },
      'export type GetWidgetResponse = void;',
    ],
    ['no error body', { errors: [] }, 'export type GetWidgetError = never;'],
    [
      'a status range, quoted',
      { errors: [{ status: '4XX', mediaType: 'application/json' }] },
      "export type GetWidgetError = operations['getWidget']['responses']['4XX']['content']['application/json'];",
    ],
    ['no declared response headers', {}, 'export type GetWidgetResponseHeaders = Record<never, never>;'],
  ])('types %s', (_label, overrides, line) => {
    expect(typesOf(overrides)).toContain(line);
  });

  it('breaks a union of error bodies too long for one line, one member per line', () => {
    const errors = ['400', '404', '409', '422'].map((status) => ({ status, mediaType: 'application/json' }));
    expect(typesOf({ errors })).toContain(
      "export type GetWidgetError =\n  | operations['getWidget']['responses'][400]['content']['application/json']\n  | operations",
    );
  });

  it('types the declared response headers, `string` for one whose schema is no scalar', () => {
    const text = typesOf({
      successHeaders: [
        { name: 'Link', type: 'string', typed: false },
        { name: 'X-Rate-Limit', type: 'integer', typed: true },
      ],
    });
    expect(text).toContain('export interface GetWidgetResponseHeaders {\n  readonly Link: string;\n');
    expect(text).toContain(
      "  readonly 'X-Rate-Limit': operations['getWidget']['responses'][200]['headers']['X-Rate-Limit'];\n}",
    );
  });
});
