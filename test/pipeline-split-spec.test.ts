// The generator on a spec split across files (test/fixtures/pipeline-split/): a path item,
// parameters and schemas given by `$ref` to other files, a path with a `#fragment` and an operationId
// with `#`, a pattern escaping characters that need no escape, a format nobody checks, and a path
// that derives a name too long for a file. Each step reads what the lint reads; the client compiles
// strict and is called against a real server on 127.0.0.1.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto, type Generated } from './helpers/generated.js';
import { RequestValidationError } from '../src/errors/errors.js';
import { fixture } from './helpers/project.js';
import { startTestServer, type Answer, type TestServer } from './helpers/test-server.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

type Call = (request: unknown) => Promise<unknown>;
interface ArchiveModule {
  createArchiveClient(options: Record<string, unknown>): Record<string, Call>;
}

let generated: Generated;
let archive: ArchiveModule;
let server: TestServer;
let reply: Answer = { status: 204 };
const client = (): Record<string, Call> =>
  archive.createArchiveClient({ baseUrl: server.url, token: 'archive-token', retry: false });

beforeAll(async () => {
  generated = await generateInto(fixture('pipeline-split', 'redocly.yaml'), { name: 'pipeline-split-spec' });
  archive = await generated.load<ArchiveModule>('archive');
  server = await startTestServer(() => reply);
}, 120_000);
afterAll(() => server?.close());

describe('a spec split across files', () => {
  it('generates every operation, with a file name of at most 100 characters for a long derived name', () => {
    const modules = generated.files
      .filter((file) => file.path.startsWith('archive/operations/'))
      .map((file) => file.path);
    expect(modules).toEqual([
      'archive/operations/get-accounts-by-account-identifier-workspaces-by-workspace-identifier-projects-by-project-i-1cd4e939.ts',
      'archive/operations/get-folder.ts',
      'archive/operations/get-folders-id-get-shared-link.ts',
      'archive/operations/rename-folder.ts',
    ]);
    expect(Math.max(...modules.map((file) => path.basename(file, '.ts').length))).toBeLessThanOrEqual(100);
  });

  it('checks every request and success body, and lists the format it does not know', () => {
    const validation = generated.byPath('archive/validation.ts');
    expect(validation).not.toContain('NOT CHECKED');
    expect(validation).not.toContain('is not checked by `validateResponses`');
    expect(validation).toContain(
      ' * - `colour-name`: specs/archive/openapi.yaml components/schemas/folder/properties/colour/format\n',
    );
    // The pattern keeps its meaning with the `u` flag: `\:` is written `:`.
    expect(validation).toContain('pattern: /^[a-zA-Z0-9_\\-:]+$/u');
  });

  it('compiles without a single diagnostic under the strict project settings', () => {
    expect(typeScriptDiagnostics(generated.roots())).toEqual([]);
  }, 120_000);

  it('calls a path item from another file with its parameter from a third', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: { id: '42', name: 'q4:paid' } };
    await expect(client()['getFolder']!({ path: { folderId: '42' } })).resolves.toEqual({ id: '42', name: 'q4:paid' });
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/folders/42' });
    await expect(client()['getFolder']!({ path: { folderId: '../x' } })).rejects.toThrow(RequestValidationError);
  });

  it('checks a body whose field is a `$ref` into another file’s schema', async () => {
    reply = { status: 204 };
    await client()['renameFolder']!({ path: { folderId: '42' }, body: { name: 'tag:prod' } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'PUT', url: '/folders/42', body: '{"name":"tag:prod"}' });
    const count = server.requests.length;
    await expect(client()['renameFolder']!({ path: { folderId: '42' }, body: { name: 'tag prod' } })).rejects.toThrow(
      /body\/name/,
    );
    expect(server.requests).toHaveLength(count);
  });

  it('sends an operation whose path has a `#fragment` to the path alone, with its query', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: { id: '42', name: 'shared' } };
    await client()['getFoldersIdGetSharedLink']!({ path: { folderId: '42' }, query: { fields: 'shared_link' } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/folders/42?fields=shared_link' });
  });
});
