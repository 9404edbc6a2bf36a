// Where the two versions of the specs come from: the specs listed in redocly.yaml (what the next
// release will ship) and a release snapshot folder (`releases/latest/`: `<api>.yaml` per API and
// `release.json` with the version they were released in).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readGeneratorConfig } from '../codegen/config.js';

/** One API's spec file, by its name in redocly.yaml. */
export interface SpecEntry {
  readonly name: string;
  readonly file: string;
}

export const RELEASE_FILE = 'release.json';

/** The specs listed under `apis:` in a redocly.yaml. */
export async function currentSpecs(configFile: string): Promise<SpecEntry[]> {
  const config = await readGeneratorConfig(configFile);
  return config.apis.map((api) => ({ name: api.name, file: api.specFile }));
}

/** The specs of a release snapshot: every `<api>.yaml` in the folder. */
export async function releasedSpecs(releaseDir: string): Promise<SpecEntry[]> {
  const names = await readdir(releaseDir);
  return names
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name: name.slice(0, -'.yaml'.length), file: path.join(releaseDir, name) }));
}

/** The version a snapshot was released as. */
export async function releasedVersion(releaseDir: string): Promise<string> {
  const file = path.join(releaseDir, RELEASE_FILE);
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`cannot read the last release's version from ${file}: ${(error as Error).message}`);
  });
  const data = JSON.parse(text) as { version?: unknown };
  if (typeof data.version !== 'string') throw new Error(`${file}: needs a "version" string.`);
  return data.version;
}

/** The version in a package.json. */
export async function packageVersion(packageFile: string): Promise<string> {
  const data = JSON.parse(await readFile(packageFile, 'utf8')) as { version?: unknown };
  if (typeof data.version !== 'string') throw new Error(`${packageFile}: needs a "version" string.`);
  return data.version;
}
