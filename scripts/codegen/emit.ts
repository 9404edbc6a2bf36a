import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApiModel } from './api-model.js';
import { withBanner } from './banner.js';

/** One file the generator writes, before its banner. */
export interface ModuleText {
  /** Path relative to the output folder, with `/` separators. */
  readonly path: string;
  readonly text: string;
  /** The APIs the module is derived from (for its banner). */
  readonly sources: readonly ApiModel[];
}

/** A finished file: banner added, ready to write. */
export interface OutputFile {
  readonly path: string;
  readonly content: string;
}

/**
 * Add each module's banner. The modules are written in their final layout (ts-morph's printer with the
 * project's style, `layout.ts` for line breaking, openapi-typescript's printer for `schema.ts`), so no
 * formatter runs here: Prettier took most of the time and memory of a run on a large spec.
 */
export function finishFiles(modules: readonly ModuleText[], extra: readonly ModuleText[]): OutputFile[] {
  const files = [...modules, ...extra].map((module) => ({
    path: module.path,
    content: withBanner(module.path, module.sources, `${module.text.trimEnd()}\n`),
  }));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Make `outDir` hold exactly `files`: write what changed, delete what is no longer generated.
 * Called only after every file was built, so a failed generation leaves the folder untouched.
 */
export async function writeOutput(
  outDir: string,
  files: readonly OutputFile[],
): Promise<{ written: number; unchanged: number; removed: number }> {
  const wanted = new Map(files.map((file) => [file.path, file.content]));
  let written = 0;
  let unchanged = 0;
  let removed = 0;
  for (const existing of await listFiles(outDir)) {
    if (!wanted.has(existing)) {
      await rm(path.join(outDir, existing));
      removed += 1;
    }
  }
  const folders = new Set([...wanted.keys()].map((relative) => path.dirname(path.join(outDir, relative))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // A few files at a time: a spec of a thousand operations writes a thousand modules.
  const entries = [...wanted];
  const writeNext = async (): Promise<void> => {
    for (let entry = entries.shift(); entry !== undefined; entry = entries.shift()) {
      const [relative, content] = entry;
      const target = path.join(outDir, relative);
      const current = await readFile(target, 'utf8').catch(() => undefined);
      if (current === content) {
        unchanged += 1;
        continue;
      }
      await writeFile(target, content);
      written += 1;
    }
  };
  await Promise.all(Array.from({ length: 16 }, writeNext));
  await removeEmptyFolders(outDir);
  return { written, unchanged, removed };
}

/** Every file below `dir`, as `/`-separated paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

async function removeEmptyFolders(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory()) continue;
    const child = path.join(dir, entry.name);
    await removeEmptyFolders(child);
    if ((await readdir(child)).length === 0) await rm(child, { recursive: true });
  }
}
