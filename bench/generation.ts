// Code generation: our pipeline (`npm run generate`, `npm run check:generated`) and, on GitHub's
// REST API description and slices of it, the same pipeline against the two tools a user would
// otherwise run: `redocly lint` and the `openapi-typescript` CLI, one after the other.
// Usage: node --import tsx/esm bench/generation.ts [--quick]
//   --quick   the ~100-operation slice only, one run of each (the smoke test's mode)
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { GITHUB_CONFIG, GITHUB_SPEC, operationCount, readGithubSpec, writeSlice } from './github/slice.js';
import { trackLoad } from './lib/load.js';
import { measureProcess, type ProcessMeasurement } from './lib/measure-process.js';
import { cleanNodeEnv } from './lib/node-runtimes.js';
import { PROJECT_DIR, QUICK, writeSection, type Budget, type Table } from './lib/section.js';
import { formatRatio, formatSummary, rotate, summarize, type Summary } from './lib/stats.js';
import { installedVersion, packageVersion } from './lib/versions.js';

const loadNote = trackLoad();
const RUNS = QUICK ? 1 : 5;
const SLICES = QUICK ? [100] : [100, 300, 1000];
const WORK_DIR = path.join(PROJECT_DIR, 'test', '.output', QUICK ? 'bench-generation-quick' : 'bench-generation');
const require = createRequire(import.meta.url);

const BUDGET_RATIO = 1.0;
const BUDGET_MEMORY_MB = 1024;
const BUDGET_GROWTH = 1.5;
const BUDGET_OWN_GENERATE_MS = 2500;

/** The entry script of a package's command-line tool, from its own package.json (no PATH lookup). */
function binOf(name: string, bin: string): string {
  const manifestFile = require.resolve(`${name}/package.json`);
  const manifest = require(manifestFile) as { bin: string | Record<string, string> };
  const entry = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin];
  if (entry === undefined) throw new Error(`${name} declares no \`${bin}\` command`);
  return path.join(path.dirname(manifestFile), entry);
}

const REDOCLY = binOf('@redocly/cli', 'redocly');
const OPENAPI_TYPESCRIPT = binOf('openapi-typescript', 'openapi-typescript');
const TSC = binOf('typescript', 'tsc');
const GENERATE = path.join(PROJECT_DIR, 'scripts', 'generate.ts');
const env = {
  ...cleanNodeEnv(),
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_COLOR: '1',
  FORCE_COLOR: '0',
};

/** Run a whole process under GNU time; a failure stops the benchmark with the process's output. */
async function measured(
  label: string,
  command: string,
  args: readonly string[],
  cwd = PROJECT_DIR,
): Promise<ProcessMeasurement> {
  const result = await measureProcess(command, args, { cwd, env });
  if (result.exitCode !== 0) {
    throw new Error(
      `${label}: ${command} ${args.join(' ')} exited with ${result.exitCode}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result;
}

interface Samples {
  readonly wallMs: number[];
  readonly rssMb: number[];
  /** User + system CPU time, the process's and its children's (GNU time counts both). */
  readonly cpuMs: number[];
}

const samples = (): Samples => ({ wallMs: [], rssMb: [], cpuMs: [] });
const record = (into: Samples, result: ProcessMeasurement): void => {
  into.wallMs.push(result.wallMs);
  into.rssMb.push(result.maxRssMb);
  into.cpuMs.push(cpuMs(result.stderr));
};

/** The CPU time GNU time reports (user + system), in milliseconds. */
function cpuMs(report: string): number {
  const seconds = (label: string): number =>
    Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(report)?.[1]);
  return (seconds('User') + seconds('System')) * 1000;
}

// ---------------------------------------------------------------------------------------------
// The specs: slices of GitHub's description (bench/github/slice.ts) and the whole of it.

interface Size {
  readonly label: string;
  readonly operations: number;
  /** The redocly.yaml our pipeline and `redocly lint` run with. */
  readonly configFile: string;
  /** The spec file openapi-typescript reads. */
  readonly specFile: string;
  /** Where this size's outputs go. */
  readonly dir: string;
}

rmSync(WORK_DIR, { recursive: true, force: true });
mkdirSync(WORK_DIR, { recursive: true });
const github = readGithubSpec();
const sizes: Size[] = SLICES.map((count) => {
  const dir = path.join(WORK_DIR, `slice-${count}`);
  const { specFile, configFile } = writeSlice(github, count, dir);
  return { label: `${count}-operation slice`, operations: count, configFile, specFile, dir };
});
if (!QUICK) {
  const dir = path.join(WORK_DIR, 'full');
  mkdirSync(dir, { recursive: true });
  sizes.push({
    label: 'whole spec',
    operations: operationCount(github),
    configFile: GITHUB_CONFIG,
    specFile: GITHUB_SPEC,
    dir,
  });
}

// ---------------------------------------------------------------------------------------------
// Contenders, each a whole process, each run RUNS times per size, the order rotated every run.

type Contender = 'pipeline' | 'lint' | 'openapi-typescript';
const CONTENDERS: readonly Contender[] = ['pipeline', 'lint', 'openapi-typescript'];

function command(
  contender: Contender,
  size: Size,
): { command: string; args: string[]; cwd: string; before?: () => void } {
  const out = path.join(size.dir, 'pipeline', 'generated');
  switch (contender) {
    case 'pipeline':
      // What `npm run generate` runs, pointed at this spec's redocly.yaml: lint (in parallel) + generation.
      return {
        command: process.execPath,
        args: ['--import', 'tsx/esm', GENERATE, '--config', size.configFile, '--out', out],
        cwd: PROJECT_DIR,
        // A fresh folder each run: generation then writes every file, as openapi-typescript does.
        before: () => rmSync(out, { recursive: true, force: true }),
      };
    case 'lint':
      return { command: process.execPath, args: [REDOCLY, 'lint', '--config', size.configFile], cwd: PROJECT_DIR };
    case 'openapi-typescript':
      // Run in the slice's folder, which holds no redocly.yaml for the CLI to pick up instead.
      return {
        command: process.execPath,
        args: [OPENAPI_TYPESCRIPT, size.specFile, '--output', path.join(size.dir, 'openapi-typescript', 'schema.ts')],
        cwd: size.dir,
      };
  }
}

const results = new Map<Size, Record<Contender, Samples> & { separately: number[]; separatelyCpu: number[] }>();
for (const size of sizes) {
  const bySize = {
    pipeline: samples(),
    lint: samples(),
    'openapi-typescript': samples(),
    separately: [] as number[],
    separatelyCpu: [] as number[],
  };
  for (let run = 0; run < RUNS; run += 1) {
    const wall: Partial<Record<Contender, number>> = {};
    const cpu: Partial<Record<Contender, number>> = {};
    for (const contender of rotate(CONTENDERS, run)) {
      const { command: executable, args, cwd, before } = command(contender, size);
      before?.();
      const result = await measured(`${size.label}, ${contender}`, executable, args, cwd);
      record(bySize[contender], result);
      wall[contender] = result.wallMs;
      cpu[contender] = cpuMs(result.stderr);
    }
    bySize.separately.push(wall.lint! + wall['openapi-typescript']!);
    bySize.separatelyCpu.push(cpu.lint! + cpu['openapi-typescript']!);
    console.error(`generation: ${size.label}, run ${run + 1}/${RUNS} done`);
  }
  results.set(size, bySize);
}

// ---------------------------------------------------------------------------------------------
// Our own specs: `npm run generate` (into a scratch folder, so this checkout's generated/ is left
// alone) and `npm run check:generated`, through npm, as a developer runs them.

const own = { generate: samples(), check: samples() };
if (!QUICK) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const ownOut = path.join(WORK_DIR, 'own', 'generated');
  for (let run = 0; run < RUNS; run += 1) {
    for (const which of rotate(['generate', 'check'] as const, run)) {
      if (which === 'generate') rmSync(ownOut, { recursive: true, force: true });
      const args = which === 'generate' ? ['run', 'generate', '--', '--out', ownOut] : ['run', 'check:generated'];
      record(own[which], await measured(`npm ${args.join(' ')}`, npm, args));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The generated GitHub client, type-checked by tsc with the project's strict settings: once, apart
// from the pipeline's time (tsc is not part of generation).

interface TypeCheck {
  readonly files: number;
  readonly megabytes: number;
  readonly wallMs: number;
  readonly rssMb: number;
  readonly diagnostics: number;
}

let typeCheck: TypeCheck | undefined;
const largest = sizes[sizes.length - 1]!;
const generatedDir = path.join(largest.dir, 'pipeline', 'generated');
if (!QUICK) {
  const files = listFiles(generatedDir).filter((file) => file.endsWith('.ts'));
  const tsconfig = path.join(largest.dir, 'tsconfig.json');
  writeFileSync(
    tsconfig,
    `${JSON.stringify(
      {
        extends: path.relative(largest.dir, path.join(PROJECT_DIR, 'tsconfig.json')),
        include: [path.relative(largest.dir, generatedDir)],
        exclude: [],
      },
      null,
      2,
    )}\n`,
  );
  const result = await measureProcess(process.execPath, [TSC, '-p', tsconfig, '--pretty', 'false'], {
    cwd: PROJECT_DIR,
    env,
  });
  const diagnostics = (result.stdout.match(/error TS\d+/g) ?? []).length;
  if (result.exitCode !== 0 && diagnostics === 0) throw new Error(`tsc failed without diagnostics:\n${result.stderr}`);
  typeCheck = {
    files: files.length,
    megabytes: files.reduce((sum, file) => sum + statSync(file).size, 0) / 1e6,
    wallMs: result.wallMs,
    rssMb: result.maxRssMb,
    diagnostics,
  };
}

/** What the generated validation leaves unchecked for the largest spec (a spec we did not write). */
const validationText = readFileSync(path.join(generatedDir, 'github', 'validation.ts'), 'utf8');
const uncheckedRequests = (validationText.match(/NOT CHECKED: any value passes\./g) ?? []).length;
const uncheckedResponses = (validationText.match(/is not checked by `validateResponses`/g) ?? []).length;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// ---------------------------------------------------------------------------------------------
// The section.

const seconds = (summary: Summary): string =>
  formatSummary(
    { median: summary.median / 1000, min: summary.min / 1000, max: summary.max / 1000, samples: summary.samples },
    2,
    ' s',
  );
const megabytes = (values: readonly number[]): string => formatSummary(summarize(values), 0, ' MB');
const peak = (values: readonly number[]): number => Math.max(...values);

const rows = sizes.map((size) => {
  const result = results.get(size)!;
  return {
    size,
    pipeline: summarize(result.pipeline.wallMs),
    lint: summarize(result.lint.wallMs),
    openapiTypescript: summarize(result['openapi-typescript'].wallMs),
    separately: summarize(result.separately),
    result,
  };
});

const tables: Table[] = [
  {
    caption: 'Pipeline vs the two tools run separately (wall time, median of each, then their ratio; lower is better)',
    columns: ['Spec', 'Operations', 'Our pipeline', 'redocly lint + openapi-typescript', 'Ratio'],
    rows: rows.map((row) => [
      row.size.label,
      String(row.size.operations),
      seconds(row.pipeline),
      seconds(row.separately),
      formatRatio(row.pipeline.median / row.separately.median),
    ]),
  },
  {
    caption:
      'CPU time (user + system, children included), median: the work done, whatever the cores free; our pipeline does strictly more',
    columns: ['Spec', 'Our pipeline', 'redocly lint + openapi-typescript', 'Ratio'],
    rows: rows.map((row) => {
      const ours = summarize(row.result.pipeline.cpuMs);
      const theirs = summarize(row.result.separatelyCpu);
      return [row.size.label, seconds(ours), seconds(theirs), formatRatio(ours.median / theirs.median)];
    }),
  },
  {
    caption: 'Each process: wall time, CPU time and peak resident memory, median (min–max)',
    columns: ['Spec', 'Process', 'Wall time', 'CPU time', 'Peak RSS'],
    rows: rows.flatMap((row) =>
      (
        [
          ['our pipeline (lint + generation)', row.pipeline, row.result.pipeline],
          ['redocly lint', row.lint, row.result.lint],
          ['openapi-typescript CLI', row.openapiTypescript, row.result['openapi-typescript']],
        ] as const
      ).map(([label, wall, measuredSamples]) => [
        row.size.label,
        label,
        seconds(wall),
        seconds(summarize(measuredSamples.cpuMs)),
        megabytes(measuredSamples.rssMb),
      ]),
    ),
  },
  {
    caption:
      'Growth with spec size (our pipeline): time per operation, and the marginal time per operation since the previous size',
    columns: ['Operations', 'Wall time', 'Peak RSS (max)', 'Time per operation', 'Marginal time per operation'],
    rows: rows.map((row, index) => {
      const previous = rows[index - 1];
      const marginal =
        previous === undefined
          ? '–'
          : `${((row.pipeline.median - previous.pipeline.median) / (row.size.operations - previous.size.operations)).toFixed(2)} ms`;
      return [
        String(row.size.operations),
        seconds(row.pipeline),
        `${peak(row.result.pipeline.rssMb).toFixed(0)} MB`,
        `${(row.pipeline.median / row.size.operations).toFixed(2)} ms`,
        marginal,
      ];
    }),
  },
];
if (!QUICK) {
  tables.push({
    caption: 'Our own specs (openapi/asset.yaml, openapi/mollie.yaml), through npm',
    columns: ['Command', 'Wall time', 'Peak RSS'],
    rows: [
      ['npm run generate', seconds(summarize(own.generate.wallMs)), megabytes(own.generate.rssMb)],
      ['npm run check:generated', seconds(summarize(own.check.wallMs)), megabytes(own.check.rssMb)],
    ],
  });
}
if (typeCheck !== undefined) {
  tables.push({
    caption: `The generated client for GitHub's spec, type-checked by tsc with the project's strict settings (one run; not part of the pipeline's time)`,
    columns: ['TypeScript files', 'Size', 'tsc wall time', 'tsc peak RSS', 'Diagnostics'],
    rows: [
      [
        String(typeCheck.files),
        `${typeCheck.megabytes.toFixed(1)} MB`,
        `${(typeCheck.wallMs / 1000).toFixed(1)} s`,
        `${typeCheck.rssMb.toFixed(0)} MB`,
        String(typeCheck.diagnostics),
      ],
    ],
  });
}

const whole = rows[rows.length - 1]!;
const at300 = rows.find((row) => row.size.operations === 300);
const perOperation = (row: (typeof rows)[number]): number => row.pipeline.median / row.size.operations;
const ratio = whole.pipeline.median / whole.separately.median;
const peakMemory = peak(whole.result.pipeline.rssMb);
const ownGenerate = QUICK ? undefined : summarize(own.generate.wallMs);
const quickNote = QUICK ? ` (${whole.size.label}, --quick)` : '';
const budgets: Budget[] = [
  {
    name: "Pipeline on GitHub's spec vs redocly lint + openapi-typescript run separately",
    limit: `≤ ${formatRatio(BUDGET_RATIO)}`,
    measured: `${formatRatio(ratio)}${quickNote}`,
    holds: ratio <= BUDGET_RATIO,
  },
  {
    name: "Peak memory of the pipeline on GitHub's spec (largest single process)",
    limit: `≤ ${BUDGET_MEMORY_MB} MB`,
    measured: `${peakMemory.toFixed(0)} MB${quickNote}`,
    holds: peakMemory <= BUDGET_MEMORY_MB,
  },
  at300 === undefined || QUICK
    ? {
        name: 'Growth with spec size: time per operation on the whole spec vs on the 300-operation slice',
        limit: `≤ ${formatRatio(BUDGET_GROWTH)}`,
        measured: 'not measured with --quick',
        holds: false,
      }
    : {
        name: 'Growth with spec size: time per operation on the whole spec vs on the 300-operation slice',
        limit: `≤ ${formatRatio(BUDGET_GROWTH)}`,
        measured: formatRatio(perOperation(whole) / perOperation(at300)),
        holds: perOperation(whole) / perOperation(at300) <= BUDGET_GROWTH,
      },
  ownGenerate === undefined
    ? {
        name: '`npm run generate` on our own specs',
        limit: `≤ ${(BUDGET_OWN_GENERATE_MS / 1000).toFixed(1)} s`,
        measured: 'not measured with --quick',
        holds: false,
      }
    : {
        name: '`npm run generate` on our own specs',
        limit: `≤ ${(BUDGET_OWN_GENERATE_MS / 1000).toFixed(1)} s`,
        measured: `${seconds(ownGenerate)} median`,
        holds: ownGenerate.median <= BUDGET_OWN_GENERATE_MS,
      },
];

const cpus = os.cpus();
writeSection({
  id: 'generation',
  title: 'Code generation: our pipeline, and GitHub’s REST API against Redocly + openapi-typescript',
  method: [
    `Every figure is a whole process run under GNU time (\`/usr/bin/time -v\`): wall time, and peak resident memory of the largest single process (for our pipeline, its own or that of the Redocly lint it starts).`,
    `${RUNS} run(s) of each process per spec, the order of the three processes rotated from run to run; medians with min–max.`,
    `Our pipeline: \`node --import tsx/esm scripts/generate.ts --config <spec's redocly.yaml> --out <fresh folder>\`, the command \`npm run generate\` runs: Redocly lint in a child process, in parallel with openapi-typescript's types, the validation schemas and the modules, printed in their final layout (no formatter runs); nothing is written unless the lint passes.`,
    `The tools separately: \`redocly lint --config <the same redocly.yaml>\`, then \`openapi-typescript <spec> --output <file>\` (its CLI, which also runs Redocly's minimal ruleset itself); their sum per run is what a user waits running both. Both write less than our pipeline, which also writes the validation schemas, one module per operation, the client and its indexes.`,
    `Specs: GitHub's description from @octokit/openapi (api.github.com.json, OpenAPI 3.0.3), linted with bench/github/redocly.yaml (Redocly's \`recommended\`, three rules downgraded to warnings, reasons in the file), and slices of it written by bench/github/slice.ts (operations spread over the whole API by operationId order, with exactly the components they reach).`,
    QUICK
      ? 'Quick run: the 100-operation slice only, one run each: a smoke test, the figures mean nothing.'
      : `Our own specs: \`npm run generate -- --out <scratch folder>\` (so this checkout's generated/ is untouched) and \`npm run check:generated\`, through npm. The generated GitHub client is then type-checked once with \`tsc -p\` on a tsconfig extending the project's.`,
  ].join(' '),
  versions: {
    node: process.versions.node,
    'invoicing-sdk': packageVersion(),
    '@redocly/cli': installedVersion('@redocly/cli'),
    'openapi-typescript': installedVersion('openapi-typescript'),
    '@octokit/openapi': installedVersion('@octokit/openapi'),
    typescript: installedVersion('typescript'),
    'ts-morph': installedVersion('ts-morph'),
    tsx: installedVersion('tsx'),
  },
  tables,
  budgets,
  notes: [
    `Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, ${os.type()} ${os.release()}; shared with other jobs.`,
    loadNote(),
    'On two free cores our pipeline gains from running the lint alongside generation; with other jobs on the machine it gains less, and its wall time tends towards its CPU time (the CPU table).',
    `Validation of the ${whole.size.label === 'whole spec' ? 'whole spec' : whole.size.label} (a spec we did not write, \`x-codegen.strict: false\`): ${uncheckedRequests} of ${whole.size.operations} operations send unchecked requests and ${uncheckedResponses} responses are not checked by \`validateResponses\`, each for a schema keyword or format the validator does not implement, named in the generated code.`,
    'Growth budget: the time per operation on the whole spec may be at most 1.5× that on the 300-operation slice; the fixed start-up cost weighs less as the spec grows, so the marginal time per operation (between consecutive sizes) is shown too.',
  ],
  quick: QUICK,
});
console.error(`generation: section written (${loadNote()})`);
