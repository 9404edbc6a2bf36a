// The measuring side of bench/throughput.ts, started by it once per Node version, in its own
// process (the server runs in another). Makes sequential PATCH calls to the loopback server
// through each variant and prints one JSON object (ThroughputClientResult) on stdout.
// Usage: node --import tsx/esm bench/throughput-client.ts '<ThroughputClientConfig as JSON>'
import { Client as MollieSdk } from 'mollie-api-typescript';
import { ClientCore as MollieSdkCore } from 'mollie-api-typescript/core.js';
import { salesInvoicesUpdate } from 'mollie-api-typescript/funcs/salesInvoicesUpdate.js';
import createClient from 'openapi-fetch';
import type { paths } from '../generated/mollie/schema.js';
import { importBuilt } from './lib/import-built.js';
import { rotate } from './lib/stats.js';

export interface ThroughputClientConfig {
  readonly baseUrl: string;
  /** Calls per variant before anything is timed (JIT, connection pool). */
  readonly warmupCalls: number;
  /** Calls per variant per repetition. */
  readonly calls: number;
  readonly repetitions: number;
}

export interface ThroughputClientResult {
  readonly node: string;
  readonly variants: readonly string[];
  /** Requests per second, one value per repetition, per variant. */
  readonly rates: Readonly<Record<string, readonly number[]>>;
  /** Every call this process made (warm-up included); the server's count must match. */
  readonly totalCalls: number;
}

// invoicing-sdk is loaded through its package name, i.e. the built dist/ that users install.
const { createMollieClient } = await importBuilt<typeof import('../src/index.js')>('invoicing-sdk');

const config = JSON.parse(process.argv[2] ?? '') as ThroughputClientConfig;
const { baseUrl } = config;
const salesInvoiceId = 'invoice_4Y0eZitmBnQ6IDoMqZQKh';
const url = `${baseUrl}/v2/sales-invoices/${salesInvoiceId}`;
// A made-up key in the shape of a Mollie test API key; the loopback server ignores it.
const apiKey = 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM';
const body = { memo: 'Thanks', paymentTerm: '30 days' } as const;

const bare = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${apiKey}` } });
const sdk = createMollieClient({ baseUrl, token: apiKey });
// Every log event is scrubbed of the credentials the call held: what a logger costs, with the same
// key on every call and with a new access token on every call (each a credential never seen before).
const sdkLogged = createMollieClient({ baseUrl, token: apiKey, logger: () => undefined });
let tokensIssued = 0;
const sdkLoggedNewTokens = createMollieClient({
  baseUrl,
  token: async () => `access_${(tokensIssued += 1).toString(36).padStart(8, '0')}Hs7YdT2qPmW4xK`,
  logger: () => undefined,
});
const mollieSdk = new MollieSdk({ security: { apiKey }, serverURL: baseUrl });
const mollieSdkCore = new MollieSdkCore({ security: { apiKey }, serverURL: baseUrl });

/** Each variant makes one update call and returns the id of the invoice it got back. */
const variants: Readonly<Record<string, () => Promise<string | undefined>>> = {
  'raw fetch': async () => {
    const response = await fetch(url, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${apiKey}`,
        'Content-Type': 'application/json',
        Accept: 'application/hal+json',
      },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`raw fetch: status ${response.status}`);
    return ((await response.json()) as { id?: string }).id;
  },
  'openapi-fetch': async () => {
    const { data } = await bare.PATCH('/v2/sales-invoices/{salesInvoiceId}', {
      params: { path: { salesInvoiceId } },
      body,
    });
    return data?.id;
  },
  'invoicing-sdk (defaults)': async () => (await sdk.updateSalesInvoice({ path: { salesInvoiceId }, body })).id,
  'invoicing-sdk (with a logger)': async () =>
    (await sdkLogged.updateSalesInvoice({ path: { salesInvoiceId }, body })).id,
  'invoicing-sdk (logger, new token per call)': async () =>
    (await sdkLoggedNewTokens.updateSalesInvoice({ path: { salesInvoiceId }, body })).id,
  'invoicing-sdk (validation off)': async () =>
    (await sdk.updateSalesInvoice({ path: { salesInvoiceId }, body }, { validateRequest: false })).id,
  'mollie-api-typescript (class)': async () =>
    (await mollieSdk.salesInvoices.update({ salesInvoiceId, requestBody: body })).id,
  'mollie-api-typescript (standalone)': async () => {
    const result = await salesInvoicesUpdate(mollieSdkCore, { salesInvoiceId, requestBody: body });
    if (!result.ok) throw result.error;
    return result.value.id;
  },
};

const names = Object.keys(variants);
let totalCalls = 0;

/** `count` sequential calls; every answer is checked, so a variant cannot look fast by failing. */
async function callRepeatedly(name: string, count: number): Promise<void> {
  const call = variants[name]!;
  for (let index = 0; index < count; index += 1) {
    const id = await call();
    if (id !== salesInvoiceId) throw new Error(`${name}: got invoice id ${String(id)}`);
  }
  totalCalls += count;
}

for (const name of names) await callRepeatedly(name, config.warmupCalls);
const rates: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
for (let repetition = 0; repetition < config.repetitions; repetition += 1) {
  // A different order each repetition, so drift on the shared machine does not favour one variant.
  for (const name of rotate(names, repetition)) {
    const started = process.hrtime.bigint();
    await callRepeatedly(name, config.calls);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    rates[name]!.push(config.calls / seconds);
  }
}

const result: ThroughputClientResult = { node: process.version, variants: names, rates, totalCalls };
process.stdout.write(`${JSON.stringify(result)}\n`);
