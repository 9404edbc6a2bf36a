// How long sendWithRetries waits between attempts: Retry-After (seconds, HTTP dates, retry-after-ms,
// absurd and garbage values), and exponential backoff with jitter. Shared servers and policies:
// test/helpers/send-with-retries.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { closeTestServers } from '../helpers/test-server.js';
import { startServer, startScripted, fastPolicy, run, get } from '../helpers/send-with-retries.js';

afterEach(async () => {
  await closeTestServers();
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
