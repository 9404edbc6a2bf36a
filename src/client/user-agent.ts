import { SDK_VERSION } from './version.js';

/**
 * `invoicing-sdk/<version>` plus the runtime, for servers' logs. Browsers control User-Agent
 * themselves, so it is only set where there is no `document`.
 */
export function userAgent(): string | undefined {
  if (typeof (globalThis as { document?: unknown }).document !== 'undefined') return undefined;
  const runtime = globalThis as {
    Deno?: { version?: { deno?: string } };
    Bun?: { version?: string };
    process?: { versions?: { node?: string } };
  };
  const engine =
    runtime.Deno?.version?.deno !== undefined
      ? `Deno/${runtime.Deno.version.deno}`
      : runtime.Bun?.version !== undefined
        ? `Bun/${runtime.Bun.version}`
        : runtime.process?.versions?.node !== undefined
          ? `Node.js/${runtime.process.versions.node}`
          : undefined;
  return `invoicing-sdk/${SDK_VERSION}${engine ? ` ${engine}` : ''}`;
}
