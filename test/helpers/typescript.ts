import path from 'node:path';
import ts from 'typescript';
import { PROJECT_DIR } from './project.js';

/**
 * Type-check `files` with the project's own compiler options (strict, exactOptionalPropertyTypes,
 * noUncheckedIndexedAccess…) and return every diagnostic, formatted; [] means they compile.
 */
export function typeScriptDiagnostics(files: readonly string[]): string[] {
  const program = projectProgram(files);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) =>
    ts.formatDiagnostic(diagnostic, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => PROJECT_DIR,
      getNewLine: () => '\n',
    }),
  );
}

/**
 * The global names (declared only by TypeScript's own lib files) that `files` refer to by name, not
 * as a property: what a module declaring a name of the same spelling would shadow.
 */
export function globalNamesUsed(files: readonly string[]): Set<string> {
  const program = projectProgram(files);
  const checker = program.getTypeChecker();
  const wanted = new Set(files.map((file) => path.resolve(file)));
  const libDir = path.dirname(ts.getDefaultLibFilePath(program.getCompilerOptions()));
  const used = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && !isPropertyName(node)) {
      const declarations = checker.getSymbolAtLocation(node)?.declarations ?? [];
      if (
        declarations.length > 0 &&
        declarations.every((declaration) => path.dirname(declaration.getSourceFile().fileName) === libDir)
      )
        used.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) if (wanted.has(path.resolve(file.fileName))) visit(file);
  return used;
}

/** `name` in `a.name`, `A.name`, `{ name: … }`: not a reference to a binding called `name`. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    ((ts.isPropertyAccessExpression(parent) || ts.isQualifiedName(parent)) && node !== parent.getChildAt(0)) ||
    ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent)) &&
      parent.name === node)
  );
}

function projectProgram(files: readonly string[]): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(PROJECT_DIR, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  return ts.createProgram({ rootNames: [...files], options: { ...config.options, noEmit: true } });
}
