import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as TypeScript from 'typescript';

// Through its CommonJS entry, the compiler build-types.ts loads anyway (see there).
const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;

/**
 * The names a runtime entry exports itself (not those it re-exports from the generated folder), each
 * with where it comes from. Of the public index (`index.ts`): the root index must not generate any of
 * them again, since an ES module's own export silently wins over an `export *`, so a clash would hide
 * a generated name. Of `internal.ts`: what generated modules import, which no generated name may be.
 */
export function readRuntimeExports(runtimeIndex: string, generatedDir: string): Map<string, string> {
  const names = new Map<string, string>();
  if (!existsSync(runtimeIndex)) return names;
  const file = ts.createSourceFile(runtimeIndex, readFileSync(runtimeIndex, 'utf8'), ts.ScriptTarget.Latest, false);
  const generated = path.resolve(generatedDir);
  for (const statement of file.statements) {
    if (!ts.isExportDeclaration(statement)) continue;
    const specifier =
      statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)
        ? statement.moduleSpecifier.text
        : undefined;
    if (specifier !== undefined && path.resolve(path.dirname(runtimeIndex), specifier).startsWith(generated)) continue;
    if (statement.exportClause === undefined || !ts.isNamedExports(statement.exportClause)) continue;
    for (const element of statement.exportClause.elements) {
      names.set(
        element.name.text,
        `the runtime (${path.basename(runtimeIndex)}${specifier ? ` via ${specifier}` : ''})`,
      );
    }
  }
  return names;
}
