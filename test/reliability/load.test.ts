// Load through one client: 1,000 concurrent calls while the access token expires under them (by
// its lifetime, and by the server revoking it), and thousands of sequential calls with the live
// heap measured before and after. Every call goes to the test server on 127.0.0.1.
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAssetClient, type LogEvent } from '../../src/index.js';
import { responseExample } from '../helpers/examples.js';
import { BUSINESS_ID } from '../helpers/sample-values.js';
import { startTestServer, type Fault, type TestRequest, type TestServer } from '../helpers/test-server.js';
import { MIB, liveHeapBytes } from './helpers/heap.js';
import { recordScenario } from './helpers/record.js';
import { SCALE } from './helpers/scale.js';

const TOKEN_PATH = '/v0/auth/token';
const CREDENTIALS = { clientId: 'client_load', clientSecret: 'cs_LOAD_SECRET_x7Kq2' } as const;
const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
const OPERATION = 'updateInvoiceStatus (client credentials)';

const ok: Fault = {
  kind: 'respond',
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(invoiceExample),
};

/** A base58 id for call number `n`, so that each call has its own path. */
function invoiceId(n: number): `inv_${string}` {
  return `inv_Load${String(n).replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)] ?? 'a')}`;
}

function tokenAnswer(token: string, expiresIn: number): Fault {
  return {
    kind: 'respond',
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: expiresIn }),
  };
}

/** The problems of a failing test, for its record. */
function problemNote(problems: readonly string[]): string {
  return problems.length === 0 ? '' : `; problems: ${problems.slice(0, 3).join(' | ')}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Unhandled rejections while a test runs; each test asserts there were none. */
let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown): void => {
  unhandled.push(reason);
};
let servers: TestServer[] = [];
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(async () => {
  process.off('unhandledRejection', onUnhandled);
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function serve(script: (request: TestRequest) => Fault | Promise<Fault>, record = true): Promise<TestServer> {
  const server = await startTestServer(script, { record });
  servers.push(server);
  return server;
}

describe('1,000 concurrent calls through one client while its token expires', () => {
  it('by its lifetime (expires_in 2 s): one token request per expiry, every call succeeds', async () => {
    const calls = SCALE.concurrentCalls;
    /** Token lifetime the server grants and enforces. The client renews at half of it (60 s margin, capped). */
    const LIFETIME_S = 2;
    const RENEW_AFTER_MS = (LIFETIME_S * 1000) / 2;
    /** Calls start evenly over this long, so the token is renewed several times while they run. */
    const SPREAD_MS = 3_500;
    // A renewal is due RENEW_AFTER_MS after the previous token request *started*, so requests
    // reach the server about that far apart, less the time the previous one took to get there
    // (a loaded machine stretches it). Two requests for one expiry would come together, far
    // inside this margin. A late renewal is no fault as long as no expired token is used, which
    // the server enforces.
    const GAP_EARLY_MS = 500;

    const issued = new Map<string, number>();
    let expiredSeen = 0;
    let release!: () => void;
    const barrier = new Promise<void>((resolve) => (release = resolve));
    let apiReceived = 0;
    const server = await serve(async (request) => {
      if (request.path === TOKEN_PATH) {
        const token = `at_LOAD_${issued.size + 1}`;
        issued.set(token, request.at);
        return tokenAnswer(token, LIFETIME_S);
      }
      // The server enforces the lifetime: a token older than it is refused as a real API would.
      const token = request.headers['authorization']?.replace(/^Bearer /, '') ?? '';
      const issuedAt = issued.get(token);
      if (issuedAt === undefined || request.at - issuedAt > LIFETIME_S * 1000) {
        expiredSeen += 1;
        return {
          kind: 'respond',
          status: 401,
          headers: { 'content-type': 'application/json' },
          body: '{"message":"expired"}',
        };
      }
      // Every call is held until all have arrived, so that all of them are in flight at once.
      apiReceived += 1;
      if (apiReceived >= calls) release();
      await Promise.race([barrier, sleep(SPREAD_MS + 20_000)]);
      return ok;
    });

    const events = { request: 0, retry: 0, error: 0 };
    const client = createAssetClient({
      baseUrl: server.url,
      clientCredentials: CREDENTIALS,
      logger: (event: LogEvent) => {
        if (event.type in events) events[event.type as keyof typeof events] += 1;
      },
    });
    const started = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: calls }, async (_, n) => {
        await sleep((n * SPREAD_MS) / calls);
        return client.updateInvoiceStatus({
          path: { business_id: BUSINESS_ID, invoice_id: invoiceId(n) },
          body: { status: 'paid' },
        });
      }),
    );
    const elapsedMs = performance.now() - started;

    const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
    const tokenRequests = server.to(TOKEN_PATH);
    const gaps = tokenRequests.slice(1).map((request, i) => request.at - tokenRequests[i]!.at);
    const apiRequests = server.requests.filter((request) => request.path !== TOKEN_PATH);
    const tokensUsed = new Set(apiRequests.map((request) => request.headers['authorization']));
    const problems = [
      ...failed.slice(0, 5).map((outcome) => `a call failed: ${String((outcome as PromiseRejectedResult).reason)}`),
      ...(server.peakInFlight < calls ? [`only ${server.peakInFlight} calls were in flight at once`] : []),
      ...(apiRequests.length !== calls ? [`${apiRequests.length} API requests for ${calls} calls`] : []),
      ...(expiredSeen > 0 ? [`${expiredSeen} requests carried an expired token`] : []),
      ...(tokenRequests.length < 3 ? [`${tokenRequests.length} token requests: the token did not expire mid-run`] : []),
      ...gaps
        .filter((gap) => gap < RENEW_AFTER_MS - GAP_EARLY_MS)
        .map((gap) => `token requests ${Math.round(gap)} ms apart; renewal is due every ${RENEW_AFTER_MS} ms`),
      ...(tokensUsed.size !== tokenRequests.length
        ? [`${tokenRequests.length} tokens requested, ${tokensUsed.size} used`]
        : []),
      ...unhandled.map((reason) => `unhandled rejection: ${String(reason)}`),
    ];
    recordScenario({
      group: 'load',
      scenario: `${calls} concurrent calls, token lifetime ${LIFETIME_S} s (renewed every ${RENEW_AFTER_MS} ms)`,
      operation: OPERATION,
      runs: calls,
      outcome: `${calls - failed.length} succeeded; ${tokenRequests.length} token requests for ${tokenRequests.length} expiries`,
      failures: problems.length === 0 ? 0 : Math.max(1, failed.length),
      worst: {
        label: 'token requests per expiry',
        value: tokenRequests.length / Math.max(1, tokensUsed.size),
        unit: '',
        budget: 1,
      },
      details:
        `calls started over ${SPREAD_MS} ms and held by the server until all ${calls} had arrived ` +
        `(peak in flight ${server.peakInFlight}); ${Math.round(elapsedMs)} ms in all; gaps between token requests ` +
        `${gaps.map((gap) => Math.round(gap)).join(', ')} ms; ${events.retry} retries, ${unhandled.length} unhandled rejections` +
        problemNote(problems),
    });
    expect(problems).toEqual([]);
  });

  it('by revocation (a 401 mid-run): one renewal for all the calls it hits, every call succeeds', async () => {
    const calls = SCALE.concurrentCalls;
    /** The server accepts the first token for this many requests, then answers 401 for it. */
    const ACCEPTED_BEFORE_REVOCATION = Math.floor(calls / 2);
    /** Each answer is held this long, so that the calls overlap at the server. */
    const HOLD_MS = 100;

    let issued = 0;
    let firstTokenUses = 0;
    const server = await serve(async (request) => {
      if (request.path === TOKEN_PATH) return tokenAnswer(`at_LOAD_${++issued}`, 3600);
      await sleep(HOLD_MS);
      if (request.headers['authorization'] === 'Bearer at_LOAD_1' && ++firstTokenUses > ACCEPTED_BEFORE_REVOCATION) {
        return {
          kind: 'respond',
          status: 401,
          headers: { 'content-type': 'application/json' },
          body: '{"message":"revoked"}',
        };
      }
      return ok;
    });
    const client = createAssetClient({ baseUrl: server.url, clientCredentials: CREDENTIALS, logger: () => undefined });
    const started = performance.now();
    const outcomes = await Promise.allSettled(
      Array.from({ length: calls }, (_, n) =>
        client.updateInvoiceStatus({
          path: { business_id: BUSINESS_ID, invoice_id: invoiceId(n) },
          body: { status: 'paid' },
        }),
      ),
    );
    const elapsedMs = performance.now() - started;

    const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
    const tokenRequests = server.to(TOKEN_PATH).length;
    const apiRequests = server.requests.filter((request) => request.path !== TOKEN_PATH);
    const revoked = calls - ACCEPTED_BEFORE_REVOCATION;
    const replays = apiRequests.filter((request) => request.headers['authorization'] === 'Bearer at_LOAD_2');
    const problems = [
      ...failed.slice(0, 5).map((outcome) => `a call failed: ${String((outcome as PromiseRejectedResult).reason)}`),
      ...(tokenRequests !== 2
        ? [`${tokenRequests} token requests; one at the start and one after the revocation`]
        : []),
      ...(apiRequests.length !== calls + revoked
        ? [`${apiRequests.length} API requests, expected ${calls + revoked}`]
        : []),
      ...(replays.length !== revoked ? [`${replays.length} replays with the new token, expected ${revoked}`] : []),
      ...unhandled.map((reason) => `unhandled rejection: ${String(reason)}`),
    ];
    recordScenario({
      group: 'load',
      scenario: `${calls} concurrent calls, token revoked after ${ACCEPTED_BEFORE_REVOCATION} (401 for ${revoked})`,
      operation: OPERATION,
      runs: calls,
      outcome: `${calls - failed.length} succeeded; ${tokenRequests} token requests; ${replays.length} replays after a 401`,
      failures: problems.length === 0 ? 0 : Math.max(1, failed.length),
      worst: { label: 'token requests after the revocation', value: tokenRequests - 1, unit: '', budget: 1 },
      details:
        `all calls started at once, answers held ${HOLD_MS} ms (peak in flight ${server.peakInFlight}); ` +
        `${Math.round(elapsedMs)} ms in all; ${unhandled.length} unhandled rejections` +
        problemNote(problems),
    });
    expect(problems).toEqual([]);
  });
});

describe('memory across sequential calls', () => {
  it(`the live heap does not grow across ${SCALE.sequentialCalls} sequential calls`, async () => {
    const calls = SCALE.sequentialCalls;
    const WARM_UP = 500;
    /**
     * Half a kilobyte per call, at least 2 MiB: a leak of 1 kB per call grows the heap by ~10 MiB
     * over the full run's 10,000 calls and fails this, while the live heap after a full collection
     * moves by well under a megabyte between measurements.
     */
    const BOUND_BYTES = Math.max(2 * MIB, calls * 512);
    const server = await serve(
      (request) => (request.path === TOKEN_PATH ? tokenAnswer('at_LOAD_heap', 3600) : ok),
      // The server shares the process: a growing request log would look like a client leak.
      false,
    );
    let logged = 0;
    const client = createAssetClient({
      baseUrl: server.url,
      clientCredentials: CREDENTIALS,
      logger: () => {
        logged += 1;
      },
    });
    const call = (n: number) =>
      client.updateInvoiceStatus({
        path: { business_id: BUSINESS_ID, invoice_id: invoiceId(n % 100) },
        body: { status: 'paid' },
      });

    for (let n = 0; n < WARM_UP; n += 1) await call(n);
    const before = await liveHeapBytes();
    const checkpoints: number[] = [];
    const durations: number[] = [];
    const started = performance.now();
    for (let n = 0; n < calls; n += 1) {
      const callStarted = performance.now();
      await call(n);
      durations.push(performance.now() - callStarted);
      if ((n + 1) % Math.ceil(calls / 4) === 0 && n + 1 < calls) checkpoints.push(await liveHeapBytes());
    }
    const elapsedMs = performance.now() - started;
    const after = await liveHeapBytes();
    const growth = after - before;

    durations.sort((a, b) => a - b);
    const mib = (bytes: number): string => (bytes / MIB).toFixed(2);
    const problems = [
      ...(growth > BOUND_BYTES ? [`the live heap grew by ${mib(growth)} MiB, bound ${mib(BOUND_BYTES)} MiB`] : []),
      ...(server.received !== WARM_UP + calls + 1 ? [`the server received ${server.received} requests`] : []),
      ...unhandled.map((reason) => `unhandled rejection: ${String(reason)}`),
    ];
    recordScenario({
      group: 'load',
      scenario: `${calls} sequential calls: live heap growth`,
      operation: OPERATION,
      runs: calls,
      outcome: `all succeeded; heap ${mib(before)} MiB before, ${mib(after)} MiB after`,
      failures: problems.length === 0 ? 0 : 1,
      worst: { label: 'heap growth', value: Number(mib(growth)), unit: 'MiB', budget: Number(mib(BOUND_BYTES)) },
      details:
        `after ${WARM_UP} warm-up calls; live heap after a full GC at each quarter: ` +
        `${[before, ...checkpoints, after].map(mib).join(' → ')} MiB; call time median ` +
        `${durations[Math.floor(durations.length / 2)]!.toFixed(2)} ms (min ${durations[0]!.toFixed(2)}, max ` +
        `${durations[durations.length - 1]!.toFixed(2)}); ${Math.round(elapsedMs)} ms in all; ${logged} log events` +
        problemNote(problems),
    });
    expect(problems).toEqual([]);
  });
});
