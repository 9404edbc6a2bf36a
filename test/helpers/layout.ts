import path from 'node:path';
import * as prettier from 'prettier';
import type { OutputFile } from '../../scripts/codegen/emit.js';
import { PROJECT_DIR } from './project.js';

/**
 * The generated files that Prettier, with the project's settings, would lay out differently. The
 * generator does not run Prettier (it cost most of a large spec's run): it prints its files in this
 * layout itself (scripts/codegen/layout.ts), and this is how the tests hold it
 * to that. `schema.ts` is excepted: it is openapi-typescript's output as its printer lays it out.
 */
export async function differFromPrettier(files: readonly OutputFile[]): Promise<string[]> {
  const options = (await prettier.resolveConfig(path.join(PROJECT_DIR, 'package.json'), { editorconfig: false })) ?? {};
  const differing: string[] = [];
  for (const file of files) {
    if (path.posix.basename(file.path) === 'schema.ts') continue;
    if ((await prettier.format(file.content, { ...options, filepath: file.path })) !== file.content)
      differing.push(file.path);
  }
  return differing;
}
