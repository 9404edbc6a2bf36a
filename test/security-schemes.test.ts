// Every kind of security scheme real specs use (test/fixtures/pipeline-security/specs/vault.yaml):
// HTTP basic, API keys in a header, the query string and a cookie, and a bearer token, each
// operation accepting its own alternatives. Through the real generator and a real server on
// 127.0.0.1: each call sends exactly the credential its operation's security says, never another
// one with it or in its place, refuses before sending when it has none, and no key or password
// reaches an error, a log event or a stack.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto, type Generated } from './helpers/generated.js';
import { ConfigurationError } from '../src/errors/errors.js';
import type { LogEvent } from '../src/redaction/logging.js';
import { fixture } from './helpers/project.js';
import { startTestServer, type Answer, type TestRequest, type TestServer } from './helpers/test-server.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

type Call = (request: unknown, options?: unknown) => Promise<unknown>;
interface VaultModule {
  createVaultClient(options: Record<string, unknown>): Record<string, Call>;
}

const HEADER_KEY = 'hk_live_7Qz2';
const QUERY_KEY = 'qk_live_9Xw4';
const COOKIE_KEY = 'ck_live_3Rt8';
const PASSWORD = 'p@ss:w0rd ü';
const BASIC = `Basic ${Buffer.from(`ann:${PASSWORD}`, 'utf8').toString('base64')}`;
const CREDENTIAL_HEADERS = ['authorization', 'x-api-key', 'cookie'];

let generated: Generated;
let vault: VaultModule;
let server: TestServer;
let reply: Answer = { status: 204 };
/** When set, answers from the request received (to echo what it carried). */
let echo: ((received: TestRequest) => Answer) | undefined;

beforeAll(async () => {
  generated = await generateInto(fixture('pipeline-security', 'redocly.yaml'), { name: 'security-schemes' });
  vault = await generated.load<VaultModule>('vault');
  server = await startTestServer((received) => echo?.(received) ?? reply);
}, 120_000);
afterAll(() => server?.close());

const allKeys = {
  headerKey: HEADER_KEY,
  queryKey: QUERY_KEY,
  cookieKey: COOKIE_KEY,
  basicAuth: { username: 'ann', password: PASSWORD },
};
const client = (options: Record<string, unknown> = { credentials: allKeys }): Record<string, Call> =>
  vault.createVaultClient({ baseUrl: server.url, retry: false, ...options });
/** The credential headers a request carried. */
const credentialsOf = (request: TestRequest): Record<string, string> =>
  Object.fromEntries(
    CREDENTIAL_HEADERS.filter((name) => name in request.headers).map((name) => [name, request.headers[name]!]),
  );

describe('each operation sends the credential its security names, and no other', () => {
  it('the spec’s own security: the header key (its first alternative)', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: [] };
    await client()['listItems']!({});
    expect(server.requests.at(-1)!.url).toBe('/items');
    expect(credentialsOf(server.requests.at(-1)!)).toEqual({ 'x-api-key': HEADER_KEY });
  });

  it('HTTP basic, UTF-8 encoded (RFC 7617)', async () => {
    reply = { status: 204 };
    await client()['getReport']!({});
    expect(credentialsOf(server.requests.at(-1)!)).toEqual({ authorization: BASIC });
  });

  it('a key in the query string, after the operation’s own parameters', async () => {
    await client()['exportItems']!({ query: { format: 'csv' } });
    expect(server.requests.at(-1)!.url).toBe(`/exports?format=csv&api_key=${QUERY_KEY}`);
    expect(credentialsOf(server.requests.at(-1)!)).toEqual({});
  });

  it('a key in a cookie, from a function called for the request', async () => {
    let calls = 0;
    const keyed = client({ credentials: { cookieKey: () => `${COOKIE_KEY}-${++calls}` } });
    await keyed['getSession']!({});
    expect(credentialsOf(server.requests.at(-1)!)).toEqual({ cookie: `session=${COOKIE_KEY}-1` });
  });

  it('two schemes that go together, both', async () => {
    await client()['createItem']!({ body: { name: 'n' } });
    expect(credentialsOf(server.requests.at(-1)!)).toEqual({
      'x-api-key': HEADER_KEY,
      cookie: `session=${COOKIE_KEY}`,
    });
  });

  it('nothing for an operation whose security is empty', async () => {
    await client({ credentials: allKeys, token: 'bearer-token' })['getHealth']!({});
    expect(credentialsOf(server.requests.at(-1)!)).toEqual({});
  });

  it('the next alternative when the client has only its credential: a bearer token', async () => {
    reply = { status: 200, headers: { 'content-type': 'application/json' }, body: [] };
    await client({ token: 'bearer-token' })['listItems']!({});
    expect(credentialsOf(server.requests.at(-1)!)).toEqual({ authorization: 'Bearer bearer-token' });
  });

  it('the credential, never the caller’s header or cookie of the same name in its place', async () => {
    reply = { status: 204 };
    await client()['createItem']!(
      { body: { name: 'n' } },
      { headers: { 'X-API-Key': 'someone-else', Cookie: 'session=stolen; theme=dark' } },
    );
    expect(credentialsOf(server.requests.at(-1)!)).toEqual({
      'x-api-key': HEADER_KEY,
      cookie: `theme=dark; session=${COOKIE_KEY}`,
    });
  });
});

describe('refusals, before anything is sent', () => {
  it('an operation whose alternatives the client has no credential for', async () => {
    const count = server.requests.length;
    const call = client({ token: 'bearer-token' })['getReport']!({});
    await expect(call).rejects.toThrow(ConfigurationError);
    await expect(call).rejects.toThrow('getReport: needs credentials for basicAuth');
    expect(server.requests).toHaveLength(count);
  });

  it('a client without any credential, for an API whose operations need one', () => {
    expect(() => vault.createVaultClient({ baseUrl: server.url })).toThrow(ConfigurationError);
  });

  it('a key that cannot be sent where its scheme puts it, without quoting it', () => {
    for (const [scheme, key] of [
      ['headerKey', 'secret\r\nX-Evil: 1'],
      ['cookieKey', 'secret; admin=1'],
    ] as const) {
      const attempt = (): unknown => client({ credentials: { [scheme]: key } });
      expect(attempt).toThrow(ConfigurationError);
      expect(attempt).toThrow(new RegExp(`credentials\\.${scheme}: the API key has characters`));
      try {
        attempt();
      } catch (error) {
        expect(`${String(error)} ${(error as Error).stack}`).not.toContain('secret');
      }
    }
  });

  it('a scheme the spec does not declare, or basic credentials of the wrong shape', () => {
    expect(() => client({ credentials: { headerkey: HEADER_KEY } })).toThrow(
      '"headerkey" is not a key or basic scheme',
    );
    expect(() => client({ credentials: { basicAuth: { username: 'a:b', password: 'x' } } })).toThrow(
      'credentials.basicAuth: HTTP basic credentials are { username, password }',
    );
  });
});

describe('no key or password leaves in an error, a log event or a stack', () => {
  it('when the server echoes them back', async () => {
    const events: LogEvent[] = [];
    const logged = client({ credentials: allKeys, logger: (event: LogEvent) => events.push(event) });
    for (const [operation, request] of [
      ['exportItems', { query: { format: 'json' } }],
      ['getReport', {}],
      ['createItem', { body: { name: 'n' } }],
    ] as const) {
      const echoed = server.requests.length;
      echo = (received) => ({
        status: 401,
        headers: { 'content-type': 'application/json' },
        body: { message: `bad credentials: ${received.url} ${JSON.stringify(received.headers)}` },
      });
      const error = await logged[operation]!(request).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Error);
      expect(server.requests.length).toBe(echoed + 1);
      // The answer did carry a credential back: what was sent is in the request the server echoed.
      const received = JSON.stringify(server.requests.at(-1));
      expect([QUERY_KEY, BASIC, HEADER_KEY].some((secret) => received.includes(secret))).toBe(true);
      const text = [String(error), (error as Error).stack, JSON.stringify(error), JSON.stringify(events)].join('\n');
      for (const secret of [HEADER_KEY, QUERY_KEY, COOKIE_KEY, PASSWORD, encodeURIComponent(PASSWORD), BASIC.slice(6)])
        expect(text).not.toContain(secret);
    }
    echo = undefined;
    reply = { status: 204 };
  });
});

describe('operations with servers of their own', () => {
  /** A client whose fetch records where each request would go, and answers 204. */
  const recording = (options: Record<string, unknown>): { client: Record<string, Call>; urls: string[] } => {
    const urls: string[] = [];
    const fetch = (request: Request): Promise<Response> => {
      urls.push(request.url);
      return Promise.resolve(new Response(null, { status: 204 }));
    };
    return { client: vault.createVaultClient({ credentials: allKeys, retry: false, fetch, ...options }), urls };
  };

  it('sends each to its own server: a path item’s (absolute), an operation’s (a path on the API’s host)', async () => {
    const { client: own, urls } = recording({});
    await own['uploadItem']!({ body: 'bytes' });
    await own['getArchive']!({});
    await own['getHealth']!({});
    expect(urls).toEqual([
      'https://upload.vault.example.test/v1/uploads',
      'https://vault.example.test/legacy/archive',
      'https://vault.example.test/health',
    ]);
  });

  it('sends every operation to the client’s `baseUrl` when it has one (a proxy, a mock server)', async () => {
    reply = { status: 204 };
    await client()['uploadItem']!({ body: 'bytes' });
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', url: '/uploads', body: 'bytes' });
  });
});

it('compiles without a single diagnostic under the strict project settings', () => {
  expect(typeScriptDiagnostics(generated.roots())).toEqual([]);
}, 120_000);
