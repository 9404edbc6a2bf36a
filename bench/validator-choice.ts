// How to validate, decided by measurement: invoicing-sdk's own validator (schemas precompiled by
// scripts/codegen/build-validation.ts for src/validation/) against @exodus/schemasafe, a schema
// compiler that runs at build time and leaves no runtime dependency, and Ajv for reference, on the
// same schemas: the JSON Schema Test Suite's in-scope tests (../shared/jsonschema-test-suite/,
// skipped and said so when absent), the bytes one Mollie operation's check adds to an app, µs per
// valid and invalid call, and what each reports about a bad request.
// Usage: node --import tsx/esm bench/validator-choice.ts [--quick]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { validator } from '@exodus/schemasafe';
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { matches, validateValue } from '../src/validation/validate.js';
import { generateSuite, present, readSuite } from '../test/helpers/json-schema-suite.js';
import { readSpec } from '../test/helpers/spec-ajv.js';
import { bundleApp } from './lib/app-bundle.js';
import { trackLoad } from './lib/load.js';
import { PROJECT_DIR, QUICK, writeSection, type Budget, type Table } from './lib/section.js';
import { formatSummary, summarize, type Summary } from './lib/stats.js';
import { installedVersion, packageVersion } from './lib/versions.js';
import { REQUEST_INPUTS } from './validation-inputs.js';

type Json = Record<string, unknown>;
const loadNote = trackLoad();
const addFormats = formatsModule.default;
const WORK_DIR = path.join(
  PROJECT_DIR,
  'test',
  '.output',
  QUICK ? 'bench-validator-choice-quick' : 'bench-validator-choice',
);
const DRAFT_2020 = 'https://json-schema.org/draft/2020-12/schema';
const { updateSalesInvoiceOperation } = await import('../generated/mollie/operations/update-sales-invoice.js');
const ours = updateSalesInvoiceOperation.requestSchema;

rmSync(WORK_DIR, { recursive: true, force: true });
mkdirSync(WORK_DIR, { recursive: true });

// --- The request of updateSalesInvoice as one JSON Schema, every `$ref` inlined (for schemasafe and Ajv).
function inline(spec: Json, node: unknown, seen: readonly string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => inline(spec, item, seen));
  if (typeof node !== 'object' || node === null) return node;
  const ref = (node as Json)['$ref'];
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`recursive reference ${ref}`);
    const target = ref
      .slice(2)
      .split('/')
      .map((token) => decodeURIComponent(token).replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((parent, key) => (parent as Json)[key], spec);
    return inline(spec, target, [...seen, ref]);
  }
  // Annotations schemasafe would otherwise refuse as unknown keywords: OpenAPI's and ours.
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !key.startsWith('x-') && key !== 'example' && key !== 'examples')
      .map(([key, value]) => [key, key === 'properties' ? mapValues(spec, value, seen) : inline(spec, value, seen)]),
  );
}
function mapValues(spec: Json, value: unknown, seen: readonly string[]): unknown {
  return Object.fromEntries(Object.entries(value as Json).map(([key, child]) => [key, inline(spec, child, seen)]));
}
function updateSalesInvoiceRequest(): Json {
  const spec = readSpec('mollie.yaml') as Json;
  const operation = (spec['paths'] as Json)['/v2/sales-invoices/{salesInvoiceId}'] as Json;
  const patch = operation['patch'] as Json;
  const parameters = [...((operation['parameters'] as unknown[]) ?? []), ...((patch['parameters'] as unknown[]) ?? [])];
  const path: Json = { type: 'object', additionalProperties: false, required: [], properties: {} };
  for (const raw of parameters) {
    const parameter = inline(spec, raw) as Json;
    if (parameter['in'] !== 'path') continue;
    (path['properties'] as Json)[parameter['name'] as string] = parameter['schema'];
    (path['required'] as string[]).push(parameter['name'] as string);
  }
  const body = inline(spec, patch['requestBody']) as Json;
  const bodySchema = ((body['content'] as Json)['application/json'] as Json)['schema'];
  return {
    $schema: DRAFT_2020,
    type: 'object',
    additionalProperties: false,
    required: ['path', ...(body['required'] === true ? ['body'] : [])],
    properties: { path, body: bodySchema },
  };
}
const requestSchema = updateSalesInvoiceRequest();
const SCHEMASAFE_OPTIONS = { mode: 'lax', allowUnusedKeywords: true, $schemaDefault: DRAFT_2020 } as const;
const safeYesNo = validator(requestSchema as never, SCHEMASAFE_OPTIONS);
const safeErrors = validator(requestSchema as never, { ...SCHEMASAFE_OPTIONS, includeErrors: true, allErrors: true });
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const ajvValidate = ajv.compile(requestSchema);

const typical = REQUEST_INPUTS.find((input) => input.operationId === 'updateSalesInvoice' && input.kind === 'typical')!
  .request as Json;
const invalid: Json = {
  path: { salesInvoiceId: 'invoice-1' },
  body: { ...(typical['body'] as Json), status: 'nope', recipient: { type: 'consumer', email: 'not an email' } },
};
for (const [name, yes] of [
  ['ours', validateValue(ours, typical).length === 0 && validateValue(ours, invalid).length > 0],
  ['schemasafe', safeYesNo(typical) && !safeErrors(invalid)],
  ['ajv', ajvValidate(typical) && !ajvValidate(invalid)],
] as const) {
  if (!yes) throw new Error(`${name}: does not accept the typical request and refuse the broken one`);
}

// --- 1. The JSON Schema Test Suite, in scope for our validator (the same groups for all three).
interface SuiteRow {
  readonly passed: number;
  readonly total: number;
  readonly compileFailures: number;
}
async function suiteRows(): Promise<Map<string, SuiteRow> | undefined> {
  if (!present) return undefined;
  const { cases } = readSuite();
  const { validation } = await generateSuite(cases, path.join(WORK_DIR, 'suite'));
  const rows = new Map<string, SuiteRow>();
  const count = (name: string, compile: (schema: unknown) => ((data: unknown) => boolean) | undefined): void => {
    let passed = 0;
    let total = 0;
    let compileFailures = 0;
    for (const { group, operationId } of cases) {
      const check = compile({ schema: group.schema, operationId });
      if (check === undefined) compileFailures += 1;
      for (const test of group.tests) {
        total += 1;
        if (check !== undefined && check(test.data) === test.valid) passed += 1;
      }
    }
    rows.set(name, { passed, total, compileFailures });
  };
  count('invoicing-sdk (validateValue and matches agree)', (input) => {
    const schema = validation[`${(input as { operationId: string }).operationId}RequestSchema`]!;
    return (data) => {
      const verdict = matches(schema, { body: data });
      return verdict === (validateValue(schema, { body: data }).length === 0) ? verdict : !verdict;
    };
  });
  count(`@exodus/schemasafe ${installedVersion('@exodus/schemasafe')}`, (input) => {
    try {
      const check = validator((input as { schema: never }).schema, {
        ...SCHEMASAFE_OPTIONS,
        includeErrors: true,
        allErrors: true,
      });
      return (data) => check(data);
    } catch {
      return undefined;
    }
  });
  count(`Ajv ${installedVersion('ajv')} + ajv-formats`, (input) => {
    try {
      const suiteAjv = new Ajv2020({ strict: false, allErrors: true });
      addFormats(suiteAjv);
      const check = suiteAjv.compile((input as { schema: object }).schema);
      return (data) => check(data);
    } catch {
      return undefined;
    }
  });
  return rows;
}

// --- 2. Bytes one operation's check adds to an app: esbuild (bundle, minify, ESM) then brotli 11.
async function bundleBytes(name: string, source: string): Promise<number> {
  const entry = path.join(WORK_DIR, `${name}.mjs`);
  writeFileSync(entry, source);
  return (await bundleApp(entry)).brotli;
}
const toPosix = (file: string): string => file.split(path.sep).join('/');
const ownBytes = await bundleBytes(
  'ours',
  [
    `import { matches, validateValue } from '${toPosix(path.join(PROJECT_DIR, 'src/validation/validate.ts'))}';`,
    `import { updateSalesInvoiceRequestSchema } from '${toPosix(path.join(PROJECT_DIR, 'generated/mollie/validation.ts'))}';`,
    'export const yes = (value) => matches(updateSalesInvoiceRequestSchema, value);',
    'export const issues = (value) => validateValue(updateSalesInvoiceRequestSchema, value);',
  ].join('\n'),
);
// The validator alone, on an empty schema: what every app pays once, however many operations it checks.
const coreBytes = await bundleBytes(
  'ours-core',
  [
    `import { matches, validateValue } from '${toPosix(path.join(PROJECT_DIR, 'src/validation/validate.ts'))}';`,
    'export const yes = (value) => matches({}, value);',
    'export const issues = (value) => validateValue({}, value);',
  ].join('\n'),
);
const safeYesNoBytes = await bundleBytes('schemasafe-yes-no', `export default ${safeYesNo.toModule()};`);
const safeErrorsBytes = await bundleBytes('schemasafe-errors', `export default ${safeErrors.toModule()};`);

// --- 3. µs per call, each case in its own batches, rounds interleaved.
function time(cases: readonly (readonly [string, () => unknown])[]): Map<string, Summary> {
  const rounds = QUICK ? 3 : 21;
  const batch = QUICK ? 200 : 20_000;
  const samples = new Map<string, number[]>(cases.map(([key]) => [key, []]));
  for (const [, run] of cases) for (let index = 0; index < batch; index += 1) run(); // warm-up
  for (let round = 0; round < rounds; round += 1) {
    for (const [key, run] of cases) {
      const started = performance.now();
      for (let index = 0; index < batch; index += 1) run();
      samples.get(key)!.push(((performance.now() - started) * 1000) / batch);
    }
  }
  return new Map([...samples].map(([key, values]) => [key, summarize(values)]));
}
const timings = time([
  ['ours valid', () => validateValue(ours, typical)],
  ['ours invalid', () => validateValue(ours, invalid)],
  ['schemasafe yes/no valid', () => safeYesNo(typical)],
  ['schemasafe errors valid', () => safeErrors(typical)],
  ['schemasafe errors invalid', () => safeErrors(invalid)],
  ['ajv valid', () => ajvValidate(typical)],
  ['ajv invalid', () => ajvValidate(invalid)],
]);
const us = (key: string): string => formatSummary(timings.get(key)!, 2, ' µs');

// --- 4. What each says about the broken request.
const ownIssues = validateValue(ours, invalid);
safeErrors(invalid);
const safeIssues = (safeErrors.errors ?? []) as { keywordLocation: string; instanceLocation: string }[];
ajvValidate(invalid);
const ajvIssues = ajvValidate.errors ?? [];

const suite = await suiteRows();
const tables: Table[] = [
  {
    caption:
      'One operation (Mollie `updateSalesInvoice`, the whole `{ path, body }` request): bytes its check adds to an app (esbuild minified, brotli 11), µs per call (median, min–max)',
    columns: [
      'validator',
      'bundle (brotli)',
      'valid request',
      'invalid request',
      'problems reported for the invalid one',
    ],
    rows: [
      [
        `invoicing-sdk (every problem, with pointer, rule and message)`,
        `${ownBytes.toLocaleString('en-US')} B (${coreBytes.toLocaleString('en-US')} B of it the validator every operation shares)`,
        us('ours valid'),
        us('ours invalid'),
        `${ownIssues.length}: ${ownIssues.map((issue) => `${issue.path} ${issue.rule} "${issue.message}"`).join('; ')}`,
      ],
      [
        '@exodus/schemasafe, yes/no only',
        `${safeYesNoBytes.toLocaleString('en-US')} B`,
        us('schemasafe yes/no valid'),
        '-',
        'none (a boolean)',
      ],
      [
        '@exodus/schemasafe, includeErrors + allErrors',
        `${safeErrorsBytes.toLocaleString('en-US')} B`,
        us('schemasafe errors valid'),
        us('schemasafe errors invalid'),
        `${safeIssues.length}: ${safeIssues.map((issue) => `${issue.instanceLocation} at ${issue.keywordLocation}`).join('; ')} (no message)`,
      ],
      [
        'Ajv (compiled at run time, for reference)',
        'n/a (the Ajv runtime)',
        us('ajv valid'),
        us('ajv invalid'),
        `${ajvIssues.length}: ${ajvIssues.map((issue) => `${issue.instancePath} ${issue.keyword} "${issue.message}"`).join('; ')}`,
      ],
    ],
  },
  {
    caption: suite
      ? 'JSON Schema Test Suite (draft 2020-12 and the optional format files), the groups in scope for invoicing-sdk, each schema compiled alone'
      : 'JSON Schema Test Suite: ../shared/jsonschema-test-suite/ is not beside this checkout, not measured',
    columns: ['validator', 'tests passed', 'schemas that do not compile'],
    rows: suite
      ? [...suite].map(([name, row]) => [name, `${row.passed}/${row.total}`, String(row.compileFailures)])
      : [['(not measured)', '-', '-']],
  },
];
const ownTypical = timings.get('ours valid')!.median;
const budgets: Budget[] = [
  {
    name: 'Typical request validation (Mollie updateSalesInvoice, valid)',
    limit: '≤ 5 µs',
    measured: `${ownTypical.toFixed(2)} µs`,
    holds: ownTypical <= 5,
  },
];
const file = writeSection({
  id: 'validator-choice',
  title: 'Which validator: our own against a build-time schema compiler',
  method:
    "Each validator is given the same JSON Schema: invoicing-sdk's precompiled request schema from generated/mollie/validation.ts; " +
    'schemasafe and Ajv the request of updateSalesInvoice built from openapi/mollie.yaml with every `$ref` inlined and the ' +
    "`x-`/example annotations left out (schemasafe refuses keywords it does not know). schemasafe's `toModule()` output is the " +
    "code an app would bundle; ours is `matches` + `validateValue` and the operation's schema. Timing: a warm-up batch, then " +
    `${QUICK ? 3 : 21} interleaved rounds of ${QUICK ? 200 : 20_000} calls per case, in one process. The suite rows run the ` +
    'same in-scope groups as test/json-schema-test-suite.test.ts (ours through the generator), each test counted as passed ' +
    'when the verdict is the suite’s.',
  versions: {
    'invoicing-sdk': packageVersion(),
    node: process.version.slice(1),
    '@exodus/schemasafe': installedVersion('@exodus/schemasafe'),
    ajv: installedVersion('ajv'),
    'ajv-formats': installedVersion('ajv-formats'),
    esbuild: installedVersion('esbuild'),
  },
  tables,
  budgets,
  notes: [loadNote()],
  quick: QUICK,
});
console.log(`wrote ${file}`);
for (const table of tables) {
  console.log(table.caption);
  for (const row of table.rows) console.log(' ', row.join(' | '));
}
