// `npm run contract:diff`: every field-level difference between one of our operations and the
// provider's own OpenAPI description of it, each marked stricter / looser / extra / missing and
// with the `x-assumption` that explains it (on the field or its parent), then counts by kind.
//
//   --ours <spec>#<operationId>        our side, e.g. openapi/mollie.yaml#updateSalesInvoice
//   --provider <file>#<operationId>    the provider's description (not part of this repository)
//
// Exits 0 when every difference is explained, 1 when some are not (or on an error). When the
// provider's file is absent (a clone without ../shared), it prints "skipped: … not found" and exits 0.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareOperations, summarize, type Difference } from './compare.js';
import { readDocument } from './schema-tree.js';

export interface DiffTarget {
  /** A spec file, absolute or relative to the project root. */
  readonly file: string;
  readonly operationId: string;
}

export interface DiffResult {
  readonly skipped: string | undefined;
  readonly differences: readonly Difference[];
  readonly text: string;
}

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** `file#operationId` → a target. */
export function parseTarget(text: string): DiffTarget {
  const cut = text.lastIndexOf('#');
  if (cut <= 0 || cut === text.length - 1) throw new Error(`expected <file>#<operationId>, got ${text}`);
  return { file: text.slice(0, cut), operationId: text.slice(cut + 1) };
}

export function contractDiff(ours: DiffTarget, provider: DiffTarget, root = PROJECT_DIR): DiffResult {
  const providerFile = path.resolve(root, provider.file);
  if (!existsSync(providerFile)) {
    const line = `skipped: ${provider.file} not found (the provider's description lives outside the repository, in ../shared)`;
    return { skipped: line, differences: [], text: `${line}\n` };
  }
  const differences = compareOperations(
    { doc: readDocument(path.resolve(root, ours.file)), operationId: ours.operationId },
    { doc: readDocument(providerFile), operationId: provider.operationId },
  );
  return { skipped: undefined, differences, text: render(ours, provider, differences) };
}

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function render(ours: DiffTarget, provider: DiffTarget, differences: readonly Difference[]): string {
  const { byKind, unexplained } = summarize(differences);
  const lines = [
    `## Contract differences: ${ours.file}#${ours.operationId} against ${provider.file}#${provider.operationId}`,
    '',
    '| where | aspect | kind | ours | provider | explained by (x-assumption) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...differences.map((difference) =>
      [
        difference.at,
        difference.aspect,
        difference.kind,
        difference.ours,
        difference.provider,
        difference.explainedBy ?? '**unexplained**',
      ]
        .map((text) => ` ${cell(text)} `)
        .join('|')
        .replace(/^/, '|')
        .replace(/$/, '|'),
    ),
    '',
    `${differences.length} differences: ${byKind.stricter} stricter, ${byKind.looser} looser, ${byKind.extra} extra, ${byKind.missing} missing.`,
    `unexplained differences: ${unexplained}`,
  ];
  return `${lines.join('\n')}\n`;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const { values } = parseArgs({ options: { ours: { type: 'string' }, provider: { type: 'string' } } });
    if (values.ours === undefined || values.provider === undefined) {
      throw new Error('give --ours <spec>#<operationId> and --provider <file>#<operationId>.');
    }
    const result = contractDiff(parseTarget(values.ours), parseTarget(values.provider));
    process.stdout.write(result.text);
    if (result.skipped === undefined && result.differences.some((difference) => difference.explainedBy === undefined)) {
      process.exitCode = 1;
    }
  } catch (error) {
    console.error(`contract:diff: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
