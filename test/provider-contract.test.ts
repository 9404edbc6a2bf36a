// Issue 15: our contract for Mollie's Update sales invoice agrees with Mollie's own OpenAPI
// description (read from ../shared, never copied into the repository):
//   (a) every request body we send (the spec's examples, the bodies of examples/, the README and the
//       tests, and bodies generated from our request schema) passes Mollie's request schema;
//   (b) every response Mollie's response schema allows (its examples, and generated ones with every
//       optional field, nulls, unknown enum values) passes our validateResponses over real HTTP;
//   (c) `npm run contract:diff` finds no difference that no x-assumption explains.
// The figures are printed after the run. Without ../shared the Mollie parts are skipped, saying so.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarize } from '../scripts/contract/compare.js';
import { contractDiff, parseTarget } from '../scripts/contract/diff.js';
import {
  contentExamples,
  contentSchemas,
  findOperation,
  forDirection,
  readDocument,
  type Json,
} from '../scripts/contract/schema-tree.js';
import { viewOf, type View } from '../scripts/contract/schema-view.js';
import { ApiError, RequestValidationError, createMollieClient, type UpdateSalesInvoiceRequest } from '../src/index.js';
import {
  MOLLIE_DESCRIPTION,
  ajvErrors,
  arbitraryOf,
  gatherRequestBodies,
  markdownCodeBlocks,
  maximalInstance,
  readProviderOperation,
  sourceFiles,
  startAnsweringServer,
  type Amendment,
  type AnsweringServer,
  type ProviderOperation,
  type ResponseVariant,
} from './helpers/provider-spec.js';
import { PROJECT_DIR, runScript } from './helpers/project.js';
import { INVOICE_LINE, RECIPIENT_ADDRESS, SALES_INVOICE_ID } from './helpers/sample-values.js';

const PRESENT = existsSync(MOLLIE_DESCRIPTION);
if (!PRESENT) {
  console.log(
    `provider-contract: Mollie's description is not at ${MOLLIE_DESCRIPTION} (it lives in ../shared, outside ` +
      'the repository); the checks against it are skipped.',
  );
}

/** The pairing `npm run contract:diff` uses, read from package.json so the two cannot drift. */
const DIFF_ARGS = (() => {
  const scripts = (
    JSON.parse(readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
  ).scripts;
  const command = scripts['contract:diff'] ?? '';
  const argument = (name: string) => {
    const match = new RegExp(`--${name} (\\S+)`).exec(command);
    if (!match) throw new Error(`package.json contract:diff has no --${name}`);
    return parseTarget(match[1]!);
  };
  return { ours: argument('ours'), provider: argument('provider') };
})();

const OUR_SPEC = path.join(PROJECT_DIR, DIFF_ARGS.ours.file);
const OPERATION = DIFF_ARGS.ours.operationId;

/**
 * Where Mollie's documentation page and its OpenAPI description disagree, the page decides for
 * requests (the principle in openapi/mollie.yaml). Each such reading is applied to Mollie's request
 * schema here, counted apart, and must be recorded in an x-assumption that names both sources.
 */
const PAGE_READINGS: readonly (Amendment & { ours: readonly string[] })[] = [
  {
    property: 'paymentTerm',
    ours: ['paymentTerm'],
    reading: 'paymentTerm: null (the page types it `string | null`; the OpenAPI enum lists no null)',
    apply: (schema) => {
      if (Array.isArray(schema['enum']) && !schema['enum'].includes(null)) schema['enum'].push(null);
    },
  },
];

const figures: string[] = [];
afterAll(() => {
  if (figures.length > 0) console.log(['provider contract (Mollie update-sales-invoice):', ...figures].join('\n  '));
});

const ourDoc = readDocument(OUR_SPEC);
const ourRef = findOperation(ourDoc, OPERATION);
const ourRequestSchema = forDirection(contentSchemas(ourDoc, ourRef, 'body').get('application/json') ?? {}, 'request');
const ourAjv = new Ajv2020({ strict: false, allErrors: true });
const oursAccepts = ourAjv.compile(ourRequestSchema as Record<string, unknown>);
const ourView = viewOf(ourRequestSchema);

/** The x-assumptions on a field of our request body or on its parent. */
function assumptionsAt(fieldPath: readonly string[]): string[] {
  let parent: View | undefined;
  let view: View | undefined = ourView;
  for (const step of fieldPath) {
    parent = view;
    view = step === '[]' ? view?.items : view?.properties.get(step);
  }
  return [...(view?.assumptions ?? []), ...(fieldPath.length > 0 ? (parent?.assumptions ?? []) : [])];
}

let provider: ProviderOperation;
let providerAsIs: ProviderOperation;
beforeAll(() => {
  if (!PRESENT) return;
  const doc = readDocument(MOLLIE_DESCRIPTION);
  provider = readProviderOperation(doc, DIFF_ARGS.provider.operationId, { amendments: PAGE_READINGS });
  providerAsIs = readProviderOperation(doc, DIFF_ARGS.provider.operationId);
});

// ---------------------------------------------------------------------------------------------
// (a) Requests.

/** Every request body of this operation in the spec's examples, examples/, the README and the tests. */
function gatheredBodies() {
  const requestExamples = contentExamples(ourDoc, ourRef, 'body', 'application/json').map((body, index) => ({
    from: `${DIFF_ARGS.ours.file} request example ${index + 1}`,
    body: body as unknown,
  }));
  const schemaExamples = (
    Array.isArray((ourRequestSchema as { examples?: Json[] }).examples)
      ? ((ourRequestSchema as { examples: Json[] }).examples as unknown[])
      : []
  ).map((body, index) => ({ from: `${DIFF_ARGS.ours.file} body schema example ${index + 1}`, body }));
  const files = [
    ...sourceFiles(path.join(PROJECT_DIR, 'examples')),
    ...sourceFiles(path.join(PROJECT_DIR, 'test')).filter(
      (file) => file !== path.join(PROJECT_DIR, 'test', 'provider-contract.test.ts'),
    ),
  ];
  const sources = [
    ...files.map((file) => ({ name: path.relative(PROJECT_DIR, file), text: readFileSync(file, 'utf8'), file })),
    ...markdownCodeBlocks(path.join(PROJECT_DIR, 'README.md')),
    ...markdownCodeBlocks(path.join(PROJECT_DIR, 'examples', 'README.md')),
  ];
  const found = gatherRequestBodies(OPERATION, sources);
  return { bodies: [...requestExamples, ...schemaExamples, ...found.bodies], notLiteral: found.notLiteral };
}

describe.skipIf(!PRESENT)("(a) what we send passes Mollie's request schema", () => {
  it('every body the spec, examples/, the README and the tests send, where it is valid for our schema', () => {
    const { bodies, notLiteral } = gatheredBodies();
    const valid = bodies.filter(({ body }) => oursAccepts(body));
    expect(valid.length, 'bodies found that our schema accepts').toBeGreaterThanOrEqual(10);
    const refused = valid.filter(({ body }) => !provider.validateRequest(body));
    const onlyUnderReading = valid.filter(({ body }) => !providerAsIs.validateRequest(body)).length;
    expect(refused.map(({ from, body }) => `${from}: ${JSON.stringify(body)}`)).toEqual([]);
    figures.push(
      `request bodies found in the spec, examples/, the README and the tests: ${bodies.length} (${notLiteral.length} more built at run time, not read); ` +
        `${valid.length} valid for our schema; accepted by Mollie's request schema: ${valid.length - refused.length}/${valid.length}` +
        (onlyUnderReading > 0 ? ` (${onlyUnderReading} only under the page's readings)` : ''),
    );
  });

  it("generated bodies, drawn from our request schema (fast-check), pass Mollie's", () => {
    const candidates = arbitraryOf(ourRequestSchema).filter((body) => oursAccepts(body));
    let runs = 0;
    let onlyUnderReading = 0;
    const seenFields = new Set<string>();
    fc.assert(
      fc.property(candidates, (body) => {
        runs++;
        for (const key of Object.keys(body as object)) seenFields.add(key);
        if (!providerAsIs.validateRequest(body)) onlyUnderReading++;
        const accepted = provider.validateRequest(body);
        if (!accepted)
          throw new Error(`Mollie's schema refuses ${JSON.stringify(body)}: ${ajvErrors(provider.validateRequest)}`);
      }),
      { seed: 15, numRuns: 300 },
    );
    // The generator reaches every field of our body, so "all of them pass" says something.
    expect([...seenFields].sort()).toEqual([...ourView.properties.keys()].sort());
    figures.push(
      `valid requests generated from our schema (fast-check, seed 15): accepted by Mollie's request schema: ${runs}/${runs}` +
        ` (${onlyUnderReading} carry paymentTerm: null, accepted under the page's reading)`,
    );
  });

  it.each(PAGE_READINGS.map((reading) => [reading.reading, reading] as const))(
    'the page decides: %s, recorded in an x-assumption naming both sources',
    (_title, reading) => {
      const notes = assumptionsAt(reading.ours).join(' ');
      expect(notes).toMatch(/documentation page/);
      expect(notes).toMatch(/OpenAPI description/);
    },
  );
});

/** A fetch that records and answers a minimal valid sales invoice. */
const sent: Request[] = [];
const recordingFetch = async (request: Request): Promise<Response> => {
  sent.push(request);
  return new Response(JSON.stringify({ resource: 'sales-invoice', id: SALES_INVOICE_ID, mode: 'test' }), {
    status: 200,
    headers: { 'content-type': 'application/hal+json' },
  });
};
const recordingClient = createMollieClient({ baseUrl: 'http://127.0.0.1:9', token: 'test_x', fetch: recordingFetch });
const send = (body: unknown) =>
  recordingClient.updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body } as UpdateSalesInvoiceRequest);

const line = INVOICE_LINE;
const consumer = { type: 'consumer', ...RECIPIENT_ADDRESS };

describe('requests our old guesses refused, which no documented rule refuses, are sent', () => {
  it.each([
    ['a field the contract does not list', { memo: 'x', addedByMollieLater: true }],
    ['a lower-case currency', { lines: [{ ...line, unitPrice: { currency: 'eur', value: '1.00' } }] }],
    ['an address such as jane@localhost', { recipient: { ...consumer, email: 'jane@localhost' } }],
    ['a lower-case country', { recipient: { ...consumer, country: 'nl' } }],
    ['a memo over 5,000 characters', { memo: 'x'.repeat(6000) }],
    ['a quantity over 2^31 - 1', { lines: [{ ...line, quantity: 2 ** 31 }] }],
    ['a VAT rate of 100 or with three decimals', { lines: [{ ...line, vatRate: '100.125' }] }],
    [
      'customerId and mandateId for a recurring payment',
      {
        status: 'paid',
        paymentDetails: { source: 'payment', sourceReference: 'tr_WDqYK6vllg' },
        customerId: 'cst_8wmqcHMN4U',
        mandateId: 'mdt_pWUnw6pkBN',
      },
    ],
    ['paymentTerm null (the documentation page)', { paymentTerm: null }],
  ])('%s', async (_title, body) => {
    sent.length = 0;
    await expect(send(body)).resolves.toMatchObject({ resource: 'sales-invoice' });
    expect(sent).toHaveLength(1);
  });
});

/**
 * Rules of ours stricter than Mollie's schema that stay, each worth its risk: the request is
 * refused before it is sent, Mollie's schema would have let it through, and the spec says why in
 * an x-assumption on the field or its parent.
 */
const KEPT: readonly [title: string, body: unknown, field: readonly string[]][] = [
  ['no field at all (Mollie answers 422)', {}, []],
  ['paid without paymentDetails (the page)', { status: 'paid' }, ['paymentDetails']],
  ['issued without emailDetails (the page)', { status: 'issued' }, ['emailDetails']],
  [
    'a payment link without its reference',
    { status: 'paid', paymentDetails: { source: 'payment-link' } },
    ['paymentDetails'],
  ],
  [
    'an empty email subject',
    { status: 'issued', emailDetails: { subject: '', body: 'b' } },
    ['emailDetails', 'subject'],
  ],
  [
    'an amount that is not a decimal number',
    { lines: [{ ...line, unitPrice: { currency: 'EUR', value: '1e5' } }] },
    ['lines', '[]', 'unitPrice', 'value'],
  ],
  [
    'an amount with five decimals',
    { lines: [{ ...line, unitPrice: { currency: 'EUR', value: '1.00001' } }] },
    ['lines', '[]', 'unitPrice', 'value'],
  ],
  [
    'a currency of four letters',
    { lines: [{ ...line, unitPrice: { currency: 'EURO', value: '1.00' } }] },
    ['lines', '[]', 'unitPrice', 'currency'],
  ],
  ['a VAT rate with a percent sign', { lines: [{ ...line, vatRate: '21%' }] }, ['lines', '[]', 'vatRate']],
  ['a discount with a percent sign', { discount: { type: 'percentage', value: '10%' } }, ['discount', 'value']],
  ['an empty list of lines', { lines: [] }, ['lines']],
  ['an empty line description', { lines: [{ ...line, description: '' }] }, ['lines', '[]', 'description']],
  ['an empty recipient identifier', { recipientIdentifier: '' }, ['recipientIdentifier']],
  ['an email address without an @', { recipient: { ...consumer, email: 'given.family' } }, ['recipient', 'email']],
  ['a three-letter country code', { recipient: { ...consumer, country: 'NLD' } }, ['recipient', 'country']],
  ['an empty city', { recipient: { ...consumer, city: '' } }, ['recipient', 'city']],
  ['a one-letter given name', { recipient: { ...consumer, givenName: 'A' } }, ['recipient', 'givenName']],
  [
    'a business without VAT or organization number',
    { recipient: { ...consumer, type: 'business' } },
    ['recipient', 'vatNumber'],
  ],
];

describe("rules of ours stricter than Mollie's schema are documented and hold", () => {
  it.each(KEPT)('%s: refused before sending, and explained', async (_title, body, field) => {
    sent.length = 0;
    await expect(send(body)).rejects.toBeInstanceOf(RequestValidationError);
    expect(sent).toHaveLength(0);
    expect(assumptionsAt(field), `x-assumption on ${field.join('.') || '(body)'} or its parent`).not.toEqual([]);
  });

  it.skipIf(!PRESENT).each(KEPT)("%s: Mollie's schema alone would let it through", (_title, body) => {
    expect(providerAsIs.validateRequest(body)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// (b) Responses.

const VARIANTS: readonly ResponseVariant[] = Array.from({ length: 48 }, (_, index) => ({
  nulls: (['never', 'always', 'some'] as const)[index % 3]!,
  unknownEnumValues: index % 2 === 1,
  extraProperties: index % 4 >= 2,
}));

describe.skipIf(!PRESENT)("(b) what Mollie's schema allows passes our validateResponses", () => {
  let server: AnsweringServer;
  beforeAll(async () => {
    server = await startAnsweringServer();
    return () => server.close();
  });
  const client = () =>
    createMollieClient({ baseUrl: server.url, token: 'test_x', validateResponses: true, retry: false });
  const call = () => client().updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'x' } });

  it("Mollie's examples of a sales invoice and generated ones: every optional field, nulls, unknown enum values", async () => {
    const responses = [
      ...provider.responseExamples.map(({ from, value }) => ({ from: `Mollie's example (${from})`, value })),
      ...VARIANTS.map((variant, index) => ({
        from: `generated #${index} ${JSON.stringify(variant)}`,
        value: maximalInstance(provider.responseSchema, variant, 1000 + index),
      })),
    ];
    expect(provider.responseExamples.length).toBeGreaterThanOrEqual(1);
    const refused: string[] = [];
    for (const { from, value } of responses) {
      // Each is one Mollie's own schema allows, or the generator is wrong.
      expect(
        provider.validateResponse(value),
        `${from} against Mollie's schema: ${ajvErrors(provider.validateResponse)}`,
      ).toBe(true);
      server.answer(200, value);
      const result = await call().catch((error: unknown) => error);
      if (result instanceof Error) refused.push(`${from}: ${result.message}`);
      else expect(result).toEqual(value);
    }
    expect(refused).toEqual([]);
    figures.push(
      `responses Mollie's response schema allows (${provider.responseExamples.length} of its examples, ${VARIANTS.length} generated): ` +
        `accepted by our validateResponses: ${responses.length - refused.length}/${responses.length}`,
    );
  });

  it("Mollie's error examples reach the caller as an ApiError with Mollie's body", async () => {
    expect(provider.errorExamples.length).toBeGreaterThanOrEqual(1);
    for (const { status, value } of provider.errorExamples) {
      server.answer(status, value);
      const error = await call().catch((caught: unknown) => caught);
      expect(error, `status ${status}`).toBeInstanceOf(ApiError);
      expect((error as ApiError).status).toBe(status);
      expect((error as ApiError).body).toEqual(value);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// (c) The difference report.

describe('(c) npm run contract:diff', () => {
  it.skipIf(!PRESENT)('finds no difference that no x-assumption explains', () => {
    const result = contractDiff(DIFF_ARGS.ours, DIFF_ARGS.provider);
    expect(result.skipped).toBeUndefined();
    const { byKind, unexplained } = summarize(result.differences);
    const lines = result.differences.filter((difference) => difference.explainedBy === undefined);
    expect(lines.map((difference) => `${difference.at} ${difference.aspect} (${difference.kind})`)).toEqual([]);
    figures.push(
      `contract:diff: ${result.differences.length} differences (${byKind.stricter} stricter, ${byKind.looser} looser, ` +
        `${byKind.extra} extra, ${byKind.missing} missing), unexplained: ${unexplained}`,
    );
  });

  it('says "skipped" and succeeds when the provider\'s description is absent', async () => {
    const ours = `${DIFF_ARGS.ours.file}#${DIFF_ARGS.ours.operationId}`;
    const result = await runScript('contract/diff.ts', ['--ours', ours, '--provider', '../shared/no-such-file.yaml#x']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^skipped: \.\.\/shared\/no-such-file\.yaml not found/);
  });
});
