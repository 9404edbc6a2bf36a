import type { PrintStyle } from './doc.js';

/*
 * Leaves of the code, printed as Prettier 3 prints them: string literals (quote choice), numbers,
 * property keys. Each function names the Prettier function it reproduces.
 */

/**
 * A string literal as Prettier prints it, from its text as written in the source (`raw`, quotes
 * included): the preferred quote unless the content holds more of it than of the other, escapes
 * kept, quote escapes adjusted (prettier/src/utils/print-string.js, make-string.js).
 */
export function printString(raw: string, style: PrintStyle): string {
  const content = raw.slice(1, -1);
  const quote = preferredQuote(content, style.singleQuote);
  if (raw.charAt(0) === quote) return raw;
  const other = quote === '"' ? "'" : '"';
  const body = content.replace(/\\(["'\\])|(["'])/g, (match, escaped: string | undefined, bare: string | undefined) =>
    escaped !== undefined ? (escaped === other ? other : match) : bare === quote ? `\\${bare}` : (bare as string),
  );
  return quote + body + quote;
}

function preferredQuote(content: string, preferSingle: boolean): '"' | "'" {
  const [preferred, alternate] = preferSingle ? (["'", '"'] as const) : (['"', "'"] as const);
  let preferredCount = 0;
  let alternateCount = 0;
  for (const character of content) {
    if (character === preferred) preferredCount += 1;
    else if (character === alternate) alternateCount += 1;
  }
  return preferredCount > alternateCount ? alternate : preferred;
}

/** The source text of a JavaScript string, single-quoted, escaping only what must be (the generator's own literals). */
export function singleQuoted(text: string): string {
  return `'${text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}'`;
}

/** A number as Prettier prints it: lower case, no `+` or leading zeros in the exponent, no trailing zeros (print-number.js). */
export function printNumber(raw: string): string {
  if (raw.length === 1) return raw;
  return raw
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, '$1$2')
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, '$1')
    .replace(/^([+-])?\./, '$10.')
    .replace(/(\.\d+?)0+(?=e|$)/, '$1')
    .replace(/\.(?=e|$)/, '');
}

/** What a property key prints as. `unsure` is set when only Prettier itself could tell. */
export interface PrintedKey {
  readonly text: string;
  readonly unsure?: string;
}

const ASCII_IDENTIFIER = /^[$A-Z_a-z][$0-9A-Z_a-z]*$/;

/**
 * A key written as a string literal (`raw`, with its value `value`) in an object literal or a type
 * member, with Prettier's `quoteProps: "as-needed"`: unquoted when the printed string holds the value
 * unescaped and the value is an ES5 identifier name (prettier/src/language-js/print/property.js).
 * Identifier names outside ASCII are judged by a Unicode table this printer does not carry.
 */
export function printStringKey(raw: string, value: string, style: PrintStyle): PrintedKey {
  const printed = printString(raw, style);
  if (printed.slice(1, -1) !== value) return { text: printed };
  if (ASCII_IDENTIFIER.test(value)) return { text: value };
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(value)) return { text: printed, unsure: `key ${printed} may be a Unicode identifier` };
  return { text: printed };
}

/** A key the generator writes for a name from the spec: unquoted when it is an identifier, else quoted. */
export function printNameKey(name: string, style: PrintStyle): PrintedKey {
  return printStringKey(singleQuoted(name), name, style);
}
