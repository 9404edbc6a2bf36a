// The release report on a change that happened in the wild: GitHub Enterprise Server's REST API
// description, release 3.18 → 3.19, as published in @octokit/openapi 23.0.2 (a pinned devDependency,
// so the inputs cannot drift). Nobody here wrote either file.
//
// Hand-checked against the two JSON files (node_modules/@octokit/openapi/generated/ghes-3.1{8,9}.json):
// - DELETE /orgs/{org}/code-security/configurations/detach: `selected_repository_ids` gained
//   `minItems: 1` and `maxItems: 250` (3.18 had neither; the description now says "Up to 250 IDs"):
//   a request that sent [] or 251 ids is now refused, two major rows.
// - PATCH …/code-security/configurations/{configuration_id} (org and enterprise): the body's
//   `code_scanning_default_setup_options` went from `$ref code-scanning-default-setup-options` (an
//   object with `nullable: true`) to `allOf: [that $ref, {type: object, properties: {allow_advanced}}]`.
//   The second branch is not nullable, so `null` is no longer valid (major, one row per operation),
//   and `allow_advanced` is a new optional field (minor), reported at `…/allOf/1/properties/allow_advanced`.
//   Before allOf branches were merged, this read as "allOf added" and every field "removed".
// - PUT /orgs/{org}/actions/permissions: the body gained `sha_pinning_required` (3.18's properties are
//   `enabled_repositories`, `allowed_actions`): an optional request field added, minor.
// - components/schemas/secret-scanning-alert gained `assigned_to`: one row for the exported type
//   `SecretScanningAlert`, not one per operation returning it.
// - GET /repos/{owner}/{repo}/dismissal-requests/code-scanning is new (operationId
//   code-scanning/list-dismissal-requests-for-repo): a function added, minor.
// - `x-github` on PATCH /repos/{owner}/{repo} differs only in the docs links inside its preview notes
//   (enterprise-server@3.18 → @3.19): an extension the generator does not read, a patch.
import { describe, expect, it } from 'vitest';
import { type Change, requiredBump } from '../scripts/release/change.js';
import { diffSpecSets } from '../scripts/release/diff.js';
import { PROJECT_DIR } from './helpers/project.js';

const SPECS = `${PROJECT_DIR}/node_modules/@octokit/openapi/generated`;

function rows(changes: readonly Change[], severity: Change['severity']): string[] {
  return changes.filter((change) => change.severity === severity).map((change) => change.message);
}

describe('a real spec change: GitHub Enterprise Server 3.18 → 3.19', () => {
  it('classifies every change, asks for a major bump, and names what users import', { timeout: 60_000 }, async () => {
    const changes = await diffSpecSets(
      [{ name: 'ghes', file: `${SPECS}/ghes-3.18.json` }],
      [{ name: 'ghes', file: `${SPECS}/ghes-3.19.json` }],
    );
    expect(requiredBump(changes)).toBe('major');
    expect(rows(changes, 'major')).toEqual([
      '`CodeSecurityDetachConfigurationBody.selected_repository_ids`: request limit narrowed: `maxItems` `250` added',
      '`CodeSecurityDetachConfigurationBody.selected_repository_ids`: request limit narrowed: `minItems` 0 → 1',
      '`CodeSecurityUpdateConfigurationBody.code_scanning_default_setup_options`: request value no longer nullable',
      '`CodeSecurityUpdateEnterpriseConfigurationBody.code_scanning_default_setup_options`: request value no longer nullable',
    ]);
    const minor = rows(changes, 'minor');
    expect(minor).toEqual(
      expect.arrayContaining([
        'optional request field `CodeSecurityUpdateConfigurationBody.code_scanning_default_setup_options.allow_advanced` added',
        'optional request field `ActionsSetGithubActionsPermissionsOrganizationBody.sha_pinning_required` added',
        'response field `SecretScanningAlert.assigned_to` added',
        'function `codeScanningListDismissalRequestsForRepo` (GET /repos/{owner}/{repo}/dismissal-requests/code-scanning) added',
        'exported type `DismissalRequestResponse` added',
      ]),
    );
    expect(minor).toHaveLength(117);
    expect(rows(changes, 'patch')).toContain(
      '`reposUpdate`: `x-github` changed (an extension the generator does not read: no generated code changes)',
    );
    // No row falls back to "not classified", and none speaks only in pointers.
    expect(changes.filter((change) => change.message.includes('not classified'))).toEqual([]);
    expect(changes.every((change) => /`[^`]+`/.test(change.message))).toBe(true);
    const allowAdvanced = changes.find((change) => change.message.includes('.allow_advanced` added'));
    expect(allowAdvanced?.location).toBe(
      '/paths/~1orgs~1{org}~1code-security~1configurations~1{configuration_id}/patch/requestBody/content/application~1json/schema/properties/code_scanning_default_setup_options/allOf/1/properties/allow_advanced',
    );
    // A change to a shared schema is one row, found wherever it is used.
    const assigned = changes.find(
      (change) => change.message === 'response field `SecretScanningAlert.assigned_to` added',
    );
    expect(assigned?.locations.length).toBeGreaterThan(0);
    expect(changes.filter((change) => change.message.includes('`SecretScanningAlert.assigned_to`'))).toHaveLength(1);
  });
});
