/**
 * Value literals in generated code (validation schemas, operation and API descriptions), printed
 * already formatted: a literal stays on one line when it fits in `MAX_LINE` columns, and otherwise
 * puts one entry per line with a trailing comma, the layout the project's Prettier settings give.
 *
 * The generated files are not run through Prettier: on a spec the size of GitHub's, formatting
 * 13 MB of output took two thirds of the run and most of its memory (bench/generation.ts). So the
 * code is written in its final form instead: ts-morph prints the modules, and what they hold as
 * literal text is printed here.
 */

/** The longest line a literal may make before it is broken up (the project's Prettier `printWidth`). */
export const MAX_LINE = 120;
const INDENT = '  ';

/** A value in generated code: code as written, or an object or array of such values. */
export type Literal =
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [key: string, value: Literal])[] }
  | { readonly kind: 'array'; readonly items: readonly Literal[] };

/** Code to be written as it is: an identifier, a number, a regular expression literal. */
export function code(text: string): Literal {
  return { kind: 'code', text };
}

/** An object literal; `undefined` values are left out, keys are quoted only where they must be. */
export function object(
  entries: Record<string, Literal | undefined> | readonly (readonly [string, Literal])[],
): Literal {
  const list = Array.isArray(entries) ? entries : Object.entries(entries);
  return {
    kind: 'object',
    entries: list.filter((entry): entry is [string, Literal] => entry[1] !== undefined),
  };
}

export function array(items: readonly Literal[]): Literal {
  return { kind: 'array', items };
}

/** A plain JSON value (from the spec) as a literal. */
export function json(value: unknown): Literal {
  if (typeof value === 'string') return code(quote(value));
  if (Array.isArray(value)) return array(value.map(json));
  if (value !== null && typeof value === 'object')
    return object(Object.entries(value).map(([key, item]) => [key, json(item)] as const));
  return code(JSON.stringify(value) ?? 'undefined');
}

/**
 * The literal as code, for a place that starts `column` characters into its line at indentation
 * `indent` and is followed by `after` characters on the same line (a `;` or `,`). Lines after the
 * first are indented from `indent`.
 */
export function printLiteral(literal: Literal, options: { column: number; indent?: number; after?: number }): string {
  const indent = options.indent ?? 0;
  const flat = printFlat(literal);
  const fits = options.column + flat.length + (options.after ?? 0) <= MAX_LINE;
  if (literal.kind === 'code' || (fits && !mustBreak(literal))) return flat;
  const inner = INDENT.repeat(indent + 1);
  const lines =
    literal.kind === 'object'
      ? literal.entries.map(([key, value]) => {
          const prefix = `${propertyKey(key)}: `;
          if (breaksAfterOperator(value, inner.length + prefix.length + 1))
            return `${inner}${prefix.trimEnd()}\n${inner}${INDENT}${value.text},`;
          return `${inner}${prefix}${printLiteral(value, { column: inner.length + prefix.length, indent: indent + 1, after: 1 })},`;
        })
      : literal.items.map(
          (item) => `${inner}${printLiteral(item, { column: inner.length, indent: indent + 1, after: 1 })},`,
        );
  const [open, close] = literal.kind === 'object' ? ['{', '}'] : ['[', ']'];
  return `${open}\n${lines.join('\n')}\n${INDENT.repeat(indent)}${close}`;
}

/**
 * An array of two or more objects (or arrays) of two or more entries each: always one item per line,
 * as Prettier lays out such a matrix even where it would fit on one line.
 */
function isListOfRecords(literal: Literal): boolean {
  if (literal.kind !== 'array' || literal.items.length < 2) return false;
  const first = literal.items[0]!.kind;
  return literal.items.every(
    (item) =>
      item.kind === first &&
      ((item.kind === 'object' && item.entries.length > 1) || (item.kind === 'array' && item.items.length > 1)),
  );
}

/**
 * `head` (such as `const name: Type = `) followed by the literal and `tail` (such as `;`). A name alone
 * that does not fit after the `=` goes on the next line, indented.
 */
export function printAssignment(head: string, literal: Literal, tail: string): string {
  if (breaksAfterOperator(literal, head.length + tail.length))
    return `${head.trimEnd()}\n${INDENT}${literal.text}${tail}`;
  return `${head}${printLiteral(literal, { column: head.length, after: tail.length })}${tail}`;
}

/**
 * Code that does not fit after its `=` or `key:` goes on the next line, except a string, which Prettier
 * leaves where it is (breaking the line would not make it fit).
 */
function breaksAfterOperator(literal: Literal, around: number): literal is Extract<Literal, { kind: 'code' }> {
  return literal.kind === 'code' && !/^['"]/.test(literal.text) && around + literal.text.length > MAX_LINE;
}

/** A literal that holds such a list anywhere cannot be on one line either. */
const mustBreak = perLiteral((literal: Literal): boolean => {
  if (literal.kind === 'code') return false;
  if (isListOfRecords(literal)) return true;
  return literal.kind === 'object'
    ? literal.entries.some(([, value]) => mustBreak(value))
    : literal.items.some((item) => mustBreak(item));
});

/**
 * `compute`, run once per literal: `printLiteral` asks for a literal's one-line form and whether it
 * must break at every level of a nested literal.
 */
function perLiteral<Value>(compute: (literal: Literal) => Value): (literal: Literal) => Value {
  const known = new WeakMap<Literal, Value>();
  return (literal) => {
    if (known.has(literal)) return known.get(literal)!;
    const value = compute(literal);
    known.set(literal, value);
    return value;
  };
}

/** The literal on one line. */
const printFlat = perLiteral((literal: Literal): string => {
  switch (literal.kind) {
    case 'code':
      return literal.text;
    case 'array':
      return `[${literal.items.map(printFlat).join(', ')}]`;
    case 'object':
      return literal.entries.length === 0
        ? '{}'
        : `{ ${literal.entries.map(([key, value]) => `${propertyKey(key)}: ${printFlat(value)}`).join(', ')} }`;
  }
});

/** An object key: bare when it is an identifier, quoted otherwise. */
export function propertyKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);
}

/**
 * A string from the spec as a single-quoted literal. Line and paragraph separators are escaped too: a
 * foreign spec's title or path may hold them, and they cannot stand in a string literal as written.
 */
export function quote(text: string): string {
  // The quote that needs fewer escapes, single on a tie, as Prettier chooses.
  const count = (mark: string): number => text.split(mark).length - 1;
  const mark = count("'") > count('"') ? '"' : "'";
  return `${mark}${text
    .replace(/\\/g, '\\\\')
    .replace(new RegExp(mark, 'g'), `\\${mark}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')}${mark}`;
}
