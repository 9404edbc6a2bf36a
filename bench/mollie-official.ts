// Mollie's whole API, two generators side by side: the client invoicing-sdk generates from Mollie's
// complete official OpenAPI description (../shared/specs/mollie-official/specs.yaml, generated here
// as a spec we did not write) against mollie-api-typescript, which Speakeasy generates from the same
// spec, on the same operations (list, get, create, update and delete a sales invoice: a query, a path
// parameter, a JSON body, both, and a 204): throughput on loopback, the bundle of an app that makes
// one call, cold start of that bundle, and what a consumer's type-check costs.
// Skipped, and said so, when the spec is absent.
// Usage: node --import tsx/esm bench/mollie-official.ts [--quick]
import { fork } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ClientCore as MollieSdkCore } from 'mollie-api-typescript/core.js';
import { salesInvoicesCreate } from 'mollie-api-typescript/funcs/salesInvoicesCreate.js';
import { salesInvoicesDelete } from 'mollie-api-typescript/funcs/salesInvoicesDelete.js';
import { salesInvoicesGet } from 'mollie-api-typescript/funcs/salesInvoicesGet.js';
import { salesInvoicesList } from 'mollie-api-typescript/funcs/salesInvoicesList.js';
import { salesInvoicesUpdate } from 'mollie-api-typescript/funcs/salesInvoicesUpdate.js';
import { CORPUS, SHARED_SPECS, generateCorpusSpec } from '../test/helpers/corpus.js';
import { typeScriptDiagnostics } from '../test/helpers/typescript.js';
import { bundleApp } from './lib/app-bundle.js';
import { trackLoad } from './lib/load.js';
import { cleanNodeEnv } from './lib/node-runtimes.js';
import { runProcess } from './lib/run-process.js';
import { BENCH_DIR, PROJECT_DIR, QUICK, writeSection, type Table } from './lib/section.js';
import { formatRatio, formatSummary, summarize, type Summary } from './lib/stats.js';
import { installedVersion, packageVersion } from './lib/versions.js';

const loadNote = trackLoad();
const WORK_DIR = path.join(
  PROJECT_DIR,
  'test',
  '.output',
  QUICK ? 'bench-mollie-official-quick' : 'bench-mollie-official',
);
const official = CORPUS.find((spec) => spec.name === 'mollie')!;
const specPresent = existsSync(path.join(SHARED_SPECS, official.file));
const settings = QUICK
  ? { warmup: 20, calls: 30, repetitions: 2, starts: 2, typeChecks: 1 }
  : { warmup: 500, calls: 2000, repetitions: 7, starts: 11, typeChecks: 5 };
const salesInvoiceId = 'invoice_4Y0eZitmBnQ6IDoMqZQKh';
const apiKey = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';
const body = { memo: 'Thanks', paymentTerm: '30 days' } as const;
// A draft with the fields the spec requires: one consumer recipient, one line.
const draft = {
  status: 'draft',
  recipientIdentifier: 'customer-xyz-0123',
  recipient: {
    type: 'consumer',
    email: 'given.family@mollie.com',
    streetAndNumber: 'Keizersgracht 126',
    postalCode: '1015 CW',
    city: 'Amsterdam',
    country: 'NL',
    locale: 'nl_NL',
  },
  lines: [
    {
      description: 'LEGO 4440 Forest Police Station',
      quantity: 1,
      vatRate: '21.00',
      unitPrice: { currency: 'EUR', value: '89.00' },
    },
  ],
} as const;
const versions = {
  'invoicing-sdk': packageVersion(),
  node: process.version.slice(1),
  'mollie-api-typescript': installedVersion('mollie-api-typescript'),
  esbuild: installedVersion('esbuild'),
  typescript: installedVersion('typescript'),
};

if (!specPresent) {
  writeSection({
    id: 'mollie-official',
    title: "Mollie's whole API: invoicing-sdk against Speakeasy's SDK",
    method: `Not measured: ../shared/specs/${official.file} is not beside this checkout.`,
    versions,
    tables: [{ columns: ['measure', 'result'], rows: [['(not measured)', `../shared/specs/${official.file} absent`]] }],
    budgets: [],
    notes: [loadNote()],
    quick: QUICK,
  });
  console.log(`mollie-official: skipped: ../shared/specs/${official.file} not found`);
  process.exit(0);
}

rmSync(WORK_DIR, { recursive: true, force: true });
mkdirSync(WORK_DIR, { recursive: true });
const generated = await generateCorpusSpec(official, path.join(WORK_DIR, 'client'));
const mollieDir = path.join(generated.outDir, 'mollie');
const toPosix = (file: string): string => file.split(path.sep).join('/');

type Call = (request: unknown) => Promise<unknown>;
const ours = (await import(pathToFileURL(path.join(mollieDir, 'index.ts')).href)) as {
  createMollieClient(options: Record<string, unknown>): Record<string, Call>;
};

// --- Throughput: sequential calls on loopback, the server in its own process, variants interleaved.
const server = fork(path.join(BENCH_DIR, 'loopback-server.mjs'), [], {
  execArgv: [],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const port = await new Promise<number>((resolve, reject) => {
  server.on('message', (message: { type: string; port?: number }) => {
    if (message.type === 'listening') resolve(message.port!);
  });
  server.once('exit', (code) => reject(new Error(`loopback server exited (${String(code)})`)));
});
const baseUrl = `http://127.0.0.1:${port}`;
const client = ours.createMollieClient({ baseUrl, token: apiKey });
const speakeasy = new MollieSdkCore({ security: { apiKey }, serverURL: baseUrl });
const unwrap = async (result: Promise<{ ok: boolean; error?: unknown; value?: unknown }>): Promise<unknown> => {
  const settled = await result;
  if (!settled.ok) throw settled.error;
  return settled.value;
};
type CreateRequest = Parameters<typeof salesInvoicesCreate>[1];
const call = (name: string, request: unknown): Promise<unknown> => {
  const operation = client[name];
  if (operation === undefined) throw new Error(`the generated Mollie client has no ${name}`);
  return operation(request);
};
// Each pair makes the same request; ours is `[method operation]`, Speakeasy's the function of it.
const OPERATIONS = [
  ['GET listSalesInvoices', 'salesInvoicesList'],
  ['GET getSalesInvoice', 'salesInvoicesGet'],
  ['POST createSalesInvoice', 'salesInvoicesCreate'],
  ['PATCH updateSalesInvoice', 'salesInvoicesUpdate'],
  ['DELETE deleteSalesInvoice', 'salesInvoicesDelete'],
] as const;
const variants: Readonly<Record<string, () => Promise<unknown>>> = {
  'invoicing-sdk, GET listSalesInvoices': () => call('listSalesInvoices', { query: { limit: 5 } }),
  'Speakeasy, salesInvoicesList': () => unwrap(salesInvoicesList(speakeasy, { limit: 5 })),
  'invoicing-sdk, GET getSalesInvoice': () => call('getSalesInvoice', { path: { salesInvoiceId } }),
  'Speakeasy, salesInvoicesGet': () => unwrap(salesInvoicesGet(speakeasy, { salesInvoiceId })),
  'invoicing-sdk, POST createSalesInvoice': () => call('createSalesInvoice', { body: draft }),
  'Speakeasy, salesInvoicesCreate': () =>
    // The same object as ours; cast only because the literal is read-only (`as const`).
    unwrap(salesInvoicesCreate(speakeasy, { salesInvoiceRequest: draft } as unknown as CreateRequest)),
  'invoicing-sdk, PATCH updateSalesInvoice': () => call('updateSalesInvoice', { path: { salesInvoiceId }, body }),
  'Speakeasy, salesInvoicesUpdate': () => unwrap(salesInvoicesUpdate(speakeasy, { salesInvoiceId, requestBody: body })),
  'invoicing-sdk, DELETE deleteSalesInvoice': () => call('deleteSalesInvoice', { path: { salesInvoiceId } }),
  'Speakeasy, salesInvoicesDelete': () => unwrap(salesInvoicesDelete(speakeasy, { salesInvoiceId })),
};
const rates = new Map<string, number[]>(Object.keys(variants).map((name) => [name, []]));
try {
  for (const run of Object.values(variants)) for (let index = 0; index < settings.warmup; index += 1) await run();
  for (let repetition = 0; repetition < settings.repetitions; repetition += 1) {
    const names = Object.keys(variants);
    for (const name of [...names.slice(repetition % names.length), ...names.slice(0, repetition % names.length)]) {
      const run = variants[name]!;
      const started = performance.now();
      for (let index = 0; index < settings.calls; index += 1) await run();
      rates.get(name)!.push(settings.calls / ((performance.now() - started) / 1000));
    }
  }
} finally {
  server.disconnect();
}
const rate = (name: string): Summary => summarize(rates.get(name)!);

// --- The bundle of an app that makes one call, and its cold start.
async function bundle(name: string, source: string): Promise<{ brotli: number; file: string }> {
  const entry = path.join(WORK_DIR, `${name}.entry.mjs`);
  const file = path.join(WORK_DIR, `${name}.bundle.mjs`);
  writeFileSync(entry, source);
  const { bytes, brotli } = await bundleApp(entry);
  writeFileSync(file, bytes); // for the cold start
  return { brotli, file };
}
const ourBundle = await bundle(
  'invoicing-sdk',
  [
    `import { createMollieCore } from '${toPosix(path.join(mollieDir, 'client.ts'))}';`,
    `import { updateSalesInvoice } from '${toPosix(path.join(mollieDir, 'operations/update-sales-invoice.ts'))}';`,
    "export const core = createMollieCore({ token: 'test_x', baseUrl: 'http://127.0.0.1:1' });",
    'export { updateSalesInvoice };',
  ].join('\n'),
);
const speakeasyBundle = await bundle(
  'speakeasy',
  [
    "import { ClientCore } from 'mollie-api-typescript/core.js';",
    "import { salesInvoicesUpdate } from 'mollie-api-typescript/funcs/salesInvoicesUpdate.js';",
    "export const core = new ClientCore({ security: { apiKey: 'test_x' }, serverURL: 'http://127.0.0.1:1' });",
    'export { salesInvoicesUpdate };',
  ].join('\n'),
);
// Every operation timed above as an app of its own, ours against Speakeasy's: a read brings its
// response types but (ours) none of its response schemas, which only an app checking responses imports.
const kebabCase = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const operationBundles: { readonly label: string; readonly ours: number; readonly theirs: number }[] = [];
for (const [label, theirs] of OPERATIONS) {
  const operation = label.split(' ')[1]!;
  const mine = await bundle(
    `invoicing-sdk-${operation}`,
    [
      `import { createMollieCore } from '${toPosix(path.join(mollieDir, 'client.ts'))}';`,
      `import { ${operation} } from '${toPosix(path.join(mollieDir, `operations/${kebabCase(operation)}.ts`))}';`,
      "export const core = createMollieCore({ token: 'test_x', baseUrl: 'http://127.0.0.1:1' });",
      `export { ${operation} };`,
    ].join('\n'),
  );
  const their = await bundle(
    `speakeasy-${theirs}`,
    [
      "import { ClientCore } from 'mollie-api-typescript/core.js';",
      `import { ${theirs} } from 'mollie-api-typescript/funcs/${theirs}.js';`,
      "export const core = new ClientCore({ security: { apiKey: 'test_x' }, serverURL: 'http://127.0.0.1:1' });",
      `export { ${theirs} };`,
    ].join('\n'),
  );
  operationBundles.push({ label, ours: mine.brotli, theirs: their.brotli });
}
const largestBundleRatio = Math.max(...operationBundles.map((entry) => entry.ours / entry.theirs));

async function coldStartMs(args: readonly string[]): Promise<number[]> {
  const samples: number[] = [];
  for (let index = 0; index < settings.starts; index += 1) {
    const started = performance.now();
    const { code, stderr } = await runProcess(process.execPath, args, { cwd: WORK_DIR, env: cleanNodeEnv() });
    if (code !== 0) throw new Error(`cold start ${args.join(' ')}: ${stderr}`);
    samples.push(performance.now() - started);
  }
  return samples;
}
const baseline = summarize(await coldStartMs(['-e', '0']));
const ourStart = summarize(await coldStartMs([ourBundle.file]));
const speakeasyStart = summarize(await coldStartMs([speakeasyBundle.file]));

// --- A consumer's type-check: one file making the call, type-checked with the project's settings,
// against declarations (what a published package ships, as Speakeasy's does), emitted here once.
const declarationsDir = path.join(WORK_DIR, 'declarations');
{
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(PROJECT_DIR, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  )!;
  const program = ts.createProgram({
    rootNames: [path.join(mollieDir, 'index.ts')],
    options: {
      ...config.options,
      noEmit: false,
      declaration: true,
      emitDeclarationOnly: true,
      outDir: declarationsDir,
      rootDir: PROJECT_DIR,
    },
  });
  const emitted = program.emit();
  if (emitted.emitSkipped) throw new Error('the declarations of the generated client could not be emitted');
}
const declaredIndex = path.join(declarationsDir, path.relative(PROJECT_DIR, path.join(mollieDir, 'index.js')));
/** The consumer's type-check, in one TypeScript program: ms per run (a consumer that does not compile stops the bench). */
function typeCheckMs(name: string, source: string): () => number {
  const file = path.join(WORK_DIR, `${name}.consumer.ts`);
  writeFileSync(file, source);
  return () => {
    const started = performance.now();
    const diagnostics = typeScriptDiagnostics([file]);
    const ms = performance.now() - started;
    // A consumer that does not compile would make the figure meaningless.
    if (diagnostics.length > 0) throw new Error(`${name}: the consumer does not compile: ${diagnostics.join('')}`);
    return ms;
  };
}
const ourConsumer = typeCheckMs(
  'invoicing-sdk',
  [
    `import { createMollieClient } from './${toPosix(path.relative(WORK_DIR, declaredIndex))}';`,
    "const mollie = createMollieClient({ token: 'test_x' });",
    `export const invoice = await mollie.updateSalesInvoice({ path: { salesInvoiceId: '${salesInvoiceId}' }, body: { memo: 'Thanks' } });`,
    'export const status: string | undefined = invoice.status;',
  ].join('\n'),
);
const speakeasyConsumer = typeCheckMs(
  'speakeasy',
  [
    "import { Client } from 'mollie-api-typescript';",
    "const mollie = new Client({ security: { apiKey: 'test_x' } });",
    `export const invoice = await mollie.salesInvoices.update({ salesInvoiceId: '${salesInvoiceId}', requestBody: { memo: 'Thanks' } });`,
    'export const status: string | undefined = invoice.status;',
  ].join('\n'),
);
// Alternated, so that the file cache and the machine's load weigh on both alike; the first run of
// each is a warm-up (it reads TypeScript's own lib files).
const ourChecks: number[] = [];
const speakeasyChecks: number[] = [];
ourConsumer();
speakeasyConsumer();
for (let round = 0; round < settings.typeChecks; round += 1) {
  ourChecks.push(ourConsumer());
  speakeasyChecks.push(speakeasyConsumer());
}
const ourTypeCheck = summarize(ourChecks);
const speakeasyTypeCheck = summarize(speakeasyChecks);

const pair = (ourName: string, theirName: string): string[] => [
  ourName.replace('invoicing-sdk, ', ''),
  formatSummary(rate(ourName), 0, ' /s'),
  formatSummary(rate(theirName), 0, ' /s'),
  formatRatio(rate(ourName).median / rate(theirName).median),
];
const tables: Table[] = [
  {
    caption:
      'Sequential calls per second on loopback (median, min–max); ratio of medians, invoicing-sdk over Speakeasy',
    columns: ['operation', 'invoicing-sdk', 'Speakeasy', 'ratio'],
    rows: OPERATIONS.map(([ours, theirs]) => pair(`invoicing-sdk, ${ours}`, `Speakeasy, ${theirs}`)),
  },
  {
    caption:
      'An app that makes one call (update a sales invoice): its bundle, its cold start, and a consumer type-check',
    columns: ['measure', 'invoicing-sdk', 'Speakeasy', 'ratio'],
    rows: [
      [
        'bundle, esbuild minified, brotli 11',
        `${ourBundle.brotli.toLocaleString('en-US')} B`,
        `${speakeasyBundle.brotli.toLocaleString('en-US')} B`,
        formatRatio(ourBundle.brotli / speakeasyBundle.brotli),
      ],
      [
        `cold start of that bundle, above \`node -e 0\` (${baseline.median.toFixed(0)} ms)`,
        `${(ourStart.median - baseline.median).toFixed(1)} ms (${formatSummary(ourStart, 0, ' ms')} in all)`,
        `${(speakeasyStart.median - baseline.median).toFixed(1)} ms (${formatSummary(speakeasyStart, 0, ' ms')} in all)`,
        formatRatio((ourStart.median - baseline.median) / (speakeasyStart.median - baseline.median)),
      ],
      [
        `type-check of a consumer making the call, 0 diagnostics (${settings.typeChecks} runs each, alternated)`,
        formatSummary(ourTypeCheck, 0, ' ms'),
        formatSummary(speakeasyTypeCheck, 0, ' ms'),
        formatRatio(ourTypeCheck.median / speakeasyTypeCheck.median),
      ],
    ],
  },
  {
    caption:
      'An app that makes one call, for each operation above: esbuild minified, brotli 11 (ours without response checks, the default; Speakeasy parses every response with zod)',
    columns: ['operation', 'invoicing-sdk', 'Speakeasy', 'ratio'],
    rows: operationBundles.map(({ label, ours, theirs }) => [
      label,
      `${ours.toLocaleString('en-US')} B`,
      `${theirs.toLocaleString('en-US')} B`,
      formatRatio(ours / theirs),
    ]),
  },
];
const file = writeSection({
  id: 'mollie-official',
  title: "Mollie's whole API: invoicing-sdk against Speakeasy's SDK",
  method:
    `invoicing-sdk's client generated from ../shared/specs/${official.file} (${generated.operations} operations, ` +
    '`x-codegen.strict: false`) and mollie-api-typescript (Speakeasy, standalone functions over its ClientCore), in one ' +
    `process, against bench/loopback-server.mjs in its own: ${settings.warmup} warm-up calls per variant, then ` +
    `${settings.repetitions} repetitions of ${settings.calls} sequential calls, the variants in a rotated order each ` +
    'repetition. Both send the request the spec describes and read what the server answers (a page of one sales invoice, ' +
    'a sales invoice, 201 with one, or 204); the defaults ' +
    'of each (ours checks the request, Speakeasy parses it with zod). Bundles: as bench/bundle-size.ts builds them, of an entry ' +
    'making the core and importing the one operation; cold start: `node <bundle>` wall time, ' +
    `${settings.starts} runs; type-check: the TypeScript API with the project's tsconfig on one consumer file, a new program each run, against ` +
    "declarations (ours emitted from the generated client, Speakeasy's as published).",
  versions,
  tables,
  budgets: [
    {
      name: 'One-operation bundle against Speakeasy’s',
      limit: '< 1×',
      measured: formatRatio(ourBundle.brotli / speakeasyBundle.brotli),
      holds: ourBundle.brotli < speakeasyBundle.brotli,
    },
    {
      name: 'One-operation bundle against Speakeasy’s, the largest ratio of the five operations',
      limit: '< 1×',
      measured: formatRatio(largestBundleRatio),
      holds: largestBundleRatio < 1,
    },
  ],
  notes: [loadNote()],
  quick: QUICK,
});
console.log(`wrote ${file}`);
for (const table of tables) for (const row of table.rows) console.log(' ', row.join(' | '));
