// The release flow: the spec-change report (scripts/release/spec-diff.ts), the version check and
// the release preparation. Each kind of change has a fixture pair in test/fixtures/spec-changes/
// (<case>/before.yaml, <case>/after.yaml: one small OpenAPI 3.1 spec, "widgets", before and after).
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Bump, type Change, type Severity, requiredBump } from '../scripts/release/change.js';
import { diffSpecSets } from '../scripts/release/diff.js';
import { releasePaths } from '../scripts/release/paths.js';
import { bumpOfReport, renderReport } from '../scripts/release/report.js';
import { versionBump, versionBumpNeeded } from '../scripts/release/semver.js';
import { readReleaseState, verdict } from '../scripts/release/state.js';
import { PROJECT_DIR, fixture, runScript, scratchDir } from './helpers/project.js';

const OPERATION = '/paths/~1v1~1widgets~1{widget_id}';
const BODY = `${OPERATION}/patch/requestBody/content/application~1json/schema`;
/** A response field shows up once per operation that returns a Widget. */
const RESPONSES = [
  `${OPERATION}/get/responses/200/content/application~1json/schema`,
  `${OPERATION}/patch/responses/200/content/application~1json/schema`,
];

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

type Row = readonly [Severity, string, string];

interface Case {
  readonly name: string;
  readonly rule: string;
  readonly bump: Bump;
  readonly changes: readonly Row[];
}

const CASES: readonly Case[] = [
  {
    name: 'operation-removed',
    rule: 'an operation removed is major',
    bump: 'major',
    changes: [['major', `${OPERATION}/get`, 'operation `getWidget` (GET /v1/widgets/{widget_id}) removed']],
  },
  {
    name: 'operation-added',
    rule: 'an operation added is minor',
    bump: 'minor',
    changes: [['minor', `${OPERATION}/delete`, 'operation `deleteWidget` (DELETE /v1/widgets/{widget_id}) added']],
  },
  {
    name: 'path-changed',
    rule: 'a path changed is major',
    bump: 'major',
    changes: [
      [
        'major',
        '/paths/~1v2~1widgets~1{widget_id}/get',
        'path of `getWidget` changed from `/v1/widgets/{widget_id}` to `/v2/widgets/{widget_id}`',
      ],
      [
        'major',
        '/paths/~1v2~1widgets~1{widget_id}/patch',
        'path of `updateWidget` changed from `/v1/widgets/{widget_id}` to `/v2/widgets/{widget_id}`',
      ],
    ],
  },
  {
    name: 'method-changed',
    rule: 'a method changed is major',
    bump: 'major',
    changes: [['major', `${OPERATION}/put`, 'method of `updateWidget` changed from PATCH to PUT']],
  },
  {
    name: 'request-field-removed',
    rule: 'a request field removed is major',
    bump: 'major',
    changes: [['major', `${BODY}/properties/note`, 'request field `note` removed']],
  },
  {
    name: 'response-field-removed',
    rule: 'a response field removed is major',
    bump: 'major',
    changes: RESPONSES.map((at) => ['major', `${at}/properties/size`, 'response field `size` removed'] as const),
  },
  {
    name: 'field-renamed',
    rule: 'a field renamed (removed and added with the same schema) is one major change',
    bump: 'major',
    changes: [['major', `${BODY}/properties/comment`, 'request field `note` renamed to `comment`']],
  },
  {
    name: 'request-field-newly-required',
    rule: 'a request field that becomes required is major',
    bump: 'major',
    changes: [['major', `${BODY}/required`, 'request field `color` is now required']],
  },
  {
    name: 'new-required-request-field',
    rule: 'a new required request field is major',
    bump: 'major',
    changes: [['major', `${BODY}/properties/owner`, 'new required request field `owner`']],
  },
  {
    name: 'type-changed',
    rule: 'a type changed is major',
    bump: 'major',
    changes: RESPONSES.map(
      (at) => ['major', `${at}/properties/size/type`, 'response type changed from `integer` to `string`'] as const,
    ),
  },
  {
    name: 'response-field-nullable',
    rule: 'a response field that becomes nullable is major (clients must now handle null)',
    bump: 'major',
    changes: RESPONSES.map(
      (at) => ['major', `${at}/properties/archived_at/type`, 'response value now nullable'] as const,
    ),
  },
  {
    name: 'request-field-non-nullable',
    rule: 'a request field that stops accepting null is major',
    bump: 'major',
    changes: [['major', `${BODY}/properties/note/type`, 'request value no longer nullable']],
  },
  {
    name: 'request-enum-narrowed',
    rule: 'a request enum value removed is major',
    bump: 'major',
    changes: [['major', `${BODY}/properties/color/enum`, 'request enum narrowed: `blue` removed']],
  },
  {
    name: 'request-enum-widened',
    rule: 'a request enum value added is minor',
    bump: 'minor',
    changes: [['minor', `${BODY}/properties/color/enum`, 'request enum widened: `yellow` added']],
  },
  {
    name: 'request-limits-narrowed',
    rule: 'request limits narrowed (minLength up, maxLength down, minimum up, maximum down, pattern changed) are major',
    bump: 'major',
    changes: [
      ['major', `${BODY}/properties/name/maxLength`, 'request limit narrowed: `maxLength` 100 → 50'],
      ['major', `${BODY}/properties/name/minLength`, 'request limit narrowed: `minLength` 1 → 2'],
      ['major', `${BODY}/properties/name/pattern`, 'request `pattern` changed from `^\\S` to `^[A-Za-z]`'],
      ['major', `${BODY}/properties/priority/maximum`, 'request limit narrowed: `maximum` 10 → 5'],
      ['major', `${BODY}/properties/priority/minimum`, 'request limit narrowed: `minimum` 1 → 2'],
    ],
  },
  {
    name: 'request-limits-widened',
    rule: 'request limits widened are minor',
    bump: 'minor',
    changes: [
      ['minor', `${BODY}/properties/name/maxLength`, 'request limit widened: `maxLength` 100 → 200'],
      ['minor', `${BODY}/properties/name/minLength`, 'request limit widened: `minLength` 1 → 0'],
      ['minor', `${BODY}/properties/priority/maximum`, 'request limit widened: `maximum` 10 → 100'],
      ['minor', `${BODY}/properties/priority/minimum`, 'request limit widened: `minimum` 1 → 0'],
    ],
  },
  {
    name: 'response-checks-widened',
    rule: 'response checks widened (limits, pattern, format removed) are minor: the types stay, validateResponses refuses less',
    bump: 'minor',
    changes: RESPONSES.flatMap(
      (at) =>
        [
          ['minor', `${at}/properties/archived_at/format`, 'response `format` `date-time` removed'],
          ['minor', `${at}/properties/name/maxLength`, 'response limit widened: `maxLength` `100` removed'],
          ['minor', `${at}/properties/name/minLength`, 'response limit widened: `minLength` 1 → 0'],
          ['minor', `${at}/properties/name/pattern`, 'response `pattern` `^\\S` removed'],
        ] as const,
    ),
  },
  {
    name: 'optional-request-field-added',
    rule: 'an optional request field added is minor',
    bump: 'minor',
    changes: [['minor', `${BODY}/properties/label`, 'optional request field `label` added']],
  },
  {
    name: 'response-field-added',
    rule: 'a response field added is minor',
    bump: 'minor',
    changes: RESPONSES.map(
      (at) => ['minor', `${at}/properties/created_at`, 'response field `created_at` added'] as const,
    ),
  },
  {
    name: 'response-enum-value-added-closed',
    rule: 'a value added to a closed response enum is major (exhaustive clients break)',
    bump: 'major',
    changes: RESPONSES.map(
      (at) =>
        [
          'major',
          `${at}/properties/state/enum`,
          'response enum (closed): `deleted` added, which an exhaustive client does not handle',
        ] as const,
    ),
  },
  {
    name: 'response-enum-value-added-extensible',
    rule: 'a value added to a response x-extensible-enum is minor',
    bump: 'minor',
    changes: RESPONSES.map(
      (at) =>
        ['minor', `${at}/properties/kind/x-extensible-enum`, 'open enum (x-extensible-enum): `premium` added'] as const,
    ),
  },
  {
    name: 'server-removed',
    rule: 'a server removed is major',
    bump: 'major',
    changes: [['major', '/servers/1', 'server `sandbox` (https://sandbox.widgets.test) removed']],
  },
  {
    name: 'server-added',
    rule: 'a server added is minor',
    bump: 'minor',
    changes: [['minor', '/servers/2', 'server `staging` (https://staging.widgets.test) added']],
  },
  {
    name: 'required-scope-changed',
    rule: 'a required scope changed is major',
    bump: 'major',
    changes: [
      ['major', `${OPERATION}/get/security`, '`oauth` now requires scope `widgets:update`'],
      ['major', `${OPERATION}/patch/security`, '`oauth` now requires scope `widgets:update`'],
      [
        'minor',
        '/components/securitySchemes/oauth/flows/clientCredentials/scopes/widgets:update',
        'scope `widgets:update` added',
      ],
      ['minor', `${OPERATION}/get/security`, '`oauth` no longer requires scope `widgets:write`'],
      ['minor', `${OPERATION}/patch/security`, '`oauth` no longer requires scope `widgets:write`'],
    ],
  },
  {
    name: 'security-scheme-changed',
    rule: 'a security scheme replaced is major',
    bump: 'major',
    changes: [
      ['major', '/components/securitySchemes/oauth', 'security scheme `oauth` removed'],
      ['major', `${OPERATION}/get/security`, 'security requirement `oauth` removed (that credential no longer works)'],
      [
        'major',
        `${OPERATION}/patch/security`,
        'security requirement `oauth` removed (that credential no longer works)',
      ],
      ['minor', '/components/securitySchemes/bearer', 'security scheme `bearer` added'],
      ['minor', `${OPERATION}/get/security`, 'security requirement `bearer` added (one more way to authenticate)'],
      ['minor', `${OPERATION}/patch/security`, 'security requirement `bearer` added (one more way to authenticate)'],
    ],
  },
  {
    name: 'required-parameter-added',
    rule: 'a required parameter added is major',
    bump: 'major',
    changes: [
      ['major', `${OPERATION}/patch/parameters/X-Request-Id`, 'required parameter `X-Request-Id` (header) added'],
    ],
  },
  {
    name: 'optional-parameter-added',
    rule: 'an optional parameter added is minor',
    bump: 'minor',
    changes: [['minor', `${OPERATION}/get/parameters/expand`, 'optional parameter `expand` (query) added']],
  },
  {
    name: 'id-prefix-changed',
    rule: 'an x-id-prefix changed is major, wherever the identifier is used',
    bump: 'major',
    changes: [
      [
        'major',
        `${OPERATION}/get/parameters/widget_id/schema/x-id-prefix`,
        'identifier prefix changed from `wid_` to `wdg_`',
      ],
      ['major', `${RESPONSES[0]}/properties/id/x-id-prefix`, 'identifier prefix changed from `wid_` to `wdg_`'],
      [
        'major',
        `${OPERATION}/patch/parameters/widget_id/schema/x-id-prefix`,
        'identifier prefix changed from `wid_` to `wdg_`',
      ],
      ['major', `${RESPONSES[1]}/properties/id/x-id-prefix`, 'identifier prefix changed from `wid_` to `wdg_`'],
    ],
  },
  {
    name: 'description-only',
    rule: 'descriptions changed are a patch',
    bump: 'patch',
    changes: [
      ['patch', `${RESPONSES[0]}/properties/size/description`, '`description` changed'],
      ['patch', `${OPERATION}/patch/description`, 'operation `description` changed'],
      ['patch', `${RESPONSES[1]}/properties/size/description`, '`description` changed'],
    ],
  },
  {
    name: 'documentation-only',
    rule: 'summaries, examples, x-assumption and externalDocs changed are a patch',
    bump: 'patch',
    changes: [
      ['patch', `${OPERATION}/get/summary`, 'operation `summary` changed'],
      ['patch', `${OPERATION}/patch/externalDocs`, 'operation `externalDocs` changed'],
      ['patch', `${OPERATION}/patch/requestBody/content/application~1json/examples`, 'request `examples` changed'],
      ['patch', `${OPERATION}/patch/x-assumption`, 'operation `x-assumption` changed'],
    ],
  },
  { name: 'unchanged', rule: 'identical specs need no bump', bump: 'none', changes: [] },
];

describe('spec-change report: one fixture pair per kind of change', () => {
  it.each(CASES)('$name: $rule', async ({ name, bump, changes }) => {
    const found = await diffCase(name);
    expect(found.map((change) => [change.severity, change.location, change.message])).toEqual(changes);
    expect(found.every((change) => change.api === 'widgets')).toBe(true);
    expect(requiredBump(found)).toBe(bump);
    expect(bumpOfReport(renderReport(found, { compared: name }))).toBe(bump);
  });

  it('follows a recursive schema without looping', async () => {
    const found = await diffCase('recursive-schema');
    const schema = '/paths/~1v1~1folders~1{folder_id}/get/responses/200/content/application~1json/schema';
    expect(found.map((change) => [change.severity, change.location, change.message])).toEqual([
      ['minor', `${schema}/properties/children/items/properties/size`, 'response field `size` added'],
      ['minor', `${schema}/properties/size`, 'response field `size` added'],
      ['patch', `${schema}/properties/children/items/properties/name/description`, '`description` changed'],
      ['patch', `${schema}/properties/name/description`, '`description` changed'],
    ]);
  });

  it('classifies an API added to or removed from redocly.yaml', async () => {
    const { before } = caseFiles('unchanged');
    const added = await diffSpecSets([], [{ name: 'widgets', file: before }]);
    const removed = await diffSpecSets([{ name: 'widgets', file: before }], []);
    expect(added).toEqual([{ severity: 'minor', api: 'widgets', location: '', message: 'API `widgets` added' }]);
    expect(requiredBump(removed)).toBe('major');
  });

  it('writes one table row per change (severity, API, location, change) and ends with the minimum bump', async () => {
    const report = renderReport(await diffCase('request-limits-narrowed'), { compared: 'before → after' });
    const rows = report.split('\n').filter((line) => line.startsWith('| major'));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toBe(
      `| major | widgets | \`${BODY}/properties/name/maxLength\` | request limit narrowed: \`maxLength\` 100 → 50 |`,
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
    expect(changelog).toContain('optional request field `label` added');
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
