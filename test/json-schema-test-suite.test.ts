// The official JSON Schema Test Suite, draft 2020-12 and its optional format files
// (../shared/jsonschema-test-suite/, not copied here), through the real generator and the runtime
// validator: every schema of a group becomes the request body of one operation of a generated spec,
// each test's data is checked by that operation's compiled request schema, and the verdict must be
// the suite's. Skipped when the suite is absent. The per-keyword table this writes to
// test/.output/json-schema-test-suite.md is the one in scripts/README.md.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutputFile } from '../scripts/codegen/emit.js';
import type { JsonSchema } from '../src/internal.js';
import { matches, validateValue } from '../src/validation/validate.js';
import { generateSuite, present, readSuite } from './helpers/json-schema-suite.js';
import { PROJECT_DIR, scratchDir } from './helpers/project.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

describe.skipIf(!present)('the official JSON Schema Test Suite (draft 2020-12), as request bodies', () => {
  const { cases, skippedGroups } = present ? readSuite() : { cases: [], skippedGroups: new Map<string, number>() };
  let files: OutputFile[];
  let outDir: string;
  let validation: Record<string, JsonSchema>;

  beforeAll(async () => {
    ({ files, outDir, validation } = await generateSuite(cases, await scratchDir('json-schema-test-suite')));
  }, 120_000);

  it('checks every in-scope schema (none falls back to "not checked")', () => {
    const text = files.find((file) => file.path === 'suite/validation.ts')!.content;
    const unchecked = [...text.matchAll(/Everything (case\d+) sends[^\n]*\n \* NOT CHECKED: any value passes\. (.*)/g)];
    expect(unchecked.map(([, operationId, reason]) => `${operationId}: ${reason}`)).toEqual([]);
  });

  it('gives every test the suite’s verdict, with and without the list of issues', async () => {
    const rows = new Map<string, { passed: number; total: number }>();
    const failures: string[] = [];
    for (const { file, group, operationId } of cases) {
      const schema = validation[`${operationId}RequestSchema`]!;
      const row = rows.get(file) ?? { passed: 0, total: 0 };
      rows.set(file, row);
      for (const test of group.tests) {
        row.total += 1;
        const request = { body: test.data };
        const issues = validateValue(schema, request);
        const verdict = matches(schema, request);
        if (verdict === test.valid && (issues.length === 0) === test.valid) row.passed += 1;
        else
          failures.push(
            `${file} "${group.description}" / "${test.description}": expected ${test.valid ? 'valid' : 'invalid'}, matches() ${verdict}, issues ${JSON.stringify(issues)}`,
          );
      }
    }
    await writeTable(rows, skippedGroups);
    expect(failures).toEqual([]);
  });

  it('compiles without a single diagnostic under the strict project settings', () => {
    const rootNames = files.filter((file) => file.path.endsWith('.ts')).map((file) => path.join(outDir, file.path));
    // Fields whose only value is null included: their call into openapi-fetch is cast (null-only-field.ts).
    expect(typeScriptDiagnostics(rootNames)).toEqual([]);
  }, 120_000);
});

async function writeTable(
  rows: ReadonlyMap<string, { passed: number; total: number }>,
  skippedGroups: ReadonlyMap<string, number>,
): Promise<void> {
  const lines = ['| file | passed | groups left out (JSON Schema `$ref`s) |', '| --- | ---: | ---: |'];
  let passed = 0;
  let total = 0;
  for (const [file, row] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${file} | ${row.passed}/${row.total} | ${skippedGroups.get(file) ?? 0} |`);
    passed += row.passed;
    total += row.total;
  }
  lines.push(`| **all** | **${passed}/${total}** | ${[...skippedGroups.values()].reduce((a, b) => a + b, 0)} |`);
  const outputDir = path.join(PROJECT_DIR, 'test', '.output');
  await mkdir(outputDir, { recursive: true });
  await writeFile(path.join(outputDir, 'json-schema-test-suite.md'), `${lines.join('\n')}\n`);
}
