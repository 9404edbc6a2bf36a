// A token request that fails: aborted, refused, malformed, timed out, redirected; and the client
// secret, which appears in none of those errors. Shared fixtures:
// test/helpers/client-credentials.ts.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createClientCredentialsTokenSource } from '../../src/auth/client-credentials.js';
import { ConfigurationError, TokenRequestError, isAbortError, isTokenRequestError } from '../../src/errors/errors.js';
import { closeTestServers, startTestServer, type Reply } from '../helpers/test-server.js';
import {
  SECRET,
  TOKEN_PATH,
  tokenRequests,
  tokenServer,
  source,
  rejection,
  expectNoSecret,
} from '../helpers/client-credentials.js';

afterEach(async () => {
  await closeTestServers();
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
