// Header, cookie and path parameters of every type (test/fixtures/pipeline-security/specs/panels.yaml),
// through the real generator and a real server on 127.0.0.1: an integer header is sent as its number,
// a list as `a,b`, an object as `k,v` or exploded `k=v`; cookies go in one Cookie header, each value
// percent-encoded so that it cannot end the cookie or start another; path lists and objects in the
// simple, label and matrix styles, no value able to leave its segment; each is checked against its
// schema before anything is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto, type Generated } from './helpers/generated.js';
import { RequestValidationError } from '../src/errors/errors.js';
import { fixture } from './helpers/project.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

type Call = (request: unknown, options?: unknown) => Promise<unknown>;
interface PanelsModule {
  createPanelsClient(options: Record<string, unknown>): Record<string, Call>;
}

let generated: Generated;
let panels: PanelsModule;
let server: TestServer;

beforeAll(async () => {
  generated = await generateInto(fixture('pipeline-security', 'redocly.yaml'), { name: 'header-cookie-parameters' });
  panels = await generated.load<PanelsModule>('panels');
  server = await startTestServer(() => ({ status: 204 }));
}, 120_000);
afterAll(() => server?.close());

const client = (): Record<string, Call> => panels.createPanelsClient({ baseUrl: server.url, retry: false });

describe('header and cookie parameters of every type', () => {
  it('sends each header in its style: a number, a list, an object, an exploded object', async () => {
    await client()['listPanels']!({
      header: {
        'X-Page-Size': 25,
        'X-Fields': ['id', 'title'],
        'X-Filter': { owner: 'ann', size: 3 },
        'X-Sort': { by: 'title', order: 'asc' },
      },
      cookie: { visits: 7 },
    });
    const { headers } = server.requests.at(-1)!;
    expect([headers['x-page-size'], headers['x-fields'], headers['x-filter'], headers['x-sort']]).toEqual([
      '25',
      'id,title',
      'owner=ann,size=3',
      'by,title,order,asc',
    ]);
  });

  it('sends the cookies in one header, each value percent-encoded, beside a cookie the caller gives', async () => {
    await client()['listPanels']!(
      { header: { 'X-Page-Size': 1 }, cookie: { theme: 'dark; admin=1', visits: 2, recent: ['a b', 'c'] } },
      { headers: { Cookie: 'session=s1' } },
    );
    expect(server.requests.at(-1)!.headers['cookie']).toBe(
      'session=s1; theme=dark%3B%20admin%3D1; visits=2; recent=a%20b,c',
    );
  });

  it('checks each against its schema before sending', async () => {
    const count = server.requests.length;
    const error = await client()['listPanels']!({
      header: { 'X-Page-Size': 500, 'X-Fields': 'id' },
      cookie: { visits: 'many' },
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((issue) => `${issue.path} ${issue.rule}`)).toEqual([
      '/header/X-Page-Size maximum',
      '/header/X-Fields type',
      '/cookie/visits type',
    ]);
    await expect(client()['listPanels']!({ header: { 'X-Page-Size': 1 } })).rejects.toThrow('/cookie');
    expect(server.requests).toHaveLength(count);
  });
});

describe('path parameters that are lists and objects, in their styles', () => {
  it('writes a list (simple), an exploded object (label) and an exploded list (matrix)', async () => {
    await client()['getCells']!({ path: { ids: [1, 2, 3], coords: { x: 4, y: 5 }, filter: ['red', 'big'] } });
    expect(server.requests.at(-1)!.url).toBe('/boards/1,2,3/cells.x=4.y=5/view;filter=red;filter=big');
  });

  it('reads the style from an RFC 6570 template (`{.parts}`)', async () => {
    await client()['getLegacy']!({ path: { parts: ['a', 'b c'] } });
    expect(server.requests.at(-1)!.url).toBe('/legacy/.a,b%20c');
  });

  it('keeps every value inside its segment, and refuses an empty or dot segment before sending', async () => {
    await client()['getCells']!({ path: { ids: [1], coords: { x: 1 }, filter: ['../../admin', 'a/b?c#d'] } });
    expect(server.requests.at(-1)!.url).toBe('/boards/1/cells.x=1/view;filter=..%2F..%2Fadmin;filter=a%2Fb%3Fc%23d');
    const count = server.requests.length;
    const error = await client()['getLegacy']!({ path: { parts: [] } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues).toEqual([
      { path: '/path/parts', rule: 'path-segment', message: 'must give a path segment that is not empty, `.` or `..`' },
    ]);
    await expect(client()['getCells']!({ path: { ids: ['x'], coords: {}, filter: [] } })).rejects.toThrow(
      RequestValidationError,
    );
    expect(server.requests).toHaveLength(count);
  });
});

it('compiles without a single diagnostic under the strict project settings', () => {
  expect(typeScriptDiagnostics(generated.roots())).toEqual([]);
}, 120_000);
