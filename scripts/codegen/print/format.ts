import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';
import { printDoc, type Doc, type PrintStyle } from './doc.js';
import { formatMarkdownTables } from './markdown.js';
import { isNextLineEmpty, StatementPrinter } from './statements.js';
import type { ResolvedStyle } from './style.js';
import { UnsupportedSyntax } from './types.js';

const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;

/** A file to format: TypeScript or Markdown source, or a document built already (schema.ts). */
export type UnformattedFile =
  | { readonly path: string; readonly source: string }
  | { readonly path: string; readonly doc: (style: PrintStyle) => Doc; readonly fallbackSource: () => string };

/**
 * Format the generated files as Prettier would, with the project's Prettier options.
 *
 * Each TypeScript file is parsed by TypeScript and its statements printed by the generator's own
 * printer (statements.ts, types.ts), which builds Prettier's document for the code the generator
 * writes and prints it with Prettier's layout engine. A statement outside that printer's subset
 * (the operation functions, the client factories…) is formatted by Prettier itself: all such
 * statements of all files in one call, since Prettier formats top-level statements independently.
 * Prettier is loaded only if something needs it. When the Prettier options are not ones the printer
 * reproduces (`resolved.exact` false), every file goes through Prettier, as it always did.
 */
export async function formatFiles(
  files: readonly UnformattedFile[],
  resolved: ResolvedStyle,
  prettierConfigFile: string,
  /** Told of every file or statement left to Prettier, and why (for tests and the curious). */
  onPrettier: (path: string, reason: string) => void = () => {},
): Promise<Map<string, string>> {
  const prettier = new PrettierBatch(prettierConfigFile);
  const result = new Map<string, string>();
  if (!resolved.exact) {
    onPrettier('*', resolved.reason ?? 'Prettier options the printer does not reproduce');
    for (const file of files) {
      const source = 'source' in file ? file.source : file.fallbackSource();
      result.set(file.path, await prettier.formatFile(file.path, source));
    }
    return result;
  }
  const assembled: { path: string; parts: (string | number)[] }[] = [];
  for (const file of files) {
    if (!('source' in file)) {
      try {
        result.set(file.path, printDoc(file.doc(resolved.style), resolved.style));
      } catch (error) {
        if (!(error instanceof UnsupportedSyntax)) throw error;
        onPrettier(file.path, error.message);
        result.set(file.path, await prettier.formatFile(file.path, file.fallbackSource()));
      }
    } else if (file.path.endsWith('.md')) {
      const formatted = formatMarkdownTables(file.source);
      if (formatted === undefined) onPrettier(file.path, 'a Markdown table cell the printer does not measure');
      result.set(file.path, formatted ?? (await prettier.formatFile(file.path, file.source)));
    } else {
      assembled.push({
        path: file.path,
        parts: formatStatements(file.path, file.source, resolved.style, prettier, onPrettier),
      });
    }
  }
  const batch = await prettier.formatQueued();
  for (const { path, parts } of assembled) {
    result.set(path, parts.map((part) => (typeof part === 'number' ? batch[part]! : part)).join(''));
  }
  return result;
}

/**
 * The file's statements, printed, with the separators between them; a number stands for a statement
 * queued for Prettier.
 */
function formatStatements(
  path: string,
  source: string,
  style: PrintStyle,
  prettier: PrettierBatch,
  onPrettier: (path: string, reason: string) => void,
): (string | number)[] {
  // JSDoc is not parsed into the tree: comments are read as text (and parsing them doubles the time).
  const sourceFile = ts.createSourceFile(
    path,
    source,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    false,
    ts.ScriptKind.TS,
  );
  const diagnostics = (sourceFile as unknown as { parseDiagnostics: readonly TypeScript.Diagnostic[] })
    .parseDiagnostics;
  if (diagnostics.length > 0) {
    const message = ts.flattenDiagnosticMessageText(diagnostics[0]!.messageText, '\n');
    throw new Error(`The generator wrote invalid TypeScript in ${path}: ${message}`);
  }
  const printer = new StatementPrinter(sourceFile, style);
  const parts: (string | number)[] = [];
  sourceFile.statements.forEach((statement, index) => {
    try {
      parts.push(printDoc(printer.print(statement), style));
    } catch (error) {
      if (!(error instanceof UnsupportedSyntax)) throw error;
      onPrettier(path, error.message);
      parts.push(prettier.queue(source.slice(printer.commentRangeStart(statement), statement.end)));
    }
    const last = index === sourceFile.statements.length - 1;
    parts.push(last ? '\n' : isNextLineEmpty(source, statement.end) ? '\n\n' : '\n');
  });
  return parts;
}

/** Prettier itself, loaded on first use; queued statements are formatted together. */
class PrettierBatch {
  private readonly queued: string[] = [];
  private loaded: Promise<{ format: (source: string, path: string) => Promise<string> }> | undefined;

  constructor(private readonly configFile: string) {}

  queue(statement: string): number {
    this.queued.push(statement);
    return this.queued.length - 1;
  }

  async formatFile(path: string, source: string): Promise<string> {
    return (await this.load()).format(source, path);
  }

  /** Every queued statement, formatted, by queue number. */
  async formatQueued(): Promise<string[]> {
    if (this.queued.length === 0) return [];
    // A marker comment before each statement: Prettier keeps a line comment on its own line, and
    // formats each top-level statement on its own, so the text between two markers is one statement.
    const marker = (index: number): string => `// @generator-statement ${index}`;
    const source = this.queued.map((statement, index) => `${marker(index)}\n${statement}\n`).join('\n');
    const formatted = await (await this.load()).format(source, 'statements.ts');
    const pieces = formatted.split(/^\/\/ @generator-statement (\d+)\n/m);
    const result: string[] = [];
    for (let index = 1; index < pieces.length; index += 2) {
      result[Number(pieces[index])] = pieces[index + 1]!.replace(/\s+$/, '');
    }
    if (result.length !== this.queued.length || result.some((piece) => piece === undefined)) {
      throw new Error('Prettier did not return every queued statement.');
    }
    return result;
  }

  private load(): Promise<{ format: (source: string, path: string) => Promise<string> }> {
    this.loaded ??= (async () => {
      const prettier = await import('prettier');
      const options = (await prettier.resolveConfig(this.configFile, { editorconfig: false })) ?? {};
      return { format: (source: string, path: string) => prettier.format(source, { ...options, filepath: path }) };
    })();
    return this.loaded;
  }
}
