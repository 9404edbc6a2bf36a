/*
 * Every benchmark `npm run bench` runs, in the order they run and appear in BENCHMARKS.md. Each is
 * a script in bench/ that writes the section `id` (bench/lib/section.ts). A section whose id is
 * not listed here is reported after these, by id.
 */

export interface BenchScript {
  /** The id of the section the script writes; also the name `--only` and `--skip` take. */
  readonly id: string;
  /** File name in bench/. */
  readonly script: string;
  /** Written separately (bench/generation.ts): run when the file exists. */
  readonly optional?: boolean;
}

export const BENCH_SCRIPTS: readonly BenchScript[] = [
  { id: 'generation', script: 'generation.ts' },
  { id: 'throughput', script: 'throughput.ts' },
  { id: 'validation-cost', script: 'validation-cost.ts' },
  { id: 'bundle-size', script: 'bundle-size.ts' },
  { id: 'cold-start', script: 'cold-start.ts' },
  { id: 'type-check-cost', script: 'type-check-cost.ts' },
  { id: 'validator-choice', script: 'validator-choice.ts' },
  { id: 'mollie-official', script: 'mollie-official.ts' },
  { id: 'corpus', script: 'corpus.ts' },
];
