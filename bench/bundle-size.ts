// Bundle size of an app that makes one call: esbuild (bundle, minify, ESM, browser platform) of
// small entry files, raw and compressed (gzip -9, brotli 11), for invoicing-sdk's built package
// (imported by name: a self-reference to dist/) against openapi-fetch alone and Mollie's SDK.
// Usage: node --import tsx/esm bench/bundle-size.ts [--quick]
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { bundleApp } from './lib/app-bundle.js';
import { QUICK, writeSection, type Table } from './lib/section.js';
import { formatRatio } from './lib/stats.js';
import { comparedVersions, installedVersion } from './lib/versions.js';

/** Brotli bytes allowed for one operation alone, openapi-fetch included (6 kB, SI as size-limit counts). */
const ONE_OPERATION_BROTLI_LIMIT = 6_000;

interface Entry {
  readonly label: string;
  /** Relative to the project root. */
  readonly file: string;
  /** Counted against the one-operation budget. */
  readonly oneOperation?: boolean;
  /** Analysed in "where the bytes go". */
  readonly analyse?: boolean;
}

const consumers = 'test/fixtures/consumers';
const benchFixtures = 'test/fixtures/bench';
const REFERENCE = 'openapi-fetch alone: createClient().PATCH';
const entries: readonly Entry[] = [
  { label: 'raw fetch (no library)', file: `${benchFixtures}/bundle-raw-fetch.js` },
  { label: REFERENCE, file: `${benchFixtures}/bundle-openapi-fetch.js` },
  {
    label: 'invoicing-sdk: one Asset operation (createAssetCore + updateInvoiceStatus)',
    file: `${consumers}/size-asset-operation.js`,
    oneOperation: true,
    analyse: true,
  },
  {
    label: 'invoicing-sdk: the Mollie operation (createMollieCore + updateSalesInvoice)',
    file: `${consumers}/size-mollie-operation.js`,
    oneOperation: true,
    analyse: true,
  },
  {
    label: 'invoicing-sdk: all three operations through createAssetClient and createMollieClient',
    file: `${benchFixtures}/bundle-all-operations.js`,
  },
  { label: 'invoicing-sdk: the whole package (import * as sdk, all kept)', file: `${consumers}/size-whole-package.js` },
  {
    label: 'mollie-api-typescript standalone: ClientCore + salesInvoicesUpdate',
    file: `${benchFixtures}/bundle-mollie-api-typescript-standalone.js`,
  },
  {
    label: 'mollie-api-typescript class: new Client().salesInvoices.update',
    file: `${benchFixtures}/bundle-mollie-api-typescript-class.js`,
  },
];

interface Measured {
  readonly entry: Entry;
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
  readonly modules: number;
  readonly metafile: Metafile;
}

async function measure(entry: Entry): Promise<Measured> {
  const { bytes, brotli, metafile } = await bundleApp(entry.file);
  return {
    entry,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli,
    modules: Object.keys(metafile.inputs).length,
    metafile,
  };
}

/** Where a module comes from: a package in node_modules, or a file of this package's dist/. */
function origin(input: string): string {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input);
  if (inPackage) return inPackage[1]!;
  return input.replace(/^dist\//, 'invoicing-sdk: ');
}

/** Minified bytes per origin (before compression), largest first, from esbuild's metafile. */
function whereTheBytesGo(measured: Measured): [string, number][] {
  const output = Object.values(measured.metafile.outputs)[0]!;
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const key = origin(input);
    totals.set(key, (totals.get(key) ?? 0) + bytesInOutput);
  }
  return [...totals].filter(([, size]) => size > 0).sort((a, b) => b[1] - a[1]);
}

const measured: Measured[] = [];
for (const entry of entries) {
  const result = await measure(entry);
  // An invoicing-sdk app must have been built from this checkout's dist/, not from anything else.
  const fromDist = Object.keys(result.metafile.inputs).some((input) => input.startsWith('dist/'));
  if (entry.label.startsWith('invoicing-sdk') !== fromDist) throw new Error(`${entry.file}: unexpected modules`);
  measured.push(result);
}
const reference = measured.find(({ entry }) => entry.label === REFERENCE)!;
const number = (value: number): string => value.toLocaleString('en-US');

const sizeTable: Table = {
  caption: 'Bytes of the minified bundle; ratios of brotli bytes to openapi-fetch alone',
  columns: ['app', 'brotli vs openapi-fetch', 'raw B', 'gzip -9 B', 'brotli 11 B', 'modules'],
  rows: measured.map(({ entry, raw, gzip, brotli, modules }) => [
    entry.label,
    formatRatio(brotli / reference.brotli),
    number(raw),
    number(gzip),
    number(brotli),
    String(modules),
  ]),
};
const analysisTables: Table[] = measured
  .filter(({ entry }) => entry.analyse)
  .map((item) => ({
    caption: `Where the bytes go: ${item.entry.label} (minified bytes before compression, esbuild metafile)`,
    columns: ['module', 'bytes', 'share'],
    rows: whereTheBytesGo(item).map(([name, size]) => [
      name,
      number(size),
      `${((100 * size) / item.raw).toFixed(1)} %`,
    ]),
  }));

const oneOperation = measured.filter(({ entry }) => entry.oneOperation);
writeSection({
  id: 'bundle-size',
  title: 'Bundle size',
  method: [
    `Each app is a small entry file that constructs a client and makes one call (test/fixtures/consumers/size-*.js, the size-limit entries, and test/fixtures/bench/bundle-*.js).`,
    `invoicing-sdk is imported by its package name, which resolves through the package's exports to the built dist/, as an app that installed it gets it.`,
    `esbuild ${installedVersion('esbuild')} builds each with bundle, minify, format esm, platform browser (its JavaScript API, one build per app).`,
    `The output is measured raw, with gzip level 9 and with brotli quality 11 (Node's zlib); "modules" counts the input files esbuild used.`,
    `Bundling is deterministic, so each figure is a single measurement.`,
  ].join(' '),
  versions: {
    ...comparedVersions(),
    esbuild: installedVersion('esbuild'),
  },
  tables: [sizeTable, ...analysisTables],
  budgets: [
    {
      name: 'Bundle of one operation alone, openapi-fetch included (brotli)',
      limit: `≤ ${number(ONE_OPERATION_BROTLI_LIMIT)} B`,
      measured: oneOperation
        .map(
          ({ entry, brotli }) =>
            `${number(brotli)} B (${/\(([^ ]+) \+ (\w+)\)/.exec(entry.label)?.[2] ?? entry.label})`,
        )
        .join(', '),
      holds: oneOperation.every(({ brotli }) => brotli <= ONE_OPERATION_BROTLI_LIMIT),
    },
  ],
  notes: [`openapi-fetch alone is ${number(reference.brotli)} B brotli; the invoicing-sdk rows include it.`],
  quick: QUICK,
});
console.error('bundle-size: section written');
