import type {
  ExportDeclarationStructure,
  ImportDeclarationStructure,
  JSDocStructure,
  OptionalKind,
  TypeAliasDeclarationStructure,
} from 'ts-morph';
import {
  aliasedType,
  brokenGenericAlias,
  nameList,
  printAssignment,
  quote,
  signature,
  type Literal,
} from './layout.js';
import { StructureKind } from './print-module.js';

/** The statement helpers every module builder shares: imports, exports, constants, comments, type aliases. */

/** Where the generated modules import the hand-written runtime from. */
export interface RuntimeLocation {
  /** Module specifier of the runtime folder as seen from an API folder, e.g. `../../src`. */
  readonly fromApiDir: string;
}

export { StructureKind };

export function importDeclaration(
  moduleSpecifier: string,
  namedImports: string[],
  isTypeOnly = false,
): ImportDeclarationStructure {
  return {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier,
    namedImports: nameList(namedImports, `import ${isTypeOnly ? 'type ' : ''} from ${quote(moduleSpecifier)};`),
    isTypeOnly,
  };
}

export function exportDeclaration(
  moduleSpecifier: string,
  namedExports: string[],
  isTypeOnly = false,
): ExportDeclarationStructure {
  return {
    kind: StructureKind.ExportDeclaration,
    moduleSpecifier,
    namedExports: nameList(namedExports, `export ${isTypeOnly ? 'type ' : ''} from ${quote(moduleSpecifier)};`),
    isTypeOnly,
  };
}

/**
 * A constant initialized with a literal, as a statement: ts-morph indents every line of an initializer
 * after the first by one more level, which breaks a literal printed over several lines.
 */
export function constStatement(options: {
  name: string;
  type?: string;
  value: Literal;
  doc: string;
  suffix?: string;
}): string {
  const head = `export const ${options.name}${options.type ? `: ${options.type}` : ''} = `;
  const tail = `${options.suffix ?? ''};`;
  return `${comment(options.doc)}\n${printAssignment(head, options.value, tail)}`;
}

/** A JSDoc comment holding `text`, each line starting with `indent`. */
export function comment(text: string, indent = ''): string {
  return printJsDoc({ description: escapeDoc(text) }, indent);
}

/** A declaration printed here rather than by ts-morph, with the blank lines ts-morph puts around one. */
export function declaration(lines: string[]): string {
  return ['', ...lines, ''].join('\n');
}

export function typeAlias(
  name: string,
  type: string,
  documentation: OptionalKind<JSDocStructure>[],
): TypeAliasDeclarationStructure {
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name,
    type: aliasedType(name, type),
    docs: documentation,
  };
}

/**
 * `export type name = Generic<arguments>rest;`, broken inside the angle brackets when too long for one
 * line (layout.ts), which is then printed here: ts-morph's printer cannot lay that out.
 */
export function genericAlias(
  name: string,
  generic: string,
  typeArguments: readonly string[],
  rest: string,
  documentation: OptionalKind<JSDocStructure>[],
): TypeAliasDeclarationStructure | string {
  const broken = brokenGenericAlias(name, generic, typeArguments, rest);
  if (broken === undefined) return typeAlias(name, `${generic}<${typeArguments.join(', ')}>${rest}`, documentation);
  const doc = documentation[0] === undefined ? [] : [printJsDoc(documentation[0], '')];
  return [...doc, broken].join('\n');
}

/** A function declaration with a JSDoc comment; `body` is indented by one level. */
export function functionStatement(fn: {
  doc: OptionalKind<JSDocStructure>;
  head: string;
  parameters: string[];
  returnType: string;
  body: string;
}): string {
  const head = `${fn.head}${signature({ head: fn.head, parameters: fn.parameters, separator: ': ', returnType: fn.returnType, tail: ' {', indent: '' })} {`;
  const body = fn.body.split('\n').map((line) => (line === '' ? '' : `  ${line}`));
  return declaration([printJsDoc(fn.doc, ''), head, ...body, '}']);
}

/** A JSDoc comment as ts-morph prints one, each line starting with `indent`. */
export function printJsDoc(doc: OptionalKind<JSDocStructure>, indent: string): string {
  const description = typeof doc.description === 'string' ? doc.description : '';
  const tags = (doc.tags ?? []).map((tag) => `@${tag.tagName}${tag.text ? ` ${String(tag.text)}` : ''}`);
  if (tags.length === 0 && !description.includes('\n')) return `${indent}/** ${description} */`;
  const lines = [...(description === '' ? [] : description.split('\n')), ...tags];
  return [`${indent}/**`, ...lines.map((line) => `${indent} * ${line}`.trimEnd()), `${indent} */`].join('\n');
}

export function docs(text: string | undefined): OptionalKind<JSDocStructure>[] {
  return text === undefined ? [] : [{ kind: StructureKind.JSDoc, description: escapeDoc(text) }];
}

/** A comment must not be able to end itself early. */
export function escapeDoc(text: string): string {
  return text.replace(/\*\//g, '*\\/');
}
