import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCore, type ClientCore } from '../src/client/client-core.js';
import { RequestValidationError } from '../src/errors/errors.js';
import { callOperation } from '../src/operation/call-operation.js';
import { binaryBody, formBody, multipartBody, textBody } from '../src/request/body-writers.js';
import { jsonBody, type BodyWriter } from '../src/request/request-body.js';
import type { CallOptions, OperationDescription } from '../src/operation/operation-types.js';
import type { ApiDescription } from '../src/types/api-description.js';
import type { JsonSchema } from '../src/validation/schema.js';
import { startTestServer, type TestRequest, type TestServer } from './helpers/test-server.js';

// A request body goes out in the media type the spec declares for it, from one reading of what the
// caller passed: a form as form fields, multipart as parts (a Blob as a file), bytes as bytes, text
// as text. Before, every body went out as JSON, bytes JSON-quoted even under a Content-Type override.

const API: ApiDescription<'test'> = {
  name: 'uploads',
  title: 'Uploads',
  servers: { test: 'http://127.0.0.1:1' },
  defaultEnvironment: 'test',
  defaultableHeaders: [],
  security: { credentialPrefixes: {} },
};

interface Paths {
  '/upload': {
    post: { parameters: object; requestBody: { content: { '*/*': unknown } }; responses: { 204: { content?: never } } };
  };
}

/** The writer the generator names for each media type. */
const WRITERS: Readonly<Record<string, BodyWriter>> = {
  'application/x-www-form-urlencoded': formBody,
  'multipart/form-data': multipartBody,
  'application/octet-stream': binaryBody,
  'text/csv': textBody,
  'text/plain': textBody,
  'application/merge-patch+json': jsonBody,
};

function upload(mediaType: string, body: JsonSchema = {}, repeatable = false): OperationDescription {
  return {
    operationId: 'upload',
    method: 'POST',
    path: '/upload',
    pathParameters: {},
    requestBody: { mediaType, write: WRITERS[mediaType]! },
    accept: '*/*',
    retry: { repeatable },
    requestSchema: { type: 'object', properties: { body } },
  };
}

let server: TestServer;
let answer: (request: TestRequest) => number = () => 204;
let core: ClientCore<Paths>;
beforeAll(async () => {
  server = await startTestServer((request) => ({ status: answer(request) }));
  core = createClientCore<Paths, 'test'>(API, {
    baseUrl: server.url,
    token: 'tok_media_types',
    retry: { initialDelayMs: 1, jitter: 0 },
  });
});
afterAll(() => server.close());

/** Sends `body` as `operation` says, and returns what the server received. */
async function send(operation: OperationDescription, body: unknown, options?: CallOptions): Promise<TestRequest[]> {
  const before = server.requests.length;
  await callOperation<unknown, unknown, { body: unknown }>(core, operation, { body }, options, (init, sent) =>
    core.http.POST('/upload', { body: sent.body as never, ...init }),
  );
  return server.requests.slice(before);
}

async function refusal(operation: OperationDescription, body: unknown): Promise<string> {
  const before = server.requests.length;
  const error = await send(operation, body).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RequestValidationError);
  expect(server.requests.length).toBe(before);
  return (error as Error).message;
}

describe('a request body in the media type the spec declares', () => {
  it('application/x-www-form-urlencoded: form fields, an array as one field per item, an object as JSON', async () => {
    const [received] = await send(upload('application/x-www-form-urlencoded'), {
      name: 'Jane Doe & Co',
      amount: 12.5,
      tags: ['a', 'b c'],
      meta: { k: 1 },
      none: null,
      skipped: undefined,
    });
    expect(received!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(received!.body).toBe('name=Jane+Doe+%26+Co&amount=12.5&tags=a&tags=b+c&meta=%7B%22k%22%3A1%7D&none=');
  });

  it('multipart/form-data: text parts and a Blob as a file part, with the boundary fetch sets', async () => {
    const file = new Blob(['%PDF-1.7 bytes'], { type: 'application/pdf' });
    const [received] = await send(upload('multipart/form-data'), { purpose: 'invoice', file, ids: [1, 2] });
    const contentType = received!.headers['content-type']!;
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/u);
    const parts = received!.body.split(`--${contentType.split('boundary=')[1]!}`);
    expect(parts.filter((part) => part.includes('name="ids"')).map((part) => part.trim().split('\r\n').at(-1))).toEqual(
      ['1', '2'],
    );
    const filePart = parts.find((part) => part.includes('name="file"'))!;
    expect(filePart).toContain('Content-Type: application/pdf');
    expect(filePart).toContain('%PDF-1.7 bytes');
    expect(parts.find((part) => part.includes('name="purpose"'))).toContain('invoice');
  });

  it('application/octet-stream: the bytes as they are, copied when the call starts', async () => {
    const bytes = new TextEncoder().encode('%PDF "quoted" \u00e9');
    const pending = send(upload('application/octet-stream'), bytes);
    bytes.fill(0x58); // a change after the call started is not sent
    const [received] = await pending;
    expect(received!.headers['content-type']).toBe('application/octet-stream');
    expect(received!.body).toBe('%PDF "quoted" \u00e9');
  });

  it('application/octet-stream: a Blob, an ArrayBuffer or a string alike', async () => {
    for (const body of [new Blob(['raw']), new TextEncoder().encode('raw').buffer, 'raw']) {
      const [received] = await send(upload('application/octet-stream'), body);
      expect(received!.body).toBe('raw');
    }
  });

  it('text/csv: a string as it is', async () => {
    const [received] = await send(upload('text/csv'), 'id,amount\n1,"12.50"\n');
    expect(received!.headers['content-type']).toBe('text/csv');
    expect(received!.body).toBe('id,amount\n1,"12.50"\n');
  });

  it('application/merge-patch+json: JSON, with its own Content-Type, whatever the call headers say', async () => {
    const [received] = await send(
      upload('application/merge-patch+json'),
      { memo: null },
      {
        headers: { 'content-type': 'text/plain' },
      },
    );
    expect(received!.headers['content-type']).toBe('application/merge-patch+json');
    expect(received!.body).toBe('{"memo":null}');
  });

  it('a multipart body is sent again, whole, when a repeatable call is retried', async () => {
    let calls = 0;
    answer = () => (++calls === 1 ? 503 : 204);
    try {
      const file = new Blob(['twice']);
      const received = await send(upload('multipart/form-data', {}, true), { file });
      expect(received).toHaveLength(2);
      const strip = (request: TestRequest) =>
        request.body.replaceAll(request.headers['content-type']!.split('boundary=')[1]!, 'BOUNDARY');
      expect(strip(received[1]!)).toBe(strip(received[0]!));
      expect(received[1]!.body).toContain('twice');
    } finally {
      answer = () => 204;
    }
  });

  it.each([
    [
      'application/x-www-form-urlencoded',
      { file: new Blob(['x']) },
      '/body/file: is a file, which application/x-www-form-urlencoded cannot carry',
    ],
    [
      'application/x-www-form-urlencoded',
      ['a'],
      '/body: must be an object of fields (sent as application/x-www-form-urlencoded)',
    ],
    ['text/plain', { text: 'x' }, '/body: must be a string (sent as text/plain)'],
    [
      'application/octet-stream',
      { bytes: [1] },
      '/body: must be a Blob, an ArrayBuffer, a typed array or a string (sent as application/octet-stream)',
    ],
  ])('%s: a body that cannot be written so is refused before sending (%j)', async (mediaType, body, issue) => {
    expect(await refusal(upload(mediaType), body)).toContain(issue);
  });

  it('checks a file field against `format: binary` (binary: true): bytes or a string pass, anything else does not', async () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: { file: { type: 'string', binary: true } },
      required: ['file'],
    };
    await expect(send(upload('multipart/form-data', schema), { file: new Blob(['ok']) })).resolves.toHaveLength(1);
    await expect(send(upload('multipart/form-data', schema), { file: 'text is fine too' })).resolves.toHaveLength(1);
    expect(await refusal(upload('multipart/form-data', schema), { file: 42 })).toContain(
      '/body/file: must be a string (type)',
    );
  });
});
