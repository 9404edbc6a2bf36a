// Consumer type-check cost: `tsc --noEmit --extendedDiagnostics` of a small program that calls our
// operations (through the built package's .d.ts) against the same program written for
// mollie-api-typescript, minus an empty program. Wall time, check time, instantiations, memory.
// Usage: node --import tsx/esm bench/type-check-cost.ts [--quick]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measureProcess } from './lib/measure-process.js';
import { cleanNodeEnv } from './lib/node-runtimes.js';
import { PROJECT_DIR, QUICK, writeSection, type Budget, type Table } from './lib/section.js';
import { formatRatio, formatSummary, rotate, summarize, type Summary } from './lib/stats.js';
import { comparedVersions, installedVersion } from './lib/versions.js';
import { trackLoad } from './lib/load.js';
import {
  CONSUMERS,
  EMPTY_CONSUMER,
  OUR_MOLLIE_CONSUMER,
  THEIR_CLASS_CONSUMER,
  THEIR_STANDALONE_CONSUMER,
  type Consumer,
} from './type-check-consumers.js';

const loadNote = trackLoad();
const MAX_OVERHEAD_RATIO = 0.5;
/** skipLibCheck: true is the usual consumer setting and the one the budget is about; false is context. */
const variants = QUICK
  ? [{ skipLibCheck: true, runs: 1 }]
  : [
      { skipLibCheck: true, runs: 7 },
      { skipLibCheck: false, runs: 3 },
    ];

// Inside the project, so that "invoicing-sdk" resolves through this checkout's package.json exports
// (a self-reference, to dist/) and the peers through its node_modules; under test/.output, which
// git and the project's tsconfig ignore. One folder per process, removed at the end.
const workDir = path.join(PROJECT_DIR, 'test', '.output', `bench-type-check-${process.pid}`);
const tsc = path.join(PROJECT_DIR, 'node_modules', 'typescript', 'bin', 'tsc');

function writeProject(consumer: Consumer, skipLibCheck: boolean): string {
  writeFileSync(path.join(workDir, `${consumer.id}.ts`), consumer.source);
  const tsconfig = path.join(workDir, `tsconfig.${consumer.id}.${skipLibCheck ? 'skip' : 'full'}.json`);
  const compilerOptions = {
    strict: true,
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    types: [],
    skipLibCheck,
    noEmit: true,
  };
  writeFileSync(tsconfig, JSON.stringify({ compilerOptions, files: [`${consumer.id}.ts`] }, null, 2));
  return tsconfig;
}

interface Diagnostics {
  readonly files: number;
  readonly types: number;
  readonly instantiations: number;
  readonly memoryMb: number;
  readonly checkSeconds: number;
}

function parseDiagnostics(output: string): Diagnostics {
  const field = (name: string): number => {
    const match = new RegExp(`^${name}:\\s+([\\d.]+)`, 'm').exec(output);
    if (match === null) throw new Error(`tsc --extendedDiagnostics printed no "${name}":\n${output}`);
    return Number(match[1]);
  };
  return {
    files: field('Files'),
    types: field('Types'),
    instantiations: field('Instantiations'),
    memoryMb: field('Memory used') / 1024,
    checkSeconds: field('Check time'),
  };
}

interface ConsumerFigures {
  readonly wall: Summary;
  /** Per round, wall time minus the empty program's in that same round (paired, so load drift cancels). */
  readonly above: Summary;
  readonly check: Summary;
  readonly diagnostics: Diagnostics;
}

async function measureVariant(skipLibCheck: boolean, runs: number): Promise<Map<string, ConsumerFigures>> {
  const projects = new Map(CONSUMERS.map((consumer) => [consumer.id, writeProject(consumer, skipLibCheck)]));
  const wall = new Map<string, number[]>(CONSUMERS.map(({ id }) => [id, []]));
  const check = new Map<string, number[]>(CONSUMERS.map(({ id }) => [id, []]));
  const diagnostics = new Map<string, Diagnostics>();
  for (let round = 0; round < runs; round += 1) {
    for (const consumer of rotate(CONSUMERS, round)) {
      const result = await measureProcess(
        process.execPath,
        [tsc, '-p', projects.get(consumer.id)!, '--extendedDiagnostics'],
        { cwd: workDir, env: cleanNodeEnv() },
      );
      // A consumer that does not compile measures nothing: stop.
      if (result.exitCode !== 0) throw new Error(`${consumer.label} does not compile:\n${result.stdout}`);
      const parsed = parseDiagnostics(result.stdout);
      wall.get(consumer.id)!.push(result.wallMs);
      check.get(consumer.id)!.push(parsed.checkSeconds * 1000);
      diagnostics.set(consumer.id, parsed); // counts are the same every run
    }
  }
  const empty = wall.get(EMPTY_CONSUMER.id)!;
  return new Map(
    CONSUMERS.map(({ id }) => [
      id,
      {
        wall: summarize(wall.get(id)!),
        above: summarize(wall.get(id)!.map((ms, round) => ms - empty[round]!)),
        check: summarize(check.get(id)!),
        diagnostics: diagnostics.get(id)!,
      },
    ]),
  );
}

mkdirSync(workDir, { recursive: true });
const results: { skipLibCheck: boolean; runs: number; figures: Map<string, ConsumerFigures> }[] = [];
try {
  for (const { skipLibCheck, runs } of variants) {
    results.push({ skipLibCheck, runs, figures: await measureVariant(skipLibCheck, runs) });
    console.error(`type-check-cost: skipLibCheck ${skipLibCheck} done`);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}

const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(0)}`;
const number = (value: number): string => value.toLocaleString('en-US');
const tables: Table[] = results.map(({ skipLibCheck, runs, figures }) => {
  return {
    caption: `skipLibCheck: ${skipLibCheck}${skipLibCheck ? ' (the usual consumer setting)' : ''}; median (min–max) of ${runs} run(s)`,
    columns: [
      'consumer',
      'wall ms',
      'above empty (paired)',
      'check time ms',
      'files',
      'types',
      'instantiations',
      'memory MB',
    ],
    rows: CONSUMERS.map(({ id, label }) => {
      const { wall, above, check, diagnostics } = figures.get(id)!;
      return [
        label,
        formatSummary(wall, 0),
        id === EMPTY_CONSUMER.id ? '0' : `${signed(above.median)} (${signed(above.min)} to ${signed(above.max)})`,
        formatSummary(check, 0),
        number(diagnostics.files),
        number(diagnostics.types),
        number(diagnostics.instantiations),
        diagnostics.memoryMb.toFixed(0),
      ];
    }),
  };
});

// The budget compares overheads above the empty program, with skipLibCheck: true, against the
// cheaper of mollie-api-typescript's two forms (the stricter comparison).
const usual = results.find(({ skipLibCheck }) => skipLibCheck)!.figures;
const overhead = (id: string): number => usual.get(id)!.above.median;
const ours = overhead(OUR_MOLLIE_CONSUMER.id);
const theirs = Math.min(overhead(THEIR_CLASS_CONSUMER.id), overhead(THEIR_STANDALONE_CONSUMER.id));
const ratio = ours / theirs;
const budgets: Budget[] = [
  {
    name: 'Consumer type-check overhead (tsc wall time above an empty program), ours vs mollie-api-typescript',
    limit: `≤ ${MAX_OVERHEAD_RATIO.toFixed(2)}×`,
    measured: `${formatRatio(ratio, 3)} (${signed(ours)} ms vs ${signed(theirs)} ms)`,
    holds: ratio <= MAX_OVERHEAD_RATIO,
  },
];

writeSection({
  id: 'type-check-cost',
  title: 'Consumer type-check cost',
  method: [
    `Each consumer is one small file (bench/type-check-consumers.ts) that makes the update call(s) with a typed body; it is written to a scratch folder inside the project and checked alone with`,
    `\`tsc -p <its tsconfig> --extendedDiagnostics\` (TypeScript ${installedVersion('typescript')}; strict, target ES2022, module ESNext, moduleResolution bundler, lib ES2022 + DOM, types []).`,
    `invoicing-sdk is imported by its package name, so its types are the built dist/*.d.ts, as a user gets them. A consumer that does not compile stops the bench.`,
    `Wall time is the whole tsc process (spawn to exit, via GNU time); check time, files, types, instantiations and memory come from --extendedDiagnostics (the counts do not change between runs).`,
    `Rounds run every consumer once, in a rotated order. The overhead is the median, over the rounds, of a consumer's wall time minus the empty file's in the same round (paired, so that the shared machine's changing load cancels out).`,
  ].join(' '),
  versions: {
    ...comparedVersions(),
    typescript: installedVersion('typescript'),
    'node (system)': process.version,
  },
  tables,
  budgets,
  notes: [
    loadNote(),
    `Against mollie-api-typescript's class form alone: ${formatRatio(ours / overhead(THEIR_CLASS_CONSUMER.id))}; against its standalone form: ${formatRatio(ours / overhead(THEIR_STANDALONE_CONSUMER.id))}.`,
    'There is no peer SDK for Asset, so the all-operations consumer is reported for its own sake.',
  ],
  quick: QUICK,
});
console.error('type-check-cost: section written');
