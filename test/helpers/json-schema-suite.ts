// The official JSON Schema Test Suite, draft 2020-12 and its optional format files
// (../shared/jsonschema-test-suite/, not copied here), as the cases the test of our validator
// (test/json-schema-test-suite.test.ts) and the validator benchmark (bench/validator-choice.ts) read:
// the in-scope groups, and the spec that makes each group's schema the request body of one operation.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../../scripts/codegen/emit.js';
import { foreignSpecConfig, generateInto } from './generated.js';
import type { JsonSchema } from '../../src/internal.js';
import { PROJECT_DIR } from './project.js';

export const SUITE = path.resolve(PROJECT_DIR, '..', 'shared', 'jsonschema-test-suite');
export const present = existsSync(path.join(SUITE, 'draft2020-12'));
if (!present) console.log(`json-schema-test-suite: skipped: ${SUITE} not found`);

export interface SuiteTest {
  readonly description: string;
  readonly data: unknown;
  readonly valid: boolean;
}
export interface SuiteGroup {
  readonly description: string;
  readonly schema: unknown;
  readonly tests: readonly SuiteTest[];
}
export interface Case {
  readonly file: string;
  readonly group: SuiteGroup;
  readonly operationId: string;
}

/**
 * Whole files that are out of scope, with why. Everything else runs, except the groups
 * `REFERENCE_KEYWORDS` names.
 */
export const OUT_OF_SCOPE_FILES: Readonly<Record<string, string>> = {
  'draft2020-12/format.json':
    'expects an invalid value of every format to pass, `format` being an annotation only (2020-12 without the format-assertion vocabulary); the generator asserts every format it knows, as OpenAPI users expect, and the optional format files test that (its tests of other types and of unknown formats hold)',
  'draft2020-12/vocabulary.json':
    'declares its own meta-schema `$vocabulary`; an OpenAPI document has one fixed dialect',
  'draft2020-12/refRemote.json': 'refers to schemas served by the suite’s own HTTP server (localhost:1234)',
  'draft2020-12/anchor.json': 'resolves `$anchor` names within a schema resource',
  'draft2020-12/dynamicRef.json': 'resolves `$dynamicRef`/`$dynamicAnchor` across schema resources',
  'draft2020-12/defs.json': 'validates against the 2020-12 meta-schema, fetched by `$ref` to its URI',
  'draft2020-12/ref.json':
    'JSON Schema’s own reference resolution (`$id` base URIs, `$defs`, `$anchor`, relative and remote URIs); OpenAPI resolves `$ref` by the document, which the pipeline tests cover',
  'draft2020-12/infinite-loop-detection.json': 'a `$ref` into `$defs` (JSON Schema’s own reference resolution)',
};

/**
 * A group whose schema uses one of these is JSON Schema's own reference resolution, not OpenAPI's
 * (`$ref`s there are resolved against `$id` base URIs): out of scope, counted apart.
 */
const REFERENCE_KEYWORDS = ['$ref', '$defs', '$id', '$anchor', '$dynamicRef', '$dynamicAnchor'];

function usesReferences(schema: unknown): boolean {
  if (typeof schema !== 'object' || schema === null) return false;
  if (Array.isArray(schema)) return schema.some(usesReferences);
  return Object.entries(schema).some(
    ([key, value]) => REFERENCE_KEYWORDS.includes(key) || (key !== 'const' && key !== 'enum' && usesReferences(value)),
  );
}

export function readSuite(): { cases: Case[]; skippedGroups: Map<string, number> } {
  const cases: Case[] = [];
  const skippedGroups = new Map<string, number>();
  for (const folder of ['draft2020-12', 'optional-format']) {
    for (const name of readdirSync(path.join(SUITE, folder)).sort()) {
      const file = `${folder}/${name}`;
      if (OUT_OF_SCOPE_FILES[file] !== undefined) continue;
      const groups = JSON.parse(readFileSync(path.join(SUITE, file), 'utf8')) as SuiteGroup[];
      for (const group of groups) {
        if (usesReferences(group.schema)) {
          skippedGroups.set(file, (skippedGroups.get(file) ?? 0) + 1);
          continue;
        }
        cases.push({ file, group, operationId: `case${String(cases.length).padStart(4, '0')}` });
      }
    }
  }
  return { cases, skippedGroups };
}

export function specOf(cases: readonly Case[]): unknown {
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {};
  for (const { operationId, group } of cases) {
    const name = `Case${operationId.slice(4)}`;
    schemas[name] = group.schema;
    paths[`/${operationId}`] = {
      post: {
        operationId,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
        },
        responses: { '204': { description: 'Accepted.' } },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'JSON Schema Test Suite', version: '1.0.0' },
    servers: [{ url: 'http://127.0.0.1' }],
    paths,
    components: { schemas },
  };
}

/** The suite's cases generated as one spec (strict: false) in `scratch`: the files and the compiled request schemas. */
export async function generateSuite(
  cases: readonly Case[],
  scratch: string,
): Promise<{ files: OutputFile[]; outDir: string; validation: Record<string, JsonSchema> }> {
  await mkdir(scratch, { recursive: true });
  const specFile = path.join(scratch, 'suite.json');
  await writeFile(specFile, JSON.stringify(specOf(cases), null, 2));
  const { files, outDir, load } = await generateInto(await foreignSpecConfig(scratch, 'suite', specFile), scratch, {
    skipLint: true,
  });
  const validation = await load<Record<string, JsonSchema>>('suite', 'validation.ts');
  return { files, outDir, validation };
}
