import { createHash } from 'node:crypto';
import type { ApiModel } from './api-model.js';

/** The command that regenerates everything; named in every banner. */
export const REGENERATE_COMMAND = 'npm run generate';

/**
 * The opening comment of every generated file: that it is generated, by which command, from which
 * specs, and a hash of the file's own text below the banner. The hash is the file's, not the spec's,
 * so that a regeneration rewrites only the files whose text changes (a one-word summary edit touches
 * the modules that carry the summary, not the whole API), while a hand edit still shows: the text
 * no longer matches its hash (`npm run check:generated` says so).
 */
export function withBanner(path: string, sources: readonly Pick<ApiModel, 'specPath'>[], body: string): string {
  const lines = bannerLines(sources, contentHash(body));
  const banner = path.endsWith('.md')
    ? `<!--\n${lines.join('\n')}\n-->\n\n`
    : `${lines.map((line) => `// ${line}`.trimEnd()).join('\n')}\n\n`;
  return banner + body;
}

/** What a generated file says its body's hash is, and what it is; undefined for a file without a banner. */
export function readBanner(content: string): { readonly declared: string; readonly actual: string } | undefined {
  const [opening, closing] = content.startsWith('<!--\n') ? ['<!--\n', '\n-->\n\n'] : ['// GENERATED FILE', '\n\n'];
  const close = content.indexOf(closing);
  if (!content.startsWith(opening) || close < 0) return undefined;
  const end = close + closing.length;
  const declared = /Content sha256 ([0-9a-f]{16})/.exec(content.slice(0, end))?.[1];
  return declared === undefined ? undefined : { declared, actual: contentHash(content.slice(end)) };
}

function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 16);
}

function bannerLines(sources: readonly Pick<ApiModel, 'specPath'>[], hash: string): string[] {
  return [
    `GENERATED FILE: do not edit by hand. Regenerate with \`${REGENERATE_COMMAND}\`.`,
    ...sources.map((source) => `Source: ${source.specPath}`),
    `Content sha256 ${hash} (of the text below this banner)`,
  ];
}
