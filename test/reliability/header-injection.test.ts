// Header injection: values a caller controls must not add headers or split a request. Every
// source of a header value is driven with fast-check strings full of CR, LF, NUL, characters beyond
// Latin-1, very long values and invalid names, through the real client, to a raw node:net server
// that parses the bytes itself: it sees every header line as sent, and a second request smuggled
// into the same connection would be parsed and counted. Each input must end in exactly one of:
//   - refused before sending with a documented error (RequestValidationError for a request,
//     ConfigurationError for client options), and no byte reached the server; or
//   - exactly one request, with no `Injected` header, no malformed header line, no bytes left over
//     on the connection, the intended header present once with the intended value (after the
//     Fetch standard's trimming of surrounding whitespace), and declared header parameters that the
//     spec (Ajv, test/helpers/contract-server.ts) accepts.
// Anything else fails, including the platform's TypeError escaping un-wrapped.
import net from 'node:net';
import util from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAssetClient,
  createMollieClient,
  isConfigurationError,
  isRequestValidationError,
  type LogEvent,
  type RetryPolicy,
} from '../../src/index.js';
import { contractViolations, type ContractSpecFile } from '../helpers/contract-server.js';
import { errorViews } from '../helpers/error-views.js';
import { responseExample } from '../helpers/examples.js';
import { customHeaderName, hostileHeaderValue } from './helpers/arbitraries.js';
import { recordScenario } from './helpers/record.js';
import { FULL, SCALE } from './helpers/scale.js';
import { BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from '../helpers/sample-values.js';

const ASSET_TOKEN = 'assetHeaderToken-SECRET-4Hd9';
const MOLLIE_API_KEY = 'test_mollieHeaderKeySECRET2Wq7';
const SECRETS = [ASSET_TOKEN, MOLLIE_API_KEY];

const INVOICE_PATH = `/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`;
const SALES_INVOICE_PATH = `/v2/sales-invoices/${SALES_INVOICE_ID}`;
const INVOICE_BODY = { status: 'paid' } as const;
const SALES_INVOICE_BODY = { memo: 'Thank you' } as const;

/** One attempt, and a short one: a request that hangs (a framing header that lies) fails in seconds, not minutes. */
const ONE_ATTEMPT: Partial<RetryPolicy> = { maxAttempts: 1, attemptTimeoutMs: 3_000, totalTimeoutMs: 3_000 };

// ---------------------------------------------------------------------------------------------
// A raw HTTP/1.1 server: it parses the bytes itself, so nothing is hidden by a parser's tolerance.

interface RawRequest {
  readonly method: string;
  readonly target: string;
  /** Header lines exactly as received (Latin-1), without the CRLF. */
  readonly headerLines: readonly string[];
  /** Lower-case name → every value received under it. */
  readonly headers: ReadonlyMap<string, readonly string[]>;
  readonly body: string;
  /** Header lines that are not `token: value`, or that hold a bare CR, LF or NUL. */
  readonly malformed: readonly string[];
}

interface RawServer {
  readonly url: string;
  readonly port: number;
  readonly requests: RawRequest[];
  /** Bytes received that do not (yet) form a complete request, over all connections. */
  pendingBytes(): number;
  close(): Promise<void>;
}

const HEADER_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/;

/** One complete request at the start of `buffer`, or undefined when more bytes are needed. */
function parseRequest(buffer: Buffer): { request: RawRequest; consumed: number } | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [requestLine = '', ...headerLines] = buffer.subarray(0, end).toString('latin1').split('\r\n');
  const [method = '', target = ''] = requestLine.split(' ');
  const headers = new Map<string, string[]>();
  const malformed: string[] = [];
  for (const line of headerLines) {
    const match = /[\r\n\0]/.test(line) ? null : HEADER_LINE.exec(line);
    if (match === null) {
      malformed.push(line);
      continue;
    }
    const name = match[1]!.toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), match[2]!]);
  }
  let offset = end + 4;
  let body: Buffer;
  if ((headers.get('transfer-encoding') ?? []).some((value) => /chunked/i.test(value))) {
    const chunks: Buffer[] = [];
    for (;;) {
      const lineEnd = buffer.indexOf('\r\n', offset);
      if (lineEnd === -1) return undefined;
      const size = Number.parseInt(buffer.subarray(offset, lineEnd).toString('latin1'), 16);
      if (!Number.isFinite(size)) {
        malformed.push('invalid chunk size');
        break;
      }
      if (buffer.length < lineEnd + 2 + size + 2) return undefined;
      chunks.push(buffer.subarray(lineEnd + 2, lineEnd + 2 + size));
      offset = lineEnd + 2 + size + 2;
      if (size === 0) break;
    }
    body = Buffer.concat(chunks);
  } else {
    const lengths = headers.get('content-length') ?? ['0'];
    const length = Number(lengths[0]);
    if (lengths.length !== 1 || !/^\d+$/.test(lengths[0]!)) malformed.push(`content-length ${lengths.join(', ')}`);
    if (buffer.length < offset + length) return undefined;
    body = buffer.subarray(offset, offset + length);
    offset += length;
  }
  return {
    request: { method, target, headerLines, headers, body: body.toString('utf8'), malformed },
    consumed: offset,
  };
}

async function startRawServer(): Promise<RawServer> {
  const requests: RawRequest[] = [];
  const pending = new Map<net.Socket, number>();
  const server = net.createServer((socket) => {
    let buffer = Buffer.alloc(0);
    pending.set(socket, 0);
    socket.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (let parsed = parseRequest(buffer); parsed !== undefined; parsed = parseRequest(buffer)) {
        buffer = buffer.subarray(parsed.consumed);
        requests.push(parsed.request);
        const mollie = parsed.request.target.startsWith('/v2/');
        const body = JSON.stringify(mollie ? salesInvoiceExample : invoiceExample);
        socket.write(
          `HTTP/1.1 200 OK\r\ncontent-type: ${mollie ? 'application/hal+json' : 'application/json'}\r\n` +
            `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
        );
      }
      pending.set(socket, buffer.length);
    });
    socket.on('error', () => {});
    socket.on('close', () => pending.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    pendingBytes: () => [...pending.values()].reduce((sum, bytes) => sum + bytes, 0),
    close: () =>
      new Promise((resolve) => {
        for (const socket of pending.keys()) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Sources of header values

const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');

interface HeaderInput {
  readonly name: string;
  readonly value: string;
}

interface HeaderSource {
  readonly source: string;
  readonly operation: 'updateInvoiceStatus' | 'updateSalesInvoice';
  readonly inputs: fc.Arbitrary<HeaderInput>;
  /**
   * Whether the value goes through the request validation (`header`, `headerDefaults`), so that a
   * request sent must also satisfy the spec. Not so with `validateRequest: false` (the caller's way
   * to send what the spec refuses) nor with the raw `headers` option.
   */
  readonly specChecked: boolean;
  /** Create the client and make the call with the header input; events go to `logger`. */
  readonly send: (baseUrl: string, input: HeaderInput, logger: (event: LogEvent) => void) => Promise<unknown>;
}

/** Header values: valid ones (emails, visible ASCII) and the hostile set (CR/LF/NUL, beyond Latin-1, 64 KiB, …). */
const headerValues = fc.oneof(
  { arbitrary: fc.emailAddress(), weight: 1 },
  { arbitrary: hostileHeaderValue, weight: 4 },
);

function asset(baseUrl: string, logger: (event: LogEvent) => void, options: object = {}) {
  return createAssetClient({ baseUrl, token: ASSET_TOKEN, retry: ONE_ATTEMPT, logger, ...options });
}
function mollie(baseUrl: string, logger: (event: LogEvent) => void, options: object = {}) {
  return createMollieClient({ baseUrl, token: MOLLIE_API_KEY, retry: ONE_ATTEMPT, logger, ...options });
}
const invoiceRequest = { path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID }, body: INVOICE_BODY } as const;
const salesInvoiceRequest = { path: { salesInvoiceId: SALES_INVOICE_ID }, body: SALES_INVOICE_BODY } as const;

const SOURCES: readonly HeaderSource[] = [
  {
    source: 'x-user-id, client default (headerDefaults)',
    specChecked: true,
    operation: 'updateInvoiceStatus',
    inputs: headerValues.map((value) => ({ name: 'x-user-id', value })),
    send: (baseUrl, { value }, logger) =>
      asset(baseUrl, logger, { headerDefaults: { 'x-user-id': value } }).updateInvoiceStatus(invoiceRequest),
  },
  {
    source: 'x-user-id, per call (header)',
    specChecked: true,
    operation: 'updateInvoiceStatus',
    inputs: headerValues.map((value) => ({ name: 'x-user-id', value })),
    send: (baseUrl, { value }, logger) =>
      asset(baseUrl, logger).updateInvoiceStatus({ ...invoiceRequest, header: { 'x-user-id': value } }),
  },
  {
    source: 'x-user-id, per call with validateRequest: false',
    specChecked: false,
    operation: 'updateInvoiceStatus',
    inputs: headerValues.map((value) => ({ name: 'x-user-id', value })),
    send: (baseUrl, { value }, logger) =>
      asset(baseUrl, logger).updateInvoiceStatus(
        { ...invoiceRequest, header: { 'x-user-id': value } },
        { validateRequest: false },
      ),
  },
  {
    source: 'Idempotency-Key, per call (header)',
    specChecked: true,
    operation: 'updateSalesInvoice',
    inputs: headerValues.map((value) => ({ name: 'Idempotency-Key', value })),
    send: (baseUrl, { value }, logger) =>
      mollie(baseUrl, logger).updateSalesInvoice({ ...salesInvoiceRequest, header: { 'Idempotency-Key': value } }),
  },
  {
    source: 'Idempotency-Key, per call (headers option)',
    specChecked: false,
    operation: 'updateSalesInvoice',
    inputs: headerValues.map((value) => ({ name: 'Idempotency-Key', value })),
    send: (baseUrl, { value }, logger) =>
      mollie(baseUrl, logger).updateSalesInvoice(salesInvoiceRequest, { headers: { 'Idempotency-Key': value } }),
  },
  {
    source: 'custom header, per call (headers option)',
    specChecked: false,
    operation: 'updateSalesInvoice',
    inputs: fc.record({ name: customHeaderName, value: headerValues }),
    send: (baseUrl, { name, value }, logger) =>
      mollie(baseUrl, logger).updateSalesInvoice(salesInvoiceRequest, { headers: { [name]: value } }),
  },
  {
    source: 'custom header, per client (headers option)',
    specChecked: false,
    operation: 'updateInvoiceStatus',
    inputs: fc.record({ name: customHeaderName, value: headerValues }),
    send: (baseUrl, { name, value }, logger) =>
      asset(baseUrl, logger, { headers: { [name]: value } }).updateInvoiceStatus(invoiceRequest),
  },
];

// ---------------------------------------------------------------------------------------------
// Judging one call

let server: RawServer;

beforeAll(async () => {
  server = await startRawServer();
});

afterAll(async () => {
  await server.close();
});

/** What the Fetch standard sends for a header value: surrounding tabs, spaces, CRs and LFs removed. */
function normalizedHeaderValue(value: string): string {
  return value.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function summarize(value: unknown): string {
  return util.inspect(value, { depth: 4, maxStringLength: 120, breakLength: 160 });
}

/** Throws with a description of what broke; returns how the call ended. */
async function judge(source: HeaderSource, input: HeaderInput): Promise<'sent' | 'refused'> {
  if (server.requests.length > 0 || server.pendingBytes() > 0)
    throw new Error('bytes arrived after the previous call had settled');
  const events: LogEvent[] = [];
  let error: unknown;
  let resolved = false;
  try {
    await source.send(server.url, input, (event) => void events.push(event));
    resolved = true;
  } catch (caught) {
    error = caught;
  }
  const received = server.requests.splice(0);
  const leftover = server.pendingBytes();

  const views: Record<string, string> = {
    'log events': util.inspect(events, { depth: 10 }),
    ...(resolved ? {} : errorViews(error)),
  };
  for (const [view, text] of Object.entries(views))
    for (const secret of SECRETS) if (text.includes(secret)) throw new Error(`${view} contains ${secret}`);

  if (!resolved) {
    if (!isRequestValidationError(error) && !isConfigurationError(error))
      throw new Error(
        `rejected with ${summarize(error)} instead of a documented refusal (RequestValidationError or ConfigurationError)`,
      );
    if (received.length > 0 || leftover > 0)
      throw new Error(`refused, yet ${received.length} requests and ${leftover} stray bytes reached the server`);
    return 'refused';
  }

  const problems: string[] = [];
  if (received.length !== 1) problems.push(`${received.length} requests on the wire instead of one`);
  if (leftover > 0) problems.push(`${leftover} bytes after the request`);
  for (const request of received) {
    if (request.malformed.length > 0) problems.push(`malformed header lines ${summarize(request.malformed)}`);
    if (request.headers.has('injected')) problems.push('an Injected header arrived');
    const expectedPath = source.operation === 'updateSalesInvoice' ? SALES_INVOICE_PATH : INVOICE_PATH;
    if (request.method !== 'PATCH' || request.target !== expectedPath)
      problems.push(`${request.method} ${request.target} instead of PATCH ${expectedPath}`);
    const values = request.headers.get(input.name.toLowerCase()) ?? [];
    if (values.length !== 1 || values[0] !== normalizedHeaderValue(input.value))
      problems.push(`${input.name} arrived as ${summarize(values)} instead of ${summarize(input.value)}`);
    const specFile: ContractSpecFile = source.operation === 'updateSalesInvoice' ? 'mollie.yaml' : 'asset.yaml';
    if (source.specChecked)
      problems.push(
        ...contractViolations(
          {
            method: request.method,
            url: request.target,
            headers: Object.fromEntries([...request.headers].map(([name, list]) => [name, list.join(', ')])),
            body: request.body,
          },
          [specFile],
        ),
      );
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
  return 'sent';
}

// ---------------------------------------------------------------------------------------------

describe('header injection: caller-controlled header values cannot add headers or split a request', () => {
  for (const source of SOURCES) {
    it(
      `${source.source}: ${SCALE.propertyRuns} generated values`,
      async () => {
        const tally = { inputs: 0, sent: 0, refused: 0, broken: 0, frozen: false };
        // A fresh 32-bit seed each run (fast-check's own range), recorded so that a failure can be replayed.
        const seed = Number(process.env.RELIABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
        const details = await fc.check(
          fc.asyncProperty(source.inputs, async (input) => {
            try {
              const outcome = await judge(source, input);
              if (!tally.frozen) {
                tally.inputs += 1;
                tally[outcome] += 1;
              }
            } catch (failure) {
              if (!tally.frozen) Object.assign(tally, { inputs: tally.inputs + 1, broken: 1, frozen: true });
              throw failure;
            }
          }),
          { numRuns: SCALE.propertyRuns, seed },
        );
        const failure = details.failed
          ? `counterexample (seed ${details.seed}, path "${details.counterexamplePath}"): ${summarize(details.counterexample)}\n` +
            (details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance))
          : undefined;
        recordScenario({
          group: 'header injection',
          scenario: source.source,
          operation: source.operation,
          runs: tally.inputs,
          outcome: `${tally.sent} sent as exactly one request with the intended header; ${tally.refused} refused before sending`,
          failures: tally.broken,
          details: `seed ${seed}${failure === undefined ? '' : `; ${failure.slice(0, 600)}`}`,
        });
        expect(failure, failure).toBeUndefined();
        expect(tally.sent, 'values sent').toBeGreaterThan(0);
        expect(tally.refused, 'values refused').toBeGreaterThan(0);
      },
      FULL ? 900_000 : 60_000,
    );
  }

  // The same canonical attack through every source, so that each source's behaviour is visible on
  // its own (a property stops at its first counterexample, which may be another value).
  it.each(SOURCES.map((source) => [source.source, source] as const))(
    '%s: "a\\r\\nInjected: yes" is refused or cannot inject',
    async (_name, source) => {
      const name = source.source.startsWith('custom') ? 'x-custom' : source.source.split(',')[0]!;
      await expect(judge(source, { name, value: 'a\r\nInjected: yes' })).resolves.toBeDefined();
    },
  );
});

describe('framing headers set by the caller cannot split or stall a request', () => {
  // Headers that decide where a message ends or what the connection does: a caller-set value
  // that a client honoured could desynchronize the connection (request smuggling).
  const framing: readonly (readonly [string, string])[] = [
    ['Content-Length', '0'],
    ['Content-Length', '5'],
    ['Transfer-Encoding', 'chunked'],
    ['Host', 'evil.example'],
    ['Connection', 'close'],
    ['Expect', '100-continue'],
    ['Upgrade', 'h2c'],
    ['Keep-Alive', 'timeout=5'],
    ['TE', 'trailers'],
    ['Trailer', 'Injected'],
  ];
  const outcomes: string[] = [];

  afterAll(() => {
    recordScenario({
      group: 'header injection',
      scenario: 'framing and hop-by-hop headers in the per-call headers option',
      operation: 'updateSalesInvoice',
      runs: framing.length,
      outcome: outcomes.join('; '),
      failures: outcomes.filter((outcome) => outcome.includes('BROKE')).length,
    });
  });

  it.each(framing)('%s: %s', async (name, value) => {
    // A server of its own: bytes a broken case leaves on a connection must not reach the next case.
    const own = await startRawServer();
    const started = performance.now();
    let error: unknown;
    try {
      await mollie(own.url, () => {}).updateSalesInvoice(salesInvoiceRequest, { headers: { [name]: value } });
    } catch (caught) {
      error = caught;
    }
    const received = own.requests.splice(0);
    const pendingBytes = own.pendingBytes();
    await own.close();
    const problems: string[] = [];
    if (error !== undefined) {
      if (!isRequestValidationError(error) && !isConfigurationError(error))
        problems.push(`rejected with ${summarize(error)} after ${Math.round(performance.now() - started)} ms`);
      if (received.length > 0) problems.push(`refused, yet ${received.length} requests arrived`);
    } else {
      if (received.length !== 1) problems.push(`${received.length} requests instead of one`);
      for (const request of received) {
        if (request.body !== JSON.stringify(SALES_INVOICE_BODY)) problems.push(`body ${summarize(request.body)}`);
        if (request.headers.get('host')?.join() !== `127.0.0.1:${own.port}`)
          problems.push(`Host ${summarize(request.headers.get('host'))}`);
        if (request.malformed.length > 0) problems.push(`malformed ${summarize(request.malformed)}`);
      }
    }
    if (pendingBytes > 0) problems.push(`${pendingBytes} stray bytes`);
    outcomes.push(
      `${name}: ${problems.length > 0 ? `BROKE (${problems.join(', ').slice(0, 160)})` : error === undefined ? 'sent intact' : 'refused'}`,
    );
    expect(problems).toEqual([]);
  });
});
