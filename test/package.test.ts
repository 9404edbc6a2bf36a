// The compiled package (dist/, built by `npm run compile` before vitest in `npm test`), imported
// by its own name the way a user imports it, and the README's code samples compiled against it.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR, run, scratchDir } from './helpers/project.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

beforeAll(() => {
  if (!existsSync(path.join(PROJECT_DIR, 'dist', 'src', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run compile` (npm test does) before this suite.');
  }
});

async function exportsOf(specifier: string): Promise<string[]> {
  const script = `import(${JSON.stringify(specifier)}).then((m) => console.log(JSON.stringify(Object.keys(m).sort())))`;
  const result = await run(process.execPath, ['--input-type=module', '-e', script]);
  if (result.code !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

describe('the built package', () => {
  it('is importable as invoicing-sdk, with both clients, every operation and the error classes', async () => {
    const names = await exportsOf('invoicing-sdk');
    for (const name of [
      'createAssetClient',
      'createAssetCore',
      'createMollieClient',
      'createMollieCore',
      'updateBill',
      'updateInvoiceStatus',
      'updateSalesInvoice',
      'ApiError',
      'RequestValidationError',
      'ConfigurationError',
      'isApiError',
    ]) {
      expect(names).toContain(name);
    }
  });

  it('shows no internal part on a client: its own string keys are the transport and the operations', async () => {
    const script =
      "import('invoicing-sdk').then(({ createMollieClient }) => { const client = createMollieClient({ token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });" +
      ' console.log(JSON.stringify(Object.keys(client).sort())); })';
    const result = await run(process.execPath, ['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(['api', 'baseUrl', 'http', 'updateSalesInvoice']);
  });

  it('offers each API under its own subpath', async () => {
    const asset = await exportsOf('invoicing-sdk/asset');
    expect(asset).toEqual(
      expect.arrayContaining(['assetApi', 'createAssetClient', 'updateBill', 'updateInvoiceStatus']),
    );
    // What the runtime reads of each operation is internal: no `…Operation` description is exported.
    expect(asset.filter((name) => name.endsWith('Operation'))).toEqual([]);
    expect(await exportsOf('invoicing-sdk/mollie')).toEqual(
      expect.arrayContaining(['mollieApi', 'createMollieClient', 'updateSalesInvoice']),
    );
  });

  it('ships JavaScript for each entry point and declarations for every module', () => {
    for (const file of [
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/generated/asset/index.js',
      'dist/generated/asset/index.d.ts',
      'dist/generated/mollie/index.js',
      'dist/generated/mollie/operations/update-sales-invoice.d.ts',
    ]) {
      expect(existsSync(path.join(PROJECT_DIR, file)), file).toBe(true);
    }
    // The per-module JavaScript was joined into the entries and their shared chunks.
    expect(existsSync(path.join(PROJECT_DIR, 'dist/generated/mollie/operations/update-sales-invoice.js'))).toBe(false);
  });
});

describe('README code samples', () => {
  it('compile against the built package with the strict settings', async () => {
    const readme = await readFile(path.join(PROJECT_DIR, 'README.md'), 'utf8');
    const samples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(samples.length).toBeGreaterThanOrEqual(4);
    const dir = await scratchDir('readme');
    await mkdir(dir, { recursive: true });
    const files = await Promise.all(
      samples.map(async (sample, index) => {
        const file = path.join(dir, `sample-${index + 1}.ts`);
        await writeFile(file, `${sample}\nexport {};\n`);
        return file;
      }),
    );
    const diagnostics = typeScriptDiagnostics(files);
    expect(diagnostics).toEqual([]);
    // The samples import the package by name, so this checked the published declarations.
    expect(samples.every((sample) => sample.includes("from 'invoicing-sdk'"))).toBe(true);
  });
});
