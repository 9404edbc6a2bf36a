// Compare two sets of specs (API name → file) and classify every change.
import { type Change, type Finding, Findings } from './change.js';
import { compareDocuments } from './compare-document.js';
import type { Json } from './json.js';
import { loadSpec } from './load-spec.js';
import type { SpecEntry } from './spec-set.js';

/** Every change from `before` to `after`, in a stable order (severity, API, change). */
export async function diffSpecSets(before: readonly SpecEntry[], after: readonly SpecEntry[]): Promise<Change[]> {
  const changes: Change[] = [];
  const names = [...new Set([...before, ...after].map((entry) => entry.name))].sort();
  for (const name of names) {
    const old = before.find((entry) => entry.name === name);
    const now = after.find((entry) => entry.name === name);
    if (old === undefined) {
      changes.push({ severity: 'minor', api: name, location: '', locations: [''], message: `API \`${name}\` added` });
    } else if (now === undefined) {
      changes.push({
        severity: 'major',
        api: name,
        location: '',
        locations: [''],
        message: `API \`${name}\` removed, with every operation`,
      });
    } else {
      const [oldDocument, newDocument] = await Promise.all([loadSpec(old.file), loadSpec(now.file)]);
      changes.push(...diffDocuments(name, oldDocument, newDocument));
    }
  }
  return sortChanges(changes);
}

/** Classify the changes between two resolved documents of one API. */
export function diffDocuments(api: string, before: Json, after: Json): Change[] {
  const findings = new Findings();
  compareDocuments(before, after, findings);
  // The same change found in several places (a shared schema) is one row.
  const rows = new Map<string, { severity: Finding['severity']; message: string; locations: string[] }>();
  for (const { severity, location, message } of findings.list) {
    const key = `${severity}\u0000${message}`;
    const row = rows.get(key);
    if (row === undefined) rows.set(key, { severity, message, locations: [location] });
    else if (!row.locations.includes(location)) row.locations.push(location);
  }
  return sortChanges(
    [...rows.values()].map(({ severity, message, locations }) => {
      const sorted = [...locations].sort(compare);
      return { severity, api, location: sorted[0]!, locations: sorted, message };
    }),
  );
}

const ORDER = { major: 0, minor: 1, patch: 2 } as const;

function sortChanges(changes: Change[]): Change[] {
  return changes.sort(
    (a, b) =>
      ORDER[a.severity] - ORDER[b.severity] ||
      compare(a.api, b.api) ||
      compare(a.message, b.message) ||
      compare(a.location, b.location),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
