import type { WriterFunction } from 'ts-morph';

/**
 * The layout of the generated modules: the line breaking the project's Prettier settings give, done
 * here rather than by running Prettier. On one line what fits in `MAX_LINE` columns, otherwise broken
 * as Prettier breaks it: value literals (validation schemas, operation and API descriptions), the
 * import and export lists, long type aliases, signatures and calls. The builders describe what a
 * module says and call these for how it is laid out; ts-morph prints the rest with 2-space
 * indentation and single quotes (print-module.ts).
 *
 * Why not Prettier: on a spec the size of GitHub's, formatting the output in memory cost more than
 * the pipeline's budget allows (figures in scripts/README.md). The tests hold this layout to
 * Prettier's (test/helpers/layout.ts).
 */

/** The longest line the layout makes where it can break (the project's Prettier `printWidth`). */
export const MAX_LINE = 120;
const INDENT = '  ';
/** Printed before every call: the generated calls only build a rule, so a bundler may drop unused ones. */
const PURE = '/* @__PURE__ */ ';

/** A value in generated code: code as written, or an object or array of such values. */
export type Literal =
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'object'; readonly entries: readonly (readonly [key: string, value: Literal])[] }
  | { readonly kind: 'array'; readonly items: readonly Literal[] }
  | { readonly kind: 'call'; readonly callee: string; readonly args: readonly Literal[] };

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

/**
 * A call of a function the generated module imports: `not({ type: 'string' })`. Printed marked
 * `/* @__PURE__ *\/`: the functions only build a rule, so a bundler may drop a schema constant no
 * code uses (an app that calls one API must not carry another API's schemas for a rule call).
 */
export function call(callee: string, args: readonly Literal[]): Literal {
  return { kind: 'call', callee, args };
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
  if (literal.kind === 'call') return printCall(literal, options.column, indent, options.after ?? 0);
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
 * A call that does not fit on one line, as Prettier breaks it: a last object or array argument
 * "hugged" (`name(a, {` … `})`) when the arguments before it fit, otherwise one argument per line.
 */
function printCall(literal: Extract<Literal, { kind: 'call' }>, column: number, indent: number, after: number): string {
  const head = literal.args.slice(0, -1).map((arg) => printFlat(arg));
  const last = literal.args.at(-1);
  const start = `${PURE}${literal.callee}(${head.map((text) => `${text}, `).join('')}`;
  if (
    last !== undefined &&
    last.kind !== 'code' &&
    last.kind !== 'call' &&
    !head.some((text, index) => mustBreak(literal.args[index]!)) &&
    column + start.length < MAX_LINE
  )
    return `${start}${printLiteral(last, { column: column + start.length, indent, after: after + 1 })})`;
  const inner = INDENT.repeat(indent + 1);
  const lines = literal.args.map(
    (arg) => `${inner}${printLiteral(arg, { column: inner.length, indent: indent + 1, after: 1 })},`,
  );
  return `${PURE}${literal.callee}(\n${lines.join('\n')}\n${INDENT.repeat(indent)})`;
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
  if (literal.kind === 'call') return literal.args.some((arg) => mustBreak(arg));
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
    case 'call':
      return `${PURE}${literal.callee}(${literal.args.map(printFlat).join(', ')})`;
    case 'object':
      return literal.entries.length === 0
        ? '{}'
        : `{ ${literal.entries.map(([key, value]) => `${propertyKey(key)}: ${printFlat(value)}`).join(', ')} }`;
  }
});

/** An object key: bare when it is an identifier, quoted otherwise. */
export function propertyKey(key: string): string {
  // `__proto__:` (quoted or not) in an object literal sets the prototype; computed, it is a field.
  if (key === '__proto__') return "['__proto__']";
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

/**
 * The names of an import or export: as a list, which ts-morph prints on one line, while the statement
 * fits in `MAX_LINE` columns (`rest` is the statement without them); otherwise one name per line.
 */
export function nameList(list: string[], rest: string): string[] | WriterFunction {
  // A single name stays on the line however long (as Prettier leaves it).
  if (list.length === 1 || rest.length + `{ ${list.join(', ')} }`.length <= MAX_LINE) return list;
  // ts-morph indents what follows the first line of the list by one level.
  return (writer) => {
    writer.newLine();
    for (const name of list) writer.write(`${name},`).newLine();
  };
}

/** The type of `export type <name> = <type>;`: on the next line (ts-morph indents it) when too long for one. */
export function aliasedType(name: string, type: string): string {
  const fits = type.startsWith('\n') || `export type ${name} = ${type};`.length <= MAX_LINE;
  return fits ? type : `\n${type}`;
}

/**
 * `export type <name> = <generic><arguments>rest;` as text when too long for one line, broken inside the
 * angle brackets, one argument per line (which ts-morph's printer cannot lay out: it indents the
 * closing line too); undefined when it fits on one line, for ts-morph to print.
 */
export function brokenGenericAlias(
  name: string,
  generic: string,
  typeArguments: readonly string[],
  rest = '',
): string | undefined {
  const flat = `${generic}<${typeArguments.join(', ')}>${rest}`;
  if (typeArguments.length === 0 || `export type ${name} = ${flat};`.length <= MAX_LINE) return undefined;
  // `G<…> & { member }`: Prettier breaks the object type first, when the rest of the line fits.
  const object = /^ & \{ (?<member>.+) \}$/u.exec(rest)?.groups?.['member'];
  const head = `export type ${name} = ${generic}<${typeArguments.join(', ')}> & {`;
  if (object !== undefined && head.length <= MAX_LINE) return [head, `  ${object};`, '};'].join('\n');
  return [
    `export type ${name} = ${generic}<`,
    ...typeArguments.map((argument, index) => `  ${argument}${index < typeArguments.length - 1 ? ',' : ''}`),
    `>${rest};`,
  ].join('\n');
}

/** `  readonly <key>: <type>;` in an interface, the type on the next line when too long. */
export function propertyLine(key: string, type: string): string {
  const line = `  readonly ${key}: ${type};`;
  return line.length <= MAX_LINE ? line : `  readonly ${key}:\n    ${type};`;
}

/**
 * A union on one line when the declaration (`head`) fits, otherwise one member per line (ts-morph
 * indents the lines after the first by one level).
 */
export function unionType(head: string, members: string[]): string {
  if (members.length === 0) return 'never';
  const flat = members.join(' | ');
  if (head.length + flat.length + 1 <= MAX_LINE) return flat;
  // One type with `void`, `null` or `undefined` beside it is kept together on the next line, as Prettier
  // keeps it (it "hugs" such a union); other unions go one member per line.
  const hugged = members.filter((member) => !['void', 'null', 'undefined'].includes(member)).length === 1;
  const fitsNextLine = 2 + flat.length + 1 <= MAX_LINE;
  return members.length === 1 || (hugged && fitsNextLine)
    ? `\n${flat}`
    : members.map((member) => `\n| ${member}`).join('');
}

/**
 * `(a: A, b: B)<separator><returnType>`: on one line when `head` + that + `tail` fits, otherwise one
 * parameter per line, indented from `indent`.
 */
export function signature(sig: {
  head: string;
  parameters: string[];
  separator: string;
  returnType: string;
  tail: string;
  indent: string;
}): string {
  const flat = `(${sig.parameters.join(', ')})${sig.separator}${sig.returnType}`;
  if (sig.head.length + flat.length + sig.tail.length <= MAX_LINE) return flat;
  const lines = sig.parameters.map((parameter) => `${sig.indent}  ${parameter},`);
  const lead = sig.indent.length + 1 + sig.separator.length;
  return `(\n${lines.join('\n')}\n${sig.indent})${sig.separator}${typeReference(sig.returnType, sig.indent, lead, sig.tail.length)}`;
}

/**
 * A type reference (`Promise<ApiResponse<A, B>>`) as Prettier lays it out after `lead` columns and
 * before `trail` more: on one line when it fits, otherwise its type arguments one per line, each laid
 * out the same way one level deeper.
 */
function typeReference(type: string, indent: string, lead: number, trail: number): string {
  const open = type.indexOf('<');
  if (lead + type.length + trail <= MAX_LINE || open === -1 || !type.endsWith('>')) return type;
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let index = start; index < type.length - 1; index += 1) {
    const char = type[index];
    if (char === '<') depth += 1;
    else if (char === '>') depth -= 1;
    else if (char === ',' && depth === 0) {
      args.push(type.slice(start, index).trim());
      start = index + 1;
    }
  }
  args.push(type.slice(start, type.length - 1).trim());
  const inner = `${indent}  `;
  const lines = args.map(
    (arg, index) =>
      `${inner}${typeReference(arg, inner, inner.length, index < args.length - 1 ? 1 : 0)}${index < args.length - 1 ? ',' : ''}`,
  );
  return `${type.slice(0, open)}<\n${lines.join('\n')}\n${indent}>`;
}

/**
 * `<key>: <arrow head> => <body>,` as an entry of an object literal in a function body (which ts-morph
 * indents by 2 more): on one line when it fits, otherwise the body on the next line.
 */
export function arrowEntry(key: string, parameters: string, body: string): string {
  const line = `  ${key}: ${parameters} => ${body},`;
  return 2 + line.length <= MAX_LINE ? line : `  ${key}: ${parameters} =>\n    ${body},`;
}

/**
 * The body of an operation function: `callOperation(…, (init, sent) => client.http.<METHOD>(path, {…}))`, with
 * the arguments on one line when that fits, otherwise one per line. The lines are relative to the body,
 * which ts-morph indents by one level.
 */
export function callStatement(call: {
  /** The runtime function called. @default 'callOperation' */
  callee?: string;
  /** Empty: none (inferred from the function's return type). */
  typeArguments: string;
  description: string;
  /** Arguments between `options` and the send function. */
  extraArguments?: string[];
  method: string;
  /** The key of openapi-typescript's `paths` the call is typed by. */
  path: string;
  /** Where the request goes, when it is not `path` (a path with a `#fragment`): cast to `path`'s type. */
  sentPath?: string;
  entries: string[];
}): string {
  const target =
    call.sentPath === undefined || call.sentPath === call.path
      ? quote(call.path)
      : `${quote(call.sentPath)} as string as ${quote(call.path)}`;
  const send = (indent: string): string[] => {
    const open = `${indent}client.http.${call.method}(${target}, {`;
    if (2 + open.length <= MAX_LINE)
      return [open, ...call.entries.map((entry) => `${indent}  ${entry},`), `${indent}}),`];
    // A path too long to share its line: each argument on its own.
    return [
      `${indent}client.http.${call.method}(`,
      `${indent}  ${target},`,
      `${indent}  {`,
      ...call.entries.map((entry) => `${indent}    ${entry},`),
      `${indent}  },`,
      `${indent}),`,
    ];
  };
  const callee = call.callee ?? 'callOperation';
  const head = `return ${callee}${call.typeArguments === '' ? '' : `<${call.typeArguments}>`}(`;
  const args = ['client', call.description, 'request', 'options', ...(call.extraArguments ?? [])];
  const oneLine = `${head}${args.join(', ')}, (init, sent) =>`;
  // The body is indented by 2 inside the function; the longest entry is 4 more than the call's indent.
  const fits = (lines: string[]): boolean => lines.every((line) => 2 + line.length <= MAX_LINE);
  if (fits([oneLine, ...send('  ')])) return [oneLine, ...send('  '), ');'].join('\n');
  if (fits([head]))
    return [head, ...args.map((arg) => `  ${arg},`), '  (init, sent) =>', ...send('    '), ');'].join('\n');
  // Even the type arguments do not fit on the line: they go one per line (how Prettier breaks such a call).
  const typeArguments = call.typeArguments.split(', ');
  const rest = `>(${args.join(', ')}, (init, sent) =>`;
  if (call.typeArguments !== '' && fits([rest]))
    return [
      `return ${callee}<`,
      ...typeArguments.map((type, index, all) => `  ${type}${index < all.length - 1 ? ',' : ''}`),
      rest,
      ...send('  '),
      ');',
    ].join('\n');
  return [head, ...args.map((arg) => `  ${arg},`), '  (init, sent) =>', ...send('    '), ');'].join('\n');
}
