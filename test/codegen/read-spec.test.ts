import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GenerationError } from '../../scripts/codegen/generation-error.js';
import {
  DEFAULT_PATH_PARAMETER_PATTERN,
  readDocument,
  readSpec,
  type SpecSource,
} from '../../scripts/codegen/read-spec.js';
import { fragmentPointer, resolveRef } from '../../scripts/codegen/resolve-ref.js';

type Json = Record<string, unknown>;

const SOURCE: SpecSource = {
  name: 'widgets',
  strict: true,
  specFile: '/specs/widgets.yaml',
  specPath: 'specs/widgets.yaml',
};

const OK = { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } };

/** A spec with one path item holding `pathItem` (operations and path-level parameters), and `components`. */
function spec(pathItem: Json, components: Json = {}, extra: Json = {}): Json {
  return {
    openapi: '3.1.0',
    info: { title: 'Widgets', version: '2.0' },
    servers: [{ url: 'https://widgets.test', 'x-environment': 'live' }],
    paths: { '/widgets/{widgetId}': pathItem },
    components,
    ...extra,
  };
}

const ID_PARAMETER = { name: 'widgetId', in: 'path', required: true, schema: { type: 'string', pattern: '^w_' } };

function onlyOperation(document: Json, strict = true): ReturnType<typeof readDocument>['operations'][number] {
  const operations = readDocument(document, { ...SOURCE, strict }).operations;
  expect(operations).toHaveLength(1);
  return operations[0]!;
}

describe('readDocument', () => {
  it('merges the path item’s parameters with the operation’s: the operation’s win, in the path item’s place', () => {
    const operation = onlyOperation(
      spec({
        parameters: [
          ID_PARAMETER,
          { name: 'expand', in: 'query', schema: { type: 'string' } },
          { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
        ],
        get: {
          operationId: 'getWidget',
          parameters: [
            { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
            { name: 'expand', in: 'query', required: true, schema: { enum: ['parts'] } },
          ],
          responses: OK,
        },
      }),
    );
    expect(operation.queryParameters).toEqual([
      { name: 'expand', required: true, schema: { enum: ['parts'] } },
      { name: 'verbose', required: false, schema: { type: 'boolean' } },
    ]);
    expect(operation.headerParameters).toEqual([{ name: 'X-Trace', required: false, schema: { type: 'string' } }]);
    expect(operation.pathParameters).toEqual([{ ...ID_PARAMETER, pattern: '^w_' }].map(({ in: _in, ...rest }) => rest));
  });

  it('resolves referenced parameters, request bodies and responses, and keeps their schemas as written', () => {
    const operation = onlyOperation(
      spec(
        {
          patch: {
            operationId: 'updateWidget',
            parameters: [{ $ref: '#/components/parameters/WidgetId' }],
            requestBody: { $ref: '#/components/requestBodies/WidgetUpdate' },
            responses: { '200': { $ref: '#/components/responses/Widget' } },
          },
        },
        {
          parameters: { WidgetId: { ...ID_PARAMETER, schema: { $ref: '#/components/schemas/WidgetId' } } },
          requestBodies: {
            WidgetUpdate: {
              required: true,
              content: { 'application/merge-patch+json': { schema: { $ref: '#/components/schemas/Widget' } } },
            },
          },
          responses: {
            Widget: {
              description: 'A widget',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } },
            },
          },
          schemas: { WidgetId: { type: 'string', pattern: '^w_[a-z]+$' }, Widget: { type: 'object' } },
        },
      ),
    );
    // The pattern is read through the schema's `$ref`; the schema itself stays the reference.
    expect(operation.pathParameters).toEqual([
      { name: 'widgetId', required: true, schema: { $ref: '#/components/schemas/WidgetId' }, pattern: '^w_[a-z]+$' },
    ]);
    expect(operation.requestBody).toEqual({
      required: true,
      mediaType: 'application/merge-patch+json',
      schema: { $ref: '#/components/schemas/Widget' },
    });
    expect(operation.success).toEqual({
      status: '200',
      mediaType: 'application/json',
      schema: { $ref: '#/components/schemas/Widget' },
    });
  });

  it('keeps a recursive schema a reference to itself', () => {
    const node = {
      type: 'object',
      properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
    };
    const model = readDocument(
      spec(
        {
          get: {
            operationId: 'getTree',
            parameters: [ID_PARAMETER],
            responses: {
              '200': {
                description: 'OK',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Node' } } },
              },
            },
          },
        },
        { schemas: { Node: node } },
      ),
      SOURCE,
    );
    expect(model.schemas.map((schema) => [schema.name, schema.schema])).toEqual([['Node', node]]);
    expect(model.operations[0]!.success.schema).toEqual({ $ref: '#/components/schemas/Node' });
  });

  it.each<[string, Json, Json, string]>([
    [
      'a reference chain that loops, naming the pointer',
      { $ref: '#/components/parameters/A' },
      { parameters: { A: { $ref: '#/components/parameters/B' }, B: { $ref: '#/components/parameters/A' } } },
      'Reference cycle at "#/components/parameters/A".',
    ],
    [
      'a reference to nothing',
      { $ref: '#/components/parameters/Missing' },
      {},
      'Unresolved reference "#/components/parameters/Missing".',
    ],
    [
      'a reference to another file',
      { $ref: 'common.yaml#/components/parameters/A' },
      {},
      'Only local references are supported, found "common.yaml#/components/parameters/A".',
    ],
  ])('refuses %s', (_label, parameter, components, message) => {
    const document = spec(
      { get: { operationId: 'getWidget', parameters: [ID_PARAMETER, parameter], responses: OK } },
      components,
    );
    expect(() => readDocument(document, SOURCE)).toThrow(GenerationError);
    expect(() => readDocument(document, SOURCE)).toThrow(message);
  });

  describe('strict and not strict', () => {
    const noPattern = spec({
      delete: {
        operationId: 'deleteWidget',
        parameters: [{ name: 'widgetId', in: 'path', required: true, schema: { type: 'string' } }],
        responses: OK,
      },
    });
    const redirectOnly = spec({
      get: {
        operationId: 'downloadWidget',
        parameters: [ID_PARAMETER],
        responses: {
          '302': { description: 'Elsewhere' },
          '404': { description: 'No', content: { 'application/json': {} } },
        },
      },
    });

    it.each<[string, Json, string]>([
      [
        'a path parameter without a pattern',
        noPattern,
        'operation deleteWidget: path parameter "widgetId" has no pattern; every path parameter needs one.',
      ],
      ['an operation without a 2xx response', redirectOnly, 'downloadWidget: declares no 2xx response.'],
      [
        'an operation without an operationId',
        spec({ get: { parameters: [ID_PARAMETER], responses: OK } }),
        'GET /widgets/{widgetId} has no operationId. Give it one (a spec that is not strict would get `getWidgetsByWidgetId`, from its method and path).',
      ],
    ])('a strict spec refuses %s', (_label, document, message) => {
      expect(() => readDocument(document, SOURCE)).toThrow(message);
    });

    it('names an operation without an operationId from its method and path', () => {
      const operation = onlyOperation(spec({ get: { parameters: [ID_PARAMETER], responses: OK } }), false);
      expect(operation).toMatchObject({ operationId: 'getWidgetsByWidgetId', operationIdDerived: true });
    });

    it('gives a path parameter without a pattern one that keeps it in its segment', () => {
      expect(onlyOperation(noPattern, false).pathParameters[0]!.pattern).toBe(DEFAULT_PATH_PARAMETER_PATTERN);
    });

    it('resolves an operation without a 2xx response with nothing', () => {
      const operation = onlyOperation(redirectOnly, false);
      expect(operation.success).toEqual({ status: '2XX', mediaType: undefined, schema: undefined });
      expect(operation.errors).toEqual([{ status: '404', mediaType: 'application/json' }]);
    });

    it.each<[string, boolean]>([
      ['get', true],
      ['put', true],
      ['delete', true],
      ['post', false],
      ['patch', false],
    ])('without x-retry, lets %s be sent again: %s', (method, repeatable) => {
      const operation = onlyOperation(
        spec({ [method]: { operationId: 'touchWidget', parameters: [ID_PARAMETER], responses: OK } }),
      );
      expect(operation.retry).toEqual({ repeatable, notRepeatableWhen: [], idempotencyHeader: undefined });
    });
  });

  it('names servers without x-environment by their place, and leaves a URL with variables to `baseUrl`', () => {
    const model = readDocument(
      spec(
        {},
        {},
        {
          servers: [
            { url: 'https://{region}.widgets.test', variables: { region: { default: 'eu' } } },
            { url: 'https://sandbox.widgets.test' },
          ],
        },
      ),
      SOURCE,
    );
    expect(model.servers).toEqual([{ environment: 'server-2', url: 'https://sandbox.widgets.test' }]);
    expect(model.serverTemplates).toEqual(['https://{region}.widgets.test']);
    expect(model).toMatchObject({ title: 'Widgets', version: '2.0', openapiVersion: '3.1.0', operations: [] });
  });

  it('reads an operation’s own server (its own, else its path item’s), and refuses one that is no URL or path', () => {
    const document = spec({});
    document['paths'] = {
      '/files': {
        servers: [{ url: 'https://{host}/api/', variables: { host: { default: 'upload.widgets.test' } } }],
        post: { operationId: 'upload', responses: OK },
        get: { operationId: 'listFiles', servers: [{ url: '/v1' }], responses: OK },
      },
      '/plain': { get: { operationId: 'plain', responses: OK } },
    };
    const servers = readDocument(document, SOURCE).operations.map((operation) => [
      operation.operationId,
      operation.server,
    ]);
    expect(servers).toEqual([
      ['listFiles', '/v1'],
      ['plain', undefined],
      ['upload', 'https://upload.widgets.test/api'],
    ]);
    document['paths'] = {
      '/x': { get: { operationId: 'x', servers: [{ url: 'https://a.test/?q=1' }], responses: OK } },
    };
    expect(() => readDocument(document, SOURCE)).toThrow('must be an absolute http(s) URL or a path');
  });

  it('sorts operations by operationId, whatever the order of paths', () => {
    const document = spec({});
    document['paths'] = {
      '/b': { get: { operationId: 'listBs', responses: OK } },
      '/a': { get: { operationId: 'listAs', responses: OK } },
    };
    expect(readDocument(document, SOURCE).operations.map((operation) => operation.operationId)).toEqual([
      'listAs',
      'listBs',
    ]);
  });
});

describe('resolveRef', () => {
  const document = { a: { $ref: '#/b' }, b: { $ref: '#/c~1d' }, 'c/d': { value: 1 } };

  it('follows a chain of references to its end, unescaping JSON-pointer segments', () => {
    expect(resolveRef(document, { $ref: '#/a' })).toEqual({ value: 1 });
  });

  it('returns a node that is no reference as it is', () => {
    const node = { type: 'string' };
    expect(resolveRef(document, node)).toBe(node);
    expect(resolveRef(document, undefined)).toBeUndefined();
  });

  it('does not follow the references inside what it arrives at', () => {
    const recursive = { properties: { self: { $ref: '#/node' } } };
    expect(resolveRef({ node: recursive }, { $ref: '#/node' })).toBe(recursive);
  });

  it('fails on a reference to itself', () => {
    expect(() => resolveRef({ a: { $ref: '#/a' } }, { $ref: '#/a' })).toThrow('Reference cycle at "#/a".');
  });

  it('reads a pointer percent-encoded as a URI fragment, and a lone % as itself', () => {
    const paths = { paths: { '/users/{id}': { parameters: [{ name: 'id' }] }, '100%': { value: 2 } } };
    expect(resolveRef(paths, { $ref: '#/paths/~1users~1%7Bid%7D/parameters/0' })).toEqual({ name: 'id' });
    expect(resolveRef(paths, { $ref: '#/paths/100%' })).toEqual({ value: 2 });
    expect(fragmentPointer('#/a%20b/~1c')).toBe('/a b/~1c');
  });
});

describe('readSpec', () => {
  it('reads the file, normalises line endings, and keeps the text for openapi-typescript', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'read-spec-'));
    try {
      const file = path.join(dir, 'specs', 'widgets.json');
      const text = JSON.stringify(
        spec({ get: { operationId: 'getWidget', parameters: [ID_PARAMETER], responses: OK } }),
        null,
        2,
      );
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, text.replace(/\n/g, '\r\n'));
      const { api, specText } = await readSpec({ name: 'widgets', specFile: file, strict: true }, dir);
      expect(specText).toBe(text);
      expect(api.specPath).toBe('specs/widgets.json');
      expect(api.operations.map((operation) => operation.operationId)).toEqual(['getWidget']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
