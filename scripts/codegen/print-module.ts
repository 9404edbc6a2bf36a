import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';
import type { CodeBlockWriter, StatementStructures } from 'ts-morph';

// Through its CommonJS entry point, as TypeScript in build-types.ts: imported as an ES module, Node 20
// first scans ts-morph's code for its export names (0.15 s per run). The builders' structures take
// their `kind` from here too (statements.ts).
const { IndentationText, Project, QuoteKind, StructureKind } = createRequire(import.meta.url)(
  'ts-morph',
) as typeof TsMorph;

export { StructureKind };

/** The statements of one module, as ts-morph structures or as text printed already (layout.ts). */
export type Statements = (StatementStructures | string)[];

/** Prints a module's statements as its text. */
export type PrintModule = (path: string, statements: Statements) => string;

/**
 * The one writer of the modules the builders describe: ts-morph, in an in-memory project with the
 * settings of the project's Prettier config (.prettierrc.json), which is not run on generated code.
 *
 * Each module is described whole (ts-morph structures) and printed by one `createSourceFile`: ts-morph
 * re-parses a file after every `add…` call, which on a spec of a thousand operations (the client module
 * has a member and an import per operation) took minutes. The file is then forgotten, so the project
 * holds one syntax tree at a time.
 */
export function createModulePrinter(): PrintModule {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  return (path, statements) => {
    const file = project.createSourceFile(`/${path}`, { statements: separateImports(statements) }, { overwrite: true });
    // A union broken over lines (layout.ts `unionType`) leaves a space after the `=`.
    const text = file.getFullText().replace(/[ \t]+$/gm, '');
    file.forget();
    return text;
  };
}

/**
 * A blank line between the imports and what follows. ts-morph's `add…` calls put one there; its printer
 * of a whole file's structure does not (it does separate the other statements as those calls did).
 */
function separateImports(statements: Statements): Statements {
  const first = statements.findIndex(
    (statement) => typeof statement === 'string' || statement.kind !== StructureKind.ImportDeclaration,
  );
  if (first <= 0) return statements;
  const next = statements[first]!;
  const separated = [...statements];
  separated[first] =
    typeof next === 'string'
      ? `\n${next}`
      : { ...next, leadingTrivia: (writer: CodeBlockWriter) => writer.blankLine() };
  return separated;
}
