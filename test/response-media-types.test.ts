import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCore, type ClientCore } from '../src/client/client-core.js';
import { UnexpectedResponseError } from '../src/errors/errors.js';
import { callOperation } from '../src/operation/call-operation.js';
import type { OperationDescription } from '../src/operation/operation-types.js';
import type { ApiDescription } from '../src/types/api-description.js';
import { startTestServer, type Answer, type TestServer } from './helpers/test-server.js';

// A success body that is not JSON is read as the spec declares it: a `text/…` body as its text,
// any other type as a Blob of its bytes (openapi-fetch's `parseAs: 'blob'`), each only in the
// declared media type.

const API: ApiDescription<'test'> = {
  name: 'exports',
  title: 'Exports',
  servers: { test: 'http://127.0.0.1:1' },
  defaultEnvironment: 'test',
  defaultableHeaders: [],
  security: { credentialPrefixes: {} },
};

function download(accept: string, responseBody: 'text' | 'binary'): OperationDescription {
  return {
    operationId: 'download',
    method: 'GET',
    path: '/export',
    pathParameters: {},
    accept,
    responseBody,
    retry: { repeatable: true },
    requestSchema: {},
  };
}

interface Paths {
  '/export': { get: { parameters: object; responses: { 200: { content: { '*/*': unknown } } } } };
}

const PDF_BYTES = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0xfe, 0x0a]);
let reply: Answer = { status: 200 };
let server: TestServer;
let core: ClientCore<Paths>;
beforeAll(async () => {
  server = await startTestServer(() => reply);
  core = createClientCore<Paths, 'test'>(API, { baseUrl: server.url, token: 'tok_downloads', retry: false });
});
afterAll(() => server.close());

function call(operation: OperationDescription): Promise<unknown> {
  return callOperation(core, operation, {}, undefined, (init) => core.http.GET('/export', { ...init }));
}

describe('a success body that is not JSON', () => {
  it('text/csv: resolves with its text, sent with that Accept', async () => {
    reply = { status: 200, headers: { 'content-type': 'text/csv; charset=utf-8' }, body: 'id,total\n1,"12.50"\n' };
    await expect(call(download('text/csv', 'text'))).resolves.toBe('id,total\n1,"12.50"\n');
    expect(server.requests.at(-1)!.headers['accept']).toBe('text/csv');
  });

  it('application/pdf: resolves with a Blob of exactly its bytes', async () => {
    reply = { kind: 'respond', status: 200, headers: { 'content-type': 'application/pdf' }, body: PDF_BYTES };
    const data = await call(download('application/pdf', 'binary'));
    expect(data).toBeInstanceOf(Blob);
    expect(Buffer.from(await (data as Blob).arrayBuffer())).toEqual(PDF_BYTES);
  });

  it('image/*: takes any image type', async () => {
    reply = { kind: 'respond', status: 200, headers: { 'content-type': 'image/png' }, body: PDF_BYTES };
    await expect(call(download('image/*', 'binary'))).resolves.toBeInstanceOf(Blob);
  });

  it.each([
    ['application/pdf', 'binary', 'text/html; charset=utf-8', '<html>maintenance</html>'],
    ['text/csv', 'text', 'application/json', '{"error":"x"}'],
    ['image/*', 'binary', 'text/plain', 'not an image'],
  ] as const)(
    'declared %s: a %s body of another type (%s) is an UnexpectedResponseError',
    async (accept, kind, type, body) => {
      reply = { status: 200, headers: { 'content-type': type }, body };
      const error = await call(download(accept, kind)).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnexpectedResponseError);
      expect((error as Error).message).toContain(`content type ${type} instead of ${accept}`);
    },
  );
});
