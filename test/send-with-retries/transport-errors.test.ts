// Failures below HTTP: a connection dropped or refused, errors fetch did not raise, and URLs the
// platform refuses before sending. Shared servers and policies: test/helpers/send-with-retries.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionError } from '../../src/errors/errors.js';
import type { OutgoingRequest } from '../../src/transport/outgoing-request.js';
import { closeTestServers } from '../helpers/test-server.js';
import { startServer, fastPolicy, send, run, get } from '../helpers/send-with-retries.js';

afterEach(async () => {
  await closeTestServers();
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
