// Per-call cost of invoicing-sdk against raw fetch and bare openapi-fetch, on loopback.
// Usage: node --import tsx/esm bench/request-overhead.ts [calls=3000] [repetitions=5]
// Prints medians and ratios measured side by side in one run (the machine is shared and noisy).
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/mollie/schema.js';
import { createMollieClient } from '../src/index.js';

const calls = Number(process.argv[2] ?? 3000);
const repetitions = Number(process.argv[3] ?? 5);
const here = path.dirname(fileURLToPath(import.meta.url));
const server = fork(path.join(here, 'loopback-server.mjs'), { stdio: 'inherit' });
const { port, bytes } = await new Promise<{ port: number; bytes: number }>((resolve) =>
  server.once('message', resolve as never),
);
const baseUrl = `http://127.0.0.1:${port}`;
const salesInvoiceId = 'invoice_4Y0eZitmBnQ6IDoMqZQKh';
const body = { memo: 'Thanks', paymentTerm: '30 days' } as const;

const bare = createClient<paths>({ baseUrl, headers: { Authorization: 'Bearer test_x' } });
const sdk = createMollieClient({ baseUrl, token: 'test_x' });
const variants: Record<string, () => Promise<unknown>> = {
  'raw fetch': async () => {
    const response = await fetch(`${baseUrl}/v2/sales-invoices/${salesInvoiceId}`, {
      method: 'PATCH',
      headers: { Authorization: 'Bearer test_x', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return response.json();
  },
  'openapi-fetch': () =>
    bare.PATCH('/v2/sales-invoices/{salesInvoiceId}', { params: { path: { salesInvoiceId } }, body }),
  'invoicing-sdk (defaults)': () => sdk.updateSalesInvoice({ path: { salesInvoiceId }, body }),
  'invoicing-sdk (no validation)': () =>
    sdk.updateSalesInvoice({ path: { salesInvoiceId }, body }, { validateRequest: false }),
};

const names = Object.keys(variants);
const rates: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
for (const name of names) for (let i = 0; i < 500; i += 1) await variants[name]!(); // warm-up
for (let repetition = 0; repetition < repetitions; repetition += 1) {
  const order = names.map((_, index) => names[(index + repetition) % names.length]!); // rotate the order
  for (const name of order) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < calls; i += 1) await variants[name]!();
    rates[name]!.push(calls / (Number(process.hrtime.bigint() - started) / 1e9));
  }
}
server.disconnect();

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const reference = median(rates['openapi-fetch']!);
console.log(
  `node ${process.version}, ${calls} sequential PATCH calls x ${repetitions} repetitions, ${bytes}-byte hal+json response`,
);
for (const name of names) {
  const values = rates[name]!;
  console.log(
    `${name.padEnd(30)} ${median(values).toFixed(0).padStart(6)} req/s (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})` +
      `  ratio to openapi-fetch ${(median(values) / reference).toFixed(2)}  ${(1e6 / median(values)).toFixed(0)} µs/call`,
  );
}
