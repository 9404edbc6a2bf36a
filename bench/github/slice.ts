// Slices of GitHub's REST API description, for measuring how generation grows with spec size.
// Usage: node --import tsx/esm bench/github/slice.ts --operations 100 [--operations 300 …] --out <dir>
//
// A slice keeps `count` operations spread evenly over the whole API (by operationId order, so every
// area of the API is represented, not only the first tags) and exactly the components they reach
// through `$ref`s, directly or through other components. Same input, same slice: nothing depends on
// time or randomness. Next to each `github-<count>.json` it writes `github-<count>.redocly.yaml`:
// bench/github/redocly.yaml with the slice as the API's root.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';

type Json = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const COMPONENT_REF = /^#\/components\/([^/]+)\/([^/]+)$/;

export const GITHUB_DIR = path.dirname(fileURLToPath(import.meta.url));
/** bench/github/redocly.yaml: the configuration the pipeline runs with on GitHub's spec. */
export const GITHUB_CONFIG = path.join(GITHUB_DIR, 'redocly.yaml');
/** The full spec, from the exact-pinned @octokit/openapi. */
export const GITHUB_SPEC = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');

interface OperationRef {
  readonly path: string;
  readonly method: (typeof HTTP_METHODS)[number];
  readonly operationId: string;
}

/** Every operation of the document, sorted by operationId (then path and method, for specs without unique ids). */
export function listOperations(document: Json): OperationRef[] {
  const operations: OperationRef[] = [];
  for (const [pathTemplate, item] of Object.entries((document['paths'] ?? {}) as Record<string, Json>)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as Json | undefined;
      if (operation !== undefined)
        operations.push({ path: pathTemplate, method, operationId: String(operation['operationId'] ?? '') });
    }
  }
  const key = (operation: OperationRef): string =>
    `${operation.operationId}\u0000${operation.path}\u0000${operation.method}`;
  return operations.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * A valid sub-document with `count` operations and only the components they need. Webhooks are
 * left out (they are not operations the client calls).
 */
export function sliceSpec(document: Json, count: number): Json {
  const all = listOperations(document);
  if (!Number.isInteger(count) || count < 1 || count > all.length) {
    throw new Error(`Cannot take ${count} operations from a spec with ${all.length}.`);
  }
  const chosen = Array.from({ length: count }, (_, index) => all[Math.floor((index * all.length) / count)]!);
  const sourcePaths = document['paths'] as Record<string, Json>;
  const paths: Record<string, Json> = {};
  // Paths in the source's order, each with its shared fields (parameters, summary…) and the chosen methods.
  const chosenByPath = new Map<string, Set<string>>();
  for (const operation of chosen) {
    chosenByPath.set(operation.path, (chosenByPath.get(operation.path) ?? new Set()).add(operation.method));
  }
  for (const [pathTemplate, item] of Object.entries(sourcePaths)) {
    const methods = chosenByPath.get(pathTemplate);
    if (methods === undefined) continue;
    paths[pathTemplate] = Object.fromEntries(
      Object.entries(item).filter(([key]) => !(HTTP_METHODS as readonly string[]).includes(key) || methods.has(key)),
    );
  }

  const components = (document['components'] ?? {}) as Record<string, Record<string, unknown>>;
  const kept = new Map<string, Set<string>>();
  const keep = (ref: string): void => {
    const match = COMPONENT_REF.exec(ref);
    if (match === null) return;
    const [, type, encoded] = match as unknown as [string, string, string];
    const name = decodeURIComponent(encoded).replace(/~1/g, '/').replace(/~0/g, '~');
    const names = kept.get(type) ?? new Set<string>();
    if (names.has(name)) return;
    kept.set(type, names.add(name));
    const target = components[type]?.[name];
    if (target === undefined) throw new Error(`Unresolved reference ${ref}`);
    visit(target);
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') keep(value);
      // A discriminator's mapping names schemas by reference too, without `$ref`.
      else if (key === 'mapping' && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const target of Object.values(value)) if (typeof target === 'string') keep(target);
        visit(value);
      } else visit(value);
    }
  };
  visit(paths);
  // Security schemes are named by requirements, not referenced.
  const requirements = [
    document['security'],
    ...chosen
      .map((operation) => sourcePaths[operation.path]![operation.method] as Json)
      .map((operation) => operation['security']),
  ];
  for (const list of requirements) {
    for (const requirement of (Array.isArray(list) ? list : []) as Json[]) {
      for (const scheme of Object.keys(requirement)) keep(`#/components/securitySchemes/${scheme}`);
    }
  }

  const slicedComponents: Record<string, Json> = {};
  for (const [type, entries] of Object.entries(components)) {
    const names = kept.get(type);
    if (names === undefined) continue;
    // In the source's order, so the slice reads like the original.
    slicedComponents[type] = Object.fromEntries(Object.entries(entries).filter(([name]) => names.has(name)));
  }
  const usedTags = new Set(
    chosen.flatMap((operation) => ((sourcePaths[operation.path]![operation.method] as Json)['tags'] ?? []) as string[]),
  );
  const sliced: Json = {};
  for (const [key, value] of Object.entries(document)) {
    if (key === 'paths') sliced['paths'] = paths;
    else if (key === 'components') sliced['components'] = slicedComponents;
    else if (key === 'tags') sliced['tags'] = (value as Json[]).filter((tag) => usedTags.has(String(tag['name'])));
    else if (key !== 'webhooks' && key !== 'x-webhooks') sliced[key] = value;
  }
  return sliced;
}

/** Count the operations of a document. */
export function operationCount(document: Json): number {
  return listOperations(document).length;
}

/**
 * Write the slice and its redocly.yaml (bench/github/redocly.yaml with the slice as root) into
 * `outDir`; returns the config's path.
 */
export function writeSlice(document: Json, count: number, outDir: string): { specFile: string; configFile: string } {
  mkdirSync(outDir, { recursive: true });
  const specFile = path.join(outDir, `github-${count}.json`);
  writeFileSync(specFile, `${JSON.stringify(sliceSpec(document, count), null, 2)}\n`);
  const configFile = path.join(outDir, `github-${count}.redocly.yaml`);
  writeFileSync(configFile, sliceConfig(path.basename(specFile)));
  return { specFile, configFile };
}

/** bench/github/redocly.yaml, rooted at another spec file (relative to the written config). */
export function sliceConfig(root: string): string {
  const config = parse(readFileSync(GITHUB_CONFIG, 'utf8')) as { apis: { github: Json } };
  config.apis.github['root'] = root;
  return `# Written by bench/github/slice.ts from bench/github/redocly.yaml.\n${stringify(config)}`;
}

export function readGithubSpec(): Json {
  return JSON.parse(readFileSync(GITHUB_SPEC, 'utf8')) as Json;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      operations: { type: 'string', multiple: true, default: ['100', '300', '1000'] },
      out: { type: 'string' },
    },
  });
  if (values.out === undefined) throw new Error('--out <dir> is required');
  const document = readGithubSpec();
  for (const count of values.operations.map(Number)) {
    const { specFile } = writeSlice(document, count, path.resolve(values.out));
    console.log(`slice: ${count} operations → ${path.relative(process.cwd(), specFile)}`);
  }
}
