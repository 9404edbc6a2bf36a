import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutput, type OutputFile } from '../scripts/codegen/emit.js';
import { generate } from '../scripts/codegen/pipeline.js';
import { ConfigurationError, RequestValidationError } from '../src/errors/errors.js';
import { PROJECT_DIR, fixture, scratchDir } from './helpers/project.js';
import { startTestServer, type Answer, type TestServer } from './helpers/test-server.js';

// The generator on a spec of the shapes real specs have and ours do not (test/fixtures/
// pipeline-foreign/specs/uploads.yaml): no servers, no security, a multipart upload with a file, a
// form body, bytes in and out, a CSV response, an integer path parameter, query parameters with
// styles of their own. The generated client is called against a real server.

let files: OutputFile[];
let outDir: string;
const byPath = (file: string): string => files.find((entry) => entry.path === file)!.content;

/** The generated uploads API, loaded as an app loads it. */
interface UploadsModule {
  createUploadsClient(options: Record<string, unknown>): {
    listFiles(request: unknown): Promise<unknown>;
    uploadFile(request: unknown): Promise<unknown>;
    getFileContent(request: unknown): Promise<unknown>;
    replaceFileContent(request: unknown): Promise<unknown>;
    labelFile(request: unknown): Promise<unknown>;
    getFileSummary(request: unknown): Promise<unknown>;
  };
}
let uploads: UploadsModule;

/** The generated notes API (specs/notes.yaml: names that clash, an operation without operationId). */
interface NotesModule {
  createNotesClient(options: Record<string, unknown>): {
    createNote(request: unknown): Promise<unknown>;
    getNotesByNoteId(request: unknown): Promise<unknown>;
    deleteOp(request: unknown): Promise<unknown>;
    thenOp(request: unknown): Promise<unknown>;
    callOperationOp(request: unknown): Promise<unknown>;
  };
}
let notes: NotesModule;
let reply: Answer = { status: 204 };
let server: TestServer;

beforeAll(async () => {
  outDir = path.join(await scratchDir('pipeline-real-shapes'), 'generated');
  files = await generate({
    configFile: fixture('pipeline-foreign', 'redocly.yaml'),
    outDir,
    runtimeDir: path.join(PROJECT_DIR, 'src'),
    skipLint: true,
  });
  await writeOutput(outDir, files);
  uploads = (await import(pathToFileURL(path.join(outDir, 'uploads', 'index.ts')).href)) as UploadsModule;
  notes = (await import(pathToFileURL(path.join(outDir, 'notes', 'index.ts')).href)) as NotesModule;
  server = await startTestServer(() => reply);
});
afterAll(() => server.close());

describe('a spec without servers or security', () => {
  it('describes no server and optional credentials', () => {
    const api = byPath('uploads/api.ts');
    expect(api).toContain('servers: {},');
    expect(api).not.toContain('defaultEnvironment');
    expect(api).toContain('security: { optional: true, credentialPrefixes: {} },');
    expect(byPath('uploads/client.ts')).toContain(
      'ClientOptions<UploadsEnvironment, OptionalTokenAuthOptions> & {\n  readonly baseUrl: string;\n};',
    );
  });

  it('makes a client that needs a baseUrl but no credential, and sends none', async () => {
    expect(() => uploads.createUploadsClient({})).toThrow(ConfigurationError);
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: [] };
    await uploads.createUploadsClient({ baseUrl: server.url }).listFiles({});
    expect(server.requests.at(-1)!.headers['authorization']).toBeUndefined();
  });
});

describe('operations in the media types and styles the spec declares', () => {
  const client = () => uploads.createUploadsClient({ baseUrl: server.url, retry: false });

  it('writes the query as each parameter says: embed (form, explode: false), filter (deepObject), limit', async () => {
    expect(byPath('uploads/operations/list-files.ts')).toContain(
      "  queryString: {\n    styles: { embed: { style: 'form', explode: false }, filter: { style: 'deepObject', explode: true } },\n    write: serializeQuery,\n  },",
    );
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: [{ id: 1, name: 'a.pdf' }] };
    const listed = await client().listFiles({
      query: { embed: ['owner', 'versions'], filter: { kind: 'pdf' }, limit: 10 },
    });
    expect(listed).toEqual([{ id: 1, name: 'a.pdf' }]);
    expect(server.requests.at(-1)!.url).toBe('/files?embed=owner,versions&filter%5Bkind%5D=pdf&limit=10');
  });

  it('uploads a file as multipart/form-data, and refuses a body without one', async () => {
    expect(byPath('uploads/operations/upload-file.ts')).toContain(
      "requestBody: { mediaType: 'multipart/form-data', write: multipartBody },",
    );
    reply = { status: 201, headers: { 'content-type': 'application/json' }, body: { id: 7, name: 'scan.pdf' } };
    const file = new File(['%PDF-1.7'], 'scan.pdf', { type: 'application/pdf' });
    await expect(client().uploadFile({ body: { file, purpose: 'invoice' } })).resolves.toEqual({
      id: 7,
      name: 'scan.pdf',
    });
    const received = server.requests.at(-1)!;
    expect(received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/u);
    expect(received.body).toContain('filename="scan.pdf"');
    expect(received.body).toContain('%PDF-1.7');
    const before = server.requests.length;
    await expect(client().uploadFile({ body: { purpose: 'invoice' } })).rejects.toThrow(RequestValidationError);
    expect(server.requests.length).toBe(before);
  });

  it('takes an integer path parameter as a number, sends bytes and reads bytes back as a Blob', async () => {
    reply = { status: 204 };
    await client().replaceFileContent({ path: { file_number: 7 }, body: new Uint8Array([0x25, 0x50, 0x44, 0x46]) });
    const sent = server.requests.at(-1)!;
    expect([sent.method, sent.url, sent.headers['content-type'], sent.body]).toEqual([
      'PUT',
      '/files/7',
      'application/octet-stream',
      '%PDF',
    ]);
    reply = {
      kind: 'respond',
      status: 200,
      headers: { 'content-type': 'application/octet-stream' },
      body: Buffer.from([0, 255, 1]),
    };
    const content = await client().getFileContent({ path: { file_number: 7 } });
    expect(content).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (content as Blob).arrayBuffer())]).toEqual([0, 255, 1]);
    await expect(client().getFileContent({ path: { file_number: 0 } })).rejects.toThrow('must be at least 1');
  });

  it('sends a form body form-encoded and reads a CSV response as text', async () => {
    reply = { status: 204 };
    await client().labelFile({ path: { file_number: 3 }, body: { labels: ['paid', 'q4 2026'], note: 'a&b' } });
    const sent = server.requests.at(-1)!;
    expect(sent.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(sent.body).toBe('labels=paid&labels=q4+2026&note=a%26b');
    reply = { status: 200, headers: { 'content-type': 'text/csv' }, body: 'version,size\n1,1024\n' };
    await expect(client().getFileSummary({ path: { file_number: 3 } })).resolves.toBe('version,size\n1,1024\n');
  });
});

describe('names a spec we did not write would make collide', () => {
  const client = () => notes.createNotesClient({ baseUrl: server.url, retry: false });

  it('names an operation without operationId from its method and path, and says so in the index', () => {
    const index = byPath('notes/index.ts');
    expect(index).toContain(
      '//   - `getNotesByNoteId`: GET /notes/{noteId} has no operationId; it is named from its method and path.',
    );
    expect(byPath('notes/types.ts')).toContain(
      "export type GetNotesByNoteIdResponse = paths['/notes/{noteId}']['get']['responses'][200]['content']['application/json'];",
    );
  });

  it('lets operation types yield to schema names, and schema names to the client, with a fixed suffix', () => {
    const index = byPath('notes/index.ts');
    expect(index).toContain(
      '//   - `CreateNoteRequestOp` (operation create-note (request)): `CreateNoteRequest` is schema components/schemas/create-note-request.',
    );
    expect(index).toContain(
      '//   - `NotesClientSchema` (schema components/schemas/notes-client): `NotesClient` is the client type.',
    );
    expect(byPath('notes/types.ts')).toContain(
      "export type CreateNoteRequest = components['schemas']['create-note-request'];",
    );
    expect(byPath('notes/types.ts')).toContain('export interface CreateNoteRequestOp {');
  });

  it('renames what no module may be called (a reserved word, `then`, a runtime import, a global type), and says so', async () => {
    const index = byPath('notes/index.ts');
    expect(index).toContain('//   - `deleteOp` (operation delete (function)): `delete` is a JavaScript reserved word.');
    expect(index).toContain('//   - `thenOp` (operation then (function)): `then` is the module namespace’s `then`');
    expect(index).toContain(
      '//   - `callOperationOp` (operation callOperation (function)): `callOperation` is the runtime (internal.ts via ./operation/call-operation.js).',
    );
    expect(index).toContain(
      "//   - `RecordSchema` (schema components/schemas/Record): `Record` is TypeScript's global type `Record`.",
    );
    expect(byPath('notes/types.ts')).toContain("export type RecordSchema = components['schemas']['Record'];");
    // The module loaded in beforeAll by `await import()`: not a thenable, so it is the module itself.
    const namespace = (await import(pathToFileURL(path.join(outDir, 'notes', 'index.ts')).href)) as Record<
      string,
      unknown
    >;
    expect(namespace['then']).toBeUndefined();
    expect(typeof namespace['thenOp']).toBe('function');
  });

  it('calls the renamed operations, with the path parameter a percent-encoded reference points to', async () => {
    reply = { status: 204 };
    await client().deleteOp({ path: { noteId: 3 } });
    await client().thenOp({ path: { noteId: 4 }, body: { colour: 'red' } });
    expect(server.requests.slice(-2)).toMatchObject([
      { method: 'DELETE', url: '/notes/3' },
      { method: 'PUT', url: '/notes/4/labels', body: '{"colour":"red"}' },
    ]);
    reply = { status: 201, headers: { 'content-type': 'application/json' }, body: { id: 6, text: 'copy' } };
    expect(await client().callOperationOp({ path: { noteId: 5 }, query: { constructor: 'x' } })).toEqual({
      id: 6,
      text: 'copy',
    });
    expect(server.requests.at(-1)!).toMatchObject({ method: 'POST', url: '/notes/5/copies?constructor=x' });
    const sent = server.requests.length;
    // `#/paths/~1notes~1%7BnoteId%7D/parameters/0` is the path's parameter, with its `minimum: 1`.
    await expect(client().deleteOp({ path: { noteId: 0 } })).rejects.toThrow('/path/noteId: must be at least 1');
    await expect(client().callOperationOp({ path: { noteId: 5 }, query: { constructor: '' } })).rejects.toThrow(
      '/query/constructor: must have at least 1 character',
    );
    // The `Record` schema's values must not be empty.
    await expect(client().thenOp({ path: { noteId: 4 }, body: { colour: '' } })).rejects.toThrow(
      '/body/colour: must have at least 1 character',
    );
    expect(server.requests).toHaveLength(sent);
  });

  it('resolves references into the middle of the document: a schema’s `definitions`, an operation’s body', async () => {
    reply = { status: 201, headers: { 'content-type': 'application/json' }, body: { id: 8, text: 'hi' } };
    expect(await client().createNote({ body: { text: 'hi', colour: 'red' } })).toEqual({ id: 8, text: 'hi' });
    expect(server.requests.at(-1)!).toMatchObject({
      method: 'POST',
      url: '/notes',
      body: '{"text":"hi","colour":"red"}',
    });
    const sent = server.requests.length;
    // `#/components/schemas/create-note-request/definitions/text`: at most 280 characters.
    await expect(client().createNote({ body: { text: 'x'.repeat(281) } })).rejects.toThrow(
      '/body/text: must have at most 280 characters',
    );
    // `#/paths/…~1labels/put/requestBody/…/schema/additionalProperties`, through that schema's `$ref` to Record.
    await expect(client().createNote({ body: { text: 'hi', colour: '' } })).rejects.toThrow(
      '/body/colour: must have at least 1 character',
    );
    expect(server.requests).toHaveLength(sent);
    // The types have the targets themselves, not indexes into types that have no such key.
    expect(byPath('notes/schema.ts')).not.toMatch(/\["definitions"\]|\["schema"\]/);
  });

  it('calls the operation under its derived name, and checks the request of the renamed one', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: { id: 7, text: 'hi' } };
    expect(await client().getNotesByNoteId({ path: { noteId: 7 } })).toEqual({ id: 7, text: 'hi' });
    expect(server.requests.at(-1)!).toMatchObject({ method: 'GET', url: '/notes/7' });
    // Its required `Accept` header parameter is left out, as OpenAPI says: the response's media type decides.
    expect(server.requests.at(-1)!.headers['accept']).toBe('application/json');
    expect(byPath('notes/index.ts')).toContain(
      '// Left out, as OpenAPI says (the runtime writes these headers from the media types and security schemes): 1 header parameter named Accept, of GET /notes/{noteId}.',
    );
    const sent = server.requests.length;
    await expect(client().createNote({ body: { text: '' } })).rejects.toThrow(RequestValidationError);
    expect(server.requests).toHaveLength(sent);
  });
});
