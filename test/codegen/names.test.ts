import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../../scripts/codegen/api-model.js';
import { GenerationError } from '../../scripts/codegen/generation-error.js';
import { camelCase, claimNames, derivedOperationId, kebabCase, pascalCase } from '../../scripts/codegen/names.js';
import { api, namesOf, operation } from './model-fixture.js';

describe('claimNames', () => {
  it('names every export of an operation from its operationId, whatever its casing', () => {
    const model = api({ operations: [operation({ operationId: 'get_widget-Parts' })] });
    expect(namesOf(model).operations.get('get_widget-Parts')).toEqual({
      file: 'get-widget-parts',
      function: 'getWidgetParts',
      description: 'getWidgetPartsOperation',
      withResponse: 'getWidgetPartsWithResponse',
      declaredHeaders: 'getWidgetPartsDeclaredHeaders',
      pathParams: 'GetWidgetPartsPathParams',
      queryParams: undefined,
      headers: undefined,
      body: undefined,
      request: 'GetWidgetPartsRequest',
      response: 'GetWidgetPartsResponse',
      error: 'GetWidgetPartsError',
      responseHeaders: 'GetWidgetPartsResponseHeaders',
      requestSchema: 'getWidgetPartsRequestSchema',
      responseSchema: 'getWidgetPartsResponseSchema',
    });
  });

  it('lists what the package root re-exports, sorted, and only then the API’s own credentials type', () => {
    const names = namesOf(api());
    expect(names.rootValues).toEqual([
      'createWidgetsClient',
      'createWidgetsCore',
      'getWidget',
      'getWidgetWithResponse',
      'widgetsResponseSchemas',
    ]);
    expect(names.rootTypes).toContain('WidgetsEnvironment');
    expect(names.rootTypes).not.toContain('Widget');
    expect(names.clientCredentials).toBeUndefined();
    const withFields = api({
      security: {
        clientCredentialsTokenUrl: '/token',
        credentialPrefixes: {},
        tokenRequestFields: [{ name: 'tenant', option: 'tenant', required: true, description: 'Tenant.' }],
      },
    });
    expect(namesOf(withFields).rootTypes).toContain('WidgetsClientCredentials');
  });

  it.each<[string, () => [ApiModel[], Map<string, string>], string]>([
    [
      'a schema type and an operation’s body type',
      () => [
        [
          api({
            schemas: [{ name: 'UpdateWidgetBody', description: undefined, schema: {} }],
            operations: [
              operation({
                operationId: 'updateWidget',
                requestBody: { required: true, mediaType: 'application/json', schema: {} },
              }),
            ],
          }),
        ],
        new Map(),
      ],
      'Export name collision in API "widgets" (specs/widgets.yaml): "UpdateWidgetBody" is produced by schema components/schemas/UpdateWidgetBody and by operation updateWidget (request body).',
    ],
    [
      'an operation and openapi-typescript’s exports',
      () => [[api({ operations: [operation({ operationId: 'paths', pathParameters: [] })] })], new Map()],
      '"paths" is produced by openapi-typescript (`paths`) and by operation paths (function).',
    ],
    [
      'two APIs at the package root',
      () => [[api(), api({ name: 'widgets-copy', specPath: 'specs/copy.yaml' })], new Map()],
      'Export name collision in the package root (src/index.ts and generated/index.ts): "getWidget" is produced by API "widgets" (specs/widgets.yaml) and by API "widgets-copy" (specs/copy.yaml).',
    ],
    [
      'an API and the runtime',
      () => [[api()], new Map([['getWidget', 'the runtime (index.ts)']])],
      '"getWidget" is produced by the runtime (index.ts) and by API "widgets" (specs/widgets.yaml).',
    ],
    [
      'an operation and a JavaScript reserved word',
      () => [[api({ operations: [operation({ operationId: 'delete', pathParameters: [] })] })], new Map()],
      '"delete" is produced by a JavaScript reserved word and by operation delete (function).',
    ],
    [
      'a schema and a global type the generated types use',
      () => [[api({ schemas: [{ name: 'record', description: undefined, schema: {} }] })], new Map()],
      '"Record" is produced by TypeScript\'s global type `Record` and by schema components/schemas/record.',
    ],
  ])('refuses a collision of %s, naming both sources', (_label, input, message) => {
    const [apis, reserved] = input();
    expect(() => claimNames(apis, reserved)).toThrow(GenerationError);
    expect(() => claimNames(apis, reserved)).toThrow(message);
  });
});

describe('claimNames for a spec that is not strict', () => {
  const loose = (overrides: Parameters<typeof api>[0]): ApiModel => ({ ...api(overrides), strict: false });

  it('gives an operation-derived name that a schema has the suffix Op, and says so', () => {
    // Mollie's official spec: schema create-draft-transfer-request and operation create-draft-transfer.
    const model = loose({
      schemas: [{ name: 'create-draft-transfer-request', description: undefined, schema: {} }],
      operations: [operation({ operationId: 'create-draft-transfer', pathParameters: [] })],
    });
    const names = namesOf(model);
    expect(names.schemaTypes.get('create-draft-transfer-request')).toBe('CreateDraftTransferRequest');
    expect(names.operations.get('create-draft-transfer')?.request).toBe('CreateDraftTransferRequestOp');
    expect(names.operations.get('create-draft-transfer')?.response).toBe('CreateDraftTransferResponse');
    expect(names.namingNotes).toEqual([
      '`CreateDraftTransferRequestOp` (operation create-draft-transfer (request)): `CreateDraftTransferRequest` is schema components/schemas/create-draft-transfer-request.',
    ]);
    // The same spec, strict, fails naming both sources.
    expect(() => namesOf({ ...model, strict: true })).toThrow(
      '"CreateDraftTransferRequest" is produced by schema components/schemas/create-draft-transfer-request and by operation create-draft-transfer (request).',
    );
  });

  it('gives a name no module may have (a reserved word, `then`, a runtime import) the suffix Op, and says so', () => {
    const model = loose({
      operations: ['new', 'then', 'callOperation'].map((operationId) => operation({ operationId, pathParameters: [] })),
    });
    const names = claimNames([model], new Map(), new Map([['callOperation', 'the runtime (internal.ts)']])).get(
      model.name,
    )!;
    expect([...names.operations.values()].map((found) => [found.function, found.file])).toEqual([
      ['newOp', 'new-op'],
      ['thenOp', 'then-op'],
      ['callOperationOp', 'call-operation-op'],
    ]);
    expect(names.rootValues).not.toContain('then');
    expect(names.namingNotes).toContain(
      '`callOperationOp` (operation callOperation (function)): `callOperation` is the runtime (internal.ts).',
    );
  });

  it('gives two functions whose names differ only in case modules of their own, and says so', () => {
    // Sorted by operationId, as the model has them: `getPET` before `getPet`.
    const names = namesOf(api({ operations: ['getPET', 'getPet'].map((operationId) => operation({ operationId })) }));
    const files = [...names.operations.values()].map((found) => found.file);
    expect(files[0]).toBe('get-pet');
    expect(files[1]).toMatch(/^get-pet-[0-9a-f]{8}$/);
    expect(names.namingNotes).toEqual([
      `\`getPet\` is in operations/${files[1]}.ts: operations/get-pet.ts is \`getPET\`'s.`,
    ]);
  });

  it.each([
    [
      'the later one’s function',
      ['trace', 'traceOperation'],
      ['trace', 'traceOperationOp'],
      ['traceOperation', 'traceOperationOpOperation'],
    ],
    ['the later one’s description', ['aOperation', 'a_'], ['aOperation', 'a'], ['aOperationOperation', 'aOperationOp']],
  ])(
    'gives an operation whose function is another’s description name (Azure’s …NetworkTrace and …NetworkTraceOperation) the suffix: %s',
    (_label, operationIds, functions, descriptions) => {
      const names = namesOf(loose({ operations: operationIds.map((operationId) => operation({ operationId })) }));
      expect([...names.operations.values()].map((found) => found.function)).toEqual(functions);
      expect([...names.operations.values()].map((found) => found.description)).toEqual(descriptions);
    },
  );

  it('keeps a name stable when an unrelated part of the spec changes', () => {
    const base = {
      schemas: [{ name: 'GetWidgetResponse', description: undefined, schema: {} }],
      operations: [operation({ operationId: 'getWidget' })],
    };
    const before = namesOf(loose(base)).operations.get('getWidget');
    const after = namesOf(
      loose({
        ...base,
        schemas: [...base.schemas, { name: 'Gadget', description: undefined, schema: {} }],
        operations: [...base.operations, operation({ operationId: 'listGadgets', pathParameters: [] })],
      }),
    ).operations.get('getWidget');
    expect(before?.response).toBe('GetWidgetResponseOp');
    expect(after).toEqual(before);
  });

  it('gives a later schema whose type name an earlier one has the suffix Schema', () => {
    const names = namesOf(
      loose({
        schemas: [
          { name: 'pet-list', description: undefined, schema: {} },
          { name: 'PetList', description: undefined, schema: {} },
        ],
      }),
    );
    expect([...names.schemaTypes.values()]).toEqual(['PetList', 'PetListSchema']);
  });

  it('lets the client’s names win over a schema called like one', () => {
    const names = namesOf(loose({ schemas: [{ name: 'widgets-client', description: undefined, schema: {} }] }));
    expect(names.client).toBe('WidgetsClient');
    expect(names.schemaTypes.get('widgets-client')).toBe('WidgetsClientSchema');
  });

  it('leaves a name another API has out of the package root, keeping it in its own subpath', () => {
    const table = claimNames(
      [api(), { ...api({ name: 'widgets-copy', specPath: 'specs/copy.yaml' }), strict: false }],
      new Map(),
    );
    const copy = table.get('widgets-copy')!;
    expect(copy.rootValues).not.toContain('getWidget');
    expect(copy.operations.get('getWidget')?.function).toBe('getWidget');
    expect(copy.namingNotes).toContain(
      '`getWidget` is not re-exported by the package root, where API "widgets" (specs/widgets.yaml) has it: import it from `invoicing-sdk/widgets-copy`.',
    );
  });
});

describe('derivedOperationId', () => {
  it.each([
    ['get', '/pets/{petId}/toys', 'getPetsByPetIdToys'],
    ['post', '/pets', 'postPets'],
    ['get', '/', 'getRoot'],
    ['delete', '/v1/users/{user-id}/keys/{key_id}', 'deleteV1UsersByUserIdKeysByKeyId'],
    ['get', '/2fa/{id}.json', 'get2faByIdJson'],
  ])('%s %s → %s', (method, path, name) => {
    expect(derivedOperationId(method, path)).toBe(name);
  });
});

describe('case conversions', () => {
  it.each([
    ['update-sales-invoice', 'UpdateSalesInvoice', 'updateSalesInvoice', 'update-sales-invoice'],
    ['updateSalesInvoice', 'UpdateSalesInvoice', 'updateSalesInvoice', 'update-sales-invoice'],
    ['update_sales_invoice', 'UpdateSalesInvoice', 'updateSalesInvoice', 'update-sales-invoice'],
    ['getHTTPStatus', 'GetHTTPStatus', 'getHTTPStatus', 'get-http-status'],
  ])('%s → %s, %s, %s', (text, pascal, camel, kebab) => {
    expect([pascalCase(text), camelCase(text), kebabCase(text)]).toEqual([pascal, camel, kebab]);
  });

  it('refuses a name that cannot start an identifier', () => {
    expect(() => pascalCase('2fa-reset')).toThrow('"2fa-reset" cannot become a TypeScript identifier');
  });
});
