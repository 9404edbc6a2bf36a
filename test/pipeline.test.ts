import { createHash } from 'node:crypto';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBanner } from '../scripts/codegen/banner.js';
import { listFiles, writeOutput, type OutputFile } from '../scripts/codegen/emit.js';
import { GenerationError, generate } from '../scripts/codegen/pipeline.js';
import { buildSchemaTypes } from '../scripts/codegen/build-types.js';
import { UNUSABLE_NAMES } from '../scripts/codegen/names.js';
import { DEFAULT_PATH_PARAMETER_PATTERN } from '../scripts/codegen/read-spec.js';
import type { JsonSchema } from '../src/validation/schema.js';
import { validateValue } from '../src/validation/validate.js';
import { PROJECT_DIR, fixture, runRedocly, runScript, scratchDir } from './helpers/project.js';
import { differFromPrettier } from './helpers/layout.js';
import { globalNamesUsed, typeScriptDiagnostics } from './helpers/typescript.js';

const RUNTIME_DIR = path.join(PROJECT_DIR, 'src');

/** Everything the generator writes for test/fixtures/pipeline: per API its modules, plus the indexes. */
const FIXTURE_FILES = [
  'README.md',
  'cogs/api.ts',
  'cogs/client.ts',
  'cogs/index.ts',
  'cogs/operations/get-cog.ts',
  'cogs/operations/update-cog.ts',
  'cogs/schema.ts',
  'cogs/types.ts',
  'cogs/validation.ts',
  'device-store/api.ts',
  'device-store/client.ts',
  'device-store/index.ts',
  'device-store/operations/archive-device.ts',
  'device-store/schema.ts',
  'device-store/types.ts',
  'device-store/validation.ts',
  'index.ts',
];

/** Run the pipeline in-process on a fixture config, into `<scratch>/generated`. */
async function generateFixture(configFile: string, scratch: string): Promise<{ outDir: string; files: OutputFile[] }> {
  const outDir = path.join(scratch, 'generated');
  const files = await generate({ configFile, outDir, runtimeDir: RUNTIME_DIR });
  return { outDir, files };
}

/** The content of one generated file; fails when it was not generated. */
function contentOf(files: readonly OutputFile[], file: string): string {
  const found = files.find((candidate) => candidate.path === file);
  if (!found) throw new Error(`${file} was not generated`);
  return found.content;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

describe('generate, on two fixture APIs', () => {
  let files: OutputFile[];
  let outDir: string;
  const byPath = (file: string): string => contentOf(files, file);

  beforeAll(async () => {
    ({ outDir, files } = await generateFixture(fixture('pipeline', 'redocly.yaml'), await scratchDir('pipeline')));
    await writeOutput(outDir, files);
  });

  it('writes one folder per API, one module per operation, and the indexes', () => {
    expect(files.map((file) => file.path)).toEqual(FIXTURE_FILES);
  });

  it.each(FIXTURE_FILES)('matches the reviewed snapshot of %s', async (file) => {
    await expect(byPath(file)).toMatchFileSnapshot(path.join('__snapshots__', 'pipeline', file));
  });

  it('opens every file with a banner naming the command, each source spec and the hash of its own text', () => {
    for (const file of files) {
      const head = file.content.split('\n').slice(0, 6).join('\n');
      expect(head, file.path).toContain('GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.');
      if (file.path.startsWith('cogs/')) expect(head).toContain('Source: specs/cogs.yaml\n');
      if (file.path.startsWith('device-store/')) expect(head).toContain('Source: specs/device-store.yaml\n');
      const body = file.content.slice(
        file.content.indexOf(file.path.endsWith('.md') ? '-->\n\n' : '\n\n') + (file.path.endsWith('.md') ? 5 : 2),
      );
      expect(head, file.path).toContain(`Content sha256 ${sha256(body).slice(0, 16)} (of the text below this banner)`);
      expect(readBanner(file.content), file.path).toEqual({
        declared: sha256(body).slice(0, 16),
        actual: sha256(body).slice(0, 16),
      });
    }
    expect(byPath('index.ts')).toContain('Source: specs/cogs.yaml\n// Source: specs/device-store.yaml\n');
  });

  it('turns prefixed ids into template-literal types and open enums into open unions', () => {
    expect(byPath('cogs/schema.ts')).toContain('CogId: `cog_${string}`;');
    expect(byPath('cogs/schema.ts')).toMatch(/state\?: "active" \| "retired" \| \(string & \{\}\);/);
    // The conditional rule stays a union TypeScript can check.
    expect(byPath('cogs/schema.ts').replace(/\s+/g, ' ')).toContain(
      'CogUpdate: components["schemas"]["CogFields"] & (components["schemas"]["RetireRule"] | components["schemas"]["OtherStateRule"]);',
    );
  });

  it('names operations and types from operationIds, whatever their casing', () => {
    expect(byPath('device-store/operations/archive-device.ts')).toContain('export async function archiveDevice(');
    expect(byPath('device-store/types.ts')).toContain('export type ArchiveDeviceResponse = void;');
    expect(byPath('cogs/types.ts')).toContain("export type CogId = components['schemas']['CogId'];");
    expect(byPath('index.ts')).toContain('createDeviceStoreClient');
  });

  it('carries summary, description, provider link and deprecation into JSDoc', () => {
    const getCog = byPath('cogs/operations/get-cog.ts');
    expect(getCog).toContain(' * Get a cog\n *\n * Reads a cog.');
    expect(getCog).toContain('@see {@link https://cogs.test/docs/get | Cog docs}');
    expect(getCog).toContain('@deprecated');
    expect(byPath('cogs/operations/update-cog.ts')).not.toContain('@deprecated');
  });

  it('is deterministic: no absolute paths, no time, and the same bytes on a second run', async () => {
    const again = await generate({
      configFile: fixture('pipeline', 'redocly.yaml'),
      outDir,
      runtimeDir: RUNTIME_DIR,
      skipLint: true,
    });
    expect(again).toEqual(files);
    for (const file of files) {
      expect(file.content, file.path).not.toContain(PROJECT_DIR);
      expect(file.content, file.path).not.toContain(os.tmpdir());
      expect(file.content, file.path).not.toMatch(/20\d\d-\d\d-\d\d/);
    }
  });

  it('does not depend on the order of APIs in redocly.yaml or of paths in a spec', async () => {
    const scratch = await scratchDir('reordered');
    await cp(fixture('pipeline', 'specs'), path.join(scratch, 'specs'), { recursive: true });
    const config = await readFile(fixture('pipeline', 'redocly.yaml'), 'utf8');
    const reordered = config.replace(
      / {2}cogs:\n {4}root: specs\/cogs.yaml\n {2}device-store:\n {4}root: specs\/device-store.yaml\n/,
      '  device-store:\n    root: specs/device-store.yaml\n  cogs:\n    root: specs/cogs.yaml\n',
    );
    expect(reordered).not.toBe(config);
    await writeFile(path.join(scratch, 'redocly.yaml'), reordered);
    const result = await generate({
      configFile: path.join(scratch, 'redocly.yaml'),
      outDir,
      runtimeDir: RUNTIME_DIR,
      skipLint: true,
    });
    expect(result).toEqual(files);
  });

  it('compiles without a single diagnostic under the strict project settings', () => {
    const rootNames = files.filter((file) => file.path.endsWith('.ts')).map((file) => path.join(outDir, file.path));
    const diagnostics = typeScriptDiagnostics(rootNames);
    expect(diagnostics).toEqual([]);
  });

  it('is laid out as Prettier lays it out, without running Prettier (schema.ts as openapi-typescript prints it)', async () => {
    expect(await differFromPrettier(files)).toEqual([]);
  });

  it('writes schema.ts as openapi-typescript prints it, after the banner', async () => {
    for (const [api, spec] of [
      ['cogs', 'cogs.yaml'],
      ['device-store', 'device-store.yaml'],
    ] as const) {
      const specFile = fixture('pipeline', 'specs', spec);
      const printed = await buildSchemaTypes(await readFile(specFile, 'utf8'), specFile);
      expect(byPath(`${api}/schema.ts`).replace(/^(\/\/.*\n)+\n/, '')).toBe(`${printed.trimEnd()}\n`);
    }
  });
});

describe('generate, on a spec we did not write (OpenAPI 3.0, none of our extensions, x-codegen.strict: false)', () => {
  let files: OutputFile[];
  let outDir: string;
  const byPath = (file: string): string => contentOf(files, file);
  /** The schemas of generated/widgets/validation.ts, loaded as the runtime loads them. */
  const validation = async (): Promise<Record<string, JsonSchema>> =>
    (await import(pathToFileURL(path.join(outDir, 'widgets', 'validation.ts')).href)) as Record<string, JsonSchema>;

  beforeAll(async () => {
    outDir = path.join(await scratchDir('pipeline-foreign'), 'generated');
    files = await generate({
      configFile: fixture('pipeline-foreign', 'redocly.yaml'),
      outDir,
      runtimeDir: RUNTIME_DIR,
      skipLint: true,
    });
    await writeOutput(outDir, files);
  });

  it('names servers without x-environment by their place, and leaves a URL with variables to `baseUrl`', () => {
    expect(byPath('widgets/api.ts')).toContain("servers: { 'server-2': 'https://sandbox.widgets.test/v3' },");
    expect(byPath('widgets/api.ts')).toContain("defaultEnvironment: 'server-2',");
    expect(byPath('widgets/api.ts')).toContain(
      "Its servers with variables are left to each client's `baseUrl`: `https://{region}.widgets.test/v3`.",
    );
  });

  it.each([
    ['widgets-list', 'GET', true],
    ['widgets-replace', 'PUT', true],
    ['widgets-delete', 'DELETE', true],
    ['widgets-create', 'POST', false],
    ['widgets-update', 'PATCH', false],
  ])('without x-retry, lets %s (%s) be sent again: %s', (file, method, repeatable) => {
    const module = byPath(`widgets/operations/${file}.ts`);
    expect(module).toContain(`method: '${method}',`);
    expect(module).toContain(`retry: { repeatable: ${String(repeatable)} },`);
  });

  it('guards a path parameter without a pattern against an empty value and the dot segments, nothing else', () => {
    expect(byPath('widgets/operations/widgets-delete.ts')).toContain(
      `pathParameters: { widget_id: /${DEFAULT_PATH_PARAMETER_PATTERN}/u },`,
    );
    const pattern = new RegExp(DEFAULT_PATH_PARAMETER_PATTERN, 'u');
    expect(['', '.', '..'].filter((value) => pattern.test(value))).toEqual([]);
    // Any other value is percent-encoded by the runtime, so it stays within its path segment.
    expect(['w_1', '...', 'a/b', '?x', ' '].every((value) => pattern.test(value))).toBe(true);
  });

  it('reads OpenAPI 3.0 `nullable` as "null or what the rest allows", as the types do', async () => {
    expect(byPath('widgets/schema.ts')).toContain('colour?: "red" | "blue" | null;');
    const { widgetsCreateRequestSchema, widgetsListResponseSchema } = await validation();
    const create = (colour: unknown): unknown => ({ body: { name: 'w', colour } });
    expect(validateValue(widgetsCreateRequestSchema!, create(null))).toEqual([]);
    expect(validateValue(widgetsCreateRequestSchema!, create('red'))).toEqual([]);
    expect(validateValue(widgetsCreateRequestSchema!, create('green'))).not.toEqual([]);
    expect(validateValue(widgetsListResponseSchema!, [{ id: 1, name: 'w', owner: null }])).toEqual([]);
    expect(validateValue(widgetsListResponseSchema!, [{ id: 1, name: 'w', owner: 'me' }])).not.toEqual([]);
  });

  it('checks `format: int64` on an integer as the integer it is (as ajv-formats does)', async () => {
    const { widgetsListRequestSchema } = await validation();
    expect(validateValue(widgetsListRequestSchema!, { query: { per_page: 30 } })).toEqual([]);
    expect(validateValue(widgetsListRequestSchema!, { query: { per_page: 2.5 } })).not.toEqual([]);
  });

  it('checks all of a request but the part it cannot compile, and says so where the schema and the function are', async () => {
    const { widgetsUpdateRequestSchema } = await validation();
    const update = (tags: unknown, widgetId: unknown = 'w1'): unknown => ({
      path: { widget_id: widgetId },
      body: { tags },
    });
    // The items' pattern is PCRE's: any item passes, but the list is still a list, and the path is checked.
    expect(validateValue(widgetsUpdateRequestSchema!, update(['ANY', 'x-y']))).toEqual([]);
    expect(validateValue(widgetsUpdateRequestSchema!, update('red'))).toEqual([
      { path: '/body/tags', rule: 'type', message: 'must be an array' },
    ]);
    expect(validateValue(widgetsUpdateRequestSchema!, { body: { tags: [] } })).toEqual([
      { path: '/path', rule: 'required', message: 'is required' },
    ]);
    expect(byPath('widgets/validation.ts')).toMatch(
      /PARTLY CHECKED: any value passes in one part\. specs\/widgets\.json operation widgets\/update request body\/properties\/tags\/items\/pattern: "\(\?i\)\^\[a-z\]\+\$" is not a valid regular expression/,
    );
    expect(byPath('widgets/operations/widgets-update.ts')).toContain(
      'The request is checked before sending, except one part, where any value passes: specs/widgets.json operation widgets/update',
    );
  });

  it('reads a format it does not know as an annotation: the rest of the schema is checked, and the module says so', async () => {
    expect(byPath('widgets/validation.ts')).toContain(
      ' * - `github-login`: specs/widgets.json components/schemas/owner/properties/login/format\n',
    );
    const { widgetsListResponseSchema } = await validation();
    const owner = (login: unknown): unknown => [{ id: 1, name: 'w', owner: { login } }];
    expect(validateValue(widgetsListResponseSchema!, owner('any text'))).toEqual([]);
    expect(validateValue(widgetsListResponseSchema!, owner(7))).toEqual([
      { path: '/0/owner/login', rule: 'type', message: 'must be a string' },
    ]);
  });

  it('checks a response body but the part it cannot compile, and says why', async () => {
    const { widgetsReplaceResponseSchema } = await validation();
    const widget = { id: 1, name: 'w', owner: null };
    expect(validateValue(widgetsReplaceResponseSchema!, { ...widget, stamped_on: 'ANY' })).toEqual([]);
    expect(validateValue(widgetsReplaceResponseSchema!, { ...widget, id: 'one' })).not.toEqual([]);
    expect(byPath('widgets/validation.ts')).toContain(
      'The 200 body is checked except one part, where any value passes: specs/widgets.json components/schemas/widget-stamped/allOf/1/properties/stamped_on/pattern: "(?i)^[a-z]+$" is not a valid regular expression',
    );
    // The schema is in the response schemas export, by operationId and status, and not in the operation's module.
    expect(byPath('widgets/validation.ts')).toContain(
      "\n    'widgets/replace': { '200': widgetsReplaceResponseSchema },\n",
    );
    expect(byPath('widgets/operations/widgets-replace.ts')).not.toContain('widgetsReplaceResponseSchema');
  });

  it('resolves with nothing from an operation that declares only a redirect', () => {
    expect(byPath('widgets/types.ts')).toContain('export type WidgetsDownloadResponse = void;');
    expect(byPath('widgets/operations/widgets-download.ts')).toContain("accept: '*/*',");
  });

  it('compiles without a single diagnostic under the strict project settings', () => {
    const rootNames = files.filter((file) => file.path.endsWith('.ts')).map((file) => path.join(outDir, file.path));
    expect(typeScriptDiagnostics(rootNames)).toEqual([]);
  });

  it('refers by name to no global that a spec element could be called and so shadow', () => {
    // Every module but schema.ts (openapi-typescript's, which declares only its own three names), of
    // these APIs and ours: a global type or value they name must be one the generator keeps from
    // spec elements (UNUSABLE_NAMES), or a spec's `Record` schema would break the types that use it.
    const ours = ['asset', 'mollie'].flatMap((api) =>
      readdirSync(path.join(PROJECT_DIR, 'generated', api), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts'))
        .map((file) => path.join(PROJECT_DIR, 'generated', api, file)),
    );
    const modules = [...files.map((file) => path.join(outDir, file.path)), ...ours].filter(
      (file) => file.endsWith('.ts') && path.basename(file) !== 'schema.ts',
    );
    const used = globalNamesUsed(modules);
    expect(used.size).toBeGreaterThan(0);
    expect([...used].filter((name) => !UNUSABLE_NAMES.has(name))).toEqual([]);
  });

  it('is laid out as Prettier lays it out, without running Prettier (schema.ts as openapi-typescript prints it)', async () => {
    expect(await differFromPrettier(files)).toEqual([]);
  });

  it('is a configuration Redocly accepts and lints as it is', async () => {
    const lint = await runRedocly(['lint', '--config', fixture('pipeline-foreign', 'redocly.yaml')]);
    expect(lint.stdout + lint.stderr).not.toMatch(/is not expected here|Your config has/);
    expect(lint.code).toBe(0);
  });

  it('is refused when strict, naming what only our specs promise', async () => {
    const scratch = await scratchDir('pipeline-foreign-strict');
    await cp(fixture('pipeline-foreign'), scratch, { recursive: true });
    const config = path.join(scratch, 'redocly.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('    strict: false', '    strict: true'));
    const attempt = generate({
      configFile: config,
      outDir: path.join(scratch, 'generated'),
      runtimeDir: RUNTIME_DIR,
      skipLint: true,
    });
    await expect(attempt).rejects.toThrow(GenerationError);
    await expect(attempt).rejects.toThrow('widgets/download: declares no 2xx response.');
  });

  it('refuses an x-codegen option it does not know', async () => {
    const scratch = await scratchDir('pipeline-foreign-option');
    await cp(fixture('pipeline-foreign'), scratch, { recursive: true });
    const config = path.join(scratch, 'redocly.yaml');
    await writeFile(config, (await readFile(config, 'utf8')).replace('    strict: false', '    lenient: true'));
    await expect(
      generate({
        configFile: config,
        outDir: path.join(scratch, 'generated'),
        runtimeDir: RUNTIME_DIR,
        skipLint: true,
      }),
    ).rejects.toThrow('unknown option `x-codegen.lenient` (known: strict)');
  });
});

describe('generate, refusing bad input', () => {
  it('fails on an export-name collision with a message naming both sources, instead of renaming', async () => {
    const attempt = generateFixture(fixture('collision', 'redocly.yaml'), await scratchDir('collision'));
    await expect(attempt).rejects.toThrow(GenerationError);
    await expect(attempt).rejects.toThrow(
      'Export name collision in API "clash" (clash.yaml): "UpdateCogBody" is produced by schema components/schemas/UpdateCogBody ' +
        'and by operation updateCog (request body). Rename one of them in the spec',
    );
  });

  it('fails when two APIs would export the same name from the package root', async () => {
    const scratch = await scratchDir('root-collision');
    await cp(fixture('pipeline', 'specs'), path.join(scratch, 'specs'), { recursive: true });
    const config = (await readFile(fixture('pipeline', 'redocly.yaml'), 'utf8')).replace(
      '  device-store:\n    root: specs/device-store.yaml\n',
      '  cogs-copy:\n    root: specs/cogs.yaml\n',
    );
    await writeFile(path.join(scratch, 'redocly.yaml'), config);
    await expect(generateFixture(path.join(scratch, 'redocly.yaml'), scratch)).rejects.toThrow(
      'Export name collision in the package root (src/index.ts and generated/index.ts): "getCog" is produced by API "cogs" (specs/cogs.yaml) and by API "cogs-copy" (specs/cogs.yaml)',
    );
  });

  it('fails on a schema keyword the request validator cannot check, instead of skipping the rule', async () => {
    const scratch = await scratchDir('unsupported-keyword');
    await cp(fixture('pipeline'), scratch, { recursive: true });
    const spec = path.join(scratch, 'specs', 'cogs.yaml');
    await writeFile(
      spec,
      (await readFile(spec, 'utf8')).replace(
        '      maxLength: 20\n',
        '      maxLength: 20\n      $dynamicRef: "#cog-id"\n',
      ),
    );
    const attempt = generate({
      configFile: path.join(scratch, 'redocly.yaml'),
      outDir: path.join(scratch, 'generated'),
      runtimeDir: RUNTIME_DIR,
      skipLint: true,
    });
    await expect(attempt).rejects.toThrow(
      'specs/cogs.yaml components/schemas/CogId: keyword "$dynamicRef" is not supported by the request validator',
    );
  });

  it("fails on a lint error with Redocly's report, and writes nothing", async () => {
    const scratch = await scratchDir('lint-failure');
    const outDir = path.join(scratch, 'generated');
    await writeOutput(outDir, [{ path: 'keep.ts', content: 'export {};\n' }]);
    const result = await runScript('generate.ts', [
      '--config',
      fixture('broken-lint', 'redocly.yaml'),
      '--out',
      outDir,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('generate: Spec lint failed; nothing was generated.');
    expect(result.stderr).toContain('codegen/property-description');
    expect(result.stderr).not.toMatch(/\n\s+at /); // a readable message, not a stack trace
    expect(await listFiles(outDir)).toEqual(['keep.ts']);
  });
});

describe('check:generated', () => {
  it('passes on a fresh generation, then names each stale, missing, extra and hand-edited file after a one-character spec change', async () => {
    const scratch = await scratchDir('stale');
    await cp(fixture('pipeline'), scratch, { recursive: true });
    const config = path.join(scratch, 'redocly.yaml');
    const out = path.join(scratch, 'generated');
    const check = (): ReturnType<typeof runScript> =>
      runScript('check-generated.ts', ['--config', config, '--out', out]);

    const first = await runScript('generate.ts', ['--config', config, '--out', out]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/generate: .*generated\/: 17 files written, 0 unchanged, 0 removed \(\d+ ms\)\n/);
    const again = await runScript('generate.ts', ['--config', config, '--out', out]);
    expect(again.stdout).toMatch(/generate: .*generated\/ was already up to date \(17 files unchanged, \d+ ms\)\n/);
    const fresh = await check();
    expect(fresh.stdout).toContain('is up to date (17 files)');
    expect(fresh.code).toBe(0);

    const spec = path.join(scratch, 'specs', 'device-store.yaml');
    const text = await readFile(spec, 'utf8');
    await writeFile(spec, text.replace('description: Archives a device.', 'description: Archives a device!'));
    await rm(path.join(out, 'cogs', 'api.ts'));
    await writeFile(path.join(out, 'cogs', 'leftover.ts'), 'export {};\n');
    const types = path.join(out, 'cogs', 'types.ts');
    await writeFile(types, (await readFile(types, 'utf8')) + 'export type Patched = 1;\n');

    const stale = await check();
    expect(stale.code).toBe(1);
    const listed = stale.stderr
      .split('\n')
      .filter((line) => /^\s+(stale|missing|extra|edited by hand):/.test(line))
      .map((line) => line.trim().replace(/\s+/g, ' '));
    expect([...listed].sort()).toEqual(
      [
        `missing: ${out}/cogs/api.ts`,
        // Banners hash each file's own text: only the two files that carry the description changed.
        `stale: ${out}/device-store/operations/archive-device.ts`,
        `stale: ${out}/device-store/schema.ts`,
        `extra: ${out}/cogs/leftover.ts`,
        `edited by hand: ${out}/cogs/types.ts (its text no longer matches the hash in its banner)`,
      ].sort(),
    );
    // The files of the other API are untouched and not named.
    expect(stale.stderr).not.toContain(`${out}/cogs/schema.ts`);
  });
});

describe('regeneration after a one-word spec edit', () => {
  it('rewrites only the files whose text changes, and says so', async () => {
    const scratch = await scratchDir('regenerate-one-word');
    await cp(fixture('pipeline'), scratch, { recursive: true });
    const config = path.join(scratch, 'redocly.yaml');
    const out = path.join(scratch, 'generated');
    expect((await runScript('generate.ts', ['--config', config, '--out', out])).code).toBe(0);
    const before = new Map<string, string>();
    for (const file of await listFiles(out)) before.set(file, await readFile(path.join(out, file), 'utf8'));

    const spec = path.join(scratch, 'specs', 'device-store.yaml');
    await writeFile(
      spec,
      (await readFile(spec, 'utf8')).replace('description: Archives a device.', 'description: Archives one device.'),
    );
    const result = await runScript('generate.ts', ['--config', config, '--out', out]);
    expect(result.stdout).toMatch(/: 2 files written, 15 unchanged, 0 removed \(\d+ ms\)\n/);
    const changed: string[] = [];
    for (const [file, text] of before) if ((await readFile(path.join(out, file), 'utf8')) !== text) changed.push(file);
    expect(changed).toEqual(['device-store/operations/archive-device.ts', 'device-store/schema.ts']);
  });
});

describe('openapi-typescript, called without its bundler', () => {
  it.each([
    path.join(PROJECT_DIR, 'openapi', 'asset.yaml'),
    path.join(PROJECT_DIR, 'openapi', 'mollie.yaml'),
    fixture('pipeline-foreign', 'specs', 'widgets.json'),
  ])('gives the types its own entry point gives, for a spec that refers to no other file: %s', async (specFile) => {
    const text = await readFile(specFile, 'utf8');
    expect(await buildSchemaTypes(text, specFile)).toBe(await buildSchemaTypes(text, specFile, { viaBundler: true }));
  });
});
