// Smoke run of the generation benchmark (bench/generation.ts --quick: the 100-operation slice of
// GitHub's spec, one run of each process), so the script cannot rot, and the claims it rests on:
// the slices are valid specs, and the client generated for a slice of GitHub's spec compiles and is
// laid out as Prettier lays it out (without Prettier running). Benchmarks are not timed tests: figures are checked for shape
// and plausibility only.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listOperations, readGithubSpec, sliceSpec, writeSlice } from '../bench/github/slice.js';
import type { Section } from '../bench/lib/section.js';
import { writeOutput, type OutputFile } from '../scripts/codegen/emit.js';
import { generate } from '../scripts/codegen/pipeline.js';
import { PROJECT_DIR, run, scratchDir, type ProcessResult } from './helpers/project.js';
import { differFromPrettier } from './helpers/layout.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

type Json = Record<string, unknown>;

/** The numbers in a table cell such as "5.50 s (5.21–5.93)" or "1.13×". */
function numbersIn(cell: string): number[] {
  return [...cell.matchAll(/\d+(?:\.\d+)?/g)].map((match) => Number(match[0]));
}

function installedVersion(name: string): string {
  const manifest = path.join(PROJECT_DIR, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

describe('bench/generation.ts --quick', () => {
  let resultsDir = '';
  let outcome: ProcessResult;
  let section: Section;

  beforeAll(async () => {
    resultsDir = await mkdtemp(path.join(os.tmpdir(), 'invoicing-sdk-bench-generation-'));
    outcome = await run(process.execPath, ['--import', 'tsx/esm', 'bench/generation.ts', '--quick'], {
      env: { BENCH_RESULTS_DIR: resultsDir },
    });
    if (outcome.code === 0)
      section = JSON.parse(readFileSync(path.join(resultsDir, 'generation.json'), 'utf8')) as Section;
  }, 120_000);

  afterAll(async () => {
    if (resultsDir !== '') await rm(resultsDir, { recursive: true, force: true });
  });

  it('runs the pipeline, redocly lint and openapi-typescript on the slice, and writes its section', () => {
    expect(outcome.code, outcome.stderr).toBe(0);
    expect(section.id).toBe('generation');
    expect(section.quick).toBe(true);
    expect(section.method).toContain('/usr/bin/time');
  });

  it('names the exact versions compared', () => {
    for (const name of ['@redocly/cli', 'openapi-typescript', '@octokit/openapi', 'typescript'])
      expect(section.versions[name], name).toBe(installedVersion(name));
    expect(section.versions['node']).toBe(process.versions.node);
  });

  it('puts the ratio first, for the one slice measured, with plausible times and memory', () => {
    const [ratios] = section.tables;
    const table = (caption: string): Section['tables'][number] => {
      const found = section.tables.find((candidate) => candidate.caption?.startsWith(caption));
      if (found === undefined) throw new Error(`no table "${caption}…"`);
      return found;
    };
    expect(ratios?.caption).toMatch(/^Pipeline vs the two tools run separately/);
    expect(ratios?.columns.at(-1)).toBe('Ratio');
    expect(ratios?.rows).toHaveLength(1);
    const [spec, operations, ours, separately, ratio] = ratios!.rows[0]!;
    expect(spec).toBe('100-operation slice');
    expect(operations).toBe('100');
    // median (min–max) in seconds: one run, so all three equal; a few seconds, not minutes.
    for (const cell of [ours!, separately!]) {
      const [median, min, max] = numbersIn(cell);
      expect(median).toBeGreaterThan(0.1);
      expect(median).toBeLessThan(60);
      expect([min, max]).toEqual([median, median]);
    }
    expect(numbersIn(ratio!)[0]).toBeCloseTo(numbersIn(ours!)[0]! / numbersIn(separately!)[0]!, 1);
    const processes = table('Each process');
    expect(processes.columns).toEqual(['Spec', 'Process', 'Wall time', 'CPU time', 'Peak RSS']);
    expect(processes.rows.map((row) => row[1])).toEqual([
      'our pipeline (lint + generation)',
      'redocly lint',
      'openapi-typescript CLI',
    ]);
    for (const row of processes.rows) {
      const [wall] = numbersIn(row[2]!);
      const [cpu] = numbersIn(row[3]!);
      const [megabytes] = numbersIn(row[4]!);
      // Node itself takes a tenth of a second of CPU; a process of two threads may take more CPU than wall time.
      expect(cpu).toBeGreaterThan(0.1);
      expect(cpu).toBeLessThan(wall! * 2 + 1);
      expect(megabytes).toBeGreaterThan(30);
      expect(megabytes).toBeLessThan(4096);
    }
    expect(table('CPU time').rows).toHaveLength(1);
    expect(table('Growth with spec size').rows.map((row) => row[0])).toEqual(['100']);
  });

  it('reports the four budgets of the issue, those it cannot measure quickly as not measured', () => {
    expect(section.budgets.map((budget) => budget.limit)).toEqual(['≤ 1.00×', '≤ 1024 MB', '≤ 1.50×', '≤ 2.5 s']);
    const [ratio, memory, growth, own] = section.budgets;
    expect(ratio!.measured).toMatch(/^\d+\.\d\d× \(100-operation slice, --quick\)$/);
    expect(memory!.measured).toMatch(/^\d+ MB \(100-operation slice, --quick\)$/);
    expect(growth!.measured).toBe('not measured with --quick');
    expect(own!.measured).toBe('not measured with --quick');
  });
});

describe("a slice of GitHub's spec", () => {
  const github = readGithubSpec();

  it('keeps the operations asked for, spread over the API, with every component they reach and no other', () => {
    const slice = sliceSpec(github, 100);
    expect(listOperations(slice)).toHaveLength(100);
    const tags = new Set(listOperations(slice).map((operation) => operation.operationId.split('/')[0]));
    expect(tags.size).toBeGreaterThan(20);
    const text = JSON.stringify(slice);
    const referenced = new Set(
      [...text.matchAll(/"#\/components\/([^/"]+)\/([^"]+)"/g)].map((match) => `${match[1]}/${match[2]}`),
    );
    const components = slice['components'] as Record<string, Json>;
    const kept = Object.entries(components).flatMap(([type, entries]) =>
      Object.keys(entries).map((name) => `${type}/${name}`),
    );
    // Names in references are JSON-pointer escaped; GitHub's use none.
    expect(new Set(kept)).toEqual(referenced);
  });

  it('is the same bytes every time', () => {
    expect(JSON.stringify(sliceSpec(github, 300))).toBe(JSON.stringify(sliceSpec(github, 300)));
  });
});

describe("the client generated for a 100-operation slice of GitHub's spec", () => {
  let files: OutputFile[];
  let outDir: string;

  beforeAll(async () => {
    const scratch = await scratchDir('bench-generation-slice');
    const { configFile } = writeSlice(readGithubSpec(), 100, scratch);
    outDir = path.join(scratch, 'generated');
    files = await generate({
      configFile,
      outDir,
      runtimeDir: path.join(PROJECT_DIR, 'src'),
      skipLint: true,
    });
    await writeOutput(outDir, files);
  }, 60_000);

  it('has one module per operation', () => {
    expect(files.filter((file) => file.path.startsWith('github/operations/'))).toHaveLength(100);
  });

  it('compiles without a single diagnostic under the strict project settings', () => {
    const rootNames = files.filter((file) => file.path.endsWith('.ts')).map((file) => path.join(outDir, file.path));
    expect(typeScriptDiagnostics(rootNames)).toEqual([]);
  }, 60_000);

  it('is laid out as Prettier lays it out, long names and paths included (schema.ts as openapi-typescript prints it)', async () => {
    expect(await differFromPrettier(files)).toEqual([]);
  }, 60_000);
});
