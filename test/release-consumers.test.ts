// The release report's criterion, tested on consumers: a change is major if code that compiled
// against the old generated client can stop compiling, or behave differently, against the new one.
// Every fixture pair of test/fixtures/spec-changes/ is generated (one generator run, each side as its
// own API, `strict: false`) and a tiny consumer of each case is compiled against both sides (one
// TypeScript program): for a major case it compiles against `before` and fails against `after` with
// the diagnostic named here; for every other case it compiles against both. Major cases whose types
// do not change are run instead, against a real server: the old client sends, the new one refuses
// or sends elsewhere. To add a fixture pair, add its consumer to CONSUMERS (the last test fails,
// naming it, until then).
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requiredBump } from '../scripts/release/change.js';
import { diffSpecSets } from '../scripts/release/diff.js';
import { pascalCase } from '../scripts/codegen/names.js';
import { writeOutput } from '../scripts/codegen/emit.js';
import { generate } from '../scripts/codegen/pipeline.js';
import { RequestValidationError } from '../src/errors/errors.js';
import { PROJECT_DIR, fixture, scratchDir } from './helpers/project.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

/**
 * A consumer: TypeScript after `import * as api from '<the generated API>'`. `$ENV` and `$OPTIONS`
 * stand for the API's environment and client options types. `breaks`: the diagnostic code against
 * `after` (a major case); absent: it compiles against both.
 */
interface Consumer {
  readonly code: string;
  readonly breaks?: number;
}

const BODY = (fields: string): string => `export const body: api.UpdateWidgetBody = { name: 'Sprocket'${fields} };`;
const READS = 'export const read = (widget: api.Widget) => [widget.id, widget.name, widget.state];';

const CONSUMERS: Readonly<Record<string, Consumer>> = {
  // major: the types change
  'operation-removed': { code: 'export const call = api.getWidget;', breaks: 2339 },
  'request-field-removed': { code: BODY(", note: 'fragile'"), breaks: 2353 },
  'field-replaced': { code: BODY(", note: 'fragile'"), breaks: 2353 },
  'field-renamed': { code: BODY(", note: 'fragile'"), breaks: 2353 },
  'field-renamed-same-description': { code: BODY(", note: 'fragile'"), breaks: 2353 },
  'response-field-removed': { code: 'export const size = (widget: api.Widget) => widget.size;', breaks: 2339 },
  'request-field-newly-required': { code: BODY(''), breaks: 2741 },
  'new-required-request-field': { code: BODY(''), breaks: 2741 },
  'type-changed': {
    code: 'export const size = (widget: api.Widget): number | undefined => widget.size;',
    breaks: 2322,
  },
  'response-field-nullable': {
    code: 'export const at = (widget: api.Widget): string | undefined => widget.archived_at;',
    breaks: 2322,
  },
  'request-field-non-nullable': { code: BODY(', note: null'), breaks: 2322 },
  'request-enum-narrowed': { code: BODY(", color: 'blue'"), breaks: 2322 },
  'response-enum-value-removed-closed': {
    code: "export const archived = (widget: api.Widget) => widget.state === 'archived';",
    breaks: 2367,
  },
  'response-type-narrowed': {
    code: "export const named = (widget: api.Widget) => widget.size === 'large';",
    breaks: 2367,
  },
  'response-enum-value-added-closed': {
    code: "export const rank = (widget: api.Widget): number => {\n  switch (widget.state) {\n    case 'active':\n      return 1;\n    case 'archived':\n      return 2;\n  }\n};",
    breaks: 2366,
  },
  'server-removed': { code: "export const where: $ENV = 'sandbox';", breaks: 2322 },
  'id-prefix-changed': { code: "export const id: api.WidgetId = 'wid_42';", breaks: 2322 },
  'required-parameter-added': {
    code: "export const request: api.UpdateWidgetRequest = { path: { widget_id: 'wid_42' }, body: { name: 'Sprocket' } };",
    breaks: 2741,
  },
  'security-scheme-changed': {
    code: "export const options: $OPTIONS = { clientCredentials: { clientId: 'id', clientSecret: 'secret' } };",
    breaks: 2322,
  },
  // major, the types stay: run against a server below (RUNTIME)
  'request-limits-narrowed': { code: BODY(", priority: 10, note: 'x'") },
  'path-changed': { code: 'export const call = api.getWidget;' },
  'method-changed': { code: 'export const call = api.updateWidget;' },
  // major for the caller's credentials, not for code: the token it already gets lacks the new scope,
  // which the provider refuses; the generated client sends exactly what it sent before.
  'required-scope-changed': {
    code: "export const options: $OPTIONS = { clientCredentials: { clientId: 'id', clientSecret: 'secret', scope: 'widgets:write' } };",
  },
  // minor: compiles against both
  'operation-added': { code: 'export const call = api.getWidget;' },
  'optional-parameter-added': {
    code: "export const request: api.GetWidgetRequest = { path: { widget_id: 'wid_42' } };",
  },
  'optional-request-field-added': { code: BODY(", color: 'red'") },
  'request-enum-widened': { code: BODY(", color: 'red'") },
  'request-limits-widened': { code: BODY(', priority: 10') },
  'request-pattern-widened': { code: BODY(", code: 'EUR', contact: 'jane@example.org'") },
  'required-traded-for-min-properties': { code: BODY(", color: 'red'") },
  'response-field-added': { code: READS },
  'response-checks-widened': { code: READS },
  'response-enum-value-added-extensible': {
    code: "export const standard = (widget: api.Widget) => widget.kind === 'standard';",
  },
  'server-added': { code: "export const where: $ENV = 'sandbox';" },
  'retry-policy-changed': { code: BODY('') },
  // patch or nothing: compiles against both
  'assumption-removed': { code: READS },
  'description-only': { code: READS },
  'documentation-only': { code: READS },
  'equivalent-spellings': { code: BODY(", finish: 'matte', shape: 'round', mount: 42") },
  'nullable-spelled-for-3.1': { code: BODY(', note: null') },
  'recursive-schema': { code: 'export const call = api.getFolder;' },
  unchanged: { code: READS },
};

/** Major cases whose types stay the same: the behaviour that changes, seen on the wire. */
const RUNTIME = ['request-limits-narrowed', 'path-changed', 'method-changed'] as const;

const CASES = readdirSync(fixture('spec-changes')).sort();
const apiName = (name: string, side: 'before' | 'after'): string => `${name.replace(/\./g, '-')}-${side}`;

let scratch = '';
let diagnostics: Map<string, string[]>;
let server: TestServer;

beforeAll(async () => {
  scratch = await scratchDir('release-consumers');
  const config = ['apis:'];
  for (const name of CASES) {
    for (const side of ['before', 'after'] as const) {
      config.push(
        `  ${apiName(name, side)}:`,
        `    root: ${JSON.stringify(fixture('spec-changes', name, `${side}.yaml`))}`,
      );
      config.push('    x-codegen:', '      strict: false');
    }
  }
  await writeFile(path.join(scratch, 'redocly.yaml'), [...config, 'extends:', '  - minimal', ''].join('\n'));
  await writeFile(path.join(scratch, 'package.json'), '{"type":"module"}\n');
  const outDir = path.join(scratch, 'generated');
  const files = await generate({
    configFile: path.join(scratch, 'redocly.yaml'),
    outDir,
    runtimeDir: path.join(PROJECT_DIR, 'src'),
    skipLint: true,
  });
  await writeOutput(outDir, files);
  const consumers: string[] = [];
  await mkdir(path.join(scratch, 'consumers'), { recursive: true });
  for (const [name, consumer] of Object.entries(CONSUMERS)) {
    for (const side of ['before', 'after'] as const) {
      const api = apiName(name, side);
      const stem = pascalCase(api);
      const file = path.join(scratch, 'consumers', `${api}.ts`);
      const code = consumer.code
        .replaceAll('$ENV', `api.${stem}Environment`)
        .replaceAll('$OPTIONS', `api.${stem}ClientOptions`);
      await writeFile(file, `import * as api from '../generated/${api}/index.js';\n\n${code}\n`);
      consumers.push(file);
    }
  }
  diagnostics = new Map(consumers.map((file) => [path.basename(file, '.ts'), []]));
  for (const line of typeScriptDiagnostics([
    ...consumers,
    ...files.filter((f) => f.path.endsWith('.ts')).map((f) => path.join(outDir, f.path)),
  ])) {
    const match = /consumers\/([^/(]+)\.ts\(/.exec(line);
    if (match !== null) diagnostics.get(match[1]!)?.push(line);
    else (diagnostics.get('(generated)') ?? diagnostics.set('(generated)', []).get('(generated)')!).push(line);
  }
  server = await startTestServer((request) =>
    request.path === '/oauth/token'
      ? {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: { access_token: 'at', token_type: 'Bearer', expires_in: 3600 },
        }
      : {
          status: 200,
          headers: { 'content-type': 'application/json' },
          body: { id: 'wid_42', name: 'Sprocket', state: 'active' },
        },
  );
}, 180_000);
afterAll(() => server?.close());

describe('consumers of each kind of change', () => {
  it('the generated clients themselves compile', () => {
    expect(diagnostics.get('(generated)') ?? []).toEqual([]);
  });

  it.each(Object.entries(CONSUMERS))('%s', async (name, consumer) => {
    const bump = requiredBump(
      await diffSpecSets(
        [{ name: 'widgets', file: fixture('spec-changes', name, 'before.yaml') }],
        [{ name: 'widgets', file: fixture('spec-changes', name, 'after.yaml') }],
      ),
    );
    expect(diagnostics.get(apiName(name, 'before'))).toEqual([]);
    if (consumer.breaks !== undefined) {
      expect(bump).toBe('major');
      const after = diagnostics.get(apiName(name, 'after'))!;
      expect(
        after.some((line) => line.includes(`error TS${consumer.breaks}:`)),
        after.join('\n'),
      ).toBe(true);
    } else {
      expect(diagnostics.get(apiName(name, 'after'))).toEqual([]);
      const major = (RUNTIME as readonly string[]).includes(name) || name === 'required-scope-changed';
      expect(bump).toMatch(major ? /^major$/ : /^(minor|patch|none)$/);
    }
  });

  it('has a consumer for every fixture pair', () => {
    expect(CASES.filter((name) => !(name in CONSUMERS))).toEqual([]);
  });
});

describe('major changes the types do not show, on the wire', () => {
  type Client = Record<string, (request: unknown) => Promise<unknown>>;
  const clientOf = async (name: string, side: 'before' | 'after'): Promise<Client> => {
    const api = apiName(name, side);
    const module = (await import(pathToFileURL(path.join(scratch, 'generated', api, 'index.ts')).href)) as Record<
      string,
      (options: unknown) => Client
    >;
    return module[`create${pascalCase(api)}Client`]!({
      baseUrl: server.url,
      clientCredentials: { clientId: 'id', clientSecret: 'secret' },
      retry: false,
    });
  };
  const update = { path: { widget_id: 'wid_42' }, body: { name: 'Sprocket', priority: 10 } };

  it('request-limits-narrowed: the old client sends priority 10, the new one refuses it before sending', async () => {
    await (
      await clientOf('request-limits-narrowed', 'before')
    )['updateWidget']!(update);
    const sent = server.requests.length;
    await expect((await clientOf('request-limits-narrowed', 'after'))['updateWidget']!(update)).rejects.toThrow(
      RequestValidationError,
    );
    expect(server.requests).toHaveLength(sent);
  });

  it('path-changed: the same call goes to another path', async () => {
    await (
      await clientOf('path-changed', 'before')
    )['getWidget']!({ path: { widget_id: 'wid_42' } });
    expect(server.requests.at(-1)!.path).toBe('/v1/widgets/wid_42');
    await (
      await clientOf('path-changed', 'after')
    )['getWidget']!({ path: { widget_id: 'wid_42' } });
    expect(server.requests.at(-1)!.path).toBe('/v2/widgets/wid_42');
  });

  it('method-changed: the same call is sent with another method', async () => {
    await (
      await clientOf('method-changed', 'before')
    )['updateWidget']!({ ...update, body: { name: 'Sprocket' } });
    expect(server.requests.at(-1)!.method).toBe('PATCH');
    await (
      await clientOf('method-changed', 'after')
    )['updateWidget']!({ ...update, body: { name: 'Sprocket' } });
    expect(server.requests.at(-1)!.method).toBe('PUT');
  });
});
