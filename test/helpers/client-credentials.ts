// Shared by test/client-credentials/: the OAuth client-credentials token source against a token
// endpoint on 127.0.0.1 (./test-server.ts), with a fake clock where a test needs one.
import { inspect } from 'node:util';
import { expect } from 'vitest';
import {
  createClientCredentialsTokenSource,
  type TokenSource,
  type TokenSourceOptions,
} from '../../src/auth/client-credentials.js';
import { startTestServer, type TestRequest, type TestServer } from './test-server.js';
import { assetApi } from '../../generated/asset/api.js';

export const SECRET = 'secret-XYZ-123';
/** Asset's token request fields, as its spec declares them (`x-token-request-fields`): the generated client passes them. */
export const ASSET_FIELDS = assetApi.security.clientCredentialsFields;
export const TOKEN_PATH = '/v0/auth/token';
/** 2023-11-14T22:13:20Z, in ms. */
export const T0 = 1_700_000_000_000;

export function tokenRequests(server: TestServer): TestRequest[] {
  return server.requests.filter((request) => request.url === TOKEN_PATH);
}

/** A token endpoint that answers `token-<n>` for its n-th request, with `extra` fields. */
export async function tokenServer(
  extra: Record<string, unknown> = { expires_in: 3600 },
  delayMs = 0,
): Promise<TestServer> {
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
export function clock(start = T0): { now: () => number; set: (value: number) => void; advance: (ms: number) => void } {
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

export function source(server: TestServer, overrides: Partial<TokenSourceOptions> = {}): TokenSource {
  return createClientCredentialsTokenSource({
    tokenUrl: `${server.url}${TOKEN_PATH}`,
    credentials: { clientId: 'client-abc', clientSecret: SECRET },
    fetch: (request) => globalThis.fetch(request),
    ...overrides,
  });
}

export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

export function expectNoSecret(error: unknown, secret = SECRET): void {
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
