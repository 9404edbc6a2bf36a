// Cold start: a fresh Node process that imports one entry point, against a `node -e 0` baseline
// measured interleaved in the same run; invoicing-sdk's built package (root and per-API subpaths)
// against openapi-fetch and Mollie's SDK, on the system Node and on Node 24.
// Usage: node --import tsx/esm bench/cold-start.ts [--quick]
import { measureProcess } from './lib/measure-process.js';
import { benchRuntimes, cleanNodeEnv, runtimeVersions, type NodeRuntime } from './lib/node-runtimes.js';
import { PROJECT_DIR, QUICK, writeSection, type Table } from './lib/section.js';
import { formatSummary, rotate, summarize, type Summary } from './lib/stats.js';
import { comparedVersions } from './lib/versions.js';
import { trackLoad } from './lib/load.js';

const loadNote = trackLoad();
const BUDGET_MS = 10;
// 40 rounds: on the shared 2-core machine single rounds vary by tens of milliseconds, more than the
// figure itself, and with 20 the median of the paired differences still moved by a few milliseconds
// from one run to the next.
const settings = QUICK ? { warmupRuns: 0, runs: 1 } : { warmupRuns: 2, runs: 40 };

interface Entry {
  readonly label: string;
  /** What `node -e` runs. */
  readonly script: string;
}

/** Imports every specifier, and fails the process (so the bench stops) if one cannot be loaded. */
function importing(...specifiers: string[]): string {
  const imports = specifiers.map((specifier) => `import(${JSON.stringify(specifier)})`).join(', ');
  return `Promise.all([${imports}]).catch((error) => { console.error(error); process.exit(1); })`;
}

const BASELINE = 'node -e 0 (baseline)';
const OURS = 'invoicing-sdk';
const entries: readonly Entry[] = [
  { label: BASELINE, script: '0' },
  // Node's ESM loader alone: part of every import below, whatever is imported.
  { label: 'an empty ES module (Node’s ESM loader alone)', script: importing('data:text/javascript,') },
  { label: OURS, script: importing('invoicing-sdk') },
  { label: 'invoicing-sdk/asset', script: importing('invoicing-sdk/asset') },
  { label: 'invoicing-sdk/mollie', script: importing('invoicing-sdk/mollie') },
  { label: 'openapi-fetch', script: importing('openapi-fetch') },
  { label: 'mollie-api-typescript (root: Client class)', script: importing('mollie-api-typescript') },
  {
    label: 'mollie-api-typescript/core.js + funcs/salesInvoicesUpdate.js (standalone)',
    script: importing('mollie-api-typescript/core.js', 'mollie-api-typescript/funcs/salesInvoicesUpdate.js'),
  },
];

interface Samples {
  readonly wallMs: number[];
  readonly rssMb: number[];
}

/** Runs every entry `runs` times on one Node, rotating the order each round, baseline included. */
async function measureOn(runtime: NodeRuntime): Promise<Map<string, Samples>> {
  const samples = new Map<string, Samples>(entries.map(({ label }) => [label, { wallMs: [], rssMb: [] }]));
  const env = cleanNodeEnv();
  const once = async (entry: Entry): Promise<{ wallMs: number; maxRssMb: number }> => {
    // cwd is the project root, so "invoicing-sdk" resolves through its own package.json's exports to dist/.
    const result = await measureProcess(runtime.execPath, ['-e', entry.script], { cwd: PROJECT_DIR, env });
    if (result.exitCode !== 0)
      throw new Error(`${runtime.label}, ${entry.label}: exit ${result.exitCode}\n${result.stderr}`);
    return result;
  };
  for (let round = 0; round < settings.warmupRuns; round += 1) for (const entry of entries) await once(entry);
  for (let round = 0; round < settings.runs; round += 1) {
    for (const entry of rotate(entries, round)) {
      const { wallMs, maxRssMb } = await once(entry);
      samples.get(entry.label)!.wallMs.push(wallMs);
      samples.get(entry.label)!.rssMb.push(maxRssMb);
    }
  }
  return samples;
}

const runtimes = benchRuntimes();
interface Measured {
  readonly runtime: NodeRuntime;
  readonly wall: Map<string, Summary>;
  /** Per round, the entry's time minus the baseline's in that same round (paired, so load drift cancels). */
  readonly above: Map<string, Summary>;
  readonly rss: Map<string, Summary>;
}
const measured: Measured[] = [];
for (const runtime of runtimes) {
  const samples = await measureOn(runtime);
  const baseline = samples.get(BASELINE)!.wallMs;
  measured.push({
    runtime,
    wall: new Map([...samples].map(([label, { wallMs }]) => [label, summarize(wallMs)])),
    above: new Map(
      [...samples].map(([label, { wallMs }]) => [label, summarize(wallMs.map((ms, round) => ms - baseline[round]!))]),
    ),
    rss: new Map([...samples].map(([label, { rssMb }]) => [label, summarize(rssMb)])),
  });
  console.error(`cold-start: ${runtime.label} done`);
}

const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
const signedSummary = ({ median, min, max }: Summary): string => `${signed(median)} (${signed(min)} to ${signed(max)})`;

const overheadTable: Table = {
  caption: 'Milliseconds above `node -e 0`: median (min to max) of the differences to `node -e 0` within each round',
  columns: ['import', ...measured.map(({ runtime }) => runtime.label)],
  rows: entries
    .filter(({ label }) => label !== BASELINE)
    .map(({ label }) => [label, ...measured.map(({ above }) => signedSummary(above.get(label)!))]),
};
const absoluteTables: Table[] = measured.map(({ runtime, wall, above, rss }) => ({
  caption: `${runtime.label}: whole process, median (min–max) of ${settings.runs} runs`,
  columns: ['import', 'wall ms', 'above node -e 0', 'peak RSS MB'],
  rows: entries.map(({ label }) => [
    label,
    formatSummary(wall.get(label)!, 1),
    label === BASELINE ? '0' : signed(above.get(label)!.median),
    formatSummary(rss.get(label)!, 1),
  ]),
}));

const ours = measured.map(({ runtime, above }) => ({ label: runtime.label, overhead: above.get(OURS)!.median }));
writeSection({
  id: 'cold-start',
  title: 'Cold start',
  method: [
    `A fresh process per measurement: \`node -e "Promise.all([import('<entry>')])…"\` with the project root as working directory, so "invoicing-sdk" resolves through the package's exports to the built dist/.`,
    `Each process is timed whole (spawn to exit) with process.hrtime.bigint() around GNU time (/usr/bin/time -v, which also gives the peak RSS); the constant cost of starting GNU time is in the baseline too.`,
    `Per Node version: ${settings.warmupRuns} warm-up round(s) of every entry (file cache), then ${settings.runs} rounds, each running every entry once, \`node -e 0\` included, in a rotated order.`,
    `The figure that counts is the median, over the rounds, of an entry's time minus \`node -e 0\`'s time in the same round (paired, so that the shared machine's changing load cancels out). NODE_OPTIONS is cleared for the measured processes.`,
  ].join(' '),
  versions: {
    ...comparedVersions(),
    ...runtimeVersions(runtimes),
  },
  tables: [overheadTable, ...absoluteTables],
  budgets: [
    {
      name: 'Cold start: import of invoicing-sdk above `node -e 0`',
      limit: `≤ ${BUDGET_MS} ms`,
      measured: ours.map(({ label, overhead }) => `${signed(overhead)} ms (${label})`).join(', '),
      holds: ours.every(({ overhead }) => overhead <= BUDGET_MS),
    },
  ],
  notes: [
    loadNote(),
    'The "empty ES module" row is what any dynamic import costs on that Node (loading the ESM loader); an entry\'s own cost is its row minus that one.',
  ],
  quick: QUICK,
});
console.error('cold-start: section written');
