// Request validation: every rule gives an error naming the field and the rule, before anything is
// sent; and the precompiled validator agrees with Ajv (fed the spec itself) on generated inputs.
import type { ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { updateBillOperation } from '../generated/asset/operations/update-bill.js';
import { updateInvoiceStatusOperation } from '../generated/asset/operations/update-invoice-status.js';
import { updateSalesInvoiceOperation } from '../generated/mollie/operations/update-sales-invoice.js';
import { assetResponseSchemas } from '../generated/asset/validation.js';
import { mollieResponseSchemas } from '../generated/mollie/validation.js';
import {
  RequestValidationError,
  createAssetClient,
  createMollieClient,
  type UpdateBillRequest,
  type UpdateSalesInvoiceRequest,
  type ValidationIssue,
} from '../src/index.js';
import type { JsonSchema } from '../src/validation/schema.js';
import { validateValue } from '../src/validation/validate.js';
import { INVOICE_LINE, MINIMAL_INVOICE, RECIPIENT_ADDRESS } from './helpers/sample-values.js';
import { specValidator } from './helpers/spec-ajv.js';

/** A fetch that fails the test if anything reaches it. */
const sent: Request[] = [];
const recordingFetch = async (request: Request): Promise<Response> => {
  sent.push(request);
  // Answer in the media type the operation asked for (Mollie: application/hal+json).
  return new Response('{}', {
    status: 200,
    headers: { 'content-type': request.headers.get('accept') ?? 'application/json' },
  });
};

const mollie = createMollieClient({ baseUrl: 'http://127.0.0.1:9', token: 'test_x', fetch: recordingFetch });
const asset = createAssetClient({ baseUrl: 'http://127.0.0.1:9', token: 't', fetch: recordingFetch });

async function issuesOf(call: Promise<unknown>): Promise<readonly ValidationIssue[]> {
  sent.length = 0;
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(RequestValidationError);
  expect(sent, 'a refused request must not be sent').toHaveLength(0);
  return (error as RequestValidationError).issues;
}

const salesInvoiceId = 'invoice_4Y0eZitmBnQ6IDoMqZQKh';
const business_id = 'biz_GA6EG2qFxA97NZHtxeLPUy';
const bill_id = 'bil_WQMDNUHpBThYSNh4AprDBo';
const address = RECIPIENT_ADDRESS;
const line = INVOICE_LINE;

type Case = [title: string, body: unknown, expected: Pick<ValidationIssue, 'path' | 'rule'>[]];

const mollieCases: Case[] = [
  ['an empty body (minProperties)', {}, [{ path: '/body', rule: 'minProperties' }]],
  ['paid without paymentDetails', { status: 'paid' }, [{ path: '/body/paymentDetails', rule: 'required' }]],
  ['issued without emailDetails', { status: 'issued' }, [{ path: '/body/emailDetails', rule: 'required' }]],
  [
    'issued with null emailDetails',
    { status: 'issued', emailDetails: null },
    [{ path: '/body/emailDetails', rule: 'type' }],
  ],
  [
    'a payment link without sourceReference',
    { status: 'paid', paymentDetails: { source: 'payment-link' } },
    [{ path: '/body/paymentDetails/sourceReference', rule: 'required' }],
  ],
  ['a wrong enum value', { paymentTerm: '15 days' }, [{ path: '/body/paymentTerm', rule: 'enum' }]],
  ['a status that can only be read', { status: 'overdue' }, [{ path: '/body/status', rule: 'enum' }]],
  ['a wrong type', { isEInvoice: 'yes' }, [{ path: '/body/isEInvoice', rule: 'type' }]],
  [
    'NaN where a number goes',
    { lines: [{ ...line, quantity: Number.NaN }] },
    [{ path: '/body/lines/0/quantity', rule: 'type' }],
  ],
  [
    'a fractional quantity',
    { lines: [{ ...line, quantity: 1.5 }] },
    [{ path: '/body/lines/0/quantity', rule: 'type' }],
  ],
  [
    'a quantity below the minimum',
    { lines: [{ ...line, quantity: 0 }] },
    [{ path: '/body/lines/0/quantity', rule: 'minimum' }],
  ],
  [
    'a description over 100 characters',
    { lines: [{ ...line, description: 'x'.repeat(101) }] },
    [{ path: '/body/lines/0/description', rule: 'maxLength' }],
  ],
  [
    'an amount that breaks the pattern',
    { lines: [{ ...line, unitPrice: { currency: 'EUR', value: '1e5' } }] },
    [{ path: '/body/lines/0/unitPrice/value', rule: 'pattern' }],
  ],
  ['an empty list of lines', { lines: [] }, [{ path: '/body/lines', rule: 'minItems' }]],
  [
    'a recipient missing required fields',
    { recipient: { type: 'consumer', email: 'a@example.org' } },
    [
      { path: '/body/recipient/streetAndNumber', rule: 'required' },
      { path: '/body/recipient/postalCode', rule: 'required' },
      { path: '/body/recipient/city', rule: 'required' },
      { path: '/body/recipient/country', rule: 'required' },
      { path: '/body/recipient/locale', rule: 'required' },
    ],
  ],
  [
    'a business recipient without VAT or organization number',
    { recipient: { type: 'business', ...address } },
    [{ path: '/body/recipient/vatNumber', rule: 'required' }],
  ],
  [
    'an empty email subject (minLength)',
    { status: 'issued', emailDetails: { subject: '', body: 'b' } },
    [{ path: '/body/emailDetails/subject', rule: 'minLength' }],
  ],
  [
    'a payment source that does not exist',
    { status: 'paid', paymentDetails: { source: 'cash' } },
    [{ path: '/body/paymentDetails/source', rule: 'const' }],
  ],
  [
    'an email that is not one',
    { recipient: { type: 'consumer', ...address, email: 'not-an-email' } },
    [{ path: '/body/recipient/email', rule: 'pattern' }],
  ],
  [
    'several problems at once',
    { memo: 5, paymentTerm: 'soon', isEInvoice: 'yes' },
    [
      { path: '/body/memo', rule: 'type' },
      { path: '/body/paymentTerm', rule: 'enum' },
      { path: '/body/isEInvoice', rule: 'type' },
    ],
  ],
];

describe('request validation refuses, names the field and the rule, and sends nothing', () => {
  it.each(mollieCases)('Mollie: %s', async (_title, body, expected) => {
    const issues = await issuesOf(
      mollie.updateSalesInvoice({ path: { salesInvoiceId }, body } as UpdateSalesInvoiceRequest),
    );
    expect(issues.map(({ path, rule }) => ({ path, rule }))).toEqual(expected);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(5);
  });

  it('Asset: a bill update with a bad line, a wrong status and an unknown field', async () => {
    const request = {
      path: { business_id, bill_id },
      body: {
        status: 'refunded',
        due_at: '2025-03-01',
        line_changes: { create_lines: [{ amount: '12' }] },
        notes: 'x',
      },
    } as unknown as UpdateBillRequest;
    const issues = await issuesOf(asset.updateBill(request));
    // In the order of the fields sent.
    expect(issues).toEqual([
      { path: '/body/status', rule: 'enum', message: 'must be one of: "open", "paid", "voided", or must be null' },
      { path: '/body/due_at', rule: 'format', message: 'must be an RFC 3339 date-time such as 2025-03-01T00:00:00Z' },
      { path: '/body/line_changes/create_lines/0/ledger_id', rule: 'required', message: 'is required' },
      { path: '/body/line_changes/create_lines/0/amount', rule: 'type', message: 'must be a number' },
      { path: '/body/notes', rule: 'additionalProperties', message: 'is not a field the API accepts' },
    ]);
  });

  it('Asset: a header that could split the request', async () => {
    const issues = await issuesOf(
      asset.updateInvoiceStatus({
        path: { business_id, invoice_id: 'inv_WQMDNUHpBThYSNh4AprDBo' },
        header: { 'x-user-id': 'me\r\nX-Injected: 1' },
        body: { status: 'paid' },
      }),
    );
    expect(issues).toEqual([
      { path: '/header/x-user-id', rule: 'pattern', message: 'must match ^[!-~](?:[ -~]*[!-~])?$' },
    ]);
  });

  it('gives one error whose message lists every problem with its path and rule', async () => {
    const error = await mollie
      .updateSalesInvoice({
        path: { salesInvoiceId },
        body: { memo: 5, paymentTerm: 'soon' },
      } as unknown as UpdateSalesInvoiceRequest)
      .catch((caught: unknown) => caught as Error);
    expect((error as Error).message).toBe(
      'updateSalesInvoice: the request was not sent because it breaks the API contract:\n' +
        '  - /body/memo: must be a string or null (type)\n' +
        '  - /body/paymentTerm: must be one of: "7 days", "14 days", "30 days", "45 days", "60 days", "90 days", "120 days", null (enum)',
    );
  });

  it('can be turned off per call, except for path parameters', async () => {
    sent.length = 0;
    await mollie.updateSalesInvoice(
      { path: { salesInvoiceId }, body: { memo: 'x', currency: 'EUR' } } as UpdateSalesInvoiceRequest,
      {
        validateRequest: false,
      },
    );
    expect(sent).toHaveLength(1);
    await issuesOf(
      mollie.updateSalesInvoice(
        { path: { salesInvoiceId: '../x' as `invoice_${string}` }, body: { memo: 'x' } },
        { validateRequest: false },
      ),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Differential: the precompiled schemas and src/validation agree with Ajv (draft 2020-12, the
// dialect of OpenAPI 3.1) on the spec's own schemas.

const mollieAjv = (pointer: string): ValidateFunction => specValidator('mollie.yaml', pointer);
const assetAjv = (pointer: string): ValidateFunction => specValidator('asset.yaml', pointer);

const targets: { name: string; ours: JsonSchema; ajv: ValidateFunction; seeds: unknown[] }[] = [
  {
    name: 'Mollie request body',
    ours: updateSalesInvoiceOperation.requestSchema.properties!['body']!,
    ajv: mollieAjv('#/components/schemas/SalesInvoiceUpdate'),
    seeds: [
      { memo: 'x' },
      { status: 'paid', paymentDetails: { source: 'payment-link', sourceReference: 'pl_x' } },
      { status: 'issued', emailDetails: { subject: 's', body: 'b' } },
      {
        recipient: { type: 'business', vatNumber: 'NL1', ...address },
        lines: [line],
        discount: { type: 'amount', value: '1.00' },
      },
      { paymentTerm: null, isEInvoice: true, testmode: true, recipientIdentifier: 'c-1' },
    ],
  },
  {
    name: 'Mollie response',
    ours: mollieResponseSchemas.operations['updateSalesInvoice']!['200']!,
    ajv: mollieAjv('#/components/schemas/SalesInvoice'),
    seeds: [
      {
        resource: 'sales-invoice',
        id: 'invoice_abc',
        mode: 'test',
        status: 'paid',
        createdAt: '2024-10-03T10:47:38+00:00',
        _links: { self: { href: 'https://x.test/a', type: 'application/hal+json' } },
      },
    ],
  },
  {
    name: 'Asset bill update body',
    ours: updateBillOperation.requestSchema.properties!['body']!,
    ajv: assetAjv('#/components/schemas/BillUpdate'),
    seeds: [
      {
        number: 'B-1',
        status: null,
        line_changes: { create_lines: [{ amount: 1, ledger_id: 'ldg_a', metadata_: { k: 1 } }], delete_lines: ['x'] },
      },
    ],
  },
  {
    name: 'Asset invoice status body',
    ours: updateInvoiceStatusOperation.requestSchema.properties!['body']!,
    ajv: assetAjv('#/components/schemas/InvoiceStatusUpdate'),
    seeds: [{ status: 'paid' }],
  },
  {
    name: 'Asset invoice response',
    ours: assetResponseSchemas.operations['updateInvoiceStatus']!['200']!,
    ajv: assetAjv('#/components/schemas/InvoiceResponse'),
    seeds: [
      {
        data: {
          ...MINIMAL_INVOICE,
          lines: [{ quantity: 2 }],
          voided_at: null,
        },
      },
    ],
  },
];

/** Values near the valid ones: a seed with one field replaced, removed or added, at any depth. */
function mutations(seed: unknown): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      '',
      'paid',
      'issued',
      'payment-link',
      'business',
      'EUR',
      '1.00',
      '1e5',
      'x'.repeat(101),
      '2025-03-01T00:00:00Z',
      '2025-02-30T00:00:00Z',
      'a@b.co',
      'not an email',
      'ldg_a',
      'inv_0',
      null,
      0,
      -1,
      1.5,
      2 ** 31,
    ),
  );
  const mutate = (value: unknown, steps: readonly number[], replacement: unknown, mode: number): unknown => {
    if (typeof value !== 'object' || value === null) return replacement;
    const keys = Array.isArray(value) ? value.map((_, index) => String(index)) : Object.keys(value);
    const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
      ? [...value]
      : { ...(value as Record<string, unknown>) };
    const record = copy as Record<string, unknown>;
    if (keys.length === 0 || steps.length === 0 || mode === 2) {
      if (!Array.isArray(copy))
        record[['status', 'source', 'type', 'extra', 'sourceReference', 'vatNumber'][(steps[0] ?? 0) % 6]!] =
          replacement;
      return copy;
    }
    const key = keys[steps[0]! % keys.length]!;
    if (steps.length === 1 && mode === 1 && !Array.isArray(copy)) delete record[key];
    else record[key] = steps.length === 1 ? replacement : mutate(record[key], steps.slice(1), replacement, mode);
    return copy;
  };
  return fc
    .tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), leaf, fc.nat({ max: 2 }))
    .map(([steps, replacement, mode]) => mutate(seed, steps, replacement, mode));
}

describe('the precompiled validator agrees with Ajv', () => {
  it.each(targets.map((target) => [target.name, target] as const))('%s', (_name, target) => {
    for (const seed of target.seeds) {
      expect(target.ajv(seed), `Ajv rejects a seed of ${target.name}: ${JSON.stringify(target.ajv.errors)}`).toBe(true);
      expect(validateValue(target.ours, seed)).toEqual([]);
    }
    fc.assert(
      fc.property(fc.oneof(fc.oneof(...target.seeds.map(mutations)), fc.jsonValue({ maxDepth: 3 })), (value) => {
        const ajvValid = target.ajv(value);
        const ours = validateValue(target.ours, value);
        if (ajvValid !== (ours.length === 0)) {
          throw new Error(
            `disagreement on ${JSON.stringify(value)}: Ajv ${ajvValid ? 'accepts' : `rejects (${JSON.stringify(target.ajv.errors)})`}, ours ${JSON.stringify(ours)}`,
          );
        }
        // The fast yes/no pass and the detailed pass agree: a refusal always names a concrete rule.
        if (ours.some((issue) => issue.rule === 'schema'))
          throw new Error(`no concrete issue for ${JSON.stringify(value)}`);
      }),
      { numRuns: 2_000, seed: 42 },
    );
  });
});
