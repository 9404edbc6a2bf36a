// No secret leaves in any encoding (issue 12, class 3). A server (or a proxy in front of it) echoes
// a credential the client holds back at it: the API key, a fixed token, a token function's token,
// the OAuth client secret (on a data call too, not only on the token request), or the access token
// it issued. fast-check draws which credential, where the echo goes (an error body's value or key
// at a depth from 0 to 60, a response header, an HTML error page, a success body that breaks the
// schema, the token endpoint's error body), how it is encoded (verbatim; JSON-escaped with `\/` and
// `\uXXXX` mixed character by character in either hex case; percent- or form-encoded, mixed; HTML
// character references; base64 or base64url inside a longer blob at any byte offset, as in
// `Authorization: Basic base64(id:secret)`), and what the answer is (4xx, 5xx, 200 with HTML, 200
// with a body that breaks the schema and validateResponses on). Every call goes through the real
// client to a real test server on 127.0.0.1. The oracle decodes every view of the error
// (message, String, stack, JSON.stringify, util.inspect at unlimited depth, each cause, headers,
// body) and of every log event with each of those encodings and fails on any credential it finds,
// and on any error class outside the documented ones.
import util from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssetClient, createMollieClient, isInvoicingSdkError, type LogEvent } from '../../src/index.js';
import { errorViews } from '../helpers/error-views.js';
import { BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from '../helpers/sample-values.js';
import { startTestServer, type Reply, type TestServer, type TestRequest } from '../helpers/test-server.js';
import { recordScenario } from './helpers/record.js';
import { SCALE } from './helpers/scale.js';

// Credentials with the characters encodings treat specially: `/`, `+`, `=`, `~`, `.`, and for the
// client secret (which is not a bearer token) a space, `&`, `%`, `"`, `<` and a non-ASCII letter.
const MOLLIE_API_KEY = 'test_k3y/With+Slash~and.dot=';
const MOLLIE_ACCESS_TOKEN = 'access_fromFunction/9+Zq~x';
const ASSET_TOKEN = 'assetFixed/Token+8Kp=';
const CLIENT_ID = 'asset-client-id';
const CLIENT_SECRET = 'sécret & 100% "<client>" /+=';
const ISSUED_TOKEN = 'issued.Token/Q7+w~z==';
const ALL_SECRETS = [MOLLIE_API_KEY, MOLLIE_ACCESS_TOKEN, ASSET_TOKEN, CLIENT_SECRET, ISSUED_TOKEN] as const;

type Credential = 'mollie API key' | 'mollie token function' | 'asset token' | 'asset client credentials';
/** The credentials each kind of client holds, and so may see echoed back. */
const HELD: Record<Credential, readonly string[]> = {
  'mollie API key': [MOLLIE_API_KEY],
  'mollie token function': [MOLLIE_ACCESS_TOKEN],
  'asset token': [ASSET_TOKEN],
  'asset client credentials': [CLIENT_SECRET, ISSUED_TOKEN],
};

type Encoding = 'verbatim' | 'json' | 'percent' | 'form' | 'html' | 'base64' | 'base64url';
type Place = 'body value' | 'body key' | 'header' | 'html page' | 'success body' | 'token endpoint';

interface Echo {
  readonly credential: Credential;
  readonly secretIndex: number;
  readonly encoding: Encoding;
  readonly place: Place;
  readonly depth: number;
  readonly status: number;
  /** Per character: whether it is escaped (JSON, percent, form), and whether hex is upper case. */
  readonly escapes: readonly boolean[];
  readonly upper: boolean;
  /** Bytes before the secret in a base64 blob (its offset), as in `id:secret`. */
  readonly prefix: string;
}

const echo: fc.Arbitrary<Echo> = fc
  .record({
    credential: fc.constantFrom<Credential>(
      'mollie API key',
      'mollie token function',
      'asset token',
      'asset client credentials',
    ),
    secretIndex: fc.nat(1),
    encoding: fc.constantFrom<Encoding>('verbatim', 'json', 'percent', 'form', 'html', 'base64', 'base64url'),
    place: fc.constantFrom<Place>('body value', 'body key', 'header', 'html page', 'success body', 'token endpoint'),
    depth: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 4, max: 60 })),
    status: fc.constantFrom(400, 401, 403, 404, 422, 500, 503),
    escapes: fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
    upper: fc.boolean(),
    prefix: fc.constantFrom('', `${CLIENT_ID}:`, 'x', 'xy', 'Basic '),
  })
  // The token endpoint exists only for client credentials.
  .filter((drawn) => drawn.place !== 'token endpoint' || drawn.credential === 'asset client credentials');

function secretOf(drawn: Echo): string {
  // A failing token request can only echo what was sent on it: the client secret (no token was issued yet).
  if (drawn.place === 'token endpoint') return CLIENT_SECRET;
  const held = HELD[drawn.credential];
  return held[drawn.secretIndex % held.length]!;
}

function hex(value: number, width: number, upper: boolean): string {
  const digits = value.toString(16).padStart(width, '0');
  return upper ? digits.toUpperCase() : digits;
}

/** `secret` as the server writes it back (inside a JSON string where the place is JSON). */
function encode(secret: string, drawn: Echo): string {
  const escaped = (index: number): boolean => drawn.escapes[index % drawn.escapes.length]!;
  const chars = [...secret];
  switch (drawn.encoding) {
    case 'verbatim':
      return secret;
    case 'json':
      return chars
        .map((char, index) =>
          !escaped(index)
            ? char
            : char === '/'
              ? '\\/'
              : [...char].map((unit) => `\\u${hex(unit.charCodeAt(0), 4, drawn.upper)}`).join(''),
        )
        .join('');
    case 'percent':
    case 'form':
      return chars
        .map((char, index) => {
          if (drawn.encoding === 'form' && char === ' ') return '+';
          const bytes = [...new TextEncoder().encode(char)];
          return escaped(index) || bytes.length > 1 || /[^A-Za-z0-9._~-]/u.test(char)
            ? bytes.map((byte) => `%${hex(byte, 2, drawn.upper)}`).join('')
            : char;
        })
        .join('');
    case 'html':
      return chars
        .map((char, index) =>
          escaped(index) ? `&#${drawn.upper ? 'x' + hex(char.codePointAt(0)!, 0, true) : char.codePointAt(0)};` : char,
        )
        .join('');
    case 'base64':
    case 'base64url': {
      const encoded = Buffer.from(drawn.prefix + secret, 'utf8').toString(
        drawn.encoding === 'base64' ? 'base64' : 'base64url',
      );
      return drawn.prefix === 'Basic ' ? `Basic ${Buffer.from(secret).toString('base64')}` : encoded;
    }
  }
}

/** Every decoding the oracle tries on a text; a credential found in any of them is a leak. */
function decodings(text: string): string[] {
  const json = text
    .replace(/\\u([0-9a-fA-F]{4})/gu, (_, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/\\\//gu, '/')
    .replace(/\\"/gu, '"');
  // Each escape as its byte, every other character as its Latin-1 byte, the bytes read as UTF-8: this
  // also undoes UTF-8 that was read as Latin-1 (how fetch's Headers shows non-ASCII bytes).
  const percent = (input: string): string =>
    Buffer.from(
      input.replace(/%([0-9a-fA-F]{2})/gu, (_, byte: string) => String.fromCharCode(parseInt(byte, 16))),
      'latin1',
    ).toString('utf8');
  const html = text
    .replace(/&#[xX]([0-9a-fA-F]+);/gu, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
  const base64: string[] = [];
  for (const run of text.match(/[A-Za-z0-9+/_-]{8,}={0,2}/gu) ?? []) {
    for (let skip = 0; skip < 4; skip += 1) {
      const part = run.slice(skip).replace(/-/gu, '+').replace(/_/gu, '/');
      base64.push(Buffer.from(part, 'base64').toString('utf8'));
    }
  }
  return [text, json, percent(text), percent(text.replace(/\+/gu, ' ')), html, ...base64];
}

function leaksIn(text: string): string[] {
  const found: string[] = [];
  for (const decoded of decodings(text))
    for (const secret of ALL_SECRETS) if (decoded.includes(secret)) found.push(secret);
  return [...new Set(found)];
}

/** An object nested `depth` levels, with the echo as a value or as a key at the bottom. */
function nestedEcho(text: string, depth: number, asKey: boolean): unknown {
  let value: unknown = asKey ? { [text]: 'echoed as a key' } : { detail: text };
  for (let level = 0; level < depth; level += 1) value = { inner: value };
  return value;
}

let server: TestServer;
/** What the server does with the next data request, and with a token request. */
let reply: (request: TestRequest) => Reply;

beforeAll(async () => {
  server = await startTestServer((request) => reply(request));
});
afterAll(() => server.close());

/** The answer that carries the echo, for this draw. */
function answerFor(drawn: Echo, text: string, request: TestRequest): Reply {
  const isToken = request.path === '/v0/auth/token';
  if (isToken && drawn.place !== 'token endpoint')
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { access_token: ISSUED_TOKEN, token_type: 'Bearer', expires_in: 3600 },
    };
  switch (drawn.place) {
    case 'token endpoint':
    case 'body value':
      return {
        status: drawn.status,
        headers: { 'content-type': 'application/json' },
        body: `{"error":"invalid","detail":"${text}","nested":${JSON.stringify(nestedEcho('x', drawn.depth, false)).replace('"x"', `"${text}"`)}}`,
      };
    case 'body key':
      return {
        status: drawn.status,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(nestedEcho('KEY', drawn.depth, true)).replace('"KEY"', `"${text}"`),
      };
    case 'header':
      return {
        status: drawn.status,
        headers: { 'content-type': 'application/json', 'x-echo': Buffer.from(text, 'utf8').toString('latin1') },
        body: { detail: 'see header' },
      };
    case 'html page':
      return {
        status: drawn.status === 500 ? 200 : drawn.status,
        headers: { 'content-type': 'text/html' },
        body: `<html><body><p>You sent: ${text}</p></body></html>`,
      };
    case 'success body':
      return {
        status: 200,
        headers: { 'content-type': request.path.startsWith('/v2/') ? 'application/hal+json' : 'application/json' },
        // Valid JSON whose shape breaks the schema, with the echo in it.
        body: `{"resource":7,"echo":"${text}","nested":${JSON.stringify(nestedEcho('x', drawn.depth, false)).replace('"x"', `"${text}"`)}}`,
      };
  }
}

/** A JSON string's content cannot hold a raw `"` or `\`: those characters are escaped for JSON places. */
function forJsonString(text: string, drawn: Echo): string {
  if (drawn.place === 'header' || drawn.place === 'html page') return text;
  if (drawn.encoding === 'json') return text.replace(/(?<!\\)"/gu, '\\"');
  return JSON.stringify(text).slice(1, -1);
}

describe('a credential echoed back in any encoding, place and depth appears in no error and no log event', () => {
  const tally = { runs: 0, errors: 0, events: 0, failures: 0, classes: new Map<string, number>() };
  afterAll(() => {
    recordScenario({
      group: 'escape routes',
      scenario: 'a credential echoed back in every encoding, place and depth (class 3)',
      operation: 'updateSalesInvoice, updateInvoiceStatus',
      runs: tally.runs,
      outcome: [...tally.classes].map(([name, count]) => `${name} ${count}`).join(', '),
      failures: tally.failures,
      details: `searched ${tally.errors} errors and ${tally.events} log events, decoded verbatim, JSON, percent, form, HTML and base64 at every offset`,
    });
  });

  it('holds for every draw', async () => {
    await fc.assert(
      fc.asyncProperty(echo, async (drawn) => {
        tally.runs += 1;
        tally.failures += 1;
        const secret = secretOf(drawn);
        const text = forJsonString(encode(secret, drawn), drawn);
        reply = (request) => answerFor(drawn, text, request);
        const events: LogEvent[] = [];
        const logger = (event: LogEvent): void => void events.push(event);
        const retry = { maxAttempts: 1, attemptTimeoutMs: 10_000, totalTimeoutMs: 10_000 };
        const common = { baseUrl: server.url, logger, retry, validateResponses: true } as const;
        const call =
          drawn.credential === 'mollie API key' || drawn.credential === 'mollie token function'
            ? createMollieClient({
                ...common,
                token: drawn.credential === 'mollie API key' ? MOLLIE_API_KEY : () => MOLLIE_ACCESS_TOKEN,
              }).updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'echo test' } })
            : createAssetClient({
                ...common,
                ...(drawn.credential === 'asset token'
                  ? { token: ASSET_TOKEN }
                  : { clientCredentials: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } }),
              }).updateInvoiceStatus({
                path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
                body: { status: 'paid' },
              });
        const error = await call.then(
          () => undefined,
          (caught: unknown) => caught,
        );
        expect(error, 'every draw answers with an error').toBeDefined();
        expect(isInvoicingSdkError(error), `${String(error)}`).toBe(true);
        const name = (error as Error).name;
        tally.classes.set(name, (tally.classes.get(name) ?? 0) + 1);
        tally.errors += 1;
        tally.events += events.length;
        const views: Record<string, string> = {
          ...errorViews(error),
          'error util.inspect (all depths)': util.inspect(error, { depth: Infinity }),
          'error body JSON': JSON.stringify((error as { body?: unknown }).body) ?? '',
          'error data JSON': JSON.stringify((error as { data?: unknown }).data) ?? '',
          'error headers': JSON.stringify([...((error as { headers?: Headers }).headers ?? new Headers())]),
          'log events': JSON.stringify(events),
          'log events util.inspect': util.inspect(events, { depth: Infinity }),
        };
        for (const [where, view] of Object.entries(views))
          expect(leaksIn(view), `${where} of ${name}: ${view.slice(0, 300)}`).toEqual([]);
        tally.failures -= 1;
      }),
      { numRuns: SCALE.propertyRuns },
    );
  });
});

describe('the oracle', () => {
  it('finds each encoding of a credential it is given', () => {
    fc.assert(
      fc.property(echo, (drawn) => {
        const secret = secretOf(drawn);
        expect(leaksIn(`before ${encode(secret, drawn)} after`)).toContain(secret);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a cause chain', () => {
  it('that holds a credential is replaced by a scrubbed copy; the error keeps its class and fields', async () => {
    // A fetch that fails the way undici does, with the token (in two encodings) in its cause.
    const fetch = async (request: Request): Promise<Response> => {
      const token = (request.headers.get('authorization') ?? '').replace('Bearer ', '');
      const system = Object.assign(new Error(`connect ECONNRESET while sending ${token}`), { code: 'ECONNRESET' });
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error(`socket closed: ${encodeURIComponent(token)}`), { cause: system }),
      });
    };
    const events: LogEvent[] = [];
    const error = await createMollieClient({
      token: MOLLIE_API_KEY,
      fetch,
      logger: (event) => void events.push(event),
      retry: false,
    })
      .updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'x' } })
      .catch((caught: unknown) => caught);
    expect((error as Error).name).toBe('ConnectionError');
    expect((error as { code?: string }).code).toBe('ECONNRESET');
    const views = { ...errorViews(error), events: JSON.stringify(events) };
    for (const [where, view] of Object.entries(views)) expect(leaksIn(view), where).toEqual([]);
    // The chain is still there to read, scrubbed.
    type Chain = Error & { code?: string; cause?: Chain };
    const cause = (error as Error).cause as Chain;
    expect(cause.message).toBe('fetch failed');
    expect(cause.cause?.message).toBe('socket closed: [redacted]');
    expect(cause.cause?.cause?.message).toBe('connect ECONNRESET while sending [redacted]');
    expect(cause.cause?.cause?.code).toBe('ECONNRESET');
  });
});
