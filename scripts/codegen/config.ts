import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { GenerationError } from './generation-error.js';

/** One API listed in redocly.yaml. */
export interface ApiEntry {
  /** The key under `apis:`, e.g. `mollie`; names the output folder and the client factory. */
  readonly name: string;
  /** Absolute path of the root spec file. */
  readonly specFile: string;
}

export interface GeneratorConfig {
  /** Absolute path of the redocly.yaml that lists the APIs. */
  readonly configFile: string;
  /** The folder paths in banners are relative to (the config file's folder). */
  readonly projectDir: string;
  readonly apis: readonly ApiEntry[];
}

const API_NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Read the `apis:` map of a redocly.yaml. The order of the result is by name, not by file order. */
export async function readGeneratorConfig(configFile: string): Promise<GeneratorConfig> {
  const absolute = path.resolve(configFile);
  const projectDir = path.dirname(absolute);
  const document: unknown = parse(await readFile(absolute, 'utf8'));
  const apis = (document as { apis?: unknown } | null)?.apis;
  if (typeof apis !== 'object' || apis === null || Object.keys(apis).length === 0) {
    throw new GenerationError(`${configFile}: no APIs listed under \`apis:\`; nothing to generate.`);
  }
  const entries: ApiEntry[] = [];
  for (const [name, value] of Object.entries(apis as Record<string, unknown>)) {
    if (!API_NAME_RE.test(name)) {
      throw new GenerationError(
        `${configFile}: API name "${name}" must be lower-case letters and digits, optionally joined by "-".`,
      );
    }
    const root = (value as { root?: unknown } | null)?.root;
    if (typeof root !== 'string') throw new GenerationError(`${configFile}: API "${name}" has no \`root\` spec file.`);
    entries.push({ name, specFile: path.resolve(projectDir, root) });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { configFile: absolute, projectDir, apis: entries };
}
