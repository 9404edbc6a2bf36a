// The Markdown report: one table row per change, then the minimum version bump.
import { type Bump, type Change, requiredBump } from './change.js';

export interface ReportOptions {
  /** What was compared, e.g. "releases/latest (0.1.0) → redocly.yaml". */
  readonly compared: string;
  /** Heading level of the report's title (`#` count); 0 for no title. */
  readonly headingLevel?: number;
}

/** The report. Its last line is `Minimum version bump: major|minor|patch|none`. */
export function renderReport(changes: readonly Change[], options: ReportOptions): string {
  const lines: string[] = [];
  const level = options.headingLevel ?? 2;
  if (level > 0) lines.push(`${'#'.repeat(level)} Spec changes`, '');
  lines.push(`Compared: ${options.compared}.`, '');
  if (changes.length === 0) {
    lines.push('No changes to the API contracts.', '');
  } else {
    const counts = (['major', 'minor', 'patch'] as const)
      .map((severity) => `${changes.filter((change) => change.severity === severity).length} ${severity}`)
      .join(', ');
    lines.push(`${changes.length} ${changes.length === 1 ? 'change' : 'changes'} (${counts}).`, '');
    lines.push(
      'Rows name what the generated client exports (`Type.field`, `Type.list[]` for items, `Type.map[string]` for',
      "a map's values, `function` for an operation); the last column is the place in the resolved spec.",
      '',
    );
    lines.push('| severity | API | change | in the spec |', '| --- | --- | --- | --- |');
    for (const change of changes) {
      lines.push(`| ${change.severity} | ${change.api} | ${cell(change.message)} | ${where(change)} |`);
    }
    lines.push('');
  }
  lines.push(`Minimum version bump: ${requiredBump(changes)}`);
  return lines.join('\n') + '\n';
}

/** Read the bump back from a report's last line. */
export function bumpOfReport(report: string): Bump | undefined {
  const match = /Minimum version bump: (major|minor|patch|none)\s*$/.exec(report);
  return match?.[1] as Bump | undefined;
}

/** The first place a change was found, and how many more. */
function where(change: Change): string {
  const [first = '', ...rest] = change.locations;
  if (first === '') return '(whole API)';
  return '`' + cell(first) + '`' + (rest.length > 0 ? ` (and ${rest.length} more)` : '');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
