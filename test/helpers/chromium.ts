// Open built pages in Debian's headless Chromium (/usr/bin/chromium, installed by .ci/run), driven
// by playwright-core (which downloads no browser). Pages are served from a static node:http server
// on 127.0.0.1; every request anywhere else is aborted before it leaves the machine (the test must
// not depend on, or wait for, the internet) and is reported separately, not as a failure.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch the system Chromium; fails with a hint when it is not installed. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: apt-get install -y --no-install-recommends chromium (.ci/run does this)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: 20_000 });
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
