import { escapePointer } from '../../src/validation/json-pointer.js';
/**
 * A classified change between two versions of a spec, as a client of this SDK sees it.
 *
 * - request: what the SDK sends (its types and its request validator). A spec that accepts fewer
 *   requests than before breaks code that used to compile and pass validation.
 * - response: what the SDK receives (its types and opt-in response validation). A spec that
 *   allows more in a response breaks code that relied on the old guarantee (an exhaustive
 *   `switch`, a value that was never null).
 */
export type Severity = 'major' | 'minor' | 'patch';

/** The smallest version bump a set of changes needs; `none` when nothing changed. */
export type Bump = Severity | 'none';

export type Direction = 'request' | 'response';

/** How the set of accepted values changed: fewer, more, or neither a subset nor a superset. */
export type Sense = 'narrower' | 'wider' | 'different';

/** One change, before the API it belongs to is known. */
export interface Finding {
  readonly severity: Severity;
  /** JSON pointer into the (dereferenced) document: the new one, or the old one for a removal. */
  readonly location: string;
  readonly message: string;
}

export interface Change extends Finding {
  /** The API's name in redocly.yaml. */
  readonly api: string;
  /**
   * Every place in the document the change was found, `location` first: a change inside a schema
   * that several operations use is one change, to one exported type.
   */
  readonly locations: readonly string[];
}

const RANK: Readonly<Record<Bump, number>> = { none: 0, patch: 1, minor: 2, major: 3 };

export function bumpRank(bump: Bump): number {
  return RANK[bump];
}

/** The larger of two bumps. */
export function maxBump(a: Bump, b: Bump): Bump {
  return RANK[a] >= RANK[b] ? a : b;
}

/** The bump a list of changes needs: the highest severity among them. */
export function requiredBump(changes: readonly Finding[]): Bump {
  return changes.reduce<Bump>((bump, change) => maxBump(bump, change.severity), 'none');
}

/**
 * The one rule behind most classifications. A request that accepts fewer values breaks callers,
 * one that accepts more is a feature. A response that may carry more values breaks readers, one
 * that carries fewer is a feature. A change that is neither narrower nor wider breaks both.
 */
export function severityOf(direction: Direction, sense: Sense): Severity {
  if (sense === 'different') return 'major';
  if (direction === 'request') return sense === 'narrower' ? 'major' : 'minor';
  return sense === 'wider' ? 'major' : 'minor';
}

/** Collects the findings of one comparison. */
export class Findings {
  readonly list: Finding[] = [];

  add(severity: Severity, location: string, message: string): void {
    this.list.push({ severity, location, message });
  }
}

/** Append RFC 6901-escaped segments to a JSON pointer. */
export function pointer(base: string, ...segments: readonly (string | number)[]): string {
  return base + segments.map((segment) => '/' + escapePointer(String(segment))).join('');
}

/**
 * The `x-` extensions that shape the generated code: ours, read by scripts/codegen/ (a test holds
 * this list to every extension named there), and the enum names openapi-typescript reads.
 */
export const READ_EXTENSIONS: ReadonlySet<string> = new Set([
  'x-allowed-credentials',
  'x-codegen',
  'x-credential-prefixes',
  'x-environment',
  'x-extensible-enum',
  'x-id-prefix',
  'x-renamed-from',
  'x-retry',
  'x-stability',
  'x-token-request-fields',
  'x-enum-descriptions',
  'x-enum-varnames',
  'x-enumDescriptions',
  'x-enumNames',
]);

/**
 * A key no rule classifies, changed. An extension nothing here reads (`x-github`) leaves the
 * generated code as it was: a patch. Anything else is breaking until a rule says otherwise.
 */
export function reportUnclassified(out: Findings, at: string, subject: string, key: string): void {
  if (key.startsWith('x-') && !READ_EXTENSIONS.has(key)) {
    out.add(
      'patch',
      at,
      `${subject}\`${key}\` changed (an extension the generator does not read: no generated code changes)`,
    );
  } else {
    out.add(
      'major',
      at,
      `${subject}\`${key}\` changed (not classified by the release rules, so treated as breaking: review it)`,
    );
  }
}
