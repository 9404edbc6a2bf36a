// A strict spec (linted with the project's own rules) that uses the validation keywords beyond the
// core: a typed map with `propertyNames` and `maxProperties`, `format: uuid` in a request and a
// response, `patternProperties` with `multipleOf`, `prefixItems` with `items: false`, and
// `if`/`then`/`else` with `exclusiveMinimum`. Through the real generator, compiled under the strict
// settings, and called against a real server on 127.0.0.1: good values are sent, bad ones are
// refused before sending with every issue named.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOutput, type OutputFile } from '../scripts/codegen/emit.js';
import { generate } from '../scripts/codegen/pipeline.js';
import { RequestValidationError, ResponseValidationError } from '../src/errors/errors.js';
import { PROJECT_DIR, scratchDir } from './helpers/project.js';
import { startTestServer, type Answer, type TestServer } from './helpers/test-server.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

type Call = (request: unknown) => Promise<unknown>;
interface GaugesModule {
  createGaugesClient(options: Record<string, unknown>): Record<string, Call>;
}

const GAUGE_ID = '3f2b8c1e-9d4a-4e7b-8c21-5a6f0e9d1b42';
const GOOD = {
  unit: 'percent',
  limit: 80,
  labels: { team: 'billing' },
  thresholds: { level_1: 50, level_2: 72.5 },
  range: [0, 100],
};

describe('a strict spec with maps, uuids, patternProperties, prefixItems and if/then/else', () => {
  let files: OutputFile[];
  let outDir: string;
  let gauges: GaugesModule;
  let server: TestServer;
  let reply: Answer = { status: 200, headers: { 'content-type': 'application/json' }, body: {} };

  beforeAll(async () => {
    const scratch = await scratchDir('validation-rules');
    outDir = path.join(scratch, 'generated');
    files = await generate({
      configFile: path.join(PROJECT_DIR, 'test', 'fixtures', 'pipeline-strict-keywords', 'redocly.yaml'),
      outDir,
      runtimeDir: path.join(PROJECT_DIR, 'src'),
    });
    await writeOutput(outDir, files);
    await writeFile(path.join(scratch, 'package.json'), '{"type":"module"}\n');
    gauges = (await import(pathToFileURL(path.join(outDir, 'gauges', 'index.ts')).href)) as GaugesModule;
    server = await startTestServer(() => reply);
  }, 120_000);
  afterAll(() => server?.close());

  const client = (options: Record<string, unknown> = {}): Record<string, Call> =>
    gauges.createGaugesClient({ baseUrl: server.url, token: 'test-key', retry: false, ...options });
  const refusal = async (request: unknown): Promise<RequestValidationError> => {
    const count = server.requests.length;
    const error = await client()['putGauge']!(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect(server.requests).toHaveLength(count);
    return error as RequestValidationError;
  };

  it('types the map as a record, the thresholds by pattern as a record and the pair as a tuple', () => {
    const schema = files.find((file) => file.path === 'gauges/schema.ts')!.content.replace(/\s+/g, ' ');
    expect(schema).toContain('labels?: { [key: string]: string; };');
    expect(schema).toContain('thresholds?: { [key: string]: number; };');
    expect(schema).toContain('range?: [ number, number ];');
  });

  it('imports only the rules its schemas use', () => {
    const validation = files.find((file) => file.path === 'gauges/validation.ts')!.content;
    expect(validation).toContain('conditional,');
    expect(validation).not.toContain('unevaluatedProperties');
  });

  it('compiles without a single diagnostic under the strict project settings', () => {
    const rootNames = files.filter((file) => file.path.endsWith('.ts')).map((file) => path.join(outDir, file.path));
    expect(typeScriptDiagnostics(rootNames)).toEqual([]);
  }, 120_000);

  it('sends a request that meets every rule', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: { id: GAUGE_ID, unit: 'percent' } };
    await expect(client()['putGauge']!({ path: { gaugeId: GAUGE_ID }, body: GOOD })).resolves.toEqual({
      id: GAUGE_ID,
      unit: 'percent',
    });
    const sent = server.requests.at(-1)!;
    expect(sent).toMatchObject({ method: 'PUT', url: `/v1/gauges/${GAUGE_ID}` });
    expect(JSON.parse(sent.body)).toEqual(GOOD);
  });

  it('refuses every broken rule at once, naming the field and the rule', async () => {
    const error = await refusal({
      path: { gaugeId: '-'.repeat(36) },
      body: {
        unit: 'percent',
        limit: 120,
        labels: { Team: 'billing', owner: 'x'.repeat(41) },
        thresholds: { level_1: 50.25, warning: 3 },
        range: [0, 100, 200],
      },
    });
    expect(error.issues).toEqual([
      {
        path: '/path/gaugeId',
        rule: 'format',
        message: 'must be a UUID such as 123e4567-e89b-12d3-a456-426614174000',
      },
      { path: '/body/labels/owner', rule: 'maxLength', message: 'must have at most 40 characters' },
      { path: '/body/labels/Team', rule: 'propertyNames', message: 'name must match ^[a-z][a-z0-9_]*$' },
      { path: '/body/thresholds/level_1', rule: 'multipleOf', message: 'must be a multiple of 0.5' },
      { path: '/body/thresholds/warning', rule: 'additionalProperties', message: 'is not a field the API accepts' },
      { path: '/body/range/2', rule: 'not', message: 'is not allowed' },
      { path: '/body/limit', rule: 'maximum', message: 'must be at most 100' },
    ]);
    expect(error.message).toContain('/body/thresholds/level_1');
  });

  it('applies the `then` or the `else` branch by the value of `unit`', async () => {
    const percent = await refusal({ path: { gaugeId: GAUGE_ID }, body: { unit: 'percent', limit: 0 } });
    expect(percent.issues).toEqual([
      { path: '/body/limit', rule: 'exclusiveMinimum', message: 'must be greater than 0' },
    ]);
    const celsius = await refusal({ path: { gaugeId: GAUGE_ID }, body: { unit: 'celsius', limit: -300 } });
    expect(celsius.issues).toEqual([{ path: '/body/limit', rule: 'minimum', message: 'must be at least -273.15' }]);
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: { id: GAUGE_ID, unit: 'celsius' } };
    await expect(
      client()['putGauge']!({ path: { gaugeId: GAUGE_ID }, body: { unit: 'celsius', limit: 150 } }),
    ).resolves.toMatchObject({ unit: 'celsius' });
  });

  it('refuses too many labels', async () => {
    const labels = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`label_${index}`, 'x']));
    const error = await refusal({ path: { gaugeId: GAUGE_ID }, body: { unit: 'celsius', labels } });
    expect(error.issues).toEqual([
      { path: '/body/labels', rule: 'maxProperties', message: 'must have at most 10 fields' },
    ]);
  });

  it('checks the uuid of the response when asked to', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: { id: 'gauge-7', unit: 'percent' } };
    const error = await client({ validateResponses: true })['putGauge']!({
      path: { gaugeId: GAUGE_ID },
      body: GOOD,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseValidationError);
    expect((error as ResponseValidationError).issues).toEqual([
      { path: '/id', rule: 'format', message: 'must be a UUID such as 123e4567-e89b-12d3-a456-426614174000' },
    ]);
  });
});
