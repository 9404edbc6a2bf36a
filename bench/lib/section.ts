import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * The shape every benchmark writes, so bench/write-report.ts can compose BENCHMARKS.md from what
 * was measured (nothing in that file is written by hand). Each benchmark script is runnable alone
 * (`node --import tsx/esm bench/<name>.ts [--quick]`) and ends by calling `writeSection`.
 */

export interface Table {
  /** Optional caption above the table. */
  readonly caption?: string;
  readonly columns: readonly string[];
  /** Cells already formatted for reading (medians with min–max, ratios, units). */
  readonly rows: readonly (readonly string[])[];
}

export interface Budget {
  /** e.g. "Throughput with defaults vs bare openapi-fetch" */
  readonly name: string;
  /** e.g. "≥ 0.95×" */
  readonly limit: string;
  /** e.g. "0.97× (Node 20), 0.96× (Node 24)" */
  readonly measured: string;
  readonly holds: boolean;
}

export interface Section {
  /** File-name-safe id, e.g. "throughput". Also orders the report (see bench/run.ts). */
  readonly id: string;
  readonly title: string;
  /** How it was measured: tools, N, warm-up, repetitions, order rotation, processes. */
  readonly method: string;
  /** Exact versions of everything compared (package → version). */
  readonly versions: Readonly<Record<string, string>>;
  /** Ratios first, then absolute figures. */
  readonly tables: readonly Table[];
  readonly budgets: readonly Budget[];
  readonly notes?: readonly string[];
  /** True when run with --quick (smoke run: tiny N, figures meaningless). */
  readonly quick: boolean;
}

export const BENCH_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const PROJECT_DIR = path.dirname(BENCH_DIR);
/** Where sections land; bench/write-report.ts reads them. Not committed. */
export const RESULTS_DIR = process.env.BENCH_RESULTS_DIR ?? path.join(PROJECT_DIR, 'test/.output/bench-results');

/** `--quick`: the smoke run `npm test` uses so the scripts cannot rot. */
export const QUICK = process.argv.includes('--quick');

export function writeSection(section: Section): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${section.id}.json`);
  writeFileSync(file, `${JSON.stringify(section, null, 2)}\n`);
  return file;
}
