import { existsSync } from 'node:fs';
import path from 'node:path';
import { Project } from 'ts-morph';

/**
 * The names the runtime's public index exports itself (not those it re-exports from the generated
 * folder), each with where it comes from. The root index must not generate any of them again:
 * an ES module's own export silently wins over an `export *`, so a clash would hide a generated name.
 */
export function readRuntimeExports(runtimeIndex: string, generatedDir: string): Map<string, string> {
  const names = new Map<string, string>();
  if (!existsSync(runtimeIndex)) return names;
  const project = new Project({ skipAddingFilesFromTsConfig: true, skipFileDependencyResolution: true });
  const file = project.addSourceFileAtPath(runtimeIndex);
  const generated = path.resolve(generatedDir);
  for (const declaration of file.getExportDeclarations()) {
    const specifier = declaration.getModuleSpecifierValue();
    if (specifier !== undefined && path.resolve(path.dirname(runtimeIndex), specifier).startsWith(generated)) continue;
    for (const named of declaration.getNamedExports()) {
      const name = named.getAliasNode()?.getText() ?? named.getName();
      names.set(name, `the runtime (${path.basename(runtimeIndex)}${specifier ? ` via ${specifier}` : ''})`);
    }
  }
  return names;
}
