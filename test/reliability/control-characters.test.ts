// Nothing a caller or a server supplies reaches a message raw (issue 12, class 2). fast-check draws a
// control character (every C0 character, DEL, every C1 character, the line and paragraph
// separators, the bidi overrides and isolates) and a place for it: a caller's header name (a header
// parameter, the call's `headers`, the client's `headers` or `headerDefaults`), an unknown body or
// path field's name, an unknown environment, a path id, a header value; or a server's error body,
// HTML page, content type, request id, an unknown field of a success body under
// `validateResponses`, the token endpoint's error description. Calls go through the real clients
// to a real test server on 127.0.0.1 (or are refused before it). The oracle walks the error
// (its message line by line, every string field, every string and key of `body`, `data`, `issues`
// and `headers`) and every log event, and fails on any such character in any of them; only the
// validation errors may use line breaks, to list their issues one per line.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssetClient, createMollieClient, isInvoicingSdkError, type LogEvent } from '../../src/index.js';
import { responseExample } from '../helpers/examples.js';
import { BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from '../helpers/sample-values.js';
import { startTestServer, type Reply, type TestServer, type TestRequest } from '../helpers/test-server.js';
import { recordScenario } from './helpers/record.js';
import { SCALE } from './helpers/scale.js';

const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_CHARACTERS = [
  ...Array.from({ length: 0x20 }, (_, code) => code),
  ...Array.from({ length: 0x21 }, (_, offset) => 0x7f + offset),
  0x2028,
  0x2029,
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
].map((code) => String.fromCharCode(code));
// Characters a server can put in a header value over HTTP/1.1 (node:http refuses the others): tab
// and the C1 range as Latin-1 bytes.
const HEADER_SAFE_CONTROLS = CONTROL_CHARACTERS.filter((char) => char === '\t' || /[\u0080-\u009f]/u.test(char));

type Place =
  | 'header parameter name'
  | 'call headers name'
  | 'client headers name'
  | 'headerDefaults name'
  | 'unknown body field'
  | 'unknown path field'
  | 'environment'
  | 'path id'
  | 'header value'
  | 'error body'
  | 'html page'
  | 'content type'
  | 'request id'
  | 'success body field'
  | 'token error';

const PLACES: readonly Place[] = [
  'header parameter name',
  'call headers name',
  'client headers name',
  'headerDefaults name',
  'unknown body field',
  'unknown path field',
  'environment',
  'path id',
  'header value',
  'error body',
  'html page',
  'content type',
  'request id',
  'success body field',
  'token error',
];
const HEADER_PLACES = new Set<Place>(['content type', 'request id']);

const draw = fc
  .record({
    place: fc.constantFrom(...PLACES),
    char: fc.constantFrom(...CONTROL_CHARACTERS),
    headerChar: fc.constantFrom(...HEADER_SAFE_CONTROLS),
    api: fc.constantFrom('mollie', 'asset'),
    before: fc.constantFrom('', 'x', 'Forged'),
    after: fc.constantFrom('', 'y', '[INFO] payment captured'),
  })
  // The token endpoint belongs to Asset's client credentials.
  .map((drawn) => (drawn.place === 'token error' ? { ...drawn, api: 'asset' as const } : drawn));

let server: TestServer;
let reply: (request: TestRequest) => Reply;
const invoice = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
const salesInvoice = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');

beforeAll(async () => {
  server = await startTestServer((request) => reply(request));
});
afterAll(() => server.close());

/** Every string the error and the events hold, with where it was found. */
function strings(value: unknown, where: string, out: Array<[string, string]>, seen = new Set<unknown>()): void {
  if (typeof value === 'string') {
    out.push([where, value]);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (value instanceof Headers) {
    value.forEach((text, name) => out.push([`${where} header ${name}`, `${name}: ${text}`]));
    return;
  }
  for (const key of Object.keys(value)) {
    out.push([`${where} key`, key]);
    strings((value as Record<string, unknown>)[key], `${where}.${key}`, out, seen);
  }
}

describe('control characters from callers and servers are escaped in every message, error field and log event', () => {
  const tally = { runs: 0, failures: 0, classes: new Map<string, number>() };
  afterAll(() => {
    recordScenario({
      group: 'escape routes',
      scenario: 'every control character in every name and value a caller or server supplies (class 2)',
      operation: 'updateSalesInvoice, updateInvoiceStatus, client options',
      runs: tally.runs,
      outcome: [...tally.classes].map(([name, count]) => `${name} ${count}`).join(', '),
      failures: tally.failures,
      details: 'messages line by line, every string field and key of the error and of every log event',
    });
  });

  it('holds for every draw', async () => {
    await fc.assert(
      fc.asyncProperty(draw, async (drawn) => {
        tally.runs += 1;
        tally.failures += 1;
        const inHeader = HEADER_PLACES.has(drawn.place);
        const text = `${drawn.before}${inHeader ? drawn.headerChar : drawn.char}${drawn.after}`;
        const mollie = drawn.api === 'mollie';
        const success = (): Reply => ({
          status: 200,
          headers: { 'content-type': mollie ? 'application/hal+json' : 'application/json' },
          body: mollie ? salesInvoice : invoice,
        });
        reply = (request) => {
          if (request.path === '/v0/auth/token')
            return drawn.place === 'token error'
              ? {
                  status: 400,
                  headers: { 'content-type': 'application/json' },
                  body: { error: 'invalid_client', error_description: text },
                }
              : {
                  status: 200,
                  headers: { 'content-type': 'application/json' },
                  body: { access_token: 'issuedToken123', token_type: 'Bearer' },
                };
          switch (drawn.place) {
            case 'error body':
              return {
                status: 422,
                headers: { 'content-type': 'application/json' },
                body: { detail: text, message: text, title: text, field: text },
              };
            case 'html page':
              return { status: 200, headers: { 'content-type': 'text/html' }, body: `<p>${text}</p>` };
            case 'content type':
              return {
                status: 200,
                headers: { 'content-type': Buffer.from(`text/plain; x=${text}`, 'utf8').toString('latin1') },
                body: 'hello',
              };
            case 'request id':
              return {
                status: 500,
                headers: {
                  'content-type': 'application/json',
                  'x-request-id': Buffer.from(text).toString('latin1'),
                  'request-id': Buffer.from(text).toString('latin1'),
                },
                body: { detail: 'boom' },
              };
            case 'success body field': {
              const body = {
                ...((mollie ? salesInvoice : invoice) as Record<string, unknown>),
                [text]: { [text]: text },
              };
              if (mollie) (body as Record<string, unknown>)['status'] = text;
              else (body as Record<string, unknown>)['data'] = { [text]: text };
              return {
                status: 200,
                headers: { 'content-type': mollie ? 'application/hal+json' : 'application/json' },
                body,
              };
            }
            default:
              return success();
          }
        };
        const events: LogEvent[] = [];
        const logger = (event: LogEvent): void => void events.push(event);
        const options = {
          ...(drawn.place === 'environment' ? { environment: text as never } : { baseUrl: server.url }),
          logger,
          retry: { maxAttempts: 1, attemptTimeoutMs: 10_000, totalTimeoutMs: 10_000 },
          validateResponses: true,
          ...(drawn.place === 'client headers name' ? { headers: { [text]: 'v' } } : {}),
          ...(drawn.place === 'headerDefaults name' ? { headerDefaults: { [text]: 'v' } } : {}),
        };
        const callHeaders =
          drawn.place === 'call headers name'
            ? { headers: { [text]: 'v' } }
            : drawn.place === 'header value'
              ? { headers: { 'X-Note': text } }
              : undefined;
        const run = async (): Promise<unknown> => {
          if (mollie) {
            const client = createMollieClient({ ...options, token: 'test_controlCharacters123' });
            return client.updateSalesInvoice(
              {
                path: {
                  salesInvoiceId: drawn.place === 'path id' ? text : SALES_INVOICE_ID,
                  ...(drawn.place === 'unknown path field' ? { [text]: 'v' } : {}),
                },
                ...(drawn.place === 'header parameter name' ? { header: { [text]: 'v' } } : {}),
                body: { memo: 'x', ...(drawn.place === 'unknown body field' ? { [text]: 'v' } : {}) },
              } as never,
              callHeaders,
            );
          }
          const client = createAssetClient({
            ...options,
            ...(drawn.place === 'token error'
              ? { clientCredentials: { clientId: 'id', clientSecret: 'secret-control' } }
              : { token: 'asset-control-token' }),
          } as never);
          return client.updateInvoiceStatus(
            {
              path: {
                business_id: BUSINESS_ID,
                invoice_id: drawn.place === 'path id' ? text : INVOICE_ID,
                ...(drawn.place === 'unknown path field' ? { [text]: 'v' } : {}),
              },
              ...(drawn.place === 'header parameter name' ? { header: { [text]: 'v' } } : {}),
              body: { status: 'paid', ...(drawn.place === 'unknown body field' ? { [text]: 'v' } : {}) },
            } as never,
            callHeaders,
          );
        };
        const error = await run().then(
          () => undefined,
          (caught: unknown) => caught,
        );
        const found: Array<[string, string]> = [];
        if (error !== undefined) {
          expect(isInvoicingSdkError(error), String(error)).toBe(true);
          const name = (error as Error).name;
          tally.classes.set(name, (tally.classes.get(name) ?? 0) + 1);
          const message = (error as Error).message;
          const multiline = name === 'RequestValidationError' || name === 'ResponseValidationError';
          const lines = multiline ? message.split('\n') : [message];
          lines.forEach((line, index) => found.push([`message line ${index + 1}`, line]));
          strings({ ...(error as object) }, 'error', found);
        } else {
          tally.classes.set('success', (tally.classes.get('success') ?? 0) + 1);
        }
        strings(events, 'events', found);
        for (const [where, value] of found)
          expect(UNPRINTABLE.test(value), `${where}: ${JSON.stringify(value)}`).toBe(false);
        tally.failures -= 1;
      }),
      { numRuns: SCALE.propertyRuns },
    );
  });
});
