// Validation cost per call: invoicing-sdk's request validator (the check every call makes before
// sending, on by default) for each operation on minimal, typical and full-size requests; the
// opt-in response validation on the spec's response examples. For context, Ajv compiled from the
// spec and zod as mollie-api-typescript uses it, on the same inputs.
// Usage: node --import tsx/esm bench/validation-cost.ts [--quick]
import { SalesInvoiceResponse$inboundSchema } from 'mollie-api-typescript/models';
import { UpdateSalesInvoiceRequest$outboundSchema } from 'mollie-api-typescript/models/operations';
import { responseExample } from '../test/helpers/examples.js';
import { QUICK, writeSection, type Table } from './lib/section.js';
import { formatSummary, rotate, summarize, type Summary } from './lib/stats.js';
import { installedVersion, ownVersion } from './lib/versions.js';
import { trackLoad } from './lib/load.js';
import { ajvRequestValidator, ajvSchemaValidator, benchAjv } from './validation-ajv.js';
import { REQUEST_INPUTS, type OperationId } from './validation-inputs.js';

const loadNote = trackLoad();
const BUDGET_MICROSECONDS = 5;
const settings = QUICK ? { warmupMs: 2, batchMs: 1, rounds: 3 } : { warmupMs: 100, batchMs: 10, rounds: 15 };

// The validator and the operations' precompiled schemas are internal (dist/ joins them into shared
// chunks under minified names), so they are imported from their source modules: the same code as
// the built package, transpiled by tsx, with nothing else in the way.
const { validateValue } = await import('../src/validation/validate.js');
const { updateInvoiceStatusOperation } = await import('../generated/asset/operations/update-invoice-status.js');
const { updateBillOperation } = await import('../generated/asset/operations/update-bill.js');
const { updateSalesInvoiceOperation } = await import('../generated/mollie/operations/update-sales-invoice.js');

const operations = {
  updateInvoiceStatus: updateInvoiceStatusOperation,
  updateBill: updateBillOperation,
  updateSalesInvoice: updateSalesInvoiceOperation,
} as const satisfies Record<OperationId, unknown>;
// The success bodies, as `validateResponses` reads them: the APIs' response schemas exports.
const { assetResponseSchemas } = await import('../generated/asset/validation.js');
const { mollieResponseSchemas } = await import('../generated/mollie/validation.js');
const responseSchemas = { ...assetResponseSchemas.operations, ...mollieResponseSchemas.operations };
const specFileOf = {
  updateInvoiceStatus: 'asset.yaml',
  updateBill: 'asset.yaml',
  updateSalesInvoice: 'mollie.yaml',
} as const satisfies Record<OperationId, string>;

/** One thing to time: a call that must answer `true` (valid) for the input it closes over. */
interface Case {
  readonly key: string;
  readonly run: () => boolean;
}

/** µs per call of every case: warm-up, then `rounds` batches each, the cases in a rotated order per round. */
function timeCases(cases: readonly Case[]): Map<string, Summary> {
  const batchSizes = new Map<string, number>();
  for (const { key, run } of cases) {
    if (!run()) throw new Error(`${key}: the validator rejects the input it is timed on`);
    // Warm up, and size the batch so that one batch takes about settings.batchMs.
    let calls = 0;
    const started = performance.now();
    while (performance.now() - started < settings.warmupMs) {
      for (let index = 0; index < 100; index += 1) run();
      calls += 100;
    }
    const perCallMs = (performance.now() - started) / calls;
    batchSizes.set(key, Math.max(100, Math.round(settings.batchMs / perCallMs)));
  }
  const samples = new Map<string, number[]>(cases.map(({ key }) => [key, []]));
  let sink = 0;
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const { key, run } of rotate(cases, round)) {
      const size = batchSizes.get(key)!;
      const started = process.hrtime.bigint();
      for (let index = 0; index < size; index += 1) if (run()) sink += 1;
      samples.get(key)!.push(Number(process.hrtime.bigint() - started) / 1e3 / size);
    }
  }
  // Every call answered "valid", so the work cannot have been skipped.
  const expected = cases.reduce((total, { key }) => total + batchSizes.get(key)! * settings.rounds, 0);
  if (sink !== expected) throw new Error(`validation-cost: ${expected - sink} timed calls did not answer "valid"`);
  return new Map([...samples].map(([key, values]) => [key, summarize(values)]));
}

const ajv = benchAjv();
const requestCases: Case[] = [];
const zodRejections: string[] = [];
for (const input of REQUEST_INPUTS) {
  const key = `${input.operationId}/${input.kind}`;
  const operation = operations[input.operationId];
  const ajvValidate = ajvRequestValidator(ajv, specFileOf[input.operationId], input.operationId);
  requestCases.push(
    { key: `ours ${key}`, run: () => validateValue(operation.requestSchema, input.request).length === 0 },
    { key: `ajv ${key}`, run: () => ajvValidate(input.request) },
  );
  if (input.operationId === 'updateSalesInvoice') {
    // mollie-api-typescript's own request shape for the same call.
    const theirs = {
      salesInvoiceId: input.request.path['salesInvoiceId'],
      ...(input.request.header?.['Idempotency-Key'] === undefined
        ? {}
        : { idempotencyKey: input.request.header['Idempotency-Key'] }),
      requestBody: input.request.body,
    };
    const parsed = UpdateSalesInvoiceRequest$outboundSchema.safeParse(theirs);
    if (parsed.success)
      requestCases.push({
        key: `zod ${key}`,
        run: () => UpdateSalesInvoiceRequest$outboundSchema.safeParse(theirs).success,
      });
    else
      zodRejections.push(
        `${key}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
  }
}

const responseInputs = [
  {
    operationId: 'updateInvoiceStatus',
    example: 'paidInvoice',
    pointer: '#/components/schemas/InvoiceResponse',
    value: responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice'),
  },
  {
    operationId: 'updateBill',
    example: 'updatedBill',
    pointer: '#/components/schemas/BillResponse',
    value: responseExample('asset.yaml', 'updateBill', '200', 'updatedBill'),
  },
  {
    operationId: 'updateSalesInvoice',
    example: 'issuedInvoice',
    pointer: '#/components/schemas/SalesInvoice',
    value: responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice'),
  },
] as const;
const responseCases: Case[] = [];
for (const input of responseInputs) {
  const schema = responseSchemas[input.operationId]!['200']!;
  const ajvValidate = ajvSchemaValidator(ajv, specFileOf[input.operationId], input.pointer);
  responseCases.push(
    { key: `ours ${input.operationId}`, run: () => validateValue(schema, input.value).length === 0 },
    { key: `ajv ${input.operationId}`, run: () => ajvValidate(input.value) },
  );
  if (input.operationId === 'updateSalesInvoice') {
    const parsed = SalesInvoiceResponse$inboundSchema.safeParse(input.value);
    if (parsed.success)
      responseCases.push({
        key: `zod ${input.operationId}`,
        run: () => SalesInvoiceResponse$inboundSchema.safeParse(input.value).success,
      });
    else
      zodRejections.push(
        `${input.operationId} response: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
  }
}

const requestTimes = timeCases(requestCases);
const responseTimes = timeCases(responseCases);
const micro = (summary: Summary | undefined): string => (summary === undefined ? '–' : formatSummary(summary, 2));
const bytes = (value: unknown): string => `${JSON.stringify(value).length} B`;

const requestTable: Table = {
  caption: 'Request validation (on by default), µs per call, median (min–max)',
  columns: [
    'operation',
    'request',
    'JSON size',
    'invoicing-sdk',
    'Ajv (compiled from the spec)',
    'zod (mollie-api-typescript)',
  ],
  rows: REQUEST_INPUTS.map((input) => {
    const key = `${input.operationId}/${input.kind}`;
    return [
      input.operationId,
      `${input.kind}: ${input.description}`,
      bytes(input.request),
      micro(requestTimes.get(`ours ${key}`)),
      micro(requestTimes.get(`ajv ${key}`)),
      micro(requestTimes.get(`zod ${key}`)),
    ];
  }),
};
const responseTable: Table = {
  caption:
    'Response validation (opt-in, validateResponses), µs per call, median (min–max), on the spec’s response example',
  columns: [
    'operation',
    'response',
    'JSON size',
    'invoicing-sdk',
    'Ajv (compiled from the spec)',
    'zod (mollie-api-typescript)',
  ],
  rows: responseInputs.map((input) => [
    input.operationId,
    input.example,
    bytes(input.value),
    micro(responseTimes.get(`ours ${input.operationId}`)),
    micro(responseTimes.get(`ajv ${input.operationId}`)),
    micro(responseTimes.get(`zod ${input.operationId}`)),
  ]),
};

const typical = REQUEST_INPUTS.filter((input) => input.kind === 'typical').map((input) => ({
  operationId: input.operationId,
  median: requestTimes.get(`ours ${input.operationId}/typical`)!.median,
}));
const full = REQUEST_INPUTS.filter((input) => input.kind === 'full').map((input) => ({
  operationId: input.operationId,
  median: requestTimes.get(`ours ${input.operationId}/full`)!.median,
}));

writeSection({
  id: 'validation-cost',
  title: 'Validation cost',
  method: [
    `invoicing-sdk's validator as the built dist/ runs it: validateValue(operation.requestSchema, { path, header, body }), the check every call makes before sending,`,
    `and validateValue(<api>ResponseSchemas.operations[operationId]['200'], body) for the opt-in response validation. Each input is first checked to be valid (a rejected input stops the bench).`,
    `Timed in batches with process.hrtime.bigint(): ${settings.warmupMs} ms warm-up per case (which also sizes its batch to about ${settings.batchMs} ms), then ${settings.rounds} rounds of one batch per case, the cases in a rotated order each round; µs per call is the batch time over its size.`,
    `Ajv ${installedVersion('ajv')} (draft 2020-12, ajv-formats, default options: stop at the first error) is compiled from the spec YAML, for the whole request (parameters and body) or the response schema.`,
    `zod is mollie-api-typescript's own UpdateSalesInvoiceRequest$outboundSchema and SalesInvoiceResponse$inboundSchema (zod/v3 API), called with safeParse; it also transforms the value (renames, strips unknown fields).`,
    `One process on the system Node (${process.version}).`,
  ].join(' '),
  versions: {
    'invoicing-sdk': ownVersion(),
    ajv: installedVersion('ajv'),
    'ajv-formats': installedVersion('ajv-formats'),
    'mollie-api-typescript': installedVersion('mollie-api-typescript'),
    zod: installedVersion('zod'),
    'node (system)': process.version,
  },
  tables: [requestTable, responseTable],
  budgets: [
    {
      name: 'Request validation per call, typical request (median), every operation',
      limit: `≤ ${BUDGET_MICROSECONDS} µs`,
      measured: typical.map(({ operationId, median }) => `${median.toFixed(2)} µs (${operationId})`).join(', '),
      holds: typical.every(({ median }) => median <= BUDGET_MICROSECONDS),
    },
  ],
  notes: [
    loadNote(),
    `Full-size requests: ${full.map(({ operationId, median }) => `${median.toFixed(2)} µs (${operationId})`).join(', ')}.`,
    ...zodRejections.map((rejection) => `zod (mollie-api-typescript) refuses ${rejection}, so it is not timed there.`),
  ],
  quick: QUICK,
});
console.error('validation-cost: section written');
