// Smoke run of the benchmarks (`npm run bench`), so the scripts cannot rot: bench/run.ts --quick
// (tiny N; the figures mean nothing) with its results in a temporary folder. Every benchmark must
// write a well-formed section, and the quick report must land in that folder, never in the
// repository's BENCHMARKS.md. Benchmarks are not timed tests: no figure is asserted here.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Section } from '../bench/lib/section.js';
import { PROJECT_DIR, run, type ProcessResult } from './helpers/project.js';

const RUNTIME_SECTIONS = ['throughput', 'validation-cost', 'bundle-size', 'cold-start', 'type-check-cost'];
// The generation benchmark has its own smoke test when test/bench-generation.test.ts exists.
const runGeneration =
  existsSync(path.join(PROJECT_DIR, 'bench', 'generation.ts')) &&
  !existsSync(path.join(PROJECT_DIR, 'test', 'bench-generation.test.ts'));
// The corpus benchmark measures the generator on real specs (in a bare clone only those from npm);
// validator-choice compares our validator with a build-time schema compiler; mollie-official the
// client generated from Mollie's whole spec with Speakeasy's SDK.
const EXPECTED_SECTIONS = [
  ...(runGeneration ? ['generation'] : []),
  ...RUNTIME_SECTIONS,
  'validator-choice',
  'mollie-official',
  'corpus',
];

const realReport = path.join(PROJECT_DIR, 'BENCHMARKS.md');
const realReportBefore = existsSync(realReport) ? statSync(realReport).mtimeMs : undefined;
let resultsDir = '';
let outcome: ProcessResult;

beforeAll(async () => {
  resultsDir = await mkdtemp(path.join(os.tmpdir(), 'invoicing-sdk-bench-'));
  outcome = await run(
    process.execPath,
    ['--import', 'tsx/esm', 'bench/run.ts', '--quick', ...(runGeneration ? [] : ['--skip', 'generation'])],
    { env: { BENCH_RESULTS_DIR: resultsDir } },
  );
}, 240_000);

afterAll(async () => {
  if (resultsDir !== '') await rm(resultsDir, { recursive: true, force: true });
});

function section(id: string): Section {
  return JSON.parse(readFileSync(path.join(resultsDir, `${id}.json`), 'utf8')) as Section;
}

/** The numbers in a table cell such as "12,026" or "0.97× (0.95–0.99)". */
function numbersIn(cellText: string): number[] {
  return [...cellText.matchAll(/-?\d[\d,]*(?:\.\d+)?/g)].map((match) => Number(match[0].replaceAll(',', '')));
}

describe('npm run bench -- --quick', () => {
  it('runs every benchmark and the report writer without failing', () => {
    expect(outcome.code, outcome.stderr).toBe(0);
  });

  it.each(EXPECTED_SECTIONS)('writes a well-formed quick section: %s', (id) => {
    const written = section(id);
    expect(written.id).toBe(id);
    expect(written.quick).toBe(true);
    expect(written.title.length).toBeGreaterThan(0);
    expect(written.method.length).toBeGreaterThan(0);
    expect(Object.keys(written.versions).length).toBeGreaterThan(0);
    for (const version of Object.values(written.versions)) expect(version).toMatch(/\d+\.\d+/);
    expect(written.tables.length).toBeGreaterThan(0);
    for (const table of written.tables) {
      expect(table.rows.length).toBeGreaterThan(0);
      for (const row of table.rows) {
        expect(row).toHaveLength(table.columns.length);
        for (const cellText of row) expect(cellText.trim()).not.toBe('');
      }
    }
    for (const budget of written.budgets) {
      expect(budget.name.length).toBeGreaterThan(0);
      expect(budget.limit.length).toBeGreaterThan(0);
      expect(budget.measured.length).toBeGreaterThan(0);
      expect(typeof budget.holds).toBe('boolean');
    }
  });

  it('gives every runtime benchmark a budget and measures invoicing-sdk from the built package', () => {
    for (const id of RUNTIME_SECTIONS) {
      const written = section(id);
      expect(written.budgets.length, id).toBeGreaterThan(0);
      expect(written.versions['invoicing-sdk'], id).toMatch(/\(dist\/ built \d{4}-\d\d-\d\dT[\d:]+Z\)$/);
    }
  });

  it('measures throughput for every variant on the system Node and on Node 24', () => {
    const [ratios] = section('throughput').tables;
    expect(ratios!.columns.slice(1)).toEqual([expect.stringContaining(process.version), 'Node v24.21.0']);
    expect(ratios!.rows.map(([variant]) => variant)).toEqual([
      'raw fetch',
      'openapi-fetch',
      'invoicing-sdk (defaults)',
      'invoicing-sdk (with a logger)',
      'invoicing-sdk (logger, new token per call)',
      'invoicing-sdk (validation off)',
      'mollie-api-typescript (class)',
      'mollie-api-typescript (standalone)',
    ]);
    for (const row of ratios!.rows)
      for (const cellText of row.slice(1)) expect(numbersIn(cellText)[0]).toBeGreaterThan(0);
  });

  it('times validation for all three operations, minimal to full-size', () => {
    const [requests] = section('validation-cost').tables;
    const cases = requests!.rows.map(([operation, request]) => `${operation} ${request!.split(':')[0]}`);
    for (const operation of ['updateInvoiceStatus', 'updateBill', 'updateSalesInvoice']) {
      for (const kind of ['minimal', 'typical', 'full']) expect(cases).toContain(`${operation} ${kind}`);
    }
  });

  it('reports positive byte counts for every bundle, invoicing-sdk larger than raw fetch', () => {
    const [sizes] = section('bundle-size').tables;
    const brotli = sizes!.columns.indexOf('brotli 11 B');
    const bytesOf = (prefix: string): number =>
      numbersIn(sizes!.rows.find(([app]) => app!.startsWith(prefix))![brotli]!)[0]!;
    for (const row of sizes!.rows) expect(numbersIn(row[brotli]!)[0]).toBeGreaterThan(0);
    expect(bytesOf('invoicing-sdk: the Mollie operation')).toBeGreaterThan(bytesOf('raw fetch'));
  });

  it('measures cold start on both Node versions and type-check cost for every consumer', () => {
    const [overheads] = section('cold-start').tables;
    expect(overheads!.columns).toHaveLength(3);
    expect(overheads!.rows.map(([entry]) => entry)).toEqual(
      expect.arrayContaining(['invoicing-sdk', 'invoicing-sdk/asset', 'invoicing-sdk/mollie', 'openapi-fetch']),
    );
    const [typeCheck] = section('type-check-cost').tables;
    expect(typeCheck!.rows).toHaveLength(6);
  });

  it('writes the quick report to the results folder and leaves BENCHMARKS.md alone', () => {
    const report = readFileSync(path.join(resultsDir, 'BENCHMARKS.quick.md'), 'utf8');
    expect(report.startsWith('<!-- Generated by npm run bench; do not edit by hand. -->\n')).toBe(true);
    expect(report).toContain('Smoke run (`--quick`)');
    expect(report).toContain('## Budgets');
    for (const id of EXPECTED_SECTIONS) expect(report).toContain(`## ${section(id).title}`);
    expect(existsSync(realReport) ? statSync(realReport).mtimeMs : undefined).toBe(realReportBefore);
  });
});
