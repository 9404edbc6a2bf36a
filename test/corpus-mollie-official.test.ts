// Mollie's complete official OpenAPI description (../shared/specs/mollie-official/specs.yaml, the
// spec Mollie's own TypeScript SDK is generated from; not copied here) through the real generator
// as a spec we did not write (`strict: false`): every operation generates, the whole client compiles
// under the project's strict settings, every request and success body is checked, and operations of different shapes
// send what the spec says to a real server on 127.0.0.1. Skipped when the file is absent.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputFile } from '../scripts/codegen/emit.js';
import { RequestValidationError } from '../src/errors/errors.js';
import { CORPUS, generateCorpusSpec } from './helpers/corpus.js';
import { PROJECT_DIR, scratchDir } from './helpers/project.js';
import { startTestServer, type Answer, type TestServer } from './helpers/test-server.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

const SPEC = path.resolve(PROJECT_DIR, '..', 'shared', 'specs', 'mollie-official', 'specs.yaml');
const present = existsSync(SPEC);
if (!present) console.log(`corpus-mollie-official: skipped: ${SPEC} not found`);

type Call = (request: unknown) => Promise<unknown>;
interface MollieModule {
  createMollieClient(options: Record<string, unknown>): Record<string, Call>;
}

describe.skipIf(!present)("Mollie's official spec, generated as a spec we did not write", () => {
  let files: readonly OutputFile[];
  let outDir: string;
  let mollie: MollieModule;
  let server: TestServer;
  let reply: Answer = { status: 200, headers: { 'content-type': 'application/json' }, body: {} };

  beforeAll(async () => {
    const mollieSpec = CORPUS.find((spec) => spec.name === 'mollie')!;
    ({ files, outDir } = await generateCorpusSpec(mollieSpec, await scratchDir('corpus-mollie-official')));
    mollie = (await import(pathToFileURL(path.join(outDir, 'mollie', 'index.ts')).href)) as MollieModule;
    server = await startTestServer(() => reply);
  }, 120_000);
  afterAll(() => server?.close());

  const client = (): Record<string, Call> =>
    mollie.createMollieClient({ baseUrl: server.url, token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', retry: false });
  const byPath = (file: string): string => files.find((entry) => entry.path === file)!.content;

  it('generates a module for each of its 128 operations, and resolves its one name collision by the rule', () => {
    expect(files.filter((file) => file.path.startsWith('mollie/operations/'))).toHaveLength(128);
    expect(byPath('mollie/index.ts')).toContain(
      '`CreateDraftTransferRequestOp` (operation create-draft-transfer (request)): `CreateDraftTransferRequest` is schema components/schemas/create-draft-transfer-request.',
    );
  });

  it('checks every request and every success body: no schema falls back to "not checked"', () => {
    expect(byPath('mollie/validation.ts')).not.toContain('NOT CHECKED');
    expect(byPath('mollie/validation.ts')).not.toContain('is not checked by `validateResponses`');
  });

  it('compiles without a single diagnostic under the strict project settings', () => {
    const rootNames = files.filter((file) => file.path.endsWith('.ts')).map((file) => path.join(outDir, file.path));
    expect(typeScriptDiagnostics(rootNames)).toEqual([]);
  }, 120_000);

  it('lists with a query (GET, limit and from)', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/hal+json' }, body: { count: 0, _embedded: {} } };
    await client()['listPayments']!({ query: { from: 'tr_5B8cwPMGnU', limit: 5 } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/v2/payments?from=tr_5B8cwPMGnU&limit=5' });
    expect(server.requests.at(-1)!.headers['authorization']).toBe('Bearer test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM');
  });

  it('reads one resource by its path parameter (GET)', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/hal+json' }, body: { resource: 'customer' } };
    await client()['getCustomer']!({ path: { customerId: 'cst_8wmqcHMN4U' } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'GET', url: '/v2/customers/cst_8wmqcHMN4U' });
  });

  it('creates with a JSON body (POST), and refuses a body the spec refuses before sending', async () => {
    reply = { status: 201, headers: { 'content-type': 'application/hal+json' }, body: { resource: 'customer' } };
    await client()['createCustomer']!({ body: { name: 'Jane Doe', email: 'jane@example.org' } });
    const sent = server.requests.at(-1)!;
    expect(sent).toMatchObject({ method: 'POST', url: '/v2/customers' });
    expect(JSON.parse(sent.body)).toEqual({ name: 'Jane Doe', email: 'jane@example.org' });
    const count = server.requests.length;
    await expect(client()['createCustomer']!({ body: { name: 42 } })).rejects.toThrow(RequestValidationError);
    expect(server.requests).toHaveLength(count);
  });

  it('updates with a path parameter and a JSON body (PATCH)', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/hal+json' }, body: { resource: 'payment' } };
    await client()['updatePayment']!({ path: { paymentId: 'tr_5B8cwPMGnU' }, body: { description: 'Order 12345' } });
    const sent = server.requests.at(-1)!;
    expect(sent).toMatchObject({ method: 'PATCH', url: '/v2/payments/tr_5B8cwPMGnU' });
    expect(JSON.parse(sent.body)).toEqual({ description: 'Order 12345' });
  });

  it('deletes (DELETE) and resolves with the 204 as nothing', async () => {
    reply = { status: 204 };
    await client()['deleteCustomer']!({ path: { customerId: 'cst_8wmqcHMN4U' } });
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', url: '/v2/customers/cst_8wmqcHMN4U' });
  });
});
