// What the token request sends: the form fields, their encoding, token_type, and the extra fields
// an API description declares (x-token-request-fields). Shared fixtures:
// test/helpers/client-credentials.ts.
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createClientCredentialsTokenSource, type ClientCredentials } from '../../src/auth/client-credentials.js';
import { createClientCore, type ClientCore } from '../../src/client/client-core.js';
import type { ApiDescription } from '../../src/types/api-description.js';
import { ConfigurationError } from '../../src/errors/errors.js';
import { closeTestServers, startTestServer, type TestServer } from '../helpers/test-server.js';
import { BUSINESS_ID } from '../helpers/sample-values.js';
import type { AssetClientCredentials } from '../../generated/asset/client.js';
import {
  SECRET,
  ASSET_FIELDS,
  TOKEN_PATH,
  tokenServer,
  source,
  expectNoSecret,
} from '../helpers/client-credentials.js';

afterEach(async () => {
  await closeTestServers();
});

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
