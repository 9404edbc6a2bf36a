// Add a release's section to CHANGELOG.md, newest first.
const TITLE = '# Changelog';
const INTRO =
  'Each release lists the changes to the API contracts (`openapi/`) since the one before, as\n' +
  '`npm run release:prepare` classified them for clients of this SDK (see scripts/README.md).\n';

/** The changelog with a `## <version> (<date>)` section holding `body` above the older ones. */
export function addChangelogSection(current: string | undefined, version: string, date: string, body: string): string {
  const text = current ?? `${TITLE}\n\n${INTRO}`;
  if (new RegExp(`^## ${version.replace(/[.+]/g, '\\$&')}(\\s|$)`, 'm').test(text)) {
    throw new Error(`CHANGELOG.md already has a section for ${version}.`);
  }
  const section = `## ${version} (${date})\n\n${body.trim()}\n`;
  const first = text.search(/^## /m);
  if (first === -1) return `${text.trimEnd()}\n\n${section}`;
  return `${text.slice(0, first)}${section}\n${text.slice(first)}`;
}
