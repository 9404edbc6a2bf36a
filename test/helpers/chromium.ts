// Open built pages in a headless Chromium that `npm ci` installs: @sparticuz/chromium, an exact
// devDependency that carries a Linux x64 headless-shell build of Chromium inside the npm package
// (brotli-compressed), with the NSS/NSPR and expat libraries it links and a few fonts. Nothing
// about the browser comes from the system but glibc and libgcc_s, which every Debian image has, so
// `npm test` passes on a bare Node machine with no browser package installed.
//
// The package's own Chromium.executablePath() is not used: outside AWS Lambda/Vercel/CodeBuild it
// unpacks neither its libraries nor its fonts (it sets LD_LIBRARY_PATH and FONTCONFIG_PATH only
// there), so the browser would load the system's libnss3 and fonts; and it reuses whatever
// <tmpdir>/chromium exists, of any version, shared by every project on the machine. Here the
// three archives are unpacked into node_modules/.cache/, under a folder named after the package
// version (`npm ci` empties node_modules, so nothing stale survives a version change), and the
// browser is started with LD_LIBRARY_PATH and FONTCONFIG_PATH pointing into that folder.
// Its fourth archive, swiftshader (WebGL in software), is left packed: the pages need no WebGL
// and Chromium runs with --disable-gpu.
//
// Version 143.0.4 is the newest whose engines (node >=20.11.0) include this project's Node 20.19+;
// 147.0.0 and later need Node ^22.17 or >=24. playwright-core 1.65.1 is made for Chromium 159 and
// drives this Chromium 143 over the same CDP calls the tests use (checked by these tests).
//
// playwright-core downloads no browser. Pages are served from a static node:http server on
// 127.0.0.1; every request anywhere else is aborted before it leaves the machine (the test must
// not depend on, or wait for, the internet) and is reported separately, not as a failure.
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { type Browser, type Page, chromium } from 'playwright-core';
import { PROJECT_DIR } from './project.js';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The unpacked browser: what to start, and the environment it needs. */
export interface ChromiumInstall {
  /** The @sparticuz/chromium version it came from. */
  readonly version: string;
  /** The folder everything was unpacked into (under node_modules/.cache/). */
  readonly dir: string;
  readonly executablePath: string;
  /** LD_LIBRARY_PATH and FONTCONFIG_PATH pointing into `dir`, on top of this process's environment. */
  readonly env: Readonly<Record<string, string>>;
}

/**
 * Files of a plain tar archive (the package's archives hold only regular files and folders). An
 * entry of any other kind, such as a link or a pax header, fails loudly rather than being dropped.
 */
function* tarFiles(archive: Buffer): Generator<{ readonly name: string; readonly body: Buffer }> {
  const text = (start: number, length: number) =>
    archive.toString('utf8', start, start + length).replace(/\0.*$/su, '');
  for (let offset = 0; offset + 512 <= archive.length;) {
    const name = text(offset, 100);
    if (name === '') return; // the two zero blocks that end the archive
    const prefix = text(offset + 345, 155);
    const size = Number.parseInt(text(offset + 124, 12).trim() || '0', 8);
    const type = text(offset + 156, 1) || '0';
    const body = archive.subarray(offset + 512, offset + 512 + size);
    offset += 512 + Math.ceil(size / 512) * 512;
    const fullName = prefix ? `${prefix}/${name}` : name;
    if (type === '5') continue;
    if (type !== '0') throw new Error(`unexpected tar entry ${fullName} of type ${type}`);
    yield { name: fullName, body };
  }
}

/**
 * Unpack the browser from the @sparticuz/chromium package into node_modules/.cache/ (once per
 * package version: later calls find it there). The folder is filled under a temporary name and
 * renamed into place, so a run that was stopped half-way, or two runs at once, never leave a
 * partial browser behind.
 */
export async function installChromium(): Promise<ChromiumInstall> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`@sparticuz/chromium ships a Linux x64 browser only; this is ${process.platform} ${process.arch}`);
  }
  // The package's exports map has no ./package.json; its entry point is <root>/build/cjs/index.cjs.
  const root = path.resolve(path.dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '../..');
  const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const cache = path.join(PROJECT_DIR, 'node_modules', '.cache');
  const dir = path.join(cache, `invoicing-sdk-chromium-${version}`);
  const install: ChromiumInstall = {
    version,
    dir,
    executablePath: path.join(dir, 'chromium'),
    env: {
      ...(process.env as Record<string, string>),
      LD_LIBRARY_PATH: path.join(dir, 'lib'),
      FONTCONFIG_PATH: dir,
    },
  };
  if (await stat(dir).catch(() => undefined)) return install;

  await mkdir(cache, { recursive: true });
  const partial = await mkdtemp(`${dir}.partial-`);
  try {
    const unpack = async (archive: string) => brotliDecompressSync(await readFile(path.join(root, 'bin', archive)));
    await writeFile(path.join(partial, 'chromium'), await unpack('chromium.br'), { mode: 0o755 });
    // lib/: libnss3, libnspr4, libexpat and the rest that the binary links (built for Amazon
    // Linux 2023; glibc is the only system library they need). fonts/: Open Sans.
    for (const archive of ['al2023.tar.br', 'fonts.tar.br']) {
      for (const file of tarFiles(await unpack(archive))) {
        if (file.name === 'fonts.conf') continue; // names Lambda's folders; ours is written below
        const target = path.join(partial, file.name);
        await mkdir(path.dirname(target), { recursive: true });
        await writeFile(target, file.body, { mode: 0o644 });
      }
    }
    // Only the shipped fonts, so that pages (and screenshots) look the same on every machine.
    await writeFile(
      path.join(partial, 'fonts.conf'),
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n` +
        `  <dir>${path.join(dir, 'fonts')}</dir>\n  <cachedir>${path.join(dir, 'fontconfig-cache')}</cachedir>\n` +
        `</fontconfig>\n`,
    );
    await rename(partial, dir);
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    // Another run unpacked the same version first: use its copy.
    if (!(await stat(dir).catch(() => undefined))) throw error;
  }
  return install;
}

/** Launch the Chromium that `npm ci` installed (unpacking it on first use). */
export async function launchChromium(): Promise<Browser> {
  const { executablePath, env } = await installChromium();
  return chromium.launch({ executablePath, env, args: CHROMIUM_ARGS, timeout: 20_000 });
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  close(): Promise<void>;
}

/** Serve the files under `root` (GET/HEAD only, no directory listings, nothing outside root). */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      let file = path.resolve(base, `.${pathname}`);
      if (pathname.endsWith('/')) file = path.join(file, 'index.html');
      if ((request.method !== 'GET' && request.method !== 'HEAD') || !file.startsWith(base + path.sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
          'content-length': body.length,
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** What happened while a page loaded. */
export interface PageReport {
  /** console.error messages (the page's own, not those caused by the aborted requests below). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  readonly pageErrors: string[];
  /** Requests to 127.0.0.1 that failed or got a 4xx/5xx answer. */
  readonly failedRequests: string[];
  /** Requests elsewhere, aborted by the test (informational). */
  readonly blockedRequests: string[];
  /** What `explore` found on the page (e.g. the headings of the operations it opened). */
  readonly found: string[];
}

function isLoopback(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
    return (protocol === 'http:' || protocol === 'https:') && hostname === '127.0.0.1';
  } catch {
    return false;
  }
}

/**
 * Open `url` in a fresh page and wait until it has loaded; then let `explore` look at (and click
 * through) the page and return what it found; then save a full-page PNG screenshot to
 * `screenshot`, and report what went wrong on the way.
 */
export async function inspectPage(
  browser: Browser,
  url: string,
  options: { readonly screenshot: string; readonly explore: (page: Page) => Promise<string[]> },
): Promise<PageReport> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];
  const blockedRequests: string[] = [];
  try {
    await context.route('**/*', async (route) => {
      const target = route.request().url();
      if (isLoopback(target)) {
        await route.continue();
      } else {
        blockedRequests.push(target);
        await route.abort('blockedbyclient');
      }
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      // Chromium logs every failed resource load as a console error. Those of the aborted
      // non-loopback loads are expected; a failed loopback load still counts.
      const source = message.location().url;
      if (/^Failed to load resource/.test(message.text()) && source && !isLoopback(source)) return;
      consoleErrors.push(`${message.text()} (${source}:${message.location().lineNumber})`);
    });
    page.on('pageerror', (error) => pageErrors.push(String(error.stack ?? error)));
    page.on('requestfailed', (request) => {
      if (isLoopback(request.url())) failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && isLoopback(response.url())) {
        failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
      }
    });

    const response = await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    if (!response?.ok()) failedRequests.push(`${url}: HTTP ${response?.status()}`);
    const found = await options.explore(page);
    // Let late scripts (lazy rendering, deferred errors) settle before judging the page.
    await page.waitForTimeout(300);
    await page.screenshot({ path: options.screenshot, fullPage: true, animations: 'disabled' });
    return { consoleErrors, pageErrors, failedRequests, blockedRequests, found };
  } finally {
    await context.close();
  }
}
