import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GenerationError } from './generation-error.js';
import { parseDocument } from './parse-document.js';

/** One API listed in redocly.yaml. */
export interface ApiEntry {
  /** The key under `apis:`, e.g. `mollie`; names the output folder and the client factory. */
  readonly name: string;
  /** Absolute path of the root spec file. */
  readonly specFile: string;
  /**
   * `x-codegen.strict` (default true): the spec must meet every rule the generator checks. `false` is for
   * a spec we did not write; what the generator does instead is listed in scripts/README.md.
   */
  readonly strict: boolean;
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
  const document = parseDocument(await readFile(absolute, 'utf8'), absolute);
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
    entries.push({
      name,
      specFile: path.resolve(projectDir, root),
      strict: readStrict(value, `${configFile}: API "${name}"`),
    });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { configFile: absolute, projectDir, apis: entries };
}

/**
 * Our options live under `x-codegen` in an API's entry: Redocly ignores `x-` keys in its config (any other
 * unknown key draws a warning), so one file stays the single list of APIs for both tools.
 */
function readStrict(entry: unknown, where: string): boolean {
  const options = (entry as { 'x-codegen'?: unknown } | null)?.['x-codegen'];
  if (options === undefined) return true;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new GenerationError(`${where}: \`x-codegen\` must be a map of options.`);
  }
  for (const [key, value] of Object.entries(options)) {
    if (key !== 'strict') throw new GenerationError(`${where}: unknown option \`x-codegen.${key}\` (known: strict).`);
    if (typeof value !== 'boolean') throw new GenerationError(`${where}: \`x-codegen.strict\` must be true or false.`);
  }
  return (options as { strict?: boolean }).strict ?? true;
}
