import { afterEach, describe, expect, it } from 'vitest';
import { AbortError, ConnectionError, TimeoutError } from '../src/errors/errors.js';
import { requestInit, type OutgoingRequest } from '../src/transport/outgoing-request.js';
import { resolveRetryPolicy, type RetryPolicy } from '../src/transport/retry-policy.js';
import { sendWithRetries, type RetryEvent, type SendWithRetriesOptions } from '../src/transport/send-with-retries.js';
import { closeTestServers, closedPort, startTestServer, type Answer } from './helpers/test-server.js';

/*
 * The retry engine against a real HTTP server on 127.0.0.1, sending with Node's own fetch. Each
 * test scripts the server per request (by its 1-based hit number) and asserts how many requests
 * the server saw and how the call ended. Policies use delays of a few milliseconds.
 */

interface Hit {
  readonly method: string;
  readonly body: string;
}

/** Answers request number `hit` (1-based): a reply, or a fault (hang, drip, drop the connection). */
type Handler = (hit: number) => Answer;

interface Server {
  readonly url: string;
  readonly hits: Hit[];
}

afterEach(async () => {
  await closeTestServers();
});

async function startServer(handler: Handler): Promise<Server> {
  let hit = 0;
  const server = await startTestServer(() => handler((hit += 1)));
  return {
    url: `${server.url}/v1/things`,
    get hits() {
      return server.requests.map(({ method, body }) => ({ method, body }));
    },
  };
}

/** A server answering the given statuses in turn (the last one repeats). */
function startScripted(statuses: readonly number[], headers: Record<string, string> = {}): Promise<Server> {
  return startServer((hit) => {
    const status = statuses[Math.min(hit, statuses.length) - 1] ?? 200;
    return { status, headers: { 'content-type': 'application/json', ...headers }, body: { hit, status } };
  });
}

/** Small delays everywhere, no jitter unless a test asks for it. */
function fastPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return resolveRetryPolicy({
    initialDelayMs: 10,
    maxDelayMs: 40,
    attemptTimeoutMs: 2000,
    totalTimeoutMs: 5000,
    ...overrides,
  });
}

const send = (request: OutgoingRequest): Promise<Response> => fetch(request.url, requestInit(request));

/** Run the engine, recording RetryEvents and the elapsed time. */
async function run(
  request: Request,
  options: Partial<SendWithRetriesOptions> & { readonly send?: (request: OutgoingRequest) => Promise<Response> } = {},
): Promise<{ response?: Response; error?: unknown; events: RetryEvent[]; elapsedMs: number }> {
  const events: RetryEvent[] = [];
  const startedAt = performance.now();
  try {
    const response = await sendWithRetries(request, options.send ?? send, {
      policy: options.policy ?? fastPolicy(),
      repeatable: options.repeatable ?? true,
      signal: options.signal,
      onRetry: (event) => events.push(event),
      random: options.random ?? (() => 0),
    });
    return { response, events, elapsedMs: performance.now() - startedAt };
  } catch (error) {
    return { error, events, elapsedMs: performance.now() - startedAt };
  }
}

const get = (url: string, init?: RequestInit): Request => new Request(url, init);

describe('sendWithRetries: statuses', () => {
  it('retries 503, 503 and resolves with the 200 of the third attempt', async () => {
    const server = await startScripted([503, 503, 200]);
    const { response, events } = await run(get(server.url));
    expect(server.hits).toHaveLength(3);
    expect(response?.status).toBe(200);
    expect(await response?.json()).toEqual({ hit: 3, status: 200 });
    expect(events.map((event) => [event.attempt, event.reason])).toEqual([
      [1, 'status 503'],
      [2, 'status 503'],
    ]);
  });

  it.each([500, 502, 504, 408, 429])('retries %i when the request is repeatable', async (status) => {
    const server = await startScripted([status, 200]);
    const { response } = await run(get(server.url));
    expect(server.hits).toHaveLength(2);
    expect(response?.status).toBe(200);
  });

  it.each([400, 401, 404, 409, 422])('never retries %i', async (status) => {
    const server = await startScripted([status, 200]);
    const { response, events } = await run(get(server.url));
    expect(server.hits).toHaveLength(1);
    expect(response?.status).toBe(status);
    expect(events).toEqual([]);
  });

  it('resolves with the last response, body readable, when attempts run out', async () => {
    const server = await startScripted([503], { 'x-request-id': 'req_1' });
    const { response } = await run(get(server.url), { policy: fastPolicy({ maxAttempts: 3 }) });
    expect(server.hits).toHaveLength(3);
    expect(response?.status).toBe(503);
    expect(response?.headers.get('x-request-id')).toBe('req_1');
    expect(await response?.json()).toEqual({ hit: 3, status: 503 });
  });

  it('returns a 204 with a null body', async () => {
    const server = await startServer(() => ({ status: 204 }));
    const { response } = await run(get(server.url, { method: 'DELETE' }));
    expect(response?.status).toBe(204);
    expect(response?.body).toBeNull();
  });

  it('sends the same PATCH body on every attempt', async () => {
    const server = await startScripted([503, 502, 200]);
    const body = JSON.stringify({ status: 'paid', lines: [{ quantity: 2, description: 'Ünïcode €' }] });
    const request = get(server.url, { method: 'PATCH', body, headers: { 'content-type': 'application/json' } });
    const { response } = await run(request);
    expect(response?.status).toBe(200);
    expect(server.hits).toEqual([
      { method: 'PATCH', body },
      { method: 'PATCH', body },
      { method: 'PATCH', body },
    ]);
    // The body was read once, up front; every attempt was built from that copy.
    expect(request.bodyUsed).toBe(true);
  });
});

describe('sendWithRetries: requests that are not repeatable', () => {
  it('does not retry a 503', async () => {
    const server = await startScripted([503, 200]);
    const { response } = await run(get(server.url, { method: 'PATCH', body: '{}' }), { repeatable: false });
    expect(server.hits).toHaveLength(1);
    expect(response?.status).toBe(503);
  });

  it('retries a 429, which proves the request was not processed', async () => {
    const server = await startScripted([429, 200]);
    const { response } = await run(get(server.url, { method: 'PATCH', body: '{}' }), { repeatable: false });
    expect(server.hits).toHaveLength(2);
    expect(response?.status).toBe(200);
  });

  it('retries a refused connection and ends in ConnectionError with maybeSent false', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1/things`;
    let calls = 0;
    const counting = (request: OutgoingRequest): Promise<Response> => ((calls += 1), send(request));
    const { error, events } = await run(get(url, { method: 'PATCH', body: '{}' }), {
      repeatable: false,
      send: counting,
    });
    expect(calls).toBe(3);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({
      maybeSent: false,
      code: 'ECONNREFUSED',
      refusedBeforeSending: undefined,
      attempts: 3,
      method: 'PATCH',
      url,
    });
    expect((error as Error).message).toBe(
      `PATCH ${url}: no response (ECONNREFUSED, request not sent) after 3 attempts`,
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(events.map((event) => event.reason)).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
  });

  it('does not retry a connection reset after the request arrived: ConnectionError with maybeSent true', async () => {
    const server = await startServer(() => ({ kind: 'close-before-headers' }));
    const { error } = await run(get(server.url, { method: 'PATCH', body: '{}' }), { repeatable: false });
    expect(server.hits).toHaveLength(1);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ maybeSent: true, attempts: 1 });
  });
});

describe('sendWithRetries: transport errors when repeatable', () => {
  it('retries a connection reset and resolves with the next answer', async () => {
    const server = await startServer((hit) =>
      hit === 1 ? { kind: 'close-before-headers' } : { status: 200, body: 'ok' },
    );
    const { response, events } = await run(get(server.url));
    expect(server.hits).toHaveLength(2);
    expect(await response?.text()).toBe('ok');
    expect(events).toHaveLength(1);
    expect(events[0]?.reason).toMatch(/^(UND_ERR_SOCKET|ECONNRESET)$/);
  });

  it('rethrows an error that is not a network error, as is and without retrying', async () => {
    const bug = new RangeError('a bug in send');
    let calls = 0;
    const failing = async (): Promise<Response> => {
      calls += 1;
      throw bug;
    };
    const { error } = await run(get('http://127.0.0.1:9/v1/things'), { send: failing });
    expect(error).toBe(bug);
    expect(calls).toBe(1);
  });

  it('rethrows a TypeError that fetch did not raise for a network failure', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
    const { error } = await run(get('http://127.0.0.1:9/v1/things'), { send: () => Promise.reject(bug) });
    expect(error).toBe(bug);
  });
});

describe('sendWithRetries: URLs the platform refuses before sending (issue 12, class 5)', () => {
  // Port 1 (tcpmux), 9 (discard), 6000 (X11) and 10080 (amanda) are on the Fetch standard's
  // bad-port list: Node's fetch rejects at once with TypeError('fetch failed') caused by
  // Error('bad port'), without opening a connection. Another attempt would be refused the same way.
  it.each([1, 9, 6000, 10080])(
    'port %i: one attempt, even when repeatable, and a ConnectionError that says why',
    async (port) => {
      const url = `http://127.0.0.1:${port}/v1/things`;
      let calls = 0;
      const counting = (request: OutgoingRequest): Promise<Response> => ((calls += 1), send(request));
      const { error, events } = await run(get(url, { method: 'PATCH', body: '{}' }), {
        repeatable: true,
        policy: fastPolicy({ maxAttempts: 3 }),
        send: counting,
      });
      expect(calls).toBe(1);
      expect(events).toEqual([]);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).toMatchObject({
        maybeSent: false,
        code: undefined,
        refusedBeforeSending: 'bad-port',
        attempts: 1,
        method: 'PATCH',
        url,
      });
      expect((error as Error).message).toBe(
        `PATCH ${url}: no response (the platform refused the URL before sending: port ${port} is blocked by fetch, ` +
          'request not sent) after 1 attempt',
      );
      expect(((error as Error).cause as Error).cause).toMatchObject({ message: 'bad port' });
    },
  );

  it('is final for a request that is not repeatable too', async () => {
    const { error, events } = await run(get('http://127.0.0.1:1/v1/things', { method: 'PATCH', body: '{}' }), {
      repeatable: false,
    });
    expect(events).toEqual([]);
    expect(error).toMatchObject({ name: 'ConnectionError', maybeSent: false, attempts: 1 });
  });

  it("recognises Deno's wording of the same refusal", async () => {
    // What Deno 2.9.5 rejects with for http://127.0.0.1:6000/ (checked with `deno run`; no connection was made).
    const refusal = new TypeError('Fetch failed: Requests to port 6000 are blocked');
    let calls = 0;
    const { error, events } = await run(get('http://127.0.0.1:6000/v1/things'), {
      send: () => ((calls += 1), Promise.reject(refusal)),
    });
    expect(calls).toBe(1);
    expect(events).toEqual([]);
    expect(error).toMatchObject({ name: 'ConnectionError', maybeSent: false, attempts: 1, cause: refusal });
    expect(error).toMatchObject({ refusedBeforeSending: 'bad-port' });
  });

  it("takes only undici's own cause for a refusal: a 'bad port' error with a code is an ordinary failure", async () => {
    const lookalike = new TypeError('fetch failed', { cause: Object.assign(new Error('bad port'), { code: 'EX' }) });
    const { error, events } = await run(get('http://127.0.0.1:6000/v1/things'), {
      send: () => Promise.reject(lookalike),
      policy: fastPolicy({ maxAttempts: 2 }),
    });
    expect(events).toHaveLength(1);
    expect(error).toMatchObject({ name: 'ConnectionError', maybeSent: true, refusedBeforeSending: undefined });
  });
});

describe('sendWithRetries: Retry-After', () => {
  it('waits the seconds of Retry-After, without jitter', async () => {
    const server = await startScripted([429, 200], { 'retry-after': '1' });
    const { response, events, elapsedMs } = await run(get(server.url), { random: () => 1 });
    expect(server.hits).toHaveLength(2);
    expect(response?.status).toBe(200);
    expect(events).toEqual([{ attempt: 1, delayMs: 1000, reason: 'status 429' }]);
    expect(elapsedMs).toBeGreaterThanOrEqual(900);
  });

  it('waits until the HTTP date of Retry-After', async () => {
    const server = await startServer((hit) => {
      const date = new Date(Date.now() + 1500).toUTCString(); // whole seconds: 0.5 to 1.5 s from now
      return { status: hit === 1 ? 503 : 200, headers: { 'retry-after': date } };
    });
    const { response, events } = await run(get(server.url), {
      policy: fastPolicy({ initialDelayMs: 4000, maxDelayMs: 4000 }),
    });
    expect(response?.status).toBe(200);
    expect(server.hits).toHaveLength(2);
    expect(events[0]?.delayMs).toBeGreaterThan(300);
    expect(events[0]?.delayMs).toBeLessThanOrEqual(1500);
  });

  it('retries at once for an HTTP date in the past', async () => {
    const server = await startScripted([503, 200], { 'retry-after': 'Wed, 21 Oct 2015 07:28:00 GMT' });
    const { response, events, elapsedMs } = await run(get(server.url), {
      policy: fastPolicy({ initialDelayMs: 4000, maxDelayMs: 4000 }),
    });
    expect(response?.status).toBe(200);
    expect(events[0]?.delayMs).toBe(0);
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('prefers retry-after-ms', async () => {
    const server = await startScripted([503, 200], { 'retry-after-ms': '30', 'retry-after': '5' });
    const { events } = await run(get(server.url));
    expect(server.hits).toHaveLength(2);
    expect(events[0]?.delayMs).toBe(30);
  });

  it('resolves with the 429 instead of waiting an absurdly long Retry-After', async () => {
    const server = await startScripted([429, 200], { 'retry-after': '86400' });
    const { response, events, elapsedMs } = await run(get(server.url), {
      policy: fastPolicy({ totalTimeoutMs: 100_000_000 }),
    });
    expect(server.hits).toHaveLength(1);
    expect(response?.status).toBe(429);
    expect(await response?.json()).toEqual({ hit: 1, status: 429 });
    expect(events).toEqual([]);
    expect(elapsedMs).toBeLessThan(1000);
  });

  it.each(['-5', 'soon', '', '1e3'])('falls back to backoff for Retry-After %j', async (value) => {
    const server = await startScripted([503, 200], { 'retry-after': value });
    const { response, events } = await run(get(server.url), { policy: fastPolicy({ initialDelayMs: 25 }) });
    expect(response?.status).toBe(200);
    expect(events).toEqual([{ attempt: 1, delayMs: 25, reason: 'status 503' }]);
  });
});

describe('sendWithRetries: backoff and jitter', () => {
  const policy = fastPolicy({ maxAttempts: 4, initialDelayMs: 20, multiplier: 2, maxDelayMs: 1000, jitter: 0.25 });

  it('uses the exact exponential delays when random() is 0', async () => {
    const server = await startScripted([503, 503, 503, 200]);
    const { response, events, elapsedMs } = await run(get(server.url), { policy, random: () => 0 });
    expect(response?.status).toBe(200);
    expect(events.map((event) => event.delayMs)).toEqual([20, 40, 80]);
    expect(elapsedMs).toBeGreaterThanOrEqual(135);
  });

  it('takes off the jitter share when random() is 1', async () => {
    const server = await startScripted([503, 503, 503, 200]);
    const { events } = await run(get(server.url), { policy, random: () => 1 });
    expect(events.map((event) => event.delayMs)).toEqual([15, 30, 60]);
  });

  it('caps a delay at maxDelayMs', async () => {
    const server = await startScripted([503]);
    const { events } = await run(get(server.url), {
      policy: fastPolicy({ maxAttempts: 5, initialDelayMs: 10, multiplier: 3, maxDelayMs: 50 }),
    });
    expect(events.map((event) => event.delayMs)).toEqual([10, 30, 50, 50]);
  });
});

/** A server that accepts the request and never answers. */
const hang: Handler = () => ({ kind: 'hang' });

/** Headers at once, then one byte of a 20-byte body every 200 ms. */
const drip: Handler = () => ({
  kind: 'drip',
  status: 200,
  headers: { 'content-type': 'text/plain' },
  body: 'x'.repeat(20),
  intervalMs: 200,
});

describe('sendWithRetries: timeouts', () => {
  it('times each attempt out when the server never sends headers: TimeoutError scope attempt', async () => {
    const server = await startServer(hang);
    const policy = fastPolicy({ maxAttempts: 3, attemptTimeoutMs: 100 });
    const { error, events } = await run(get(server.url), { policy });
    expect(server.hits).toHaveLength(3);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'attempt', attempts: 3, timeoutMs: 100, method: 'GET', url: server.url });
    expect(events.map((event) => event.reason)).toEqual(['attempt timeout', 'attempt timeout']);
  });

  it('times out a body that drips in', async () => {
    const server = await startServer(drip);
    const policy = fastPolicy({ attemptTimeoutMs: 500 });
    const { error, elapsedMs } = await run(get(server.url, { method: 'PATCH', body: '{}' }), {
      policy,
      repeatable: false,
    });
    expect(server.hits).toHaveLength(1);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'attempt', attempts: 1 });
    expect(elapsedMs).toBeLessThan(1000);
  });

  it('retries after a dripping body timed out, when repeatable', async () => {
    const server = await startServer((hit) => (hit === 1 ? drip(hit) : { status: 200, body: 'done' }));
    const { response } = await run(get(server.url), { policy: fastPolicy({ attemptTimeoutMs: 400 }) });
    expect(server.hits).toHaveLength(2);
    expect(await response?.text()).toBe('done');
  });

  it('ends the whole call at totalTimeoutMs: TimeoutError scope total', async () => {
    const server = await startServer(hang);
    const policy = fastPolicy({ maxAttempts: 10, attemptTimeoutMs: 200, totalTimeoutMs: 500 });
    const { error, elapsedMs } = await run(get(server.url), { policy });
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'total', timeoutMs: 500, attempts: 3 });
    expect(server.hits).toHaveLength(3);
    expect(elapsedMs).toBeGreaterThanOrEqual(450);
    expect(elapsedMs).toBeLessThan(500 + 150);
  });

  it('stops with the response when the wait would outlast the budget', async () => {
    const server = await startScripted([503, 200], { 'retry-after': '2' });
    const { response, elapsedMs } = await run(get(server.url), { policy: fastPolicy({ totalTimeoutMs: 1000 }) });
    expect(server.hits).toHaveLength(1);
    expect(response?.status).toBe(503);
    expect(elapsedMs).toBeLessThan(500);
  });

  it('stops with TimeoutError scope total when the backoff after a timed-out attempt would outlast the budget', async () => {
    const server = await startServer(hang);
    const policy = fastPolicy({ attemptTimeoutMs: 100, initialDelayMs: 1000, maxDelayMs: 1000, totalTimeoutMs: 600 });
    const { error, elapsedMs } = await run(get(server.url), { policy });
    expect(server.hits).toHaveLength(1);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ scope: 'total', attempts: 1 });
    expect(elapsedMs).toBeLessThan(400);
  });
});

describe("sendWithRetries: the caller's signal", () => {
  it('rejects with AbortError before sending when the signal has already aborted', async () => {
    const server = await startScripted([200]);
    const reason = new Error('user navigated away');
    const { error } = await run(get(server.url, { method: 'PATCH', body: '{}' }), {
      signal: AbortSignal.abort(reason),
    });
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ reason, message: `PATCH ${server.url}: aborted by the caller` });
    expect(server.hits).toHaveLength(0);
  });

  it('aborts an attempt in flight', async () => {
    const server = await startServer(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort('stop'), 100);
    const { error, elapsedMs } = await run(get(server.url), { signal: controller.signal });
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ reason: 'stop' });
    expect(server.hits).toHaveLength(1);
    expect(elapsedMs).toBeLessThan(200);
  });

  it('aborts a Retry-After wait promptly', async () => {
    const server = await startScripted([503], { 'retry-after': '5' });
    const controller = new AbortController();
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort();
    }, 100);
    const { error, events } = await run(get(server.url), {
      policy: resolveRetryPolicy(),
      signal: controller.signal,
    });
    const sinceAbort = performance.now() - abortedAt;
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).reason).toBeInstanceOf(DOMException);
    expect(events).toEqual([{ attempt: 1, delayMs: 5000, reason: 'status 503' }]);
    expect(server.hits).toHaveLength(1);
    expect(sinceAbort).toBeLessThan(100);
  });

  it("honours the Request's own signal", async () => {
    const server = await startServer(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort('from request'), 50);
    const { error } = await run(get(server.url, { signal: controller.signal }));
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ reason: 'from request' });
  });

  it('times out a send that ignores the signal', async () => {
    const never = (): Promise<Response> => new Promise(() => undefined);
    const { error, elapsedMs } = await run(get('http://127.0.0.1:9/v1/things'), {
      send: never,
      policy: fastPolicy({ maxAttempts: 2, attemptTimeoutMs: 50 }),
    });
    expect(error).toMatchObject({ name: 'TimeoutError', scope: 'attempt', attempts: 2 });
    expect(elapsedMs).toBeLessThan(500);
  });
});

describe('sendWithRetries without AbortSignal.any', () => {
  const any = AbortSignal.any;
  afterEach(() => {
    AbortSignal.any = any;
  });

  it('still times attempts out and honours the caller', async () => {
    (AbortSignal as { any?: unknown }).any = undefined;
    const server = await startServer(hang);
    const timedOut = await run(get(server.url), { policy: fastPolicy({ maxAttempts: 2, attemptTimeoutMs: 50 }) });
    expect(timedOut.error).toMatchObject({ name: 'TimeoutError', scope: 'attempt', attempts: 2 });

    const controller = new AbortController();
    setTimeout(() => controller.abort('stop'), 50);
    const aborted = await run(get(server.url), { signal: controller.signal });
    expect(aborted.error).toBeInstanceOf(AbortError);
    expect(server.hits).toHaveLength(3);
  });
});
