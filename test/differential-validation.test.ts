// Types, our validator and Ajv held together on the strict keywords fixture
// (test/fixtures/pipeline-strict-keywords/specs/gauges.yaml: a typed map with propertyNames, a map by
// patternProperties with multipleOf, a tuple by prefixItems with `items: false`, if/then/else):
// fast-check mutates good request bodies (a field removed, replaced by any JSON value, added, a map
// or tuple entry changed), and for every one our validator's verdict must be Ajv's (Ajv 2020 with
// ajv-formats, reading the spec itself), both of its paths must agree, and every body it accepts
// must compile against the generated body type, under the strict settings.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { JsonSchema } from '../src/validation/schema.js';
import { matches, validateValue } from '../src/validation/validate.js';
import { generateInto } from './helpers/generated.js';
import { PROJECT_DIR } from './helpers/project.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

const FIXTURE = path.join(PROJECT_DIR, 'test', 'fixtures', 'pipeline-strict-keywords');
const addFormats = formatsModule.default;
const SEEDS: readonly Record<string, unknown>[] = [
  {
    unit: 'percent',
    limit: 80,
    labels: { team: 'billing' },
    thresholds: { level_1: 50, level_2: 72.5 },
    range: [0, 100],
  },
  { unit: 'celsius', limit: -40, range: [-50.5, 60] },
  { unit: 'percent' },
];

type Json = Record<string, unknown>;
/** One change to a good body: the kind of edit and where. */
const mutation = fc.oneof(
  fc.record({
    kind: fc.constant('remove' as const),
    key: fc.constantFrom('unit', 'limit', 'labels', 'thresholds', 'range'),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    key: fc.constantFrom('unit', 'limit', 'labels', 'thresholds', 'range'),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('percent', 'celsius', 101, 0, 0.5, -300, [1], [1, 2, 3], ['a', 'b'], {}),
    ),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.string({ maxLength: 6 }),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
  // A map entry: a name that matches the map's pattern or not, a value that meets its schema or not.
  fc.record({
    kind: fc.constant('entry' as const),
    key: fc.constant('thresholds'),
    entry: fc.oneof(
      fc.constantFrom('level_1', 'level_3', 'level_12', 'level_x', 'Level_1'),
      fc.string({ maxLength: 8 }),
    ),
    value: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(0.5, 1.25, 2, 7.5, 3.3, -1, 'x', null) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
    ),
  }),
  fc.record({
    kind: fc.constant('entry' as const),
    key: fc.constant('labels'),
    entry: fc.oneof(fc.constantFrom('team', 'cost_center', 'Team', '9lives', 'a-b'), fc.string({ maxLength: 8 })),
    value: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('x', 'y'.repeat(40), 'y'.repeat(41), 7, null) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
    ),
  }),
  fc.record({ kind: fc.constant('item' as const), index: fc.nat(3), value: fc.jsonValue({ maxDepth: 1 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(seed: Json, changes: readonly Mutation[]): Json {
  const body: Json = structuredClone(seed);
  for (const change of changes) {
    if (change.kind === 'remove') delete body[change.key];
    else if (change.kind === 'replace' || change.kind === 'add') body[change.key] = change.value;
    else if (change.kind === 'entry') {
      const map = typeof body[change.key] === 'object' && body[change.key] !== null ? (body[change.key] as Json) : {};
      body[change.key] = { ...map, [change.entry]: change.value };
    } else {
      const range = Array.isArray(body['range']) ? [...(body['range'] as unknown[])] : [0, 1];
      range[change.index] = change.value;
      body['range'] = Array.from(range, (item) => item ?? 0);
    }
  }
  return body;
}

/**
 * Ajv checks `multipleOf` as `x / d !== parseInt(x / d)`: a quotient of 1e21 or more is written in
 * exponent notation, which parseInt reads as its first digits, so Ajv refuses multiples such as
 * -6.4e93 of 0.5 (every double that large is a whole number, so a multiple of 0.5). Our validator's
 * decimal arithmetic accepts them, as JSON Schema says; those bodies are left out of the comparison.
 */
function ajvMisreadsMultipleOf(body: Json): boolean {
  const thresholds = body['thresholds'];
  if (typeof thresholds !== 'object' || thresholds === null) return false;
  return Object.values(thresholds).some((value) => typeof value === 'number' && Math.abs(value / 0.5) >= 1e21);
}

describe('types, our validator and Ajv on mutated bodies of the strict keywords fixture', () => {
  let outDir: string;
  let requestSchema: JsonSchema;
  let ajvBody: (value: unknown) => boolean;
  const bodies: { body: Json; ours: boolean; ajv: boolean; fast: boolean }[] = [];

  beforeAll(async () => {
    const generated = await generateInto(path.join(FIXTURE, 'redocly.yaml'), { name: 'differential-validation' });
    outDir = generated.outDir;
    const validation = await generated.load<Record<string, JsonSchema>>('gauges', 'validation.ts');
    requestSchema = validation['putGaugeRequestSchema']!;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(parse(readFileSync(path.join(FIXTURE, 'specs', 'gauges.yaml'), 'utf8')) as object, 'gauges.yaml');
    ajvBody = ajv.compile({ $ref: 'gauges.yaml#/components/schemas/GaugeSettings' });
    const samples = fc.sample(fc.tuple(fc.constantFrom(...SEEDS), fc.array(mutation, { minLength: 0, maxLength: 2 })), {
      numRuns: 400,
      seed: 11,
    });
    for (const [seed, changes] of samples) {
      const body = mutate(seed as Json, changes);
      const request = { path: { gaugeId: '3f2b8c1e-9d4a-4e7b-8c21-5a6f0e9d1b42' }, body };
      bodies.push({
        body,
        ours: validateValue(requestSchema, request).length === 0,
        fast: matches(requestSchema, request),
        ajv: ajvBody(body),
      });
    }
  }, 120_000);

  it('draws both bodies that are valid and bodies that are not', () => {
    expect(bodies.filter((entry) => entry.ajv).length).toBeGreaterThan(40);
    expect(bodies.filter((entry) => !entry.ajv).length).toBeGreaterThan(100);
  });

  it('gives every body Ajv’s verdict, on both of its paths', () => {
    const disagreements = bodies
      .filter((entry) => !ajvMisreadsMultipleOf(entry.body))
      .filter((entry) => entry.ours !== entry.ajv || entry.fast !== entry.ours)
      .map((entry) => `${JSON.stringify(entry.body)}: ours ${entry.ours} (fast ${entry.fast}), Ajv ${entry.ajv}`);
    expect(disagreements).toEqual([]);
  });

  it('types every body it accepts: each compiles against PutGaugeBody under the strict settings', async () => {
    const accepted = bodies.filter((entry) => entry.ours).map((entry) => entry.body);
    const file = path.join(outDir, 'accepted-bodies.ts');
    await writeFile(
      file,
      [
        "import type { PutGaugeBody } from './gauges/index.js';",
        ...accepted.map((body, index) => `export const body${index}: PutGaugeBody = ${JSON.stringify(body)};`),
        '',
      ].join('\n'),
    );
    expect(typeScriptDiagnostics([file])).toEqual([]);
  }, 120_000);
});
