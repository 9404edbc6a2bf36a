// What is checked is what is sent (issue 12, class 1). A request whose getters or Proxy traps answer
// differently on every read must still be read once: the call is checked, sent, logged and reported
// with the values of that one reading. fast-check draws, for every part of a request (the request
// object, `path`, `header`, `body`, the call options and their `headers`), whether it is a plain
// object, an object of getters or a Proxy, and for every value the answer to the first read and a
// different answer to every later read (a valid id then `''` or `../admin`, a valid header value then
// one with CR/LF, one valid body then another; and the reverse). Each call goes through the real
// client to a real test server on 127.0.0.1. The oracle:
//   - every property was read at most once (a second read is the defect itself, whatever it returns);
//   - when the first answers make a valid request, the call succeeds and the server received exactly
//     one request: the operation's method, path and query built from the first answers, the first
//     answers as headers and body, and the log events name that same URL;
//   - otherwise the call rejects with a RequestValidationError and the server received nothing.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAssetClient,
  createMollieClient,
  isRequestValidationError,
  type CallOptions,
  type LogEvent,
} from '../../src/index.js';
import { responseExample } from '../helpers/examples.js';
import { BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from '../helpers/sample-values.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { recordScenario } from './helpers/record.js';
import { SCALE } from './helpers/scale.js';

/** A value as the first read sees it, and as every later read would see it. */
interface Answers {
  readonly first: unknown;
  readonly later: unknown;
  /** Whether `first` is one the spec accepts. */
  readonly valid: boolean;
}

type Wrapping = 'plain' | 'getters' | 'proxy';

/** Reads of each property of each wrapped object, by `<part>.<key>`. */
type ReadCounts = Map<string, number>;

/**
 * An object whose every key answers `first` on its first read and `later` afterwards, as an object
 * of getters or as a Proxy; a plain object holds the first answers. Reads are counted in `reads`.
 */
function fickle(
  part: string,
  entries: Record<string, Answers | unknown>,
  wrapping: Wrapping,
  reads: ReadCounts,
): object {
  const answer = (key: string): unknown => {
    const count = (reads.get(`${part}.${key}`) ?? 0) + 1;
    reads.set(`${part}.${key}`, count);
    const entry = entries[key];
    if (!isAnswers(entry)) return entry;
    return count === 1 ? entry.first : entry.later;
  };
  if (wrapping === 'plain') {
    return Object.fromEntries(
      Object.entries(entries).map(([key, entry]) => [key, isAnswers(entry) ? entry.first : entry]),
    );
  }
  if (wrapping === 'getters') {
    const target = {};
    for (const key of Object.keys(entries))
      Object.defineProperty(target, key, { get: () => answer(key), enumerable: true, configurable: true });
    return target;
  }
  const shape = Object.fromEntries(Object.keys(entries).map((key) => [key, undefined]));
  return new Proxy(shape, {
    get: (target, key, receiver) =>
      typeof key === 'string' && Object.hasOwn(entries, key) ? answer(key) : Reflect.get(target, key, receiver),
  });
}

function isAnswers(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && 'first' in value && 'later' in value && 'valid' in value;
}

/** `first` and `later` drawn from the pools; valid when `first` came from the valid pool. */
function answers(valid: readonly unknown[], invalid: readonly unknown[]): fc.Arbitrary<Answers> {
  const pick = (pool: readonly unknown[]): fc.Arbitrary<unknown> => fc.constantFrom(...pool);
  return fc
    .oneof(
      { arbitrary: fc.tuple(pick(valid), pick([...valid, ...invalid])), weight: 4 },
      { arbitrary: fc.tuple(pick(invalid), pick(valid)), weight: 1 },
    )
    .map(([first, later]) => ({ first, later, valid: valid.includes(first) }));
}

const wrapping = fc.constantFrom<Wrapping>('plain', 'getters', 'proxy');

// Values that move a request elsewhere if read a second time: another id the pattern accepts, an
// empty id, a traversal; header values that are valid, then split the request.
const HOSTILE_IDS = ['', '..', '../admin', 'a/b', '%2e%2e', '?x=1', '#top'];
const HOSTILE_HEADERS = ['v\r\nX-Injected: 1', 'v\nX-Injected: 1', 'v\u0000'];

interface Scenario {
  readonly name: string;
  readonly method: string;
  /** The path with `{name}` placeholders. */
  readonly template: string;
  readonly path: Record<string, Answers>;
  readonly header: Record<string, Answers> | undefined;
  readonly body: Record<string, Answers>;
  readonly optionHeaders: Record<string, Answers> | undefined;
  readonly wrap: {
    readonly request: Wrapping;
    readonly path: Wrapping;
    readonly header: Wrapping;
    readonly body: Wrapping;
    readonly options: Wrapping;
    readonly optionHeaders: Wrapping;
  };
}

const wraps = fc.record({
  request: wrapping,
  path: wrapping,
  header: wrapping,
  body: wrapping,
  options: wrapping,
  optionHeaders: wrapping,
});
const optionHeaders = fc.option(fc.record({ 'X-Trace': answers(['trace-1', 'trace-2'], HOSTILE_HEADERS) }), {
  nil: undefined,
});

const salesInvoice: fc.Arbitrary<Scenario> = fc.record({
  name: fc.constant('updateSalesInvoice'),
  method: fc.constant('PATCH'),
  template: fc.constant('/v2/sales-invoices/{salesInvoiceId}'),
  path: fc.record({ salesInvoiceId: answers([SALES_INVOICE_ID, 'invoice_other2'], HOSTILE_IDS) }),
  header: fc.option(fc.record({ 'Idempotency-Key': answers(['key-1', 'key-2'], HOSTILE_HEADERS) }), {
    nil: undefined,
  }),
  body: fc.record({ memo: answers(['first memo', 'second memo', null], [42, { memo: 1 }]) }),
  optionHeaders,
  wrap: wraps,
});

const invoiceStatus: fc.Arbitrary<Scenario> = fc.record({
  name: fc.constant('updateInvoiceStatus'),
  method: fc.constant('PATCH'),
  template: fc.constant('/v0/business/{business_id}/invoice/{invoice_id}'),
  path: fc.record({
    business_id: answers([BUSINESS_ID, 'biz_Xyz2'], HOSTILE_IDS),
    invoice_id: answers([INVOICE_ID, 'inv_Xyz2'], HOSTILE_IDS),
  }),
  header: fc.option(fc.record({ 'x-user-id': answers(['user-1', 'user-2'], HOSTILE_HEADERS) }), { nil: undefined }),
  body: fc.record({ status: answers(['paid', 'voided'], ['bogus', 7]) }),
  optionHeaders,
  wrap: wraps,
});

/** Whether every first answer in `record` is valid. */
function allValid(record: Record<string, Answers> | undefined): boolean {
  return record === undefined || Object.values(record).every((entry) => entry.valid);
}

function firstAnswers(record: Record<string, Answers>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([key, entry]) => [key, entry.first]));
}

let server: TestServer;
const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');
const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');

beforeAll(async () => {
  server = await startTestServer((request) =>
    request.path.startsWith('/v2/')
      ? { status: 200, headers: { 'content-type': 'application/hal+json' }, body: salesInvoiceExample }
      : { status: 200, headers: { 'content-type': 'application/json' }, body: invoiceExample },
  );
});
afterAll(() => server.close());

describe('a request whose values change between reads is read once: checked, sent and reported as read', () => {
  const tally = { runs: 0, sent: 0, refused: 0, failures: 0 };
  afterAll(() => {
    recordScenario({
      group: 'escape routes',
      scenario: 'a request whose getters and Proxy traps answer differently on every read (class 1)',
      operation: 'updateSalesInvoice, updateInvoiceStatus',
      runs: tally.runs,
      outcome: `${tally.sent} sent exactly as first read, ${tally.refused} refused (RequestValidationError, nothing sent)`,
      failures: tally.failures,
      details: 'every property read at most once; path, query, headers, body and logged URL from the first reading',
    });
  });

  it.each([
    ['updateSalesInvoice', salesInvoice],
    ['updateInvoiceStatus', invoiceStatus],
  ] as const)('%s', async (_name, scenarios) => {
    const events: LogEvent[] = [];
    const logger = (event: LogEvent): void => void events.push(event);
    const retry = { maxAttempts: 1, attemptTimeoutMs: 10_000, totalTimeoutMs: 10_000 };
    const mollie = createMollieClient({ baseUrl: server.url, token: 'test_snapshotToken1234567890', logger, retry });
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-snapshot-token', logger, retry });

    await fc.assert(
      fc.asyncProperty(scenarios, async (scenario) => {
        tally.runs += 1;
        tally.failures += 1; // taken back at the end: an assertion that throws leaves it counted
        events.length = 0;
        server.requests.length = 0;
        const reads: ReadCounts = new Map();
        const request = fickle(
          'request',
          {
            path: fickle('path', scenario.path, scenario.wrap.path, reads),
            ...(scenario.header ? { header: fickle('header', scenario.header, scenario.wrap.header, reads) } : {}),
            body: fickle('body', scenario.body, scenario.wrap.body, reads),
          },
          scenario.wrap.request,
          reads,
        );
        const options = fickle(
          'options',
          scenario.optionHeaders
            ? { headers: fickle('options.headers', scenario.optionHeaders, scenario.wrap.optionHeaders, reads) }
            : {},
          scenario.wrap.options,
          reads,
        ) as CallOptions;

        const outcome = await (
          scenario.name === 'updateSalesInvoice'
            ? mollie.updateSalesInvoice(request as never, options)
            : asset.updateInvoiceStatus(request as never, options)
        ).then(
          () => ({ ok: true as const }),
          (error: unknown) => ({ ok: false as const, error }),
        );

        for (const [property, count] of reads) expect(count, `${property} was read ${count} times`).toBe(1);
        const valid =
          allValid(scenario.path) &&
          allValid(scenario.header) &&
          allValid(scenario.body) &&
          allValid(scenario.optionHeaders);
        if (!valid) {
          expect(outcome.ok, 'a request whose first reading is invalid must be refused').toBe(false);
          expect(isRequestValidationError(!outcome.ok && outcome.error), String(!outcome.ok && outcome.error)).toBe(
            true,
          );
          expect(server.requests).toHaveLength(0);
          tally.refused += 1;
          tally.failures -= 1;
          return;
        }
        if (!outcome.ok) throw outcome.error;
        expect(server.requests).toHaveLength(1);
        const [received] = server.requests;
        const ids = firstAnswers(scenario.path);
        const expectedPath = scenario.template.replace(/\{([^}]+)\}/gu, (_, name: string) =>
          encodeURIComponent(String(ids[name])),
        );
        expect(received!.method).toBe(scenario.method);
        expect(received!.url).toBe(expectedPath);
        for (const [name, value] of Object.entries({
          ...firstAnswers(scenario.header ?? {}),
          ...firstAnswers(scenario.optionHeaders ?? {}),
        }))
          expect(received!.headers[name.toLowerCase()]).toBe(value);
        expect(JSON.parse(received!.body)).toEqual(firstAnswers(scenario.body));
        const logged = events.flatMap((event) => ('url' in event ? [event.url] : []));
        expect(logged.length).toBeGreaterThan(0);
        for (const url of logged) expect(url).toBe(`${server.url}${expectedPath}`);
        tally.sent += 1;
        tally.failures -= 1;
      }),
      { numRuns: SCALE.propertyRuns },
    );
  });
});

describe('the client options are read once too', () => {
  it('headers and headerDefaults changed after the client is made are not sent', async () => {
    server.requests.length = 0;
    const headers: Record<string, string> = { 'X-Trace': 'as-checked' };
    const headerDefaults: Record<string, string> = { 'x-user-id': 'user-checked' };
    const asset = createAssetClient({ baseUrl: server.url, token: 'asset-snapshot-token', headers, headerDefaults });
    headers['X-Trace'] = 'changed';
    headers['X-Added'] = 'v\r\nX-Injected: 1';
    headerDefaults['x-user-id'] = 'user-changed';
    await asset.updateInvoiceStatus({
      path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
      body: { status: 'paid' },
    });
    expect(server.requests).toHaveLength(1);
    const [received] = server.requests;
    expect(received!.headers['x-trace']).toBe('as-checked');
    expect(received!.headers['x-added']).toBeUndefined();
    expect(received!.headers['x-user-id']).toBe('user-checked');
  });

  it('a request field named __proto__ stays data, and the spec refuses it', async () => {
    server.requests.length = 0;
    const mollie = createMollieClient({ baseUrl: server.url, token: 'test_snapshotToken1234567890' });
    const path = JSON.parse(`{"salesInvoiceId": "${SALES_INVOICE_ID}", "__proto__": {"polluted": true}}`) as object;
    const error = await mollie
      .updateSalesInvoice({ path, body: { memo: 'x' } } as never)
      .catch((caught: unknown) => caught);
    expect(isRequestValidationError(error)).toBe(true);
    expect(String(error)).toContain('/path/__proto__');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(server.requests).toHaveLength(0);
  });
});
