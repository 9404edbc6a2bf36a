// Attempt and total timeouts: a server that never answers, a body that drips in, a wait that would
// outlast the budget. Shared servers and policies: test/helpers/send-with-retries.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { TimeoutError } from '../../src/errors/errors.js';
import { closeTestServers } from '../helpers/test-server.js';
import { startServer, startScripted, fastPolicy, run, get, hang, drip } from '../helpers/send-with-retries.js';

afterEach(async () => {
  await closeTestServers();
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
