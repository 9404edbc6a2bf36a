// The published artifact, checked the way its users meet it: the tarball `npm pack` makes, linted
// by publint and Are The Types Wrong, installed into a fresh project outside the repository and
// loaded from CommonJS and ESM with the system Node, bundled by esbuild to prove that an app
// importing one operation does not carry the others, and measured against the size budgets in
// .size-limit.json. dist/ must be fresh (`npm test` compiles before vitest runs).
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR, run, type ProcessResult } from './helpers/project.js';

/** A fresh project in the system temp folder with the packed package installed into it. */
let consumerDir = '';
/** The tarball `npm pack` made, inside consumerDir, and the paths it holds. */
let tarball = '';
let packedFiles: string[] = [];

function describeFailure(what: string, result: ProcessResult): string {
  return `${what} exited with ${String(result.code)}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}

async function npm(args: readonly string[], cwd: string): Promise<ProcessResult> {
  return run('npm', [...args, '--no-update-notifier'], { cwd });
}

beforeAll(async () => {
  if (!existsSync(path.join(PROJECT_DIR, 'dist', 'src', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run compile` (npm test does) before this suite.');
  }
  consumerDir = await mkdtemp(path.join(os.tmpdir(), 'invoicing-sdk-consumer-'));
  const packed = await npm(['pack', '--json', '--pack-destination', consumerDir], PROJECT_DIR);
  if (packed.code !== 0) throw new Error(describeFailure('npm pack', packed));
  const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  tarball = path.join(consumerDir, filename);
  packedFiles = files.map((file) => file.path);
  await writeFile(
    path.join(consumerDir, 'package.json'),
    `${JSON.stringify({ name: 'invoicing-sdk-consumer', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  // openapi-fetch (the only runtime dependency) is in this project's lockfile, so the npm cache
  // that installed node_modules already holds it: install offline, and go to the registry only
  // if the cache turns out not to have it.
  const install = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  let installed = await npm([...install, '--offline'], consumerDir);
  if (installed.code !== 0) installed = await npm(install, consumerDir);
  if (installed.code !== 0) throw new Error(describeFailure('npm install', installed));
}, 120_000);

afterAll(async () => {
  if (consumerDir !== '') await rm(consumerDir, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds dist (without build info or test files), the specs, README and LICENSE, and nothing else', () => {
    const paths = packedFiles;
    expect(paths).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'openapi/asset.yaml',
        'openapi/mollie.yaml',
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/generated/asset/index.js',
        'dist/generated/mollie/index.d.ts',
      ]),
    );
    // The JavaScript is the entry points and the chunks they share (scripts/bundle-dist.ts).
    expect(paths.some((file) => /^dist\/chunks\/chunk-[A-Z0-9]+\.js$/u.test(file))).toBe(true);
    const unexpected = paths.filter(
      (file) =>
        !['LICENSE', 'README.md', 'package.json'].includes(file) &&
        !/^openapi\/[^/]+\.yaml$/u.test(file) &&
        !/^dist\/(src|generated|chunks)\//u.test(file),
    );
    expect(unexpected).toEqual([]);
    expect(
      paths.filter((file) => /\.tsbuildinfo$|\.test(-d)?\.|(^|\/)(test|__snapshots__|fixtures)\//u.test(file)),
    ).toEqual([]);
  });

  it('passes publint with no message at all (suggestions included, warnings as errors)', async () => {
    // The tarball the consumer tests install, so publint judges exactly what gets published.
    const bytes = await readFile(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
      level: 'suggestion',
      strict: true,
    });
    const report = messages.map((message) => `${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
    console.log(`publint: ${report.length === 0 ? 'no problems' : report.join('\n')}`);
    expect(report).toEqual([]);
  });

  it('passes Are The Types Wrong for the root and each API subpath under the ESM-only profile', async () => {
    // `--profile esm-only` ignores exactly two resolution modes: `node10` (TypeScript's legacy
    // moduleResolution, which cannot read `exports`) and `node16-cjs` (a `require` from a
    // CommonJS file type-checked as node16, which attw reports as "ESM (dynamic import only)"
    // because it predates require(esm)). A package that is ESM-only by design cannot satisfy
    // them; every ESM and bundler resolution is still checked. The `./*` pattern is not expanded
    // by attw, so the API subpaths are named explicitly.
    const result = await run(process.execPath, [
      path.join(PROJECT_DIR, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js'),
      '--pack',
      '.',
      '--profile',
      'esm-only',
      '--include-entrypoints',
      './asset',
      './mollie',
      '--format',
      'json',
    ]);
    expect(result.code, describeFailure('attw', result)).toBe(0);
    const output = JSON.parse(result.stdout) as {
      problems?: Record<string, { kind: string; entrypoint: string; resolutionKind: string }[]>;
      analysis: {
        entrypoints: Record<
          string,
          {
            resolutions: Record<
              string,
              { resolution?: { fileName: string }; implementationResolution?: { fileName: string } }
            >;
          }
        >;
      };
    };
    const problems = Object.values(output.problems ?? {}).flat();
    const counted = problems.filter((problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind));
    console.log(
      `attw: ${counted.length} problems (${problems.length - counted.length} in the ignored node10/node16-cjs modes)`,
    );
    expect(counted).toEqual([]);

    // Types first and then JavaScript, for the root and for both per-API subpaths.
    const expected = {
      '.': 'dist/src/index',
      './asset': 'dist/generated/asset/index',
      './mollie': 'dist/generated/mollie/index',
    };
    for (const [entrypoint, file] of Object.entries(expected)) {
      for (const mode of ['node16-esm', 'bundler']) {
        const resolved = output.analysis.entrypoints[entrypoint]?.resolutions[mode];
        expect(resolved?.resolution?.fileName, `${entrypoint} (${mode}) types`).toBe(
          `/node_modules/invoicing-sdk/${file}.d.ts`,
        );
        expect(resolved?.implementationResolution?.fileName, `${entrypoint} (${mode}) JavaScript`).toBe(
          `/node_modules/invoicing-sdk/${file}.js`,
        );
      }
    }
  });
});

describe('the installed package, in a fresh project outside the repository', () => {
  async function runFile(name: string, source: string): Promise<ProcessResult> {
    const file = path.join(consumerDir, name);
    await writeFile(file, source);
    return run(process.execPath, [file], { cwd: consumerDir });
  }

  it('loads from CommonJS with require() (require(esm), unflagged on Node >= 20.19 and >= 22.12)', async () => {
    const result = await runFile(
      'consumer.cjs',
      `const sdk = require('invoicing-sdk');
const asset = require('invoicing-sdk/asset');
const mollie = require('invoicing-sdk/mollie');
console.log(JSON.stringify({
  createMollieClient: typeof sdk.createMollieClient,
  updateSalesInvoice: typeof sdk.updateSalesInvoice,
  isApiError: typeof sdk.isApiError,
  assetUpdateBill: typeof asset.updateBill,
  mollieUpdateSalesInvoice: typeof mollie.updateSalesInvoice,
  version: require('invoicing-sdk/package.json').version,
  spec: require.resolve('invoicing-sdk/openapi/asset.yaml').endsWith('asset.yaml'),
}));
`,
    );
    console.log(`CommonJS consumer (node ${process.version}): ${result.stdout.trim()} ${result.stderr.trim()}`);
    expect(result.code, describeFailure('node consumer.cjs', result)).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      createMollieClient: 'function',
      updateSalesInvoice: 'function',
      isApiError: 'function',
      assetUpdateBill: 'function',
      mollieUpdateSalesInvoice: 'function',
      version: '0.1.0',
      spec: true,
    });
  });

  it('loads from ESM with import', async () => {
    const result = await runFile(
      'consumer.mjs',
      `import * as sdk from 'invoicing-sdk';
import { updateBill } from 'invoicing-sdk/asset';
import { mollieApi } from 'invoicing-sdk/mollie';
const client = sdk.createMollieClient({ token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
console.log(JSON.stringify({
  createMollieClient: typeof sdk.createMollieClient,
  clientUpdateSalesInvoice: typeof client.updateSalesInvoice,
  assetUpdateBill: typeof updateBill,
  mollieApi: mollieApi.name,
}));
`,
    );
    console.log(`ESM consumer: ${result.stdout.trim()} ${result.stderr.trim()}`);
    expect(result.code, describeFailure('node consumer.mjs', result)).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      createMollieClient: 'function',
      clientUpdateSalesInvoice: 'function',
      assetUpdateBill: 'function',
      mollieApi: 'mollie',
    });
  });
});

describe('TypeScript consumers of the installed package', () => {
  // Strict, exactOptionalPropertyTypes, and skipLibCheck off so that our own .d.ts files are checked
  // too. The misuse lines prove the types arrive: each must be an error.
  const consumer = `import { createMollieClient, isApiError, type UpdateSalesInvoiceRequest } from 'invoicing-sdk';
import { createAssetCore, updateBill, type Invoice } from 'invoicing-sdk/asset';
import type { SalesInvoice } from 'invoicing-sdk/mollie';

const mollie = createMollieClient({ token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
const request: UpdateSalesInvoiceRequest = {
  path: { salesInvoiceId: 'invoice_4Y0eZitmBnQ6IDoMqZQKh' },
  body: { status: 'paid', paymentDetails: { source: 'manual' } },
};
export async function run(): Promise<SalesInvoice['status'] | Invoice['id'] | undefined> {
  try {
    const invoice = await mollie.updateSalesInvoice(request);
    await updateBill(createAssetCore({ token: 't' }), {
      path: { business_id: 'biz_GA6EG2qFxA97NZHtxeLPUy', bill_id: 'bil_WQMDNUHpBThYSNh4AprDBo' },
      body: { number: 'BILL-2' },
    });
    return invoice.status;
  } catch (error) {
    if (isApiError(error)) return undefined;
    throw error;
  }
}
// @ts-expect-error status paid needs paymentDetails
export const bad: UpdateSalesInvoiceRequest = { path: { salesInvoiceId: 'invoice_x' }, body: { status: 'paid' } };
// @ts-expect-error a bill id is not a business id
void updateBill(createAssetCore({ token: 't' }), { path: { business_id: 'bil_x', bill_id: 'bil_x' }, body: { number: 'x' } });
`;
  const strict = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2022', 'DOM'],
    types: [],
  };

  it.each([
    ['nodenext, ESM', 'consumer.mts', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['nodenext, CommonJS', 'consumer.cts', { module: 'nodenext', moduleResolution: 'nodenext' }],
    ['bundler', 'consumer.ts', { module: 'esnext', moduleResolution: 'bundler' }],
  ] as const)('compile under %s without a diagnostic', async (name, file, resolution) => {
    await writeFile(path.join(consumerDir, file), consumer);
    const tsconfig = path.join(consumerDir, `tsconfig.${file}.json`);
    await writeFile(tsconfig, JSON.stringify({ compilerOptions: { ...strict, ...resolution }, files: [file] }));
    const tsc = path.join(PROJECT_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
    const result = await run(process.execPath, [tsc, '-p', tsconfig], { cwd: consumerDir });
    expect(result.code, describeFailure(`tsc (${name})`, result)).toBe(0);
  });
});

describe('tree-shaking', () => {
  /** Bundle an app for the browser the way an application bundler would, from the installed package. */
  async function bundle(app: string): Promise<string> {
    const result = await build({
      stdin: { contents: app, resolveDir: consumerDir, sourcefile: 'app.js', loader: 'js' },
      absWorkingDir: consumerDir,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles).toHaveLength(1);
    return result.outputFiles[0]!.text;
  }

  it('an app calling one Mollie operation carries nothing of Asset', async () => {
    const code = await bundle(`import { createMollieCore, updateSalesInvoice } from 'invoicing-sdk';
const core = createMollieCore({ token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
export const done = updateSalesInvoice(core, { path: { salesInvoiceId: 'invoice_4Y0eZitmBnQ6IDoMqZQKh' }, body: { memo: 'Thanks!' } });
`);
    // The operation it uses is there (so the checks below are not vacuous)...
    for (const present of ['/v2/sales-invoices/{salesInvoiceId}', 'updateSalesInvoice', 'api.mollie.com']) {
      expect(code, present).toContain(present);
    }
    // ...and none of the strings only Asset's operations, schemas and servers carry.
    for (const absent of [
      '/v0/business/',
      'line_changes',
      'biz_',
      'updateBill',
      'updateInvoiceStatus',
      'getasset.com',
    ]) {
      expect(code, absent).not.toContain(absent);
    }
  });

  it('an app carries the response schemas only when it checks responses', async () => {
    const call = `export const done = updateSalesInvoice(core, { path: { salesInvoiceId: 'invoice_4Y0eZitmBnQ6IDoMqZQKh' }, body: { memo: 'Thanks!' } });`;
    const plain = await bundle(`import { createMollieCore, updateSalesInvoice } from 'invoicing-sdk';
const core = createMollieCore({ token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
${call}`);
    const checking =
      await bundle(`import { createMollieCore, mollieResponseSchemas, updateSalesInvoice } from 'invoicing-sdk';
const core = createMollieCore({ token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM', validateResponses: true, responseSchemas: mollieResponseSchemas });
${call}`);
    // Fields only the returned sales invoice has (the request schema is in both).
    for (const field of ['_links', 'amountDue', 'invoiceNumber', 'totalAmount']) {
      expect(checking, field).toContain(field);
      expect(plain, field).not.toContain(field);
    }
    expect(plain).toContain('recipientIdentifier');
  });

  it('an app calling one Asset operation carries neither the other Asset operation nor Mollie', async () => {
    const code = await bundle(`import { createAssetCore, updateBill } from 'invoicing-sdk';
const core = createAssetCore({ token: 'your-asset-access-token' });
export const done = updateBill(core, { path: { business_id: 'biz_GA6EG2qFxA97NZHtxeLPUy', bill_id: 'bil_WQMDNUHpBThYSNh4AprDBo' }, body: { memo: 'x' } });
`);
    for (const present of ['/v0/business/{business_id}/bills/{bill_id}', 'updateBill', 'line_changes']) {
      expect(code, present).toContain(present);
    }
    for (const absent of [
      '/v2/sales-invoices',
      'invoice_',
      '/invoice/{invoice_id}',
      'updateInvoiceStatus',
      'updateSalesInvoice',
      'mollie.com',
      // Nor the response accessor, which the app does not use: its header table and result fields.
      'declaredHeaders',
      'x-ratelimit-limit',
    ]) {
      expect(code, absent).not.toContain(absent);
    }
  });
});

describe('bundle size', () => {
  it('stays within the budgets in .size-limit.json (minified and brotlied, dependencies included)', async () => {
    // The entries import `invoicing-sdk` from the repository's own dist/ through the package's
    // `exports` (a self-reference), so they measure what `npm run compile` just built.
    const fixtures = await readdir(path.join(PROJECT_DIR, 'test', 'fixtures', 'consumers'));
    expect(fixtures.filter((file) => file.startsWith('size-'))).toHaveLength(4);
    const result = await run(process.execPath, [
      path.join(PROJECT_DIR, 'node_modules', 'size-limit', 'bin.js'),
      '--json',
    ]);
    const checks = JSON.parse(result.stdout) as { name: string; passed: boolean; size: number; sizeLimit: number }[];
    console.log(
      checks
        .map(
          (check) => `${check.name}: ${check.size} B (budget ${check.sizeLimit} B)${check.passed ? '' : ' EXCEEDED'}`,
        )
        .join('\n'),
    );
    expect(checks).toHaveLength(4);
    expect(
      checks.filter((check) => !check.passed || typeof check.sizeLimit !== 'number'),
      'a size budget is exceeded (or missing): make the code smaller, or raise the budget in .size-limit.json and the README table on purpose',
    ).toEqual([]);
    expect(result.code, describeFailure('size-limit', result)).toBe(0);
  });
});

describe("the bundled dist's source maps", () => {
  it('lead from each chunk back to the TypeScript it came from, inside the project, with its text', async () => {
    const chunks = path.join(PROJECT_DIR, 'dist', 'chunks');
    const maps = (await readdir(chunks)).filter((file) => file.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(0);
    for (const file of maps) {
      const map = JSON.parse(await readFile(path.join(chunks, file), 'utf8')) as {
        sources: string[];
        sourcesContent: string[];
      };
      expect(map.sources.length).toBeGreaterThan(10);
      for (const [index, source] of map.sources.entries()) {
        const original = path.resolve(chunks, source);
        // The package root is two folders up: the map names src/… and generated/… from there.
        expect(path.relative(PROJECT_DIR, original), source).toMatch(/^(src|generated)\/.+\.ts$/u);
        expect(map.sourcesContent[index], source).toBe(await readFile(original, 'utf8'));
      }
    }
  });
});
