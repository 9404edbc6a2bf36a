import type { ApiModel } from './api-model.js';

/** The command that regenerates everything; named in every banner. */
export const REGENERATE_COMMAND = 'npm run generate';

/** The opening comment of every generated TypeScript file. */
export function tsBanner(sources: readonly Pick<ApiModel, 'specPath' | 'specHash'>[]): string {
  return `${bannerLines(sources)
    .map((line) => `// ${line}`.trimEnd())
    .join('\n')}\n\n`;
}

/** The opening comment of a generated Markdown file. */
export function markdownBanner(sources: readonly Pick<ApiModel, 'specPath' | 'specHash'>[]): string {
  return `<!--\n${bannerLines(sources).join('\n')}\n-->\n\n`;
}

function bannerLines(sources: readonly Pick<ApiModel, 'specPath' | 'specHash'>[]): string[] {
  return [
    `GENERATED FILE: do not edit by hand. Regenerate with \`${REGENERATE_COMMAND}\`.`,
    ...sources.map((source) => `Source: ${source.specPath} (sha256 ${source.specHash})`),
  ];
}
