import path from 'node:path';
import ts from 'typescript';
import { PROJECT_DIR } from './project.js';

/**
 * Type-check `files` with the project's own compiler options (strict, exactOptionalPropertyTypes,
 * noUncheckedIndexedAccess…) and return every diagnostic, formatted; [] means they compile.
 */
export function typeScriptDiagnostics(files: readonly string[]): string[] {
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
  const program = ts.createProgram({ rootNames: [...files], options: { ...config.options, noEmit: true } });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) =>
    ts.formatDiagnostic(diagnostic, {
      getCanonicalFileName: (name) => name,
      getCurrentDirectory: () => PROJECT_DIR,
      getNewLine: () => '\n',
    }),
  );
}
