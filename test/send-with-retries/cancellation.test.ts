// The caller's signal and the Request's own, with and without AbortSignal.any. Shared servers and
// policies: test/helpers/send-with-retries.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { AbortError } from '../../src/errors/errors.js';
import { resolveRetryPolicy } from '../../src/transport/retry-policy.js';
import { closeTestServers } from '../helpers/test-server.js';
import { startServer, startScripted, fastPolicy, run, get, hang } from '../helpers/send-with-retries.js';

afterEach(async () => {
  await closeTestServers();
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
