// `npm run generate`: lint the specs listed in redocly.yaml and (re)write generated/ from them.
//   --config <file>   the redocly.yaml to read (default: ./redocly.yaml)
//   --out <dir>       where to write (default: ./generated)
//   --runtime <dir>   the hand-written runtime the output imports (default: ./src)
//   --watch           keep running: regenerate whenever a spec listed in the config, the config
//                     itself or scripts/lint/ruleset.yaml is saved (`npm run dev`)
import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { lintSpecs } from './codegen/lint.js';

const { values } = parseArgs({
  options: {
    config: { type: 'string', default: 'redocly.yaml' },
    out: { type: 'string', default: 'generated' },
    runtime: { type: 'string', default: 'src' },
    watch: { type: 'boolean', default: false },
  },
});

const configFile = path.resolve(values.config);
const outDir = path.resolve(values.out);
const runtimeDir = path.resolve(values.runtime);

/** Lint and generate once. Returns false, having printed why, when the specs cannot be generated. */
async function generateOnce(verbose: boolean): Promise<boolean> {
  const started = performance.now();
  // Start Redocly first: it runs in its own process while this one loads the compilers.
  const lint = lintSpecs(configFile);
  const { writeOutput } = await import('./codegen/emit.js');
  const { GenerationError, generate } = await import('./codegen/pipeline.js');
  try {
    const files = await generate({
      configFile,
      lint,
      outDir,
      runtimeDir,
      ...(verbose ? { log: (message: string) => console.log(`generate: ${message}`) } : {}),
    });
    const { written, unchanged, removed } = await writeOutput(outDir, files);
    const elapsed = Math.round(performance.now() - started);
    const where = `${path.relative(process.cwd(), outDir) || '.'}/`;
    const count = (n: number, what: string): string => `${n} ${n === 1 ? 'file' : 'files'} ${what}`;
    console.log(
      written === 0 && removed === 0
        ? `generate: ${where} was already up to date (${count(unchanged, 'unchanged')}, ${elapsed} ms)`
        : `generate: ${where}: ${count(written, 'written')}, ${unchanged} unchanged, ${removed} removed (${elapsed} ms)`,
    );
    return true;
  } catch (error) {
    if (error instanceof GenerationError) {
      console.error(`generate: ${error.message}`);
      return false;
    }
    throw error;
  }
}

if (!values.watch) {
  if (!(await generateOnce(true))) process.exit(1);
} else {
  await watchAndGenerate();
}

/**
 * Watch mode. The folders holding the watched files are watched (not the files), so an editor
 * that saves by writing a new file and renaming it over the old one is still seen. The list is
 * re-read before every run, since a change to redocly.yaml may add or drop a spec. Saves within
 * 100 ms make one run; a save during a run makes one more run after it.
 */
async function watchAndGenerate(): Promise<void> {
  const { readGeneratorConfig } = await import('./codegen/config.js');
  const ruleset = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lint', 'ruleset.yaml');
  let watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let pending = false;

  const watchedFiles = async (): Promise<string[]> => {
    const files = new Set([configFile, ruleset]);
    try {
      for (const api of (await readGeneratorConfig(configFile)).apis) files.add(api.specFile);
    } catch {
      // A broken redocly.yaml: the run reports it; watching the file itself sees it fixed.
    }
    return [...files];
  };

  const rewatch = async (): Promise<number> => {
    for (const watcher of watchers) watcher.close();
    watchers = [];
    const files = await watchedFiles();
    const byFolder = new Map<string, Set<string>>();
    for (const file of files) {
      const names = byFolder.get(path.dirname(file)) ?? new Set<string>();
      byFolder.set(path.dirname(file), names.add(path.basename(file)));
    }
    for (const [folder, names] of byFolder) {
      try {
        const watcher = watch(folder, (_event, name) => {
          if (name === null || names.has(name)) schedule();
        });
        watcher.on('error', () => schedule());
        watchers.push(watcher);
      } catch (error) {
        console.error(`generate: cannot watch ${folder}: ${(error as Error).message}`);
      }
    }
    return files.length;
  };

  const run = async (): Promise<void> => {
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      do {
        pending = false;
        await rewatch();
        try {
          await generateOnce(false);
        } catch (error) {
          // A bug in the generator: report it in full, and keep watching.
          console.error(`generate: unexpected error: ${(error as Error).stack ?? String(error)}`);
        }
      } while (pending);
    } finally {
      running = false;
    }
  };

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 100);
  }

  const count = (await watchedFiles()).length;
  console.log(
    `generate: watching ${count} files (the specs, ${path.basename(configFile)}, the lint ruleset); Ctrl-C stops`,
  );
  await run();
}
