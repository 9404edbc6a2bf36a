// Request throughput: sequential PATCH calls to a keep-alive node:http server on 127.0.0.1,
// through raw fetch, bare openapi-fetch, invoicing-sdk (defaults; validation off) and Mollie's
// own generated SDK. The server is a forked process (bench/loopback-server.mjs); the measuring
// client (bench/throughput-client.ts) is spawned once per Node version against the same server.
// Usage: node --import tsx/esm bench/throughput.ts [--quick]
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { benchRuntimes, cleanNodeEnv, runtimeVersions } from './lib/node-runtimes.js';
import { runNodeScript } from './lib/run-node.js';
import { BENCH_DIR, PROJECT_DIR, QUICK, writeSection, type Budget, type Table } from './lib/section.js';
import { formatRatio, formatSummary, summarize, type Summary } from './lib/stats.js';
import { comparedVersions } from './lib/versions.js';
import { trackLoad } from './lib/load.js';
import type { ThroughputClientConfig, ThroughputClientResult } from './throughput-client.js';

const loadNote = trackLoad();
const settings = QUICK
  ? { warmupCalls: 5, calls: 10, repetitions: 2 }
  : { warmupCalls: 1000, calls: 2000, repetitions: 7 };
const REFERENCE = 'openapi-fetch';
const DEFAULTS = 'invoicing-sdk (defaults)';
const PEER = 'mollie-api-typescript (class)';
const MIN_RATIO_TO_OPENAPI_FETCH = 0.95;

type ServerMessage = { type: 'listening'; port: number; bytes: number } | { type: 'count'; count: number };

function nextMessage<T extends ServerMessage['type']>(
  server: ChildProcess,
  type: T,
): Promise<ServerMessage & { type: T }> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ServerMessage): void => {
      if (message.type !== type) return;
      server.off('message', onMessage);
      server.off('exit', onExit);
      resolve(message as ServerMessage & { type: T });
    };
    const onExit = (code: number | null): void => reject(new Error(`loopback server exited (${String(code)})`));
    server.on('message', onMessage);
    server.once('exit', onExit);
  });
}

async function answeredSoFar(server: ChildProcess): Promise<number> {
  const reply = nextMessage(server, 'count');
  server.send({ type: 'count' });
  return (await reply).count;
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  if (server.connected) server.disconnect(); // it closes its connections and exits
  const timer = setTimeout(() => server.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

const runtimes = benchRuntimes();
// Plain JavaScript: the server needs none of this process's flags (tsx), so it starts lean.
const server = fork(path.join(BENCH_DIR, 'loopback-server.mjs'), [], {
  execArgv: [],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const results: { label: string; result: ThroughputClientResult }[] = [];
let responseBytes: number | undefined;
try {
  const listening = await nextMessage(server, 'listening');
  responseBytes = listening.bytes;
  const config: ThroughputClientConfig = { baseUrl: `http://127.0.0.1:${listening.port}`, ...settings };
  for (const runtime of runtimes) {
    const before = await answeredSoFar(server);
    const stdout = await runNodeScript(
      runtime.execPath,
      ['--import', 'tsx/esm', path.join(BENCH_DIR, 'throughput-client.ts'), JSON.stringify(config)],
      { cwd: PROJECT_DIR, env: cleanNodeEnv() },
    );
    const result = JSON.parse(stdout) as ThroughputClientResult;
    if (result.node !== runtime.version) throw new Error(`${runtime.label}: the client ran on ${result.node}`);
    const answered = (await answeredSoFar(server)) - before;
    // A retry or a call that never reached the server would make the figures meaningless.
    if (answered !== result.totalCalls) {
      throw new Error(
        `${runtime.label}: the client made ${result.totalCalls} calls but the server answered ${answered}`,
      );
    }
    results.push({ label: runtime.label, result });
    console.error(`throughput: ${runtime.label} done (${answered} requests)`);
  }
} finally {
  await stopServer(server);
}

interface VariantFigures {
  readonly rate: Summary;
  readonly microseconds: Summary;
  /** Ratio of medians to openapi-fetch. */
  readonly ratio: number;
  /** The same ratio within each repetition (paired), to show how far it moves. */
  readonly pairedRatios: Summary;
}

function figuresOf(result: ThroughputClientResult): Map<string, VariantFigures> {
  const reference = result.rates[REFERENCE]!;
  const referenceMedian = summarize(reference).median;
  return new Map(
    result.variants.map((name) => {
      const rates = result.rates[name]!;
      const rate = summarize(rates);
      return [
        name,
        {
          rate,
          microseconds: summarize(rates.map((value) => 1e6 / value)),
          ratio: rate.median / referenceMedian,
          pairedRatios: summarize(rates.map((value, index) => value / reference[index]!)),
        },
      ];
    }),
  );
}

const figures = results.map(({ label, result }) => ({ label, result, byVariant: figuresOf(result) }));
const variantNames = results[0]!.result.variants;

const ratioTable: Table = {
  caption:
    'Throughput relative to bare openapi-fetch (ratio of medians; in brackets, the range of the ratio within each repetition)',
  columns: ['variant', ...figures.map(({ label }) => label)],
  rows: variantNames.map((name) => [
    name,
    ...figures.map(({ byVariant }) => {
      const variant = byVariant.get(name)!;
      return `${formatRatio(variant.ratio)} (${variant.pairedRatios.min.toFixed(2)}–${variant.pairedRatios.max.toFixed(2)})`;
    }),
  ]),
};
const absoluteTables: Table[] = figures.map(({ label, byVariant }) => {
  const rawFetch = byVariant.get('raw fetch')!.microseconds.median;
  return {
    caption: `${label}: sequential calls, median (min–max) over ${settings.repetitions} repetitions`,
    columns: ['variant', 'req/s', 'µs per call', 'µs above raw fetch', 'ratio to openapi-fetch'],
    rows: variantNames.map((name) => {
      const variant = byVariant.get(name)!;
      return [
        name,
        formatSummary(variant.rate, 0),
        formatSummary(variant.microseconds, 0),
        `${variant.microseconds.median - rawFetch >= 0 ? '+' : ''}${(variant.microseconds.median - rawFetch).toFixed(0)}`,
        formatRatio(variant.ratio),
      ];
    }),
  };
});

const defaultsRatios = figures.map(({ label, byVariant }) => ({ label, ratio: byVariant.get(DEFAULTS)!.ratio }));
const budgets: Budget[] = [
  {
    name: 'Throughput, invoicing-sdk with defaults vs bare openapi-fetch',
    limit: `≥ ${MIN_RATIO_TO_OPENAPI_FETCH.toFixed(2)}×`,
    measured: defaultsRatios.map(({ label, ratio }) => `${formatRatio(ratio, 3)} (${label})`).join(', '),
    holds: defaultsRatios.every(({ ratio }) => ratio >= MIN_RATIO_TO_OPENAPI_FETCH),
  },
];
const versusPeer = figures
  .map(({ label, byVariant }) => {
    const ratio = byVariant.get(DEFAULTS)!.rate.median / byVariant.get(PEER)!.rate.median;
    return `${formatRatio(ratio)} on ${label}`;
  })
  .join(', ');

writeSection({
  id: 'throughput',
  title: 'Request throughput',
  method: [
    `Sequential PATCH /v2/sales-invoices/{salesInvoiceId} calls with the body {"memo":"Thanks","paymentTerm":"30 days"}, one at a time, to a keep-alive node:http server on 127.0.0.1`,
    `that answers every request with the same ${responseBytes}-byte sales invoice as application/hal+json (bench/loopback-server.mjs).`,
    `The server runs in its own process on the system Node; the measuring client (bench/throughput-client.ts) is a separate process, started once per Node version against the same server.`,
    `invoicing-sdk is the built dist/, imported by package name, as users get it. Every variant uses Node's global fetch (undici) and checks the invoice id of every answer.`,
    `Per variant: ${settings.warmupCalls} warm-up calls, then ${settings.repetitions} repetitions of ${settings.calls} calls, the variants in a rotated order in each repetition, timed with process.hrtime.bigint().`,
    `The server's request count is compared with the client's call count, so no retry or lost call goes unnoticed.`,
    `"invoicing-sdk (defaults)" has request validation, the retry policy (with per-attempt timeout) and bearer authentication on; "with a logger" adds a logger that drops every event (each event is still scrubbed of credentials first), and "logger, new token per call" also takes its token from a function that returns a new one each time; "validation off" passes { validateRequest: false } per call.`,
    `mollie-api-typescript is called as documented: new Client({ security: { apiKey }, serverURL }).salesInvoices.update(…) and the standalone salesInvoicesUpdate(new ClientCore(…), …).`,
  ].join(' '),
  versions: {
    ...comparedVersions(),
    ...runtimeVersions(runtimes),
  },
  tables: [ratioTable, ...absoluteTables],
  budgets,
  notes: [
    loadNote(),
    `invoicing-sdk with defaults vs mollie-api-typescript (class): ${versusPeer}.`,
    'Absolute figures depend on the shared 2-core machine (client and server compete for it); compare ratios within one run.',
  ],
  quick: QUICK,
});
console.error('throughput: section written');
