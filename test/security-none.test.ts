import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCore } from '../src/client/client-core.js';
import { ConfigurationError } from '../src/errors/errors.js';
import type { ApiDescription } from '../src/types/api-description.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

// A spec that requires no security: a client may be made without a credential and then sends
// none; given a token, it sends it. An API that does require one still refuses a client without.

const OPEN_API: ApiDescription<'test'> = {
  name: 'open',
  title: 'Open data',
  servers: { test: 'http://127.0.0.1:1' },
  defaultEnvironment: 'test',
  defaultableHeaders: [],
  security: { optional: true, credentialPrefixes: {} },
};

interface Paths {
  '/things': { get: { parameters: object; responses: { 200: { content: { 'application/json': unknown } } } } };
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(() => ({ status: 200, headers: { 'content-type': 'application/json' }, body: [] }));
});
afterAll(() => server.close());

describe('an API whose spec requires no security', () => {
  it('makes a client without a credential, which sends no Authorization header', async () => {
    const core = createClientCore<Paths, 'test'>(OPEN_API, { baseUrl: server.url });
    await core.http.GET('/things');
    expect(server.requests.at(-1)!.headers['authorization']).toBeUndefined();
  });

  it('sends a token when given one', async () => {
    const core = createClientCore<Paths, 'test'>(OPEN_API, { baseUrl: server.url, token: 'tok_open_data_1' });
    await core.http.GET('/things');
    expect(server.requests.at(-1)!.headers['authorization']).toBe('Bearer tok_open_data_1');
  });

  it('is the only kind that may: an API with security still needs a credential', () => {
    const secured: ApiDescription<'test'> = { ...OPEN_API, security: { credentialPrefixes: {} } };
    expect(() => createClientCore(secured, { baseUrl: server.url } as never)).toThrow(ConfigurationError);
    expect(() => createClientCore(secured, { baseUrl: server.url } as never)).toThrow(
      'Pass exactly one of `token` and `clientCredentials`.',
    );
  });
});
