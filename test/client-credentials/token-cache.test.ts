// How long a token is reused (expires_in, the refresh margin, tokenExpiry) and the single token
// request that concurrent callers share. Shared fixtures: test/helpers/client-credentials.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { tokenExpiry } from '../../src/auth/client-credentials.js';
import { closeTestServers, startTestServer } from '../helpers/test-server.js';
import { TOKEN_PATH, T0, tokenRequests, tokenServer, clock, source } from '../helpers/client-credentials.js';

afterEach(async () => {
  await closeTestServers();
});

describe('caching', () => {
  it('reuses the token: two getToken calls make one token request', async () => {
    const server = await tokenServer();
    const tokens = source(server);
    expect(await tokens.getToken()).toBe('token-1');
    expect(await tokens.getToken()).toBe('token-1');
    expect(tokenRequests(server)).toHaveLength(1);
  });

  it('treats expires_in as a lifetime in seconds: renews 60 s (the margin) before it ends', async () => {
    const server = await tokenServer({ expires_in: 300 });
    const time = clock();
    const tokens = source(server, { now: time.now });
    expect(await tokens.getToken()).toBe('token-1');

    time.set(T0 + 240_000 - 1);
    expect(await tokens.getToken()).toBe('token-1');
    time.set(T0 + 240_000);
    expect(await tokens.getToken()).toBe('token-2');
    expect(tokenRequests(server)).toHaveLength(2);
  });

  it('treats expires_in above 10^9 as a unix timestamp in seconds', async () => {
    // Expires 10 minutes after T0, whatever the moment the token was obtained.
    const server = await tokenServer({ expires_in: T0 / 1000 + 600 });
    const time = clock();
    const tokens = source(server, { now: time.now });
    expect(await tokens.getToken()).toBe('token-1');

    time.set(T0 + 540_000 - 1);
    expect(await tokens.getToken()).toBe('token-1');
    time.set(T0 + 540_000);
    expect(await tokens.getToken()).toBe('token-2');
    expect(tokenRequests(server)).toHaveLength(2);
  });

  it('assumes 3600 s when expires_in is absent', async () => {
    const server = await tokenServer({});
    const time = clock();
    const tokens = source(server, { now: time.now });
    await tokens.getToken();
    time.set(T0 + 3_540_000 - 1);
    expect(await tokens.getToken()).toBe('token-1');
    time.set(T0 + 3_540_000);
    expect(await tokens.getToken()).toBe('token-2');
  });

  it('gives a timestamp already in the past a 60-second lifetime instead of refetching on every call', async () => {
    const server = await tokenServer({ expires_in: T0 / 1000 - 100 });
    const time = clock();
    const tokens = source(server, { now: time.now });
    expect(await tokens.getToken()).toBe('token-1');
    expect(await tokens.getToken()).toBe('token-1');
    expect(tokenRequests(server)).toHaveLength(1);

    // 60 s lifetime, margin capped at half of it: renewed after 30 s.
    time.set(T0 + 30_000 - 1);
    expect(await tokens.getToken()).toBe('token-1');
    time.set(T0 + 30_000);
    expect(await tokens.getToken()).toBe('token-2');
  });

  it('honours refreshMarginMs', async () => {
    const server = await tokenServer({ expires_in: 3600 });
    const time = clock();
    const tokens = source(server, { now: time.now, refreshMarginMs: 600_000 });
    await tokens.getToken();
    time.set(T0 + 3_000_000 - 1);
    expect(await tokens.getToken()).toBe('token-1');
    time.set(T0 + 3_000_000);
    expect(await tokens.getToken()).toBe('token-2');
  });

  it('uses the token until its very end with refreshMarginMs 0', async () => {
    const server = await tokenServer({ expires_in: 100 });
    const time = clock();
    const tokens = source(server, { now: time.now, refreshMarginMs: 0 });
    await tokens.getToken();
    time.set(T0 + 100_000 - 1);
    expect(await tokens.getToken()).toBe('token-1');
    time.set(T0 + 100_000);
    expect(await tokens.getToken()).toBe('token-2');
  });

  it('caps the margin at half the lifetime, so a short-lived token is still reused', async () => {
    // A 60 s token with the default 60 s margin would otherwise never be reused.
    const server = await tokenServer({ expires_in: 60 });
    const time = clock();
    const tokens = source(server, { now: time.now });
    await tokens.getToken();
    time.set(T0 + 30_000 - 1);
    expect(await tokens.getToken()).toBe('token-1');
    time.set(T0 + 30_000);
    expect(await tokens.getToken()).toBe('token-2');
    expect(tokenRequests(server)).toHaveLength(2);
  });
});

describe('tokenExpiry', () => {
  it.each([
    ['a lifetime in seconds', 300, T0 + 300_000],
    ['a fractional lifetime', 1.5, T0 + 1_500],
    ['exactly 10^9 (still a lifetime)', 1e9, T0 + 1e12],
    ['a unix timestamp in seconds', 1_777_657_168, 1_777_657_168_000],
    ['a unix timestamp in the past (60 s instead)', T0 / 1000 - 1, T0 + 60_000],
    ['a unix timestamp equal to now (60 s instead)', T0 / 1000, T0 + 60_000],
    ['absent (3600 s)', undefined, T0 + 3_600_000],
    ['null (3600 s)', null, T0 + 3_600_000],
    ['zero (3600 s)', 0, T0 + 3_600_000],
    ['negative (3600 s)', -5, T0 + 3_600_000],
    ['NaN (3600 s)', Number.NaN, T0 + 3_600_000],
    ['Infinity (3600 s)', Number.POSITIVE_INFINITY, T0 + 3_600_000],
    ['a string (3600 s)', '300', T0 + 3_600_000],
  ])('reads %s', (_label, expiresIn, expected) => {
    expect(tokenExpiry(expiresIn, T0)).toBe(expected);
  });
});

describe('single flight', () => {
  it('makes exactly one token request for 50 concurrent getToken calls', async () => {
    const server = await tokenServer({ expires_in: 3600 }, 30);
    const tokens = source(server);
    const results = await Promise.all(Array.from({ length: 50 }, () => tokens.getToken()));
    expect(new Set(results)).toEqual(new Set(['token-1']));
    expect(tokenRequests(server)).toHaveLength(1);
  });

  it('invalidate(current token) makes the next call fetch a new one', async () => {
    const server = await tokenServer();
    const tokens = source(server);
    const first = await tokens.getToken();
    tokens.invalidate(first);
    expect(await tokens.getToken()).toBe('token-2');
    expect(tokenRequests(server)).toHaveLength(2);
  });

  it('ignores invalidate for an older or unknown token', async () => {
    const server = await tokenServer();
    const tokens = source(server);
    const first = await tokens.getToken();
    tokens.invalidate(first);
    const second = await tokens.getToken();
    tokens.invalidate(first);
    tokens.invalidate('never-issued');
    expect(await tokens.getToken()).toBe(second);
    expect(tokenRequests(server)).toHaveLength(2);
  });

  it('refreshes once when 50 concurrent requests get a 401 and each invalidates the same token', async () => {
    let issued = 0;
    const server = await startTestServer((request) => {
      if (request.url === TOKEN_PATH) {
        issued += 1;
        return { status: 200, body: { access_token: `token-${issued}`, expires_in: 3600 }, delayMs: 20 };
      }
      // The API refuses token-1 (revoked) and accepts any later one.
      const refused = request.headers['authorization'] === 'Bearer token-1';
      return { status: refused ? 401 : 200, body: refused ? { message: 'Unauthorized' } : { ok: true } };
    });
    const tokens = source(server);

    async function callApi(): Promise<number> {
      for (let attempt = 0; ; attempt++) {
        const token = await tokens.getToken();
        const response = await fetch(`${server.url}/v0/invoices`, { headers: { Authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        if (response.status !== 401 || attempt === 1) return response.status;
        tokens.invalidate(token);
      }
    }

    const statuses = await Promise.all(Array.from({ length: 50 }, () => callApi()));
    expect(statuses).toEqual(Array.from({ length: 50 }, () => 200));
    expect(tokenRequests(server)).toHaveLength(2);
    expect(await tokens.getToken()).toBe('token-2');
  });

  it('gives every waiter the failure and does not cache it', async () => {
    let calls = 0;
    const server = await startTestServer(() => {
      calls += 1;
      return calls === 1
        ? { status: 503, body: { message: 'Service temporarily unavailable' }, delayMs: 20 }
        : { status: 200, body: { access_token: 'token-ok', expires_in: 3600 } };
    });
    const tokens = source(server);
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => tokens.getToken()));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array.from({ length: 5 }, () => 'rejected'));
    expect(calls).toBe(1);
    expect(await tokens.getToken()).toBe('token-ok');
    expect(calls).toBe(2);
  });
});
