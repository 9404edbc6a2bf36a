import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCore, type ClientCore } from '../src/client/client-core.js';
import { callOperation } from '../src/operation/call-operation.js';
import type { OperationDescription } from '../src/operation/operation-types.js';
import { serializeQuery, type QueryParameterStyle } from '../src/request/query-string.js';
import type { ApiDescription } from '../src/types/api-description.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

// Query parameters written as the spec's style says, per parameter. The expected strings are the
// examples of OpenAPI 3.1's "Style Examples" table (color as a string, an array and an object),
// with brackets and spaces percent-encoded as a URL carries them.

const COLOR = {
  primitive: 'blue',
  array: ['blue', 'black', 'brown'],
  object: { R: 100, G: 200, B: 150 },
} as const;

describe('serializeQuery', () => {
  it.each<[string, QueryParameterStyle, keyof typeof COLOR, string]>([
    ['form', {}, 'primitive', 'color=blue'],
    ['form', {}, 'array', 'color=blue&color=black&color=brown'],
    ['form', {}, 'object', 'R=100&G=200&B=150'],
    ['form, explode: false', { explode: false }, 'primitive', 'color=blue'],
    ['form, explode: false', { explode: false }, 'array', 'color=blue,black,brown'],
    ['form, explode: false', { explode: false }, 'object', 'color=R,100,G,200,B,150'],
    ['spaceDelimited', { style: 'spaceDelimited' }, 'array', 'color=blue%20black%20brown'],
    ['spaceDelimited', { style: 'spaceDelimited' }, 'object', 'color=R%20100%20G%20200%20B%20150'],
    ['pipeDelimited', { style: 'pipeDelimited' }, 'array', 'color=blue|black|brown'],
    ['pipeDelimited', { style: 'pipeDelimited' }, 'object', 'color=R|100|G|200|B|150'],
    [
      'deepObject',
      { style: 'deepObject', explode: true },
      'object',
      'color%5BR%5D=100&color%5BG%5D=200&color%5BB%5D=150',
    ],
  ])('%s, %s', (_, style, shape, expected) => {
    expect(serializeQuery({ color: COLOR[shape] }, { color: style })).toBe(expected);
  });

  it('leaves out undefined values and items, writes null as empty and numbers and booleans as text', () => {
    expect(
      serializeQuery(
        { a: undefined, b: null, c: 0, d: false, e: ['x', undefined, 'y'], f: [] },
        { e: { explode: false }, f: { explode: false } },
      ),
    ).toBe('b=&c=0&d=false&e=x,y');
  });

  it('percent-encodes names and values; allowReserved keeps reserved characters, but never #, &, =, + or %', () => {
    expect(serializeQuery({ 'q&x': 'a b/c?d#e&f=g+h%' }, {})).toBe('q%26x=a%20b%2Fc%3Fd%23e%26f%3Dg%2Bh%25');
    expect(serializeQuery({ path: 'a/b:c?d#e&f=g+h%[1]' }, { path: { allowReserved: true } })).toBe(
      'path=a/b:c?d%23e%26f%3Dg%2Bh%25[1]',
    );
  });

  it('never lets a value end the query, start a fragment or add a parameter', () => {
    const styles = fc.record({
      style: fc.constantFrom('form', 'spaceDelimited', 'pipeDelimited', 'deepObject'),
      explode: fc.boolean(),
      allowReserved: fc.boolean(),
    }) as fc.Arbitrary<QueryParameterStyle>;
    const value = fc.oneof(
      fc.string(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.string(), fc.string()),
    );
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), value, styles, (name, item, style) => {
        const query = serializeQuery({ [name]: item }, { [name]: style });
        const url = new URL(`https://api.example.test/v1/things?${query}`);
        expect(url.hash).toBe('');
        expect(url.pathname).toBe('/v1/things');
        // Every parameter that arrives is the one given, or (form, explode) one of its own fields.
        const fields = typeof item === 'object' && !Array.isArray(item) ? Object.keys(item) : [];
        for (const key of url.searchParams.keys()) {
          expect([name, ...fields, ...fields.map((field) => `${name}[${field}]`)]).toContain(key);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('an operation that says how its query is written', () => {
  const API: ApiDescription<'test'> = {
    name: 'payments',
    title: 'Payments',
    servers: { test: 'http://127.0.0.1:1' },
    defaultEnvironment: 'test',
    defaultableHeaders: [],
    security: { credentialPrefixes: {} },
  };
  const LIST: OperationDescription = {
    operationId: 'listPayments',
    method: 'GET',
    path: '/payments',
    pathParameters: {},
    accept: 'application/json',
    retry: { repeatable: true },
    queryString: {
      styles: { embed: { explode: false }, filter: { style: 'deepObject', explode: true } },
      write: serializeQuery,
    },
    requestSchema: {},
  };
  interface Paths {
    '/payments': {
      get: {
        parameters: { query?: Record<string, unknown> };
        responses: { 200: { content: { 'application/json': unknown } } };
      };
    };
  }
  let server: TestServer;
  let core: ClientCore<Paths>;
  beforeAll(async () => {
    server = await startTestServer(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: [] }));
    core = createClientCore<Paths, 'test'>(API, { baseUrl: server.url, token: 'tok_query_styles', retry: false });
  });
  afterAll(() => server.close());

  it('sends it so: embed=payments,refunds and filter[status]=paid, not as openapi-fetch would', async () => {
    const query = { embed: ['payments', 'refunds'], filter: { status: 'paid' }, limit: 5 };
    await callOperation(core, LIST, { query }, undefined, (init, sent) =>
      core.http.GET('/payments', { params: { query: sent.query as Record<string, unknown> }, ...init }),
    );
    expect(server.requests.at(-1)!.url).toBe('/payments?embed=payments,refunds&filter%5Bstatus%5D=paid&limit=5');
  });
});
