// Operations whose success comes in more than one shape (test/fixtures/pipeline-security/specs/
// imports.yaml): 200, 202 and 204 each typed and read by the status that comes back, each body
// checked against its own schema by `validateResponses` (a `2XX` class by any 2xx the spec does not
// name); and an operation that describes every answer as `default`, whose success body is that one.
// Through the real generator and a real server on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto, type Generated } from './helpers/generated.js';
import { ApiError, ResponseValidationError } from '../src/errors/errors.js';
import { fixture } from './helpers/project.js';
import { startTestServer, type Answer, type TestServer } from './helpers/test-server.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

type Call = (request: unknown) => Promise<unknown>;
interface ImportsModule {
  createImportsClient(options: Record<string, unknown>): Record<string, Call>;
}

let generated: Generated;
let imports: ImportsModule;
let server: TestServer;
let reply: Answer = { status: 204 };
const json = (status: number, body: unknown): Answer => ({
  status,
  headers: { 'content-type': 'application/json' },
  body,
});
const client = (): Record<string, Call> =>
  imports.createImportsClient({ baseUrl: server.url, retry: false, validateResponses: true });

beforeAll(async () => {
  generated = await generateInto(fixture('pipeline-security', 'redocly.yaml'), { name: 'pipeline-responses' });
  imports = await generated.load<ImportsModule>('imports');
  server = await startTestServer(() => reply);
}, 120_000);
afterAll(() => server?.close());

describe('several success responses', () => {
  it('types the result as any of them', () => {
    expect(generated.files.find((file) => file.path === 'imports/types.ts')!.content).toContain(
      [
        'export type StartImportResponse =',
        "  | operations['startImport']['responses'][200]['content']['application/json']",
        "  | operations['startImport']['responses'][202]['content']['application/json']",
        '  | void;',
      ].join('\n'),
    );
  });

  it('reads and checks each body by the status it comes with', async () => {
    reply = json(200, { imported: 3 });
    await expect(client()['startImport']!({ body: { source: 's3://bucket' } })).resolves.toEqual({ imported: 3 });
    reply = json(202, { jobId: 'job_42' });
    await expect(client()['startImport']!({ body: { source: 's3://bucket' } })).resolves.toEqual({ jobId: 'job_42' });
    reply = { status: 204 };
    await expect(client()['startImport']!({ body: { source: 's3://bucket' } })).resolves.toBeUndefined();
  });

  it('refuses a body that is not its own status’s shape', async () => {
    reply = json(202, { imported: 3 });
    const error = await client()['startImport']!({ body: { source: 's3://bucket' } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([
      { path: '/jobId', rule: 'required', message: 'is required' },
    ]);
    reply = json(200, { jobId: 'job_42' });
    await expect(client()['startImport']!({ body: { source: 's3://bucket' } })).rejects.toThrow(
      ResponseValidationError,
    );
  });

  it('reads an error by the `default` response', async () => {
    reply = json(409, { message: 'already importing' });
    const error = await client()['startImport']!({ body: { source: 's3://bucket' } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
  });
});

describe('success responses of different media types', () => {
  it('reads each by its own: bytes as a Blob, JSON parsed, text as text', async () => {
    const bytes = new Uint8Array([0, 159, 146, 150, 255]);
    reply = {
      kind: 'respond',
      status: 201,
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.from(bytes),
    };
    const file = await client()['getExport']!({ path: { exportId: 'exp_1' } });
    expect(file).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (file as Blob).arrayBuffer())).toEqual(bytes);
    reply = json(200, { progress: 0.5 });
    await expect(client()['getExport']!({ path: { exportId: 'exp_1' } })).resolves.toEqual({ progress: 0.5 });
    reply = { status: 203, headers: { 'content-type': 'text/plain' }, body: '12 invoices' };
    await expect(client()['getExport']!({ path: { exportId: 'exp_1' } })).resolves.toBe('12 invoices');
    reply = json(200, { progress: 'half' });
    await expect(client()['getExport']!({ path: { exportId: 'exp_1' } })).rejects.toThrow(ResponseValidationError);
  });
});

describe('a success by its class (`2XX`) beside an exact status', () => {
  it('checks an exact status against its own schema and any other 2xx against the class’s', async () => {
    reply = json(201, { reportId: 'rep_1' });
    await expect(client()['createReport']!({})).resolves.toEqual({ reportId: 'rep_1' });
    reply = json(202, { queued: true });
    await expect(client()['createReport']!({})).resolves.toEqual({ queued: true });
    reply = json(202, { reportId: 'rep_1' });
    const error = await client()['createReport']!({}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([
      { path: '/queued', rule: 'required', message: 'is required' },
    ]);
    reply = json(201, { queued: true });
    await expect(client()['createReport']!({})).rejects.toThrow(ResponseValidationError);
  });
});

describe('an operation that describes every answer as `default`', () => {
  it('resolves with its body on success, checked against its schema', async () => {
    reply = json(200, { state: 'idle' });
    await expect(client()['getStatus']!({})).resolves.toEqual({ state: 'idle' });
    reply = json(200, { state: 7 });
    await expect(client()['getStatus']!({})).rejects.toThrow(ResponseValidationError);
  });
});

it('compiles without a single diagnostic under the strict project settings', () => {
  expect(typeScriptDiagnostics(generated.roots())).toEqual([]);
}, 120_000);
