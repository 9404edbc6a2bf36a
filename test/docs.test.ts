// `npm run docs` builds the HTTP reference (Redocly) and the TypeScript reference (TypeDoc); each
// page is then opened in a real headless Chromium, offline, and must show every operation without
// console errors, page errors or failed requests. A screenshot of each page is kept in
// docs/screenshots/ for a human to look at. The browser is the one `npm ci` installs
// (@sparticuz/chromium, see helpers/chromium.ts), so nothing but Node and npm has to be on the
// machine; the first test checks that no system browser or system library stands in for it.
import { mkdir, readdir, readFile, readlink, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type StaticServer, inspectPage, installChromium, launchChromium, serveStatic } from './helpers/chromium.js';
import { PROJECT_DIR, run } from './helpers/project.js';

const DOCS_DIR = path.join(PROJECT_DIR, 'docs');
const SCREENSHOTS_DIR = path.join(DOCS_DIR, 'screenshots');

/**
 * Redoc lists a tag's operations only as paths until its "+ Show" button is pressed, which opens
 * the tag's operations (and collapses the others). Open each tag in turn, from a fresh load, and
 * collect the level-2 headings (the operation names) that appear.
 */
async function openEveryRedocTag(page: Page): Promise<string[]> {
  const start = page.url();
  const showButtons = page.getByRole('button', { name: /^\+\s*Show$/ });
  // The page renders a tag's section when it scrolls into view: a long introduction keeps the
  // later ones out of the first screen, so the page is scrolled to its end before looking.
  const loaded = async (): Promise<void> => {
    await showButtons.first().waitFor({ timeout: 15_000 });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForTimeout(300);
  };
  await loaded();
  const tags = await showButtons.count();
  const headings = new Set<string>();
  for (let tag = 0; tag < tags; tag++) {
    if (tag > 0) {
      await page.goto('about:blank');
      await page.goto(start, { waitUntil: 'load' });
      await loaded();
    }
    const before = await page.locator('h2').count();
    await showButtons.nth(tag).click();
    await page.waitForFunction((count) => document.querySelectorAll('h2').length > count, before, { timeout: 10_000 });
    for (const heading of await page.locator('h2').allInnerTexts()) headings.add(heading.trim());
  }
  return [...headings];
}

/** TypeDoc's index page links every exported declaration by name. */
async function typedocIndexLinks(page: Page): Promise<string[]> {
  await page.locator('.tsd-page-title').waitFor({ timeout: 15_000 });
  return (await page.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

const PAGES = [
  {
    name: 'asset',
    page: 'http/asset.html',
    explore: openEveryRedocTag,
    expected: ['Update Invoice Status', 'Update a Bill'],
  },
  { name: 'mollie', page: 'http/mollie.html', explore: openEveryRedocTag, expected: ['Update sales invoice'] },
  {
    name: 'typedoc',
    page: 'ts/index.html',
    explore: typedocIndexLinks,
    expected: ['updateInvoiceStatus', 'updateBill', 'updateSalesInvoice', 'createAssetClient', 'createMollieClient'],
  },
] as const;

let browser: Browser | undefined;
let server: StaticServer | undefined;

beforeAll(async () => {
  const [docs, launched] = await Promise.all([
    run('npm', ['run', '--silent', 'docs']),
    launchChromium(),
    rm(SCREENSHOTS_DIR, { recursive: true, force: true }),
  ]);
  browser = launched;
  if (docs.code !== 0) throw new Error(`npm run docs failed (${docs.code}):\n${docs.stdout}\n${docs.stderr}`);
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  server = await serveStatic(DOCS_DIR);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The shared libraries mapped by the running processes started from `executablePath`. */
async function librariesMappedBy(executablePath: string): Promise<{ processes: number; libraries: Set<string> }> {
  let processes = 0;
  const libraries = new Set<string>();
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/u.test(name))) {
    // Processes come and go, and others' are not ours to read: skip what cannot be read.
    if ((await readlink(`/proc/${pid}/exe`).catch(() => '')) !== executablePath) continue;
    const maps = await readFile(`/proc/${pid}/maps`, 'utf8').catch(() => undefined);
    if (maps === undefined) continue;
    processes++;
    for (const line of maps.split('\n')) {
      const file = line.split(/\s+/u).slice(5).join(' ');
      if (file.startsWith('/') && /\.so(\.|$)/u.test(file)) libraries.add(file);
    }
  }
  return { processes, libraries };
}

/** What a bare Debian image has of its own: glibc (libc6) and libgcc_s (libgcc-s1). */
const SYSTEM_LIBRARIES =
  /^(ld-linux-x86-64|libc|libm|libdl|libpthread|librt|libresolv|libnss_(files|dns)|libgcc_s)\.so(\.|$)/u;

describe('the browser', () => {
  it('is the Chromium that npm ci installed, using no library of the system but glibc and libgcc_s', async () => {
    if (!browser) throw new Error('beforeAll did not finish');
    const install = await installChromium();
    expect(install.executablePath.startsWith(path.join(PROJECT_DIR, 'node_modules', '.cache') + path.sep)).toBe(true);
    expect(browser.version().split('.')[0]).toBe(install.version.split('.')[0]);

    const { processes, libraries } = await librariesMappedBy(install.executablePath);
    expect(processes, 'running processes of the unpacked Chromium').toBeGreaterThan(0);
    const fromPackage = [...libraries].filter((file) => file.startsWith(install.dir + path.sep));
    const fromSystem = [...libraries].filter((file) => !file.startsWith(install.dir + path.sep));
    // NSS and NSPR load from the package's lib/, not from Debian's libnss3 / libnspr4.
    expect(fromPackage.map((file) => path.basename(file))).toEqual(
      expect.arrayContaining(['libnss3.so', 'libnspr4.so', 'libexpat.so.1']),
    );
    expect(fromSystem.filter((file) => !SYSTEM_LIBRARIES.test(path.basename(file)))).toEqual([]);
  });
});

describe('API reference (npm run docs) in headless Chromium', () => {
  it.each(PAGES)('docs/$page shows every operation without errors', async ({ name, page, explore, expected }) => {
    if (!browser || !server) throw new Error('beforeAll did not finish');
    const screenshot = path.join(SCREENSHOTS_DIR, `${name}.png`);
    const report = await inspectPage(browser, `${server.url}/${page}`, { screenshot, explore });

    expect(report.consoleErrors, 'console errors').toEqual([]);
    expect(report.pageErrors, 'uncaught page errors').toEqual([]);
    expect(report.failedRequests, 'failed requests to 127.0.0.1').toEqual([]);
    expect(report.found).toEqual(expect.arrayContaining([...expected]));

    // A real PNG of a rendered page, not an empty file or a blank sliver.
    const png = await readFile(screenshot);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect((await stat(screenshot)).size).toBeGreaterThan(10_000);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(1000); // IHDR width
    expect(png.readUInt32BE(20)).toBeGreaterThan(500); // IHDR height
  });
});
