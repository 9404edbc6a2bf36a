import { createRequire } from 'node:module';
import type * as PrettierDoc from 'prettier/doc';

/*
 * Prettier's own layout engine (`prettier/doc`: the document builders and the printer Prettier
 * formats every file with), without its parsers and language printers. The generator builds the
 * document of each file itself, with the structure Prettier's TypeScript printer would give the
 * same code, and prints it here: the result is Prettier's output, without parsing code we just
 * wrote. A small CommonJS module, so loading it costs little.
 */
const { builders, printer, utils } = createRequire(import.meta.url)('prettier/doc') as typeof PrettierDoc;

export type Doc = PrettierDoc.builders.Doc;
export const {
  align,
  breakParent,
  conditionalGroup,
  fill,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  label,
  line,
  lineSuffixBoundary,
  literalline,
  markAsRoot,
  softline,
} = builders;
export const { willBreak } = utils;

/** The Prettier options this printer reproduces (see style.ts for how they are found). */
export interface PrintStyle {
  readonly printWidth: number;
  readonly tabWidth: number;
  readonly singleQuote: boolean;
}

/** Print a document the way Prettier prints a file: no trailing spaces, `\n` line ends. */
export function printDoc(doc: Doc, style: PrintStyle): string {
  const options: PrettierDoc.printer.Options & { endOfLine: 'lf' } = {
    printWidth: style.printWidth,
    tabWidth: style.tabWidth,
    useTabs: false,
    endOfLine: 'lf',
  };
  return printer.printDocToString(doc, options).formatted;
}
