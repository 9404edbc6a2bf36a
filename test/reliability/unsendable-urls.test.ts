// URLs the platform will not send to (issue 12, class 5). The Fetch standard forbids a list of
// ports (https://fetch.spec.whatwg.org/#bad-port), and Node's fetch rejects such a URL before it
// opens a connection: TypeError('fetch failed') caused by Error('bad port'). fast-check draws a bad
// port, a host, a scheme, a base path, an operation (repeatable or not) and a retry budget, and
// calls the real generated client with the platform's own fetch. Every call must end in:
//   - exactly a ConnectionError (no subclass, no other class) with maybeSent false, code undefined,
//     refusedBeforeSending 'bad-port', exactly 1 attempt whatever maxAttempts says, and a message
//     naming the port and saying the request was not sent;
//   - one `request` log event, one `error` event with the same message, and no `retry` event;
//   - no connection: undici announces none (its `undici:client:beforeConnect` diagnostics channel
//     stays silent), and the servers listening on the bad ports this process may bind (all those
//     above 1024) accept none.
// The control is a port that is not bad but closed (a server listened on it and stopped): the
// existing rule must still hold there, a ConnectionError ECONNREFUSED that was not sent and is
// retried up to maxAttempts, repeatable or not.
import dc from 'node:diagnostics_channel';
import net from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  createAssetClient,
  createMollieClient,
  type LogEvent,
  type RetryPolicy,
} from '../../src/index.js';
import { BILL_ID, BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from '../helpers/sample-values.js';
import { closedPort } from '../helpers/test-server.js';
import { recordScenario } from './helpers/record.js';
import { FULL, SCALE } from './helpers/scale.js';

// The Fetch standard's bad ports, as its table lists them. Port 0 was added in 2025
// (whatwg/fetch#1847); undici 6 in Node 20 still connects to it, so it has a test of its own below.
const BAD_PORTS = [
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
] as const;

const ASSET_TOKEN = 'assetUnsendableToken-7Gh3';
const MOLLIE_API_KEY = 'test_mollieUnsendableKey4Rw8';

/** Waits of a millisecond, so the control's retries cost almost nothing. */
function policy(maxAttempts: number): Partial<RetryPolicy> {
  return { maxAttempts, initialDelayMs: 1, maxDelayMs: 1, jitter: 0, attemptTimeoutMs: 5_000, totalTimeoutMs: 10_000 };
}

interface Call {
  readonly label: string;
  readonly repeatable: boolean;
  /** The operation's path, appended to the base URL. */
  readonly path: string;
  readonly send: (baseUrl: string, retry: Partial<RetryPolicy>, logger: (event: LogEvent) => void) => Promise<unknown>;
}

const CALLS: readonly Call[] = [
  {
    label: 'updateInvoiceStatus (repeatable)',
    repeatable: true,
    path: `/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`,
    send: (baseUrl, retry, logger) =>
      createAssetClient({ baseUrl, token: ASSET_TOKEN, retry, logger }).updateInvoiceStatus({
        path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
        body: { status: 'paid' },
      }),
  },
  {
    label: 'updateBill with create_lines (not repeatable)',
    repeatable: false,
    path: `/v0/business/${BUSINESS_ID}/bills/${BILL_ID}`,
    send: (baseUrl, retry, logger) =>
      createAssetClient({ baseUrl, token: ASSET_TOKEN, retry, logger }).updateBill({
        path: { business_id: BUSINESS_ID, bill_id: BILL_ID },
        body: {
          line_changes: {
            create_lines: [{ amount: 120.52, ledger_id: 'ldg_ErisumsAc7qgmbTctM7zKK', description: 'Printer paper' }],
          },
        },
      }),
  },
  {
    label: 'updateSalesInvoice memo (repeatable)',
    repeatable: true,
    path: `/v2/sales-invoices/${SALES_INVOICE_ID}`,
    send: (baseUrl, retry, logger) =>
      createMollieClient({ baseUrl, token: MOLLIE_API_KEY, retry, logger }).updateSalesInvoice({
        path: { salesInvoiceId: SALES_INVOICE_ID },
        body: { memo: 'Thank you' },
      }),
  },
  {
    label: 'updateSalesInvoice to paid (not repeatable)',
    repeatable: false,
    path: `/v2/sales-invoices/${SALES_INVOICE_ID}`,
    send: (baseUrl, retry, logger) =>
      createMollieClient({ baseUrl, token: MOLLIE_API_KEY, retry, logger }).updateSalesInvoice({
        path: { salesInvoiceId: SALES_INVOICE_ID },
        body: {
          status: 'paid',
          paymentDetails: { source: 'payment-link', sourceReference: 'pl_d9fQur83kFdhH8hIhaZfq' },
        },
      }),
  },
];

// ---------------------------------------------------------------------------------------------
// What the platform did on the wire: connections undici set out to open, and connections that
// arrived at the listeners on the bad ports.

let connectsStarted = 0;
const onBeforeConnect = (): void => void (connectsStarted += 1);

const listeners: net.Server[] = [];
/** Bad ports with a listener on 127.0.0.1 and on ::1 when this machine has it. */
const watchedPorts = new Set<number>();
let connectionsAccepted = 0;

/** Listen on `port` of `host`, counting every connection; false when the port cannot be had. */
async function watch(port: number, host: string): Promise<boolean> {
  const server = net.createServer((socket) => {
    connectionsAccepted += 1;
    socket.destroy();
  });
  const listening = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false)); // in use by another program, or no IPv6
    server.listen(port, host, () => resolve(true));
  });
  if (listening) listeners.push(server);
  return listening;
}

beforeAll(async () => {
  dc.subscribe('undici:client:beforeConnect', onBeforeConnect);
  // Ports below 1024 need privileges that a test must not ask for; the diagnostics channel covers them.
  for (const port of BAD_PORTS.filter((candidate) => candidate > 1024)) {
    if (await watch(port, '127.0.0.1')) watchedPorts.add(port);
    await watch(port, '::1');
  }
});

afterAll(async () => {
  dc.unsubscribe('undici:client:beforeConnect', onBeforeConnect);
  await Promise.all(listeners.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

// ---------------------------------------------------------------------------------------------

interface Input {
  readonly port: number;
  readonly scheme: 'http' | 'https';
  readonly host: string;
  readonly basePath: string;
  readonly call: Call;
  readonly maxAttempts: number;
}

interface Observation {
  readonly url: string;
  readonly error: unknown;
  readonly resolved: boolean;
  readonly events: readonly LogEvent[];
  readonly connectsStarted: number;
  readonly connectionsAccepted: number;
}

/** Make the call and note everything it did. */
async function observe(input: Input): Promise<Observation> {
  const baseUrl = `${input.scheme}://${input.host}:${input.port}${input.basePath}`;
  const events: LogEvent[] = [];
  const connectsBefore = connectsStarted;
  const acceptedBefore = connectionsAccepted;
  let error: unknown;
  let resolved = false;
  try {
    await input.call.send(baseUrl, policy(input.maxAttempts), (event) => void events.push(event));
    resolved = true;
  } catch (caught) {
    error = caught;
  }
  // undici tells the channel synchronously; give a connection that was opened after all a turn to reach its listener.
  await new Promise((resolve) => setImmediate(resolve));
  return {
    url: `${baseUrl}${input.call.path}`,
    error,
    resolved,
    events,
    connectsStarted: connectsStarted - connectsBefore,
    connectionsAccepted: connectionsAccepted - acceptedBefore,
  };
}

function summarize(value: unknown): string {
  if (value instanceof Error) return `${value.constructor.name}: ${value.message}`;
  return JSON.stringify(value)?.slice(0, 300) ?? String(value);
}

/** What is wrong with a call that must end in a ConnectionError: the class and the log. */
function connectionErrorProblems(seen: Observation, attempts: number, message: string): string[] {
  if (seen.resolved) return ['the call resolved'];
  const error = seen.error;
  if (!(error instanceof ConnectionError) || Object.getPrototypeOf(error) !== ConnectionError.prototype)
    return [`rejected with ${summarize(error)} instead of exactly a ConnectionError`];
  const problems: string[] = [];
  if (error.maybeSent !== false) problems.push('maybeSent is not false');
  if (error.attempts !== attempts) problems.push(`${error.attempts} attempts instead of ${attempts}`);
  if (error.url !== seen.url) problems.push(`url ${error.url} instead of ${seen.url}`);
  if (error.message !== message) problems.push(`message "${error.message}" instead of "${message}"`);
  const count = (type: LogEvent['type']) => seen.events.filter((event) => event.type === type).length;
  if (count('request') !== attempts) problems.push(`${count('request')} request events instead of ${attempts}`);
  if (count('retry') !== attempts - 1) problems.push(`${count('retry')} retry events instead of ${attempts - 1}`);
  const errors = seen.events.filter((event) => event.type === 'error');
  if (errors.length !== 1 || errors[0]?.message !== message) problems.push(`error events ${summarize(errors)}`);
  return problems;
}

/** Throws with what broke, for a bad port. */
async function judgeBadPort(input: Input): Promise<void> {
  const seen = await observe(input);
  const message =
    `PATCH ${seen.url}: no response (the platform refused the URL before sending: port ${input.port} is blocked by ` +
    'fetch, request not sent) after 1 attempt';
  const problems = connectionErrorProblems(seen, 1, message);
  const error = seen.error as Partial<ConnectionError> | undefined;
  if (error?.refusedBeforeSending !== 'bad-port') problems.push(`refusedBeforeSending ${error?.refusedBeforeSending}`);
  if (error?.code !== undefined) problems.push(`code ${error.code}`);
  if (seen.connectsStarted > 0) problems.push(`undici set out to open ${seen.connectsStarted} connections`);
  if (seen.connectionsAccepted > 0) problems.push(`${seen.connectionsAccepted} connections reached a listener`);
  if (problems.length > 0) throw new Error(problems.join('; '));
}

/** Throws with what broke, for a closed port that is not a bad one. */
async function judgeClosedPort(input: Input): Promise<void> {
  const seen = await observe(input);
  const attempts = input.maxAttempts; // a refused connection was not sent: retried even when not repeatable
  const message = `PATCH ${seen.url}: no response (ECONNREFUSED, request not sent) after ${attempts} attempt${attempts === 1 ? '' : 's'}`;
  const problems = connectionErrorProblems(seen, attempts, message);
  const error = seen.error as Partial<ConnectionError> | undefined;
  if (error?.refusedBeforeSending !== undefined) problems.push(`refusedBeforeSending ${error.refusedBeforeSending}`);
  if (error?.code !== 'ECONNREFUSED') problems.push(`code ${error?.code}`);
  const reasons = seen.events.flatMap((event) => (event.type === 'retry' ? [event.reason] : []));
  if (reasons.some((reason) => reason !== 'ECONNREFUSED')) problems.push(`retry reasons ${summarize(reasons)}`);
  if (seen.connectsStarted !== attempts) problems.push(`${seen.connectsStarted} connections tried, not ${attempts}`);
  if (problems.length > 0) throw new Error(problems.join('; '));
}

interface Tally {
  runs: number;
  failures: number;
  frozen: boolean;
  readonly ports: Set<number>;
}

/** Run `judge` over `inputs` with a recorded seed; the counterexample, if any, in words. */
async function check(inputs: fc.Arbitrary<Input>, judge: (input: Input) => Promise<void>, runs: number) {
  const tally: Tally = { runs: 0, failures: 0, frozen: false, ports: new Set() };
  // A fresh 32-bit seed each run (fast-check's own range), recorded so that a failure can be replayed.
  const seed = Number(process.env.RELIABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
  const details = await fc.check(
    fc.asyncProperty(inputs, async (input) => {
      try {
        await judge(input);
        if (!tally.frozen) {
          tally.runs += 1;
          tally.ports.add(input.port);
        }
      } catch (failure) {
        if (!tally.frozen) Object.assign(tally, { runs: tally.runs + 1, failures: 1, frozen: true });
        throw failure;
      }
    }),
    { numRuns: runs, seed },
  );
  const failure = details.failed
    ? `counterexample (seed ${details.seed}, path "${details.counterexamplePath}"): ` +
      `${summarize(details.counterexample)}: ` +
      (details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance))
    : undefined;
  return { tally, seed, failure };
}

const basePath = fc.constantFrom('', '/proxy', '/api/v1');
// The control draws from 144 combinations (3 ports, 3 base paths, 4 calls, 4 budgets) and each run
// waits out real refused connections: a thousand runs cover every one several times, and 10,000
// would add some 40 s and nothing else.
const CONTROL_RUNS = Math.min(SCALE.propertyRuns, 1_000);
const call = fc.constantFrom(...CALLS);
const maxAttempts = fc.integer({ min: 1, max: 10 });

describe('a URL fetch forbids (bad port): refused before sending, final, and the error says why', () => {
  it(
    `every bad port of the Fetch standard, any host, scheme, base path and operation: ${SCALE.propertyRuns} calls`,
    async () => {
      const inputs = fc.record({
        port: fc.constantFrom(...BAD_PORTS),
        scheme: fc.constantFrom('http' as const, 'https' as const),
        host: fc.constantFrom('127.0.0.1', 'localhost', '[::1]'),
        basePath,
        call,
        maxAttempts,
      });
      const { tally, seed, failure } = await check(inputs, judgeBadPort, SCALE.propertyRuns);
      recordScenario({
        group: 'escape routes',
        scenario: 'a URL fetch forbids (bad port), issue 12 class 5',
        operation: 'updateInvoiceStatus, updateBill, updateSalesInvoice',
        runs: tally.runs,
        outcome:
          `${tally.runs - tally.failures} ConnectionError (not sent, refusedBeforeSending bad-port) after 1 attempt, ` +
          'no retry, no connection',
        failures: tally.failures,
        details:
          `seed ${seed}; ${tally.ports.size} of ${BAD_PORTS.length} bad ports drawn; maxAttempts 1 to 10; ` +
          `${watchedPorts.size} ports above 1024 had a listener, which accepted nothing` +
          (failure === undefined ? '' : `; ${failure.slice(0, 600)}`),
      });
      expect(failure, failure).toBeUndefined();
      // The listeners are part of the oracle: most of the ports they need must have been free.
      expect(watchedPorts.size, 'bad ports with a listener').toBeGreaterThan(0);
    },
    FULL ? 600_000 : 30_000,
  );

  it(
    `a closed port that is not a bad one (control) is still not sent and retried: ${CONTROL_RUNS} calls`,
    async () => {
      const closed = await Promise.all([closedPort(), closedPort(), closedPort()]);
      const inputs = fc.record({
        port: fc.constantFrom(...closed),
        scheme: fc.constant('http' as const),
        host: fc.constant('127.0.0.1'),
        basePath,
        call,
        maxAttempts: fc.integer({ min: 1, max: 4 }),
      });
      const { tally, seed, failure } = await check(inputs, judgeClosedPort, CONTROL_RUNS);
      recordScenario({
        group: 'escape routes',
        scenario: 'a closed port that is not a bad port (control), issue 12 class 5',
        operation: 'updateInvoiceStatus, updateBill, updateSalesInvoice',
        runs: tally.runs,
        outcome:
          `${tally.runs - tally.failures} ConnectionError ECONNREFUSED (not sent), retried up to maxAttempts, ` +
          'repeatable or not',
        failures: tally.failures,
        details: `seed ${seed}; maxAttempts 1 to 4${failure === undefined ? '' : `; ${failure.slice(0, 600)}`}`,
      });
      expect(failure, failure).toBeUndefined();
    },
    FULL ? 600_000 : 30_000,
  );

  it('port 0, on the list since 2025: not sent whichever way the platform takes it', async () => {
    // undici 6 (Node 20) does not block port 0 yet and the connection is refused; a platform that
    // blocks it must give the bad-port refusal. Either way nothing is sent.
    const seen = await observe({
      port: 0,
      scheme: 'http',
      host: '127.0.0.1',
      basePath: '',
      call: CALLS[0]!,
      maxAttempts: 2,
    });
    expect(seen.error).toBeInstanceOf(ConnectionError);
    const error = seen.error as ConnectionError;
    expect(error.maybeSent).toBe(false);
    if (error.refusedBeforeSending === 'bad-port') expect(error.attempts).toBe(1);
    else expect(error).toMatchObject({ code: 'ECONNREFUSED', attempts: 2 });
  });
});
