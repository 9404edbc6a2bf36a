// Runtime compatibility smoke suite (`npm run test:compat`, run by .ci/run after `npm test`): the
// tarball `npm pack` makes is installed into fresh projects outside the repository, and one small
// program calls all three operations against a node:http server on 127.0.0.1 in this process from
// Node (ESM and CommonJS) 20.20.2 (the system Node), 22.23.3, 24.21.0 and 26.10.0, Bun 1.4.5,
// Deno 2.9.5 and headless Chromium 143. Versions are exact; npx fetches the runtimes from the npm
// registry (once; later runs use the npm cache), and the browser is the devDependency
// @sparticuz/chromium, started by the same launcher as the docs test (../helpers/chromium.ts).
// dist/ must be fresh: the script compiles first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveStatic } from '../helpers/chromium.js';
import { PROJECT_DIR } from '../helpers/project.js';
import { CORS_ALLOWED_HEADERS, EXAMPLES, startApiServer, type ApiServer } from './helpers/api-server.js';
import { IDS, TOKENS, smokeSource, type SmokeReport } from './helpers/smoke-script.js';

interface Outcome {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run a command with the API's URL in the environment; a hung runtime is killed after `timeoutMs`. */
function spawnRuntime(command: string, args: readonly string[], cwd: string, timeoutMs: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        SMOKE_BASE_URL: api.url,
        NO_COLOR: '1',
        DENO_NO_UPDATE_CHECK: '1',
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function describeFailure(what: string, result: Outcome): string {
  return `${what} exited with ${String(result.code)}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}

const npmArgs = ['--no-update-notifier', '--no-audit', '--no-fund'];

/** A fresh project in the system temp folder with the tarball installed (offline from the npm cache first). */
async function freshProject(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  projects.push(dir);
  await writeFile(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'invoicing-sdk-compat', version: '1.0.0', private: true }, null, 2)}\n`,
  );
  const install = ['install', ...npmArgs, '--no-package-lock', tarball];
  let installed = await spawnRuntime('npm', [...install, '--offline'], dir, 120_000);
  if (installed.code !== 0) installed = await spawnRuntime('npm', install, dir, 120_000);
  if (installed.code !== 0) throw new Error(describeFailure('npm install', installed));
  return dir;
}

let api: ApiServer;
let tarball = '';
let packDir = '';
/** Node, Bun and Deno all run these two files of one project. */
let consumerDir = '';
const projects: string[] = [];
const summary: string[] = [];
const suiteStart = performance.now();

beforeAll(async () => {
  if (!existsSync(path.join(PROJECT_DIR, 'dist', 'src', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run compile` before this suite (npm run test:compat does).');
  }
  api = await startApiServer();
  packDir = await mkdtemp(path.join(os.tmpdir(), 'invoicing-sdk-compat-pack-'));
  projects.push(packDir);
  const packed = await spawnRuntime(
    'npm',
    ['pack', '--json', '--pack-destination', packDir, ...npmArgs],
    PROJECT_DIR,
    120_000,
  );
  if (packed.code !== 0) throw new Error(describeFailure('npm pack', packed));
  const [{ filename }] = JSON.parse(packed.stdout) as [{ filename: string }];
  tarball = path.join(packDir, filename);
  consumerDir = await freshProject('invoicing-sdk-compat-node-');
  await writeFile(path.join(consumerDir, 'smoke.mjs'), smokeSource('esm'));
  await writeFile(path.join(consumerDir, 'smoke.cjs'), smokeSource('cjs'));
});

afterAll(async () => {
  console.log(
    [
      'runtime compatibility summary:',
      ...summary,
      `total ${((performance.now() - suiteStart) / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
  await api?.close();
  for (const dir of projects) await rm(dir, { recursive: true, force: true });
});

/** What every runtime must have achieved: the typed data back, the right requests, bad ids refused locally. */
function checkRun(label: string, report: SmokeReport, options: { browser?: boolean } = {}): void {
  expect(report.invoice, label).toEqual({ id: EXAMPLES.invoice.data.id, status: 'paid', businessId: IDS.business });
  expect(report.bill, label).toEqual({ id: EXAMPLES.bill.data.id, number: 'BILL-002' });
  expect(report.salesInvoice, label).toEqual({
    id: EXAMPLES.salesInvoice.id,
    status: 'issued',
    resource: 'sales-invoice',
  });
  expect(report.refused, label).toEqual([
    { operation: 'updateInvoiceStatus', name: 'RequestValidationError', guard: true, issuePaths: ['/path/invoice_id'] },
    { operation: 'updateBill', name: 'RequestValidationError', guard: true, issuePaths: ['/path/bill_id'] },
    {
      operation: 'updateSalesInvoice',
      name: 'RequestValidationError',
      guard: true,
      issuePaths: ['/path/salesInvoiceId'],
    },
  ]);

  // Exactly the three valid calls reached the server (the refused ones sent nothing).
  const preflights = api.requests.filter((request) => request.method === 'OPTIONS');
  const calls = api.requests.filter((request) => request.method !== 'OPTIONS');
  expect(
    calls.map((request) => `${request.method} ${request.url} ${String(request.headers['authorization'])}`),
    label,
  ).toEqual([
    `PATCH /v0/business/${IDS.business}/invoice/${IDS.invoice} Bearer ${TOKENS.asset}`,
    `PATCH /v0/business/${IDS.business}/bills/${IDS.bill} Bearer ${TOKENS.asset}`,
    `PATCH /v2/sales-invoices/${IDS.salesInvoice} Bearer ${TOKENS.mollie}`,
  ]);
  expect(calls[0]?.headers['x-user-id'], label).toBe('accounts@example.com');
  expect(calls.map((request) => JSON.parse(request.body) as unknown)).toEqual([
    { status: 'paid' },
    { number: 'BILL-002', description: 'Updated office supplies' },
    { status: 'paid', paymentDetails: { source: 'manual' } },
  ]);
  if (options.browser) {
    // Cross-origin PATCH with an Authorization header: each call was preflighted.
    expect(preflights.length, `${label}: preflights`).toBeGreaterThanOrEqual(1);
  } else {
    expect(preflights, label).toEqual([]);
  }
}

function parseReport(label: string, result: Outcome): SmokeReport {
  expect(result.code, describeFailure(label, result)).toBe(0);
  const line = result.stdout.split('\n').find((text) => text.startsWith('SMOKE '));
  expect(line, describeFailure(label, result)).toBeDefined();
  return JSON.parse(line!.slice('SMOKE '.length)) as SmokeReport;
}

async function runCli(label: string, command: string, args: readonly string[], expectedRuntime: string): Promise<void> {
  api.reset();
  const start = performance.now();
  const result = await spawnRuntime(command, args, consumerDir, 170_000);
  const seconds = (performance.now() - start) / 1000;
  let report: SmokeReport;
  try {
    report = parseReport(label, result);
    expect(report.runtime, label).toBe(expectedRuntime);
    checkRun(label, report);
  } catch (error) {
    summary.push(`FAIL ${label} (${seconds.toFixed(1)} s)`);
    throw error;
  }
  const line = `ok   ${label}: ${report.runtime}, 3 operations, 3 bad ids refused (${seconds.toFixed(1)} s)`;
  summary.push(line);
  console.log(line);
}

const NODE_VERSIONS = ['22.23.3', '24.21.0', '26.10.0'] as const;

describe('Node', () => {
  it('system Node (ESM and CommonJS)', async () => {
    expect(process.version).toMatch(/^v20\./u);
    await runCli('node (system) ESM', process.execPath, ['smoke.mjs'], `node ${process.version}`);
    await runCli('node (system) CommonJS', process.execPath, ['smoke.cjs'], `node ${process.version}`);
  });

  it.each(NODE_VERSIONS)('Node %s from npm (ESM and CommonJS)', async (version) => {
    await runCli(`node ${version} ESM`, 'npx', ['-y', `node@${version}`, 'smoke.mjs'], `node v${version}`);
    await runCli(`node ${version} CommonJS`, 'npx', ['-y', `node@${version}`, 'smoke.cjs'], `node v${version}`);
  });
});

describe('Bun and Deno (the same ESM file)', () => {
  it('Bun 1.4.5', async () => {
    await runCli('bun 1.4.5 ESM', 'npx', ['-y', 'bun@1.4.5', 'smoke.mjs'], 'bun 1.4.5');
  });

  it('Deno 2.9.5', async () => {
    await runCli('deno 2.9.5 ESM', 'npx', ['-y', 'deno@2.9.5', 'run', '-A', 'smoke.mjs'], 'deno 2.9.5');
  });
});

describe('browser', () => {
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.close();
  });

  it('Chromium (headless), a bundled app calling the API cross-origin', async () => {
    const start = performance.now();
    const label = 'chromium ESM bundle';
    try {
      const appDir = await freshProject('invoicing-sdk-compat-browser-');
      const bundled = await build({
        stdin: { contents: smokeSource('browser'), resolveDir: appDir, sourcefile: 'app.js', loader: 'js' },
        absWorkingDir: appDir,
        bundle: true,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        outfile: path.join(appDir, 'public', 'app.js'),
        logLevel: 'silent',
      });
      expect(bundled.errors).toEqual([]);
      await writeFile(
        path.join(appDir, 'public', 'index.html'),
        '<!doctype html><meta charset="utf-8"><title>compat</title><script type="module" src="./app.js"></script>\n',
      );
      const site = await serveStatic(path.join(appDir, 'public'));
      api.allowOrigin = site.url;
      api.reset();
      try {
        browser = await launchChromium();
        const page = await browser.newPage();
        const pageErrors: string[] = [];
        page.on('pageerror', (error) => pageErrors.push(String(error)));
        // No page.route(): with interception on, Playwright answers CORS preflights itself, and
        // the server's CORS answers would go untested. The page loads nothing but 127.0.0.1, which
        // the request log below proves.
        const requested: string[] = [];
        page.on('request', (request) => requested.push(request.url()));
        await page.goto(`${site.url}/index.html?api=${encodeURIComponent(api.url)}`, { timeout: 20_000 });
        await page.waitForFunction(() => (window as { __smoke?: unknown }).__smoke !== undefined, undefined, {
          timeout: 30_000,
        });
        const outcome = (await page.evaluate(() => (window as { __smoke?: unknown }).__smoke)) as
          { ok: true; report: SmokeReport } | { ok: false; error: string };
        const browserVersion = browser.version();
        expect(pageErrors).toEqual([]);
        expect(requested.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([]);
        expect(outcome.ok, outcome.ok ? '' : outcome.error).toBe(true);
        if (!outcome.ok) return;
        expect(outcome.report.runtime).toMatch(/HeadlessChrome|Chrome/u);
        checkRun(label, outcome.report, { browser: true });
        for (const preflight of api.requests.filter((request) => request.method === 'OPTIONS')) {
          expect(preflight.headers['origin']).toBe(site.url);
          expect(preflight.headers['access-control-request-method']).toBe('PATCH');
          const asked = String(preflight.headers['access-control-request-headers'] ?? '').split(',');
          for (const header of asked.filter((name) => name !== '')) {
            expect(
              CORS_ALLOWED_HEADERS.split(', '),
              'a preflight asked for a header the server does not allow',
            ).toContain(header.trim());
          }
        }
        const seconds = (performance.now() - start) / 1000;
        const line = `ok   ${label}: chromium ${browserVersion}, 3 operations, 3 bad ids refused (${seconds.toFixed(1)} s)`;
        summary.push(line);
        console.log(line);
      } finally {
        api.allowOrigin = undefined;
        await site.close();
      }
    } catch (error) {
      summary.push(`FAIL ${label} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
      throw error;
    }
  });
});
