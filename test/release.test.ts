// The release flow: the spec-change report (scripts/release/spec-diff.ts), the version check and
// the release preparation. Each kind of change has a fixture pair in test/fixtures/spec-changes/
// (<case>/before.yaml, <case>/after.yaml: one small OpenAPI 3.1 spec, "widgets", before and after).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Bump, type Change, READ_EXTENSIONS, type Severity, requiredBump } from '../scripts/release/change.js';
import { diffSpecSets } from '../scripts/release/diff.js';
import { releasePaths } from '../scripts/release/paths.js';
import { bumpOfReport, renderReport } from '../scripts/release/report.js';
import { versionBump, versionBumpNeeded } from '../scripts/release/semver.js';
import { readReleaseState, verdict } from '../scripts/release/state.js';
import { PROJECT_DIR, fixture, runScript, scratchDir } from './helpers/project.js';

const OPERATION = '/paths/~1v1~1widgets~1{widget_id}';
const BODY = `${OPERATION}/patch/requestBody/content/application~1json/schema`;
/** Both operations return a Widget: a change to it is one row, found in both places. */
const RESPONSES = [
  `${OPERATION}/get/responses/200/content/application~1json/schema`,
  `${OPERATION}/patch/responses/200/content/application~1json/schema`,
] as const;

function bothResponses(below: string): string[] {
  return RESPONSES.map((at) => at + below);
}

function caseFiles(name: string): { before: string; after: string } {
  return {
    before: fixture('spec-changes', name, 'before.yaml'),
    after: fixture('spec-changes', name, 'after.yaml'),
  };
}

async function diffCase(name: string): Promise<Change[]> {
  const { before, after } = caseFiles(name);
  return diffSpecSets([{ name: 'widgets', file: before }], [{ name: 'widgets', file: after }]);
}

/** Severity, the row's text (which names what users import), and where in the spec it was found. */
type Row = readonly [Severity, string, readonly string[]];

interface Case {
  readonly name: string;
  readonly rule: string;
  readonly bump: Bump;
  readonly changes: readonly Row[];
}

const CASES: readonly Case[] = [
  {
    name: 'assumption-removed',
    rule: 'an x-assumption withdrawn is reported as removed (a patch)',
    bump: 'patch',
    changes: [['patch', '`updateWidget`: `x-assumption` removed', [`${OPERATION}/patch/x-assumption`]]],
  },
  {
    name: 'description-only',
    rule: 'descriptions changed are a patch',
    bump: 'patch',
    changes: [
      ['patch', '`Widget.size`: `description` changed', bothResponses('/properties/size/description')],
      ['patch', '`updateWidget`: `description` changed', [`${OPERATION}/patch/description`]],
    ],
  },
  {
    name: 'documentation-only',
    rule: 'summaries, examples, x-assumption and externalDocs changed are a patch',
    bump: 'patch',
    changes: [
      [
        'patch',
        '`UpdateWidgetBody`: request `examples` changed',
        [`${OPERATION}/patch/requestBody/content/application~1json/examples`],
      ],
      ['patch', '`getWidget`: `summary` changed', [`${OPERATION}/get/summary`]],
      ['patch', '`updateWidget`: `externalDocs` changed', [`${OPERATION}/patch/externalDocs`]],
      ['patch', '`updateWidget`: `x-assumption` changed', [`${OPERATION}/patch/x-assumption`]],
    ],
  },
  {
    name: 'equivalent-spellings',
    rule: 'the same values spelled differently (const, a oneOf of constants, anyOf over exclusive branches, an equivalent pattern) are a patch',
    bump: 'patch',
    changes: [
      [
        'patch',
        '`WidgetUpdate.mount`: `oneOf` became `anyOf` over the same alternatives; they exclude each other, so the same values are accepted',
        [`${BODY}/properties/mount/anyOf`],
      ],
      [
        'patch',
        '`WidgetUpdate.mount`: request `pattern` changed from `^[0-9]+$` to `^\\d+$` (the same strings match)',
        [`${BODY}/properties/mount/anyOf/0/pattern`],
      ],
    ],
  },
  {
    name: 'field-renamed',
    rule: 'a field renamed, as `x-renamed-from` says, is one major change',
    bump: 'major',
    changes: [
      [
        'major',
        'request field `WidgetUpdate.note` renamed to `WidgetUpdate.comment` (`x-renamed-from`)',
        [`${BODY}/properties/comment`],
      ],
      ['patch', '`WidgetUpdate.comment`: `description` changed', [`${BODY}/properties/comment/description`]],
    ],
  },
  {
    name: 'field-renamed-same-description',
    rule: 'a field renamed, with the same description as evidence, is one major change',
    bump: 'major',
    changes: [
      [
        'major',
        'request field `WidgetUpdate.note` renamed to `WidgetUpdate.remark` (the same description)',
        [`${BODY}/properties/remark`],
      ],
    ],
  },
  {
    name: 'field-replaced',
    rule: 'a field removed and an unrelated one added (no evidence of a rename) is a removal and an addition',
    bump: 'major',
    changes: [
      ['major', 'request field `WidgetUpdate.note` removed', [`${BODY}/properties/note`]],
      ['minor', 'optional request field `WidgetUpdate.comment` added', [`${BODY}/properties/comment`]],
    ],
  },
  {
    name: 'id-prefix-changed',
    rule: 'an x-id-prefix changed is major, wherever the identifier is used',
    bump: 'major',
    changes: [
      [
        'major',
        '`WidgetId`: identifier prefix changed from `wid_` to `wdg_`',
        [
          `${OPERATION}/get/parameters/widget_id/schema/x-id-prefix`,
          `${RESPONSES[0]}/properties/id/x-id-prefix`,
          `${OPERATION}/patch/parameters/widget_id/schema/x-id-prefix`,
          `${RESPONSES[1]}/properties/id/x-id-prefix`,
        ],
      ],
    ],
  },
  {
    name: 'method-changed',
    rule: 'a method changed is major',
    bump: 'major',
    changes: [['major', '`updateWidget`: method changed from PATCH to PUT', [`${OPERATION}/put`]]],
  },
  {
    name: 'new-required-request-field',
    rule: 'a new required request field is major',
    bump: 'major',
    changes: [['major', 'new required request field `WidgetUpdate.owner`', [`${BODY}/properties/owner`]]],
  },
  {
    name: 'nullable-spelled-for-3.1',
    rule: "OpenAPI 3.0's nullable respelled as 3.1's type null changes no value: only the version is reported",
    bump: 'patch',
    changes: [['patch', 'OpenAPI version changed from `3.0.3` to `3.1.0`', ['/openapi']]],
  },
  {
    name: 'operation-added',
    rule: 'an operation added is minor',
    bump: 'minor',
    changes: [['minor', 'function `deleteWidget` (DELETE /v1/widgets/{widget_id}) added', [`${OPERATION}/delete`]]],
  },
  {
    name: 'operation-removed',
    rule: 'an operation removed is major',
    bump: 'major',
    changes: [
      ['major', 'function `getWidget` (GET /v1/widgets/{widget_id}) removed, with its types', [`${OPERATION}/get`]],
    ],
  },
  {
    name: 'optional-parameter-added',
    rule: 'an optional parameter added is minor',
    bump: 'minor',
    changes: [
      [
        'minor',
        '`getWidget`: optional query parameter `GetWidgetQueryParams.expand` added',
        [`${OPERATION}/get/parameters/expand`],
      ],
    ],
  },
  {
    name: 'optional-request-field-added',
    rule: 'an optional request field added is minor',
    bump: 'minor',
    changes: [['minor', 'optional request field `WidgetUpdate.label` added', [`${BODY}/properties/label`]]],
  },
  {
    name: 'path-changed',
    rule: 'a path changed is major',
    bump: 'major',
    changes: [
      [
        'major',
        '`getWidget`: path changed from `/v1/widgets/{widget_id}` to `/v2/widgets/{widget_id}`',
        ['/paths/~1v2~1widgets~1{widget_id}/get'],
      ],
      [
        'major',
        '`updateWidget`: path changed from `/v1/widgets/{widget_id}` to `/v2/widgets/{widget_id}`',
        ['/paths/~1v2~1widgets~1{widget_id}/patch'],
      ],
    ],
  },
  {
    name: 'request-enum-narrowed',
    rule: 'a request enum value removed is major',
    bump: 'major',
    changes: [
      ['major', '`WidgetUpdate.color`: request enum narrowed: `blue` removed', [`${BODY}/properties/color/enum`]],
    ],
  },
  {
    name: 'request-enum-widened',
    rule: 'a request enum value added is minor',
    bump: 'minor',
    changes: [
      ['minor', '`WidgetUpdate.color`: request enum widened: `yellow` added', [`${BODY}/properties/color/enum`]],
    ],
  },
  {
    name: 'request-field-newly-required',
    rule: 'a request field that becomes required is major',
    bump: 'major',
    changes: [['major', 'request field `WidgetUpdate.color` is now required', [`${BODY}/required`]]],
  },
  {
    name: 'request-field-non-nullable',
    rule: 'a request field that stops accepting null is major',
    bump: 'major',
    changes: [['major', '`WidgetUpdate.note`: request value no longer nullable', [`${BODY}/properties/note/type`]]],
  },
  {
    name: 'request-field-removed',
    rule: 'a request field removed is major',
    bump: 'major',
    changes: [['major', 'request field `WidgetUpdate.note` removed', [`${BODY}/properties/note`]]],
  },
  {
    name: 'request-limits-narrowed',
    rule: 'request limits narrowed (minLength up, maxLength down, minimum up, maximum down, pattern changed) are major',
    bump: 'major',
    changes: [
      [
        'major',
        '`WidgetUpdate.name`: request `pattern` changed from `^\\S` to `^[A-Za-z]` (it matches fewer strings)',
        [`${BODY}/properties/name/pattern`],
      ],
      [
        'major',
        '`WidgetUpdate.name`: request limit narrowed: `maxLength` 100 → 50',
        [`${BODY}/properties/name/maxLength`],
      ],
      [
        'major',
        '`WidgetUpdate.name`: request limit narrowed: `minLength` 1 → 2',
        [`${BODY}/properties/name/minLength`],
      ],
      [
        'major',
        '`WidgetUpdate.priority`: request limit narrowed: `maximum` 10 → 5',
        [`${BODY}/properties/priority/maximum`],
      ],
      [
        'major',
        '`WidgetUpdate.priority`: request limit narrowed: `minimum` 1 → 2',
        [`${BODY}/properties/priority/minimum`],
      ],
    ],
  },
  {
    name: 'request-limits-widened',
    rule: 'request limits widened are minor',
    bump: 'minor',
    changes: [
      [
        'minor',
        '`WidgetUpdate.name`: request limit widened: `maxLength` 100 → 200',
        [`${BODY}/properties/name/maxLength`],
      ],
      ['minor', '`WidgetUpdate.name`: request limit widened: `minLength` 1 → 0', [`${BODY}/properties/name/minLength`]],
      [
        'minor',
        '`WidgetUpdate.priority`: request limit widened: `maximum` 10 → 100',
        [`${BODY}/properties/priority/maximum`],
      ],
      [
        'minor',
        '`WidgetUpdate.priority`: request limit widened: `minimum` 1 → 0',
        [`${BODY}/properties/priority/minimum`],
      ],
    ],
  },
  {
    name: 'request-pattern-widened',
    rule: 'a request pattern that matches every string it matched, and a format replaced by a pattern every address matches, are minor',
    bump: 'minor',
    changes: [
      [
        'minor',
        '`WidgetUpdate.code`: request `pattern` changed from `^[A-Z]{3}$` to `^[A-Za-z]{3}$` (every string that matched still matches)',
        [`${BODY}/properties/code/pattern`],
      ],
      ['minor', '`WidgetUpdate.contact`: request `format` `email` removed', [`${BODY}/properties/contact/format`]],
      [
        'minor',
        '`WidgetUpdate.contact`: request `pattern` `^.+@.+$` added; every string the `format` `email` accepted matches it',
        [`${BODY}/properties/contact/pattern`],
      ],
    ],
  },
  {
    name: 'required-parameter-added',
    rule: 'a required parameter added is major',
    bump: 'major',
    changes: [
      [
        'major',
        '`updateWidget`: required header parameter `UpdateWidgetHeaders["X-Request-Id"]` added',
        [`${OPERATION}/patch/parameters/X-Request-Id`],
      ],
    ],
  },
  {
    name: 'required-scope-changed',
    rule: 'a required scope changed is major',
    bump: 'major',
    changes: [
      ['major', '`getWidget`: `oauth` now requires scope `widgets:update`', [`${OPERATION}/get/security`]],
      ['major', '`updateWidget`: `oauth` now requires scope `widgets:update`', [`${OPERATION}/patch/security`]],
      ['minor', '`getWidget`: `oauth` no longer requires scope `widgets:write`', [`${OPERATION}/get/security`]],
      ['minor', '`updateWidget`: `oauth` no longer requires scope `widgets:write`', [`${OPERATION}/patch/security`]],
      [
        'minor',
        'scope `widgets:update` added',
        ['/components/securitySchemes/oauth/flows/clientCredentials/scopes/widgets:update'],
      ],
    ],
  },
  {
    name: 'required-traded-for-min-properties',
    rule: 'the only required field made optional with minProperties: 1 added accepts every body it accepted: minor',
    bump: 'minor',
    changes: [
      [
        'minor',
        '`WidgetUpdate`: `minProperties` 0 → 1; every value accepted before has at least 1 field (`name` required), so none is refused',
        [`${BODY}/minProperties`],
      ],
      ['minor', 'request field `WidgetUpdate.name` is now optional', [`${BODY}/required`]],
    ],
  },
  {
    name: 'response-checks-widened',
    rule: 'response checks widened (limits, pattern, format removed) are minor: the types stay, validateResponses refuses less',
    bump: 'minor',
    changes: [
      [
        'minor',
        '`Widget.archived_at`: response `format` `date-time` removed',
        bothResponses('/properties/archived_at/format'),
      ],
      ['minor', '`Widget.name`: response `pattern` `^\\S` removed', bothResponses('/properties/name/pattern')],
      [
        'minor',
        '`Widget.name`: response limit widened: `maxLength` `100` removed',
        bothResponses('/properties/name/maxLength'),
      ],
      [
        'minor',
        '`Widget.name`: response limit widened: `minLength` 1 → 0',
        bothResponses('/properties/name/minLength'),
      ],
    ],
  },
  {
    name: 'response-enum-value-added-closed',
    rule: 'a value added to a closed response enum is major (exhaustive clients break)',
    bump: 'major',
    changes: [
      [
        'major',
        '`Widget.state`: response enum (closed): `deleted` added, which an exhaustive `switch` does not handle',
        bothResponses('/properties/state/enum'),
      ],
    ],
  },
  {
    name: 'response-enum-value-added-extensible',
    rule: 'a value added to a response x-extensible-enum is minor',
    bump: 'minor',
    changes: [
      [
        'minor',
        '`Widget.kind`: open enum (x-extensible-enum): `premium` added',
        bothResponses('/properties/kind/x-extensible-enum'),
      ],
    ],
  },
  {
    name: 'response-enum-value-removed-closed',
    rule: 'a value removed from a closed response enum is major (comparisons with it stop compiling)',
    bump: 'major',
    changes: [
      [
        'major',
        '`Widget.state`: response enum narrowed: `archived` removed; code that compares with it (`=== "archived"`, `case "archived":`) stops compiling',
        bothResponses('/properties/state/enum'),
      ],
    ],
  },
  {
    name: 'response-field-added',
    rule: 'a response field added is minor',
    bump: 'minor',
    changes: [['minor', 'response field `Widget.created_at` added', bothResponses('/properties/created_at')]],
  },
  {
    name: 'response-field-nullable',
    rule: 'a response field that becomes nullable is major (clients must now handle null)',
    bump: 'major',
    changes: [
      ['major', '`Widget.archived_at`: response value now nullable', bothResponses('/properties/archived_at/type')],
    ],
  },
  {
    name: 'response-field-removed',
    rule: 'a response field removed is major',
    bump: 'major',
    changes: [['major', 'response field `Widget.size` removed', bothResponses('/properties/size')]],
  },
  {
    name: 'response-type-narrowed',
    rule: 'a response type narrowed is major (comparisons with the removed type stop compiling)',
    bump: 'major',
    changes: [
      [
        'major',
        '`Widget.size`: response type narrowed from `integer`, `string` to `integer`; code comparing it with a string stops compiling',
        bothResponses('/properties/size/type'),
      ],
    ],
  },
  {
    name: 'retry-policy-changed',
    rule: 'a retry policy changed is minor, and the row says what changed',
    bump: 'minor',
    changes: [
      [
        'minor',
        '`updateWidget`: retry policy (`x-retry`): `notRepeatableWhen` `[{"field":"/note","nonEmpty":true}]` added',
        [`${OPERATION}/patch/x-retry`],
      ],
    ],
  },
  {
    name: 'security-scheme-changed',
    rule: 'a security scheme replaced is major',
    bump: 'major',
    changes: [
      [
        'major',
        '`getWidget`: security requirement `oauth` removed (that credential no longer works)',
        [`${OPERATION}/get/security`],
      ],
      [
        'major',
        '`updateWidget`: security requirement `oauth` removed (that credential no longer works)',
        [`${OPERATION}/patch/security`],
      ],
      ['major', 'security scheme `oauth` removed', ['/components/securitySchemes/oauth']],
      [
        'minor',
        '`getWidget`: security requirement `bearer` added (one more way to authenticate)',
        [`${OPERATION}/get/security`],
      ],
      [
        'minor',
        '`updateWidget`: security requirement `bearer` added (one more way to authenticate)',
        [`${OPERATION}/patch/security`],
      ],
      ['minor', 'security scheme `bearer` added', ['/components/securitySchemes/bearer']],
    ],
  },
  {
    name: 'server-added',
    rule: 'a server added is minor',
    bump: 'minor',
    changes: [['minor', 'environment `staging` (https://staging.widgets.test) added', ['/servers/2']]],
  },
  {
    name: 'server-removed',
    rule: 'a server removed is major',
    bump: 'major',
    changes: [['major', 'environment `sandbox` (https://sandbox.widgets.test) removed', ['/servers/1']]],
  },
  {
    name: 'type-changed',
    rule: 'a type changed is major',
    bump: 'major',
    changes: [
      [
        'major',
        '`Widget.size`: response type changed from `integer` to `string`',
        bothResponses('/properties/size/type'),
      ],
    ],
  },
  {
    name: 'unchanged',
    rule: 'identical specs need no bump',
    bump: 'none',
    changes: [],
  },
];

describe('spec-change report: one fixture pair per kind of change', () => {
  it.each(CASES)('$name: $rule', async ({ name, bump, changes }) => {
    const found = await diffCase(name);
    expect(found.map((change) => [change.severity, change.message, change.locations])).toEqual(changes);
    expect(found.every((change) => change.api === 'widgets')).toBe(true);
    expect(requiredBump(found)).toBe(bump);
    expect(bumpOfReport(renderReport(found, { compared: name }))).toBe(bump);
  });

  it('follows a recursive schema without looping, reporting each change of it once', async () => {
    const found = await diffCase('recursive-schema');
    const schema = '/paths/~1v1~1folders~1{folder_id}/get/responses/200/content/application~1json/schema';
    expect(found.map((change) => [change.severity, change.message, change.locations])).toEqual([
      ['minor', 'response field `Folder.size` added', [`${schema}/properties/size`]],
      ['patch', '`Folder.name`: `description` changed', [`${schema}/properties/name/description`]],
    ]);
  });

  it('treats as inert only the x- extensions no generator code reads', async () => {
    const { readdir, readFile: read } = await import('node:fs/promises');
    const named = new Set<string>();
    for (const dir of ['scripts/codegen', 'src']) {
      for (const entry of await readdir(path.join(PROJECT_DIR, dir), { recursive: true })) {
        if (!entry.endsWith('.ts')) continue;
        const text = await read(path.join(PROJECT_DIR, dir, entry), 'utf8');
        for (const match of text.matchAll(/['"`](x-[a-z][\w-]*)['"`]/gi)) named.add(match[1]!);
      }
    }
    // Header names that happen to start with x-, and x-assumption, which only documents (a patch).
    // x-codegen-never: the generator's own mark, in its private copy of a spec, for the schema `false`.
    const notExtensions = new Set(['x-request-id', 'x-user-id', 'x-assumption', 'x-codegen-never']);
    const unread = [...named].filter((name) => !notExtensions.has(name) && !READ_EXTENSIONS.has(name));
    expect(named.size).toBeGreaterThan(8);
    expect(unread).toEqual([]);
  });

  it('has a fixture pair for every case and a case for every fixture pair', async () => {
    const { readdir } = await import('node:fs/promises');
    const pairs = (await readdir(fixture('spec-changes'))).sort();
    expect(pairs).toEqual([...CASES.map((entry) => entry.name), 'recursive-schema'].sort());
  });

  it('classifies an API added to or removed from redocly.yaml', async () => {
    const { before } = caseFiles('unchanged');
    const added = await diffSpecSets([], [{ name: 'widgets', file: before }]);
    const removed = await diffSpecSets([{ name: 'widgets', file: before }], []);
    expect(added).toEqual([
      { severity: 'minor', api: 'widgets', location: '', locations: [''], message: 'API `widgets` added' },
    ]);
    expect(requiredBump(removed)).toBe('major');
  });

  it('writes one table row per change (severity, API, change, where) and ends with the minimum bump', async () => {
    const report = renderReport(await diffCase('request-limits-narrowed'), { compared: 'before → after' });
    const rows = report.split('\n').filter((line) => line.startsWith('| major'));
    expect(rows).toHaveLength(5);
    expect(rows[1]).toBe(
      `| major | widgets | \`WidgetUpdate.name\`: request limit narrowed: \`maxLength\` 100 → 50 | \`${BODY}/properties/name/maxLength\` |`,
    );
    const shared = renderReport(await diffCase('response-field-removed'), { compared: 'before → after' });
    expect(shared).toContain(
      `| major | widgets | response field \`Widget.size\` removed | \`${RESPONSES[0]}/properties/size\` (and 1 more) |`,
    );
    expect(report.trimEnd().split('\n').at(-1)).toBe('Minimum version bump: major');
    expect(renderReport([], { compared: 'a → b' })).toContain(
      'No changes to the API contracts.\n\nMinimum version bump: none\n',
    );
  });
});

describe('version arithmetic', () => {
  it('reads the bump between two versions', () => {
    expect(versionBump('1.2.3', '2.0.0')).toBe('major');
    expect(versionBump('1.2.3', '1.3.0')).toBe('minor');
    expect(versionBump('1.2.3', '1.2.4')).toBe('patch');
    expect(versionBump('1.2.3', '1.2.3')).toBe('none');
    expect(() => versionBump('1.2.3', '1.2.2')).toThrow('the version went down');
  });

  it('below 1.0.0, a breaking change needs a minor bump and a compatible one a patch bump', () => {
    expect(versionBumpNeeded('major', '0.1.0')).toBe('minor');
    expect(versionBumpNeeded('minor', '0.1.0')).toBe('patch');
    expect(versionBumpNeeded('patch', '0.1.0')).toBe('patch');
    expect(versionBumpNeeded('major', '1.0.0')).toBe('major');
    expect(versionBumpNeeded('minor', '1.4.0')).toBe('minor');
  });
});

/**
 * A scratch project: redocly.yaml listing one API, its spec (the case's after.yaml), a snapshot
 * of the last release (the case's before.yaml) and a package.json.
 */
async function scratchProject(
  name: string,
  specCase: string,
  versions: { released: string; current: string },
): Promise<string> {
  const dir = await scratchDir(name);
  const { before, after } = caseFiles(specCase);
  await mkdir(path.join(dir, 'openapi'));
  await mkdir(path.join(dir, 'releases', 'latest'), { recursive: true });
  await writeFile(path.join(dir, 'redocly.yaml'), 'apis:\n  widgets:\n    root: openapi/widgets.yaml\n');
  await copyFile(after, path.join(dir, 'openapi', 'widgets.yaml'));
  await copyFile(before, path.join(dir, 'releases', 'latest', 'widgets.yaml'));
  await writeFile(path.join(dir, 'releases', 'latest', 'release.json'), JSON.stringify({ version: versions.released }));
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'scratch', version: versions.current }));
  return dir;
}

describe('release:check and release:prepare, on scratch projects', () => {
  it.concurrent(
    'release:check fails, naming the required and the actual bump, when the bump is too small',
    async () => {
      const dir = await scratchProject('release-check-too-small', 'request-enum-narrowed', {
        released: '1.4.2',
        current: '1.5.0',
      });
      const result = await runScript('release/check.ts', ['--root', dir]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('release:check: required bump: major, actual bump: minor (1.4.2 → 1.5.0).');
      expect(result.stderr).toContain('the next version must be at least 2.0.0');
      expect(result.stderr).toContain('request enum narrowed: `blue` removed');
    },
  );

  it.concurrent('release:check passes when the bump is large enough', async () => {
    const dir = await scratchProject('release-check-enough', 'request-enum-narrowed', {
      released: '1.4.2',
      current: '2.0.0',
    });
    const result = await runScript('release/check.ts', ['--root', dir]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('release:check: ok: 2.0.0 over 1.4.2 is a major bump');
  });

  it.concurrent('release:prepare writes the changelog section and refreshes the snapshot', async () => {
    const dir = await scratchProject('release-prepare', 'optional-request-field-added', {
      released: '1.4.2',
      current: '1.5.0',
    });
    const result = await runScript('release/prepare.ts', ['--root', dir, '--date', '2025-01-02']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const changelog = await readFile(path.join(dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain('## 1.5.0 (2025-01-02)\n');
    expect(changelog).toContain('| minor | widgets | ');
    expect(changelog).toContain('optional request field `WidgetUpdate.label` added');
    expect(changelog).toContain('Minimum version bump: minor');
    expect(await readFile(path.join(dir, 'releases', 'latest', 'widgets.yaml'), 'utf8')).toBe(
      await readFile(path.join(dir, 'openapi', 'widgets.yaml'), 'utf8'),
    );
    expect(JSON.parse(await readFile(path.join(dir, 'releases', 'latest', 'release.json'), 'utf8'))).toEqual({
      version: '1.5.0',
    });
    // Released: the specs now match the snapshot.
    const state = await readReleaseState(releasePaths({ root: dir }));
    expect(state.changes).toEqual([]);
  });

  it('below 1.0.0, a breaking change passes with a minor bump and fails with a patch bump', async () => {
    const dir = await scratchProject('release-check-zero', 'request-field-removed', {
      released: '0.1.0',
      current: '0.1.1',
    });
    const tooSmall = verdict(await readReleaseState(releasePaths({ root: dir })));
    expect(tooSmall.ok).toBe(false);
    expect(tooSmall.message).toContain('required bump: minor, actual bump: patch (0.1.0 → 0.1.1)');
    expect(tooSmall.message).toContain('below 1.0.0 a major change is a minor bump');
    await writeFile(path.join(dir, 'package.json'), JSON.stringify({ name: 'scratch', version: '0.2.0' }));
    expect(verdict(await readReleaseState(releasePaths({ root: dir }))).ok).toBe(true);
  });
});

describe('this repository', () => {
  // Whether the version bump is big enough is `npm run release:check`'s call, at release time; a
  // spec edit between releases must not fail the tests. Here: the report runs on the real specs.
  it('reports the changes of openapi/ since the last release (releases/latest/)', async () => {
    const result = await runScript('release/spec-diff.ts', ['--root', PROJECT_DIR]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Minimum version bump: (none|patch|minor|major)\n$/);
  });
});
