// Refresh the release snapshot: the specs as released, and the version they were released as.
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RELEASE_FILE, type SpecEntry } from './spec-set.js';

/** Make `releaseDir` hold exactly `<api>.yaml` for each spec, byte for byte, and release.json. */
export async function writeSnapshot(releaseDir: string, specs: readonly SpecEntry[], version: string): Promise<void> {
  await mkdir(releaseDir, { recursive: true });
  const wanted = new Set(specs.map((spec) => `${spec.name}.yaml`));
  for (const name of await readdir(releaseDir)) {
    if (name.endsWith('.yaml') && !wanted.has(name)) await rm(path.join(releaseDir, name));
  }
  for (const spec of specs) await copyFile(spec.file, path.join(releaseDir, `${spec.name}.yaml`));
  await writeFile(path.join(releaseDir, RELEASE_FILE), `${JSON.stringify({ version }, null, 2)}\n`);
}
