// The public specs of ../shared/specs/public/ (other APIs' own descriptions, of different shapes;
// not copied here) through the real generator as specs we did not write: each generates, checks
// every request and every success body, and the clients compile under the project's strict
// settings, in one TypeScript program. A few operations whose shape once broke the generator are
// called against a real server on 127.0.0.1. Each spec that is absent is skipped, and says so.
// Mollie's official spec has a test of its own (corpus-mollie-official.test.ts).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CORPUS,
  generateCorpusSpec,
  presentCorpus,
  typeScriptRoots,
  type GeneratedCorpusSpec,
} from './helpers/corpus.js';
import { scratchDir } from './helpers/project.js';
import { startTestServer, type Answer, type TestServer } from './helpers/test-server.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

const PUBLIC = CORPUS.filter((spec) => spec.file.startsWith('public/'));
const present = presentCorpus().filter((spec) => spec.file.startsWith('public/'));
for (const spec of PUBLIC.filter((spec) => !present.includes(spec)))
  console.log(`corpus-public: ${spec.name} skipped: ../shared/specs/${spec.file} not found`);

type Call = (request: unknown) => Promise<unknown>;
type Factory = (options: Record<string, unknown>) => Record<string, Call>;

describe.skipIf(present.length === 0)('the public specs, generated as specs we did not write', () => {
  const generated = new Map<string, GeneratedCorpusSpec>();
  let server: TestServer;
  let reply: Answer = { status: 200, headers: { 'content-type': 'application/json' }, body: {} };

  beforeAll(async () => {
    const scratch = await scratchDir('corpus-public');
    for (const spec of present) generated.set(spec.name, await generateCorpusSpec(spec, path.join(scratch, spec.name)));
    server = await startTestServer(() => reply);
  }, 300_000);
  afterAll(() => server?.close());

  const clientOf = async (
    name: string,
    factory: string,
    options: Record<string, unknown>,
  ): Promise<Record<string, Call>> => {
    const { outDir } = generated.get(name)!;
    const module = (await import(pathToFileURL(path.join(outDir, name, 'index.ts')).href)) as Record<string, Factory>;
    return module[factory]!({ baseUrl: server.url, retry: false, ...options });
  };

  it.each(present.map((spec) => [spec.name, spec.shape]))(
    '%s (%s): every operation generates, and none goes out or comes back unchecked',
    (name) => {
      const spec = generated.get(name)!;
      expect(spec.operations).toBeGreaterThan(0);
      expect({
        request: spec.requestChecksSkipped,
        response: spec.responseChecksSkipped,
        parts: spec.partsNotChecked,
      }).toEqual({ request: 0, response: 0, parts: 0 });
    },
  );

  it('compiles every client without a single diagnostic under the strict project settings', () => {
    const roots = [...generated.values()].flatMap(typeScriptRoots);
    expect(typeScriptDiagnostics(roots)).toEqual([]);
  }, 300_000);

  it.skipIf(!present.some((spec) => spec.name === 'box'))(
    'box: sends an operation whose path has a `#fragment` to the path alone, with its query',
    async () => {
      const box = await clientOf('box', 'createBoxClient', { token: 'box-token' });
      reply = { status: 200, headers: { 'content-type': 'application/json' }, body: { id: '12345', type: 'file' } };
      await box['getFilesIdGetSharedLink']!({ path: { file_id: '12345' }, query: { fields: 'shared_link' } });
      expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/files/12345?fields=shared_link' });
    },
  );

  it.skipIf(!present.some((spec) => spec.name === 'digitalocean'))(
    'digitalocean: calls an operation given by `$ref` to another file, with its query',
    async () => {
      const digitalocean = await clientOf('digitalocean', 'createDigitaloceanClient', { token: 'do-token' });
      reply = { status: 200, headers: { 'content-type': 'application/json' }, body: { '1_clicks': [] } };
      await digitalocean['oneClicksList']!({ query: { type: 'kubernetes' } });
      expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/v2/1-clicks?type=kubernetes' });
      await expect(digitalocean['oneClicksList']!({ query: { type: 7 } })).rejects.toThrow(/query\/type/);
    },
  );
});
