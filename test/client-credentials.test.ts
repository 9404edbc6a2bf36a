import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createClientCredentialsTokenSource,
  tokenExpiry,
  type ClientCredentials,
  type TokenSource,
  type TokenSourceOptions,
} from '../src/auth/client-credentials.js';
import { createClientCore, type ClientCore } from '../src/client/client-core.js';
import type { ApiDescription } from '../src/types/api-description.js';
import { ConfigurationError, TokenRequestError, isAbortError, isTokenRequestError } from '../src/errors/errors.js';
import {
  closeTestServers,
  startTestServer,
  type TestRequest,
  type Reply,
  type TestServer,
} from './helpers/test-server.js';
import { BUSINESS_ID } from './helpers/sample-values.js';
import { assetApi } from '../generated/asset/api.js';
import type { AssetClientCredentials } from '../generated/asset/client.js';

const SECRET = 'secret-XYZ-123';
/** Asset's token request fields, as its spec declares them (`x-token-request-fields`): the generated client passes them. */
const ASSET_FIELDS = assetApi.security.clientCredentialsFields;
const TOKEN_PATH = '/v0/auth/token';
/** 2023-11-14T22:13:20Z, in ms. */
const T0 = 1_700_000_000_000;

afterEach(async () => {
  await closeTestServers();
});

function tokenRequests(server: TestServer): TestRequest[] {
  return server.requests.filter((request) => request.url === TOKEN_PATH);
}

/** A token endpoint that answers `token-<n>` for its n-th request, with `extra` fields. */
async function tokenServer(extra: Record<string, unknown> = { expires_in: 3600 }, delayMs = 0): Promise<TestServer> {
  let issued = 0;
  return startTestServer((request) => {
    if (request.url !== TOKEN_PATH) return { status: 404, body: { message: 'not found' } };
    issued += 1;
    return {
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { access_token: `token-${issued}`, token_type: 'Bearer', ...extra },
      delayMs,
    };
  });
}

/** A fake clock the test moves by hand. */
function clock(start = T0): { now: () => number; set: (value: number) => void; advance: (ms: number) => void } {
  let current = start;
  return {
    now: () => current,
    set: (value) => {
      current = value;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

function source(server: TestServer, overrides: Partial<TokenSourceOptions> = {}): TokenSource {
  return createClientCredentialsTokenSource({
    tokenUrl: `${server.url}${TOKEN_PATH}`,
    credentials: { clientId: 'client-abc', clientSecret: SECRET },
    fetch: (request) => globalThis.fetch(request),
    ...overrides,
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

function expectNoSecret(error: unknown, secret = SECRET): void {
  expect(error).toBeInstanceOf(Error);
  const err = error as Error;
  for (const rendering of [
    err.message,
    String(err),
    JSON.stringify(err),
    err.stack ?? '',
    inspect(err, { depth: 10 }),
    inspect(err, { depth: 10, showHidden: true }),
  ]) {
    expect(rendering).not.toContain(secret);
    expect(rendering).not.toContain(encodeURIComponent(secret));
  }
}

describe('the token request', () => {
  it('POSTs the form fields grant_type, client_id and client_secret, and no optional field not given', async () => {
    const server = await tokenServer();
    await expect(source(server).getToken()).resolves.toBe('token-1');

    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(TOKEN_PATH);
    expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded(;|$)/);
    expect(request?.headers['accept']).toBe('application/json');
    expect(request?.headers['authorization']).toBeUndefined();
    const form = new URLSearchParams(request?.body);
    expect([...form.keys()].sort()).toEqual(['client_id', 'client_secret', 'grant_type']);
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('client_id')).toBe('client-abc');
    expect(form.get('client_secret')).toBe(SECRET);
  });

  it('sends business_id and scope when given, and form-encodes every value', async () => {
    const server = await tokenServer();
    const secret = 'p&ss=word+/ é%';
    const credentials: AssetClientCredentials = {
      clientId: 'id with space',
      clientSecret: secret,
      scope: 'invoice:update bill:update',
      businessId: BUSINESS_ID,
    };
    await source(server, { credentials, extraFields: ASSET_FIELDS }).getToken();

    const form = new URLSearchParams(server.requests[0]?.body);
    expect([...form.keys()].sort()).toEqual(['business_id', 'client_id', 'client_secret', 'grant_type', 'scope']);
    expect(Object.fromEntries(form)).toEqual({
      grant_type: 'client_credentials',
      client_id: 'id with space',
      client_secret: secret,
      business_id: BUSINESS_ID,
      scope: 'invoice:update bill:update',
    });
  });

  it('accepts token_type in any case, and its absence (Bearer is the default)', async () => {
    for (const extra of [{ token_type: 'bearer' }, { token_type: 'BEARER' }, { token_type: undefined }]) {
      const server = await tokenServer(extra);
      await expect(source(server).getToken()).resolves.toBe('token-1');
    }
  });
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

describe('abort signals', () => {
  it('rejects an aborted caller while a concurrent caller still receives the token', async () => {
    const server = await tokenServer({ expires_in: 3600 }, 150);
    const tokens = source(server);
    const controller = new AbortController();
    const aborted = tokens.getToken(controller.signal);
    const patient = tokens.getToken();
    setTimeout(() => controller.abort(new Error('user went away')), 10);

    const error = await rejection(aborted);
    expect(isAbortError(error)).toBe(true);
    expect((error as { reason?: unknown }).reason).toEqual(new Error('user went away'));
    expect(await patient).toBe('token-1');
    expect(tokenRequests(server)).toHaveLength(1);
  });

  it('lets the shared request finish and caches its token even when its only waiter aborted', async () => {
    const server = await tokenServer({ expires_in: 3600 }, 50);
    const tokens = source(server);
    const controller = new AbortController();
    const aborted = tokens.getToken(controller.signal);
    controller.abort();
    expect(isAbortError(await rejection(aborted))).toBe(true);
    expect(await tokens.getToken()).toBe('token-1');
    expect(tokenRequests(server)).toHaveLength(1);
  });

  it('rejects at once, sending nothing, for a signal that is already aborted', async () => {
    const server = await tokenServer();
    const error = await rejection(source(server).getToken(AbortSignal.abort()));
    expect(isAbortError(error)).toBe(true);
    expect(server.requests).toHaveLength(0);
  });
});

describe('token endpoint errors', () => {
  it('says so when fetch refuses the token URL before sending (a bad port), once', async () => {
    let calls = 0;
    const tokens = createClientCredentialsTokenSource({
      tokenUrl: 'http://127.0.0.1:1/v0/auth/token',
      credentials: { clientId: 'client-abc', clientSecret: SECRET },
      fetch: (request) => {
        calls += 1;
        return globalThis.fetch(request);
      },
    });
    const error = (await rejection(tokens.getToken())) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.message).toBe(
      'Token request to http://127.0.0.1:1/v0/auth/token failed: no response (the platform refused the URL before sending: port 1 is blocked by fetch)',
    );
    expect(calls).toBe(1);
    expectNoSecret(error);
  });

  it('turns a 401 into a TokenRequestError with the status and the parsed JSON body', async () => {
    const body = { error: 'invalid_client', error_description: 'Client authentication failed' };
    const server = await startTestServer(() => ({ status: 401, body }));
    const error = await rejection(source(server).getToken());
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(isTokenRequestError(error)).toBe(true);
    const tokenError = error as TokenRequestError;
    expect(tokenError.status).toBe(401);
    expect(tokenError.body).toEqual(body);
    expect(tokenError.message).toBe(
      `Token request to ${server.url}${TOKEN_PATH} failed with status 401: invalid_client: Client authentication failed`,
    );
    expectNoSecret(error);
  });

  it('turns a 503 with a text body into a TokenRequestError with a snippet of at most 200 characters', async () => {
    const text = `Service Unavailable ${'x'.repeat(1000)}`;
    const server = await startTestServer(() => ({
      status: 503,
      headers: { 'content-type': 'text/plain' },
      body: text,
    }));
    const error = (await rejection(source(server).getToken())) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.status).toBe(503);
    expect(typeof error.body).toBe('string');
    expect((error.body as string).length).toBeLessThanOrEqual(200);
    expect(error.body as string).toMatch(/^Service Unavailable x+…$/);
    expect(error.message).toMatch(new RegExp(`^Token request to ${server.url}${TOKEN_PATH} failed with status 503`));
  });

  it('does not cache a failed request: the next call tries again', async () => {
    let calls = 0;
    const server = await startTestServer(() => {
      calls += 1;
      return calls === 1
        ? { status: 401, body: { detail: 'Invalid credentials' } }
        : { status: 200, body: { access_token: 'token-ok', token_type: 'Bearer', expires_in: 3600 } };
    });
    const tokens = source(server);
    const error = (await rejection(tokens.getToken())) as TokenRequestError;
    expect(error.status).toBe(401);
    expect(error.body).toEqual({ detail: 'Invalid credentials' });
    expect(await tokens.getToken()).toBe('token-ok');
    expect(calls).toBe(2);
  });

  it('refuses a 200 whose body is not JSON', async () => {
    const server = await startTestServer(() => ({
      status: 200,
      headers: { 'content-type': 'text/html' },
      body: '<html>Proxy login</html>',
    }));
    const error = (await rejection(source(server).getToken())) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.status).toBe(200);
    expect(error.message).toMatch(/answered 200 with a body that is not a JSON object \(content type text\/html\)/);
  });

  it('refuses a 200 without a string access_token', async () => {
    for (const body of [{ token_type: 'Bearer', expires_in: 3600 }, { access_token: 42 }, { access_token: '' }]) {
      const server = await startTestServer(() => ({ status: 200, body }));
      const error = (await rejection(source(server).getToken())) as TokenRequestError;
      expect(error).toBeInstanceOf(TokenRequestError);
      expect(error.message).toMatch(/without a string access_token$/);
    }
  });

  it('refuses an access_token a bearer header cannot carry, without quoting it', async () => {
    const server = await startTestServer(() => ({ status: 200, body: { access_token: 'has spaces-TOKENVALUE' } }));
    const error = (await rejection(source(server).getToken())) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(inspect(error)).not.toContain('TOKENVALUE');
  });

  it('refuses a token_type other than Bearer', async () => {
    const server = await startTestServer(() => ({ status: 200, body: { access_token: 'abc', token_type: 'mac' } }));
    const error = (await rejection(source(server).getToken())) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.message).toMatch(/token_type "mac"; only Bearer is supported$/);
    expect(inspect(error)).not.toContain('abc');
  });

  it('wraps a transport failure in a TokenRequestError with the cause', async () => {
    const server = await tokenServer();
    const url = `${server.url}${TOKEN_PATH}`;
    await server.close();
    const error = (await rejection(
      createClientCredentialsTokenSource({
        tokenUrl: url,
        credentials: { clientId: 'client-abc', clientSecret: SECRET },
        fetch: (request) => globalThis.fetch(request),
      }).getToken(),
    )) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.status).toBeUndefined();
    expect(error.cause).toBeDefined();
    expect(error.message).toMatch(new RegExp(`^Token request to ${url} failed: no response`));
    expectNoSecret(error);
  });

  it('gives up after requestTimeoutMs', async () => {
    const server = await tokenServer({ expires_in: 3600 }, 300);
    const error = (await rejection(source(server, { requestTimeoutMs: 50 }).getToken())) as TokenRequestError;
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error.message).toMatch(/timed out after 50 ms$/);
  });

  it('does not follow a redirect (it would resend the client secret)', async () => {
    const server = await startTestServer((request) =>
      request.url === TOKEN_PATH
        ? { status: 307, headers: { location: '/elsewhere' } }
        : { status: 200, body: { access_token: 'stolen' } },
    );
    const error = await rejection(source(server).getToken());
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(server.requests.map((request) => request.url)).toEqual([TOKEN_PATH]);
  });
});

describe('the client secret', () => {
  it('appears in no error: message, String, JSON, stack or util.inspect', async () => {
    // The endpoint echoes the secret back, as a validation error might.
    const scripts: Reply[] = [
      { status: 401, body: { error: 'invalid_client', error_description: `bad secret ${SECRET}` } },
      { status: 422, body: { detail: [{ loc: ['body', 'client_secret'], input: SECRET }] } },
      { status: 403, headers: { 'content-type': 'text/plain' }, body: `client_id=client-abc&client_secret=${SECRET}` },
      { status: 503, body: 'Service Unavailable' },
      { status: 404, body: '' },
      { status: 200, body: `access_token=abc&secret=${SECRET}` },
      { status: 200, body: { token_type: 'Bearer' } },
      { status: 200, body: { access_token: 'abc', token_type: 'mac' } },
    ];
    for (const script of scripts) {
      const server = await startTestServer(() => script);
      const error = await rejection(source(server).getToken());
      expect(error).toBeInstanceOf(TokenRequestError);
      expectNoSecret(error);
    }
  });

  it('is redacted from an error body that echoes it', async () => {
    const server = await startTestServer(() => ({ status: 422, body: { detail: 'bad', input: SECRET } }));
    const error = (await rejection(source(server).getToken())) as TokenRequestError;
    expect(error.body).toEqual({ detail: 'bad', input: '[redacted]' });
  });

  it('appears in no configuration error', () => {
    const error = (() => {
      try {
        createClientCredentialsTokenSource({
          tokenUrl: `https://client:${SECRET}@api.example.com/v0/auth/token`,
          credentials: { clientId: 'client-abc', clientSecret: SECRET },
          fetch: (request) => globalThis.fetch(request),
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expectNoSecret(error);
  });
});

describe('option validation', () => {
  const valid: TokenSourceOptions = {
    tokenUrl: 'https://api.example.com/v0/auth/token',
    credentials: { clientId: 'client-abc', clientSecret: SECRET },
    extraFields: ASSET_FIELDS,
    fetch: (request) => globalThis.fetch(request),
  };

  function withOptions(changes: Record<string, unknown>): TokenSourceOptions {
    return { ...valid, ...changes } as unknown as TokenSourceOptions;
  }

  function withCredentials(changes: Record<string, unknown>): TokenSourceOptions {
    return withOptions({ credentials: { ...valid.credentials, ...changes } });
  }

  it('accepts valid options without sending anything', () => {
    let sent = 0;
    createClientCredentialsTokenSource({
      ...valid,
      fetch: () => {
        sent += 1;
        return Promise.reject(new Error('not expected'));
      },
    });
    expect(sent).toBe(0);
  });

  it.each<[string, TokenSourceOptions, string]>([
    ['a relative tokenUrl', withOptions({ tokenUrl: '/v0/auth/token' }), 'tokenUrl must be an absolute http(s) URL'],
    ['a missing tokenUrl', withOptions({ tokenUrl: undefined }), 'tokenUrl must be an absolute http(s) URL'],
    [
      'an ftp tokenUrl',
      withOptions({ tokenUrl: 'ftp://api.example.com/token' }),
      'tokenUrl must use http or https, not ftp',
    ],
    [
      'a tokenUrl with credentials',
      withOptions({ tokenUrl: 'https://user:pw@api.example.com/token' }),
      'tokenUrl must not contain a user name or password',
    ],
    ['missing credentials', withOptions({ credentials: undefined }), 'credentials must be an object'],
    ['an empty clientId', withCredentials({ clientId: '' }), 'credentials.clientId must be a non-empty string'],
    ['a missing clientId', withCredentials({ clientId: undefined }), 'credentials.clientId must be a non-empty string'],
    [
      'a blank clientSecret',
      withCredentials({ clientSecret: '  ' }),
      'credentials.clientSecret must be a non-empty string',
    ],
    [
      'a numeric clientSecret',
      withCredentials({ clientSecret: 123 }),
      'credentials.clientSecret must be a non-empty string',
    ],
    ['an empty scope', withCredentials({ scope: '' }), 'credentials.scope must be a non-empty string'],
    ['a numeric businessId', withCredentials({ businessId: 42 }), 'credentials.businessId must be a non-empty string'],
    ['a missing fetch', withOptions({ fetch: undefined }), 'fetch must be a function'],
    ['a negative refreshMarginMs', withOptions({ refreshMarginMs: -1 }), 'refreshMarginMs must be a finite number'],
    ['a NaN refreshMarginMs', withOptions({ refreshMarginMs: Number.NaN }), 'refreshMarginMs must be a finite number'],
    ['a zero requestTimeoutMs', withOptions({ requestTimeoutMs: 0 }), 'requestTimeoutMs must be a positive integer'],
    ['a now that is not a function', withOptions({ now: 5 }), 'now must be a function'],
  ])('refuses %s', (_label, options, message) => {
    expect(() => createClientCredentialsTokenSource(options)).toThrow(ConfigurationError);
    expect(() => createClientCredentialsTokenSource(options)).toThrow(message);
  });
});

describe('token request fields, from the API description (x-token-request-fields)', () => {
  /** A made-up API whose token request takes `tenant` (optional) and `region` (required). */
  const TENANT_API: ApiDescription<'test'> = {
    name: 'tenants',
    title: 'Tenants',
    servers: { test: 'https://tenants.invalid' },
    defaultEnvironment: 'test',
    defaultableHeaders: [],
    security: {
      clientCredentialsTokenUrl: TOKEN_PATH,
      clientCredentialsFields: {
        tenantId: { formField: 'tenant', required: false },
        region: { formField: 'region', required: true },
      },
      credentialPrefixes: {},
    },
  };

  interface Paths {
    '/things': {
      get: {
        parameters: { query?: never; header?: never; path?: never; cookie?: never };
        requestBody?: never;
        responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': { ok: boolean } } } };
      };
    };
  }

  /** A client of TENANT_API on `server`, built as a generated client builds one. */
  function tenantClient(server: TestServer, clientCredentials: Record<string, unknown>): ClientCore<Paths> {
    return createClientCore<Paths, 'test'>(
      TENANT_API,
      { baseUrl: server.url, clientCredentials: clientCredentials as unknown as ClientCredentials, retry: false },
      { createTokenSource: createClientCredentialsTokenSource },
    );
  }

  async function apiServer(): Promise<TestServer> {
    return startTestServer((request) =>
      request.url === TOKEN_PATH
        ? { status: 200, body: { access_token: 'tenant-token', token_type: 'Bearer' } }
        : { status: 200, headers: { 'content-type': 'application/json' }, body: { ok: true } },
    );
  }

  const BASE = { clientId: 'client-abc', clientSecret: SECRET };

  it('sends each field given under its form name, and authenticates with the token issued', async () => {
    const server = await apiServer();
    const core = tenantClient(server, { ...BASE, tenantId: 'ten_42', region: 'eu-west' });
    const { data } = await core.http.GET('/things');
    expect(data).toEqual({ ok: true });

    const [token, call] = server.requests;
    expect(token?.url).toBe(TOKEN_PATH);
    expect(Object.fromEntries(new URLSearchParams(token?.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'client-abc',
      client_secret: SECRET,
      tenant: 'ten_42',
      region: 'eu-west',
    });
    expect(call?.url).toBe('/things');
    expect(call?.headers['authorization']).toBe('Bearer tenant-token');
  });

  it('leaves out an optional field not given, and sends no field of another API', async () => {
    const server = await apiServer();
    await tenantClient(server, { ...BASE, region: 'eu-west' }).http.GET('/things');
    const form = new URLSearchParams(server.requests[0]?.body);
    expect([...form.keys()].sort()).toEqual(['client_id', 'client_secret', 'grant_type', 'region']);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a non-string tenantId', { region: 'eu', tenantId: 42 }, 'credentials.tenantId must be a non-empty string.'],
    ['an empty tenantId', { region: 'eu', tenantId: '' }, 'credentials.tenantId must be a non-empty string.'],
    ['a required field left out', {}, 'credentials.region must be a non-empty string.'],
    [
      'a field this API does not declare',
      { region: 'eu', businessId: 'biz_x' },
      "credentials: this API's token request takes no businessId (it takes clientId, clientSecret, scope, tenantId, region).",
    ],
  ])('refuses %s with a ConfigurationError, before sending anything', async (_label, fields, message) => {
    const server = await apiServer();
    expect(() => tenantClient(server, { ...BASE, ...fields })).toThrow(ConfigurationError);
    expect(() => tenantClient(server, { ...BASE, ...fields })).toThrow(message);
    expect(server.requests).toEqual([]);
  });

  it("reads each field once, so later changes to the caller's object change nothing", async () => {
    const server = await startTestServer(() => ({ status: 200, body: { access_token: 'abc' } }));
    const reads: Record<string, number> = {};
    const credentials = { ...BASE, tenantId: 'ten_1' };
    const counted = new Proxy(credentials, {
      get(target, key, receiver) {
        if (typeof key === 'string') reads[key] = (reads[key] ?? 0) + 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const tokens = createClientCredentialsTokenSource({
      tokenUrl: `${server.url}${TOKEN_PATH}`,
      credentials: counted,
      extraFields: { tenantId: { formField: 'tenant' } },
      fetch: (request) => globalThis.fetch(request),
    });
    credentials.tenantId = 'ten_2';
    await tokens.getToken();
    tokens.invalidate('abc'); // as after a 401: the second token request sends the same form
    await tokens.getToken();
    expect(reads).toEqual({ clientId: 1, clientSecret: 1, scope: 1, tenantId: 1 });
    expect(server.requests.map((request) => new URLSearchParams(request.body).get('tenant'))).toEqual([
      'ten_1',
      'ten_1',
    ]);
  });

  it('refuses, when the token source is created without fields, a property it would not send', () => {
    const error = (() => {
      try {
        createClientCredentialsTokenSource({
          tokenUrl: 'https://api.example.com/v0/auth/token',
          credentials: { ...BASE, tenantId: 'ten_SECRET_1' } as ClientCredentials,
          fetch: (request) => globalThis.fetch(request),
        });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      "credentials: this API's token request takes no tenantId (it takes clientId, clientSecret, scope).",
    );
    expect(inspect(error)).not.toContain('ten_SECRET_1');
    expectNoSecret(error);
  });
});
