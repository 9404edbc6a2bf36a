import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';
import {
  breakParent,
  conditionalGroup,
  fill,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  lineSuffixBoundary,
  printDoc,
  softline,
  willBreak,
  type Doc,
  type PrintStyle,
} from './doc.js';
import { printNumber, printString, printStringKey } from './literals.js';
import { TypePrinter, UnsupportedSyntax } from './types.js';

const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
const K = ts.SyntaxKind;

/**
 * Top-level statements of TypeScript source the generator wrote, printed with the document
 * Prettier 3 builds for them: imports and exports of names, type aliases, interfaces, `const`
 * declarations, and functions whose bodies declare constants and return calls or objects; the
 * expressions in them being literals, names, `a.b` accesses, calls (on a name or an `a.b.c` member),
 * arrow functions, spreads and short conditionals (prettier/src/language-js/print: module.js,
 * object.js, array.js, property.js, assignment.js, literal.js, function.js, function-parameters.js,
 * call-arguments.js, member-chain.js, arrow-function.js, statement.js, comment.js). `print` throws
 * `UnsupportedSyntax` for anything else, and the caller has Prettier format that statement.
 */
export class StatementPrinter {
  private readonly types: TypePrinter;
  private readonly consumed = new Set<number>();

  constructor(
    private readonly sourceFile: TypeScript.SourceFile,
    private readonly style: PrintStyle,
  ) {
    this.types = new TypePrinter(style, (node) => this.comments(node), sourceFile);
  }

  /** The statement with its leading comments. */
  print(statement: TypeScript.Statement): Doc {
    this.consumed.clear();
    const doc = this.statement(statement);
    // Every comment inside the statement must have been printed: none may be lost. (Most statements
    // hold no `//` or `/*` at all, not even in a string; only those are looked at closely.)
    const start = this.commentRangeStart(statement);
    const text = this.sourceFile.text.slice(statement.getStart(this.sourceFile), statement.end);
    if (text.includes('//') || text.includes('/*')) {
      const expected = commentStarts(this.sourceFile, statement, start);
      if (expected.some((position) => !this.consumed.has(position))) unsupportedNode(statement, 'a comment inside');
    }
    return doc;
  }

  /** Where a statement begins, its leading comments included. */
  commentRangeStart(statement: TypeScript.Statement): number {
    const ranges = ts.getLeadingCommentRanges(this.sourceFile.text, statement.pos) ?? [];
    return ranges[0]?.pos ?? statement.getStart(this.sourceFile);
  }

  private statement(node: TypeScript.Statement): Doc {
    if (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node)) return this.types.statement(node);
    if (ts.isImportDeclaration(node)) return this.types.withComments(node, this.importDeclaration(node));
    if (ts.isExportDeclaration(node)) return this.types.withComments(node, this.exportDeclaration(node));
    if (ts.isVariableStatement(node)) return this.types.withComments(node, this.variableStatement(node));
    if (ts.isFunctionDeclaration(node)) return this.types.withComments(node, this.functionDeclaration(node));
    return unsupportedNode(node, 'this statement');
  }

  /** The source of the comments before `node`, remembered as printed. */
  private comments(node: TypeScript.Node): readonly string[] {
    const { text } = this.sourceFile;
    return (ts.getLeadingCommentRanges(text, node.pos) ?? []).map((range) => {
      // A comment on the line of what came before would be a trailing comment of it in Prettier.
      if (!hasNewlineBefore(text, range.pos) || !range.hasTrailingNewLine)
        unsupportedNode(node, 'a comment not on its own line');
      this.consumed.add(range.pos);
      return text.slice(range.pos, range.end);
    });
  }

  // -------------------------------------------------------------------------------------------
  // import { a, type B } from '…';   export type { A } from '…';

  private importDeclaration(node: TypeScript.ImportDeclaration): Doc {
    const clause = node.importClause;
    if (clause === undefined || clause.name !== undefined || node.attributes !== undefined)
      return unsupportedNode(node);
    const bindings = clause.namedBindings;
    if (bindings === undefined || !ts.isNamedImports(bindings)) return unsupportedNode(node);
    return [
      'import',
      clause.isTypeOnly ? ' type' : '',
      ' ',
      this.specifiers(bindings.elements),
      ' from ',
      this.string(node.moduleSpecifier),
      ';',
    ];
  }

  private exportDeclaration(node: TypeScript.ExportDeclaration): Doc {
    const clause = node.exportClause;
    if (clause === undefined || !ts.isNamedExports(clause) || node.moduleSpecifier === undefined || node.attributes)
      return unsupportedNode(node);
    return [
      'export',
      node.isTypeOnly ? ' type' : '',
      ' ',
      this.specifiers(clause.elements),
      ' from ',
      this.string(node.moduleSpecifier),
      ';',
    ];
  }

  /** `{ a, type B as C }`: on one line if it fits, else one per line; a lone name never breaks. */
  private specifiers(elements: TypeScript.NodeArray<TypeScript.ImportSpecifier | TypeScript.ExportSpecifier>): Doc {
    if (elements.length === 0) return '{}';
    const printed = elements.map((element) => [
      element.isTypeOnly ? 'type ' : '',
      element.propertyName ? [moduleExportName(element.propertyName), ' as '] : '',
      moduleExportName(element.name),
    ]);
    if (printed.length === 1) return ['{ ', printed[0]!, ' }'];
    return group(['{', indent([line, join([',', line], printed)]), ifBreak(','), line, '}']);
  }

  private string(node: TypeScript.Node): string {
    if (!ts.isStringLiteral(node)) return unsupportedNode(node);
    return printString(node.getText(this.sourceFile), this.style);
  }

  // -------------------------------------------------------------------------------------------
  // [export] const name[: Type] = value;

  private variableStatement(node: TypeScript.VariableStatement): Doc {
    const list = node.declarationList;
    const exported = hasModifiers(node, [K.ExportKeyword]);
    if (!(list.flags & ts.NodeFlags.Const) || list.declarations.length !== 1) return unsupportedNode(node);
    const [declaration] = list.declarations as unknown as [TypeScript.VariableDeclaration];
    if (!ts.isIdentifier(declaration.name) || declaration.initializer === undefined || declaration.exclamationToken)
      return unsupportedNode(node);
    const left: Doc = declaration.type
      ? [declaration.name.text, ': ', this.types.type(declaration.type, 'other')]
      : declaration.name.text;
    return group([
      exported ? 'export ' : '',
      'const ',
      this.assignment(left, ' =', declaration.initializer, false),
      ';',
    ]);
  }

  /**
   * `left = value` in a declaration, `key: value` in an object literal: the layouts Prettier
   * chooses (print/assignment.js, chooseLayout) for the values written here.
   */
  private assignment(left: Doc, operator: string, value: TypeScript.Expression, isObjectProperty: boolean): Doc {
    const valueDoc = this.expression(value);
    // A key narrower than tabWidth + 3 gains nothing from moving its value to the next line.
    const hasShortKey =
      isObjectProperty && typeof left === 'string' && this.width(left, value) < this.style.tabWidth + 3;
    if (!hasShortKey && (ts.isStringLiteral(value) || this.isPoorlyBreakableChain(value))) {
      return group([group(left), operator, group(indent([line, valueDoc]))]);
    }
    // Numbers and booleans (a negative number is a unary expression, so not among them).
    const isLiteral = ts.isNumericLiteral(value) || value.kind === K.TrueKeyword || value.kind === K.FalseKeyword;
    if (hasShortKey || isLiteral) return group([group(left), operator, ' ', valueDoc]);
    const groupId = Symbol('assignment');
    return group([
      group(left),
      operator,
      group(indent(line), { id: groupId }),
      lineSuffixBoundary,
      indentIfBreak(valueDoc, { groupId }),
    ]);
  }

  /**
   * `a.b.c`, `f(x)`, `a.b(x)`: a chain of names and calls with no argument or one short one, which
   * Prettier moves whole to the next line rather than break (print/assignment.js,
   * isPoorlyBreakableMemberOrCallChain).
   */
  private isPoorlyBreakableChain(node: TypeScript.Expression, deep = false): boolean {
    if (ts.isCallExpression(node)) {
      const args = node.arguments;
      if (!(args.length === 0 || (args.length === 1 && this.isShortArgument(args[0]!)))) return false;
      const typeArgs = node.typeArguments ?? [];
      if (typeArgs.length > 1) return false;
      if (typeArgs.length === 1) {
        const [type] = typeArgs as unknown as [TypeScript.TypeNode];
        if (ts.isUnionTypeNode(type) || ts.isIntersectionTypeNode(type) || ts.isTypeLiteralNode(type)) return false;
        if (willBreak(this.types.typeArguments(node.typeArguments!))) return false;
      }
      return this.isPoorlyBreakableChain(node.expression, true);
    }
    if (ts.isPropertyAccessExpression(node)) return this.isPoorlyBreakableChain(node.expression, true);
    return deep && (ts.isIdentifier(node) || node.kind === K.ThisKeyword);
  }

  /** print/utilities: isLoneShortArgument, for the arguments written here. */
  private isShortArgument(node: TypeScript.Expression): boolean {
    const threshold = this.style.printWidth * 0.25;
    if (ts.isIdentifier(node)) return node.text.length <= threshold;
    if (node.kind === K.ThisKeyword || node.kind === K.TrueKeyword || node.kind === K.FalseKeyword) return true;
    if (node.kind === K.NullKeyword || ts.isNumericLiteral(node)) return true;
    if (ts.isStringLiteral(node)) return printString(node.getText(this.sourceFile), this.style).length <= threshold;
    if (ts.isObjectLiteralExpression(node) || ts.isArrayLiteralExpression(node) || ts.isArrowFunction(node))
      return false;
    // Signed numbers, regular expressions, templates, calls: Prettier measures each its own way.
    return unsupportedNode(node, 'an argument');
  }

  private width(text: string, at: TypeScript.Node): number {
    // Prettier measures East Asian wide characters as two columns; only ASCII is measured here.
    // eslint-disable-next-line no-control-regex
    if (/[^\u0000-\u007f]/.test(text)) unsupportedNode(at, 'a key outside ASCII');
    return text.length;
  }

  private expression(node: TypeScript.Expression): Doc {
    switch (node.kind) {
      case K.Identifier:
        return (node as TypeScript.Identifier).text;
      case K.StringLiteral:
        return printString(node.getText(this.sourceFile), this.style);
      case K.NumericLiteral:
        return printNumber(node.getText(this.sourceFile));
      case K.TrueKeyword:
        return 'true';
      case K.FalseKeyword:
        return 'false';
      case K.NullKeyword:
        return 'null';
      case K.RegularExpressionLiteral: {
        const text = node.getText(this.sourceFile);
        const end = text.lastIndexOf('/');
        return `${text.slice(0, end + 1)}${[...text.slice(end + 1)].sort().join('')}`;
      }
      case K.PrefixUnaryExpression: {
        const { operator, operand } = node as TypeScript.PrefixUnaryExpression;
        if (operator !== K.MinusToken || !ts.isNumericLiteral(operand)) return unsupportedNode(node);
        return `-${printNumber(operand.getText(this.sourceFile))}`;
      }
      case K.PropertyAccessExpression: {
        const access = node as TypeScript.PropertyAccessExpression;
        // `a.b` prints flat; longer chains have break points this printer does not place.
        if (!ts.isIdentifier(access.expression) || !ts.isIdentifier(access.name) || access.questionDotToken)
          return unsupportedNode(node);
        return [access.expression.text, '.', access.name.text];
      }
      case K.ObjectLiteralExpression:
        return this.object(node as TypeScript.ObjectLiteralExpression);
      case K.ArrayLiteralExpression:
        return this.array(node as TypeScript.ArrayLiteralExpression);
      case K.CallExpression:
        return this.call(node as TypeScript.CallExpression);
      case K.ArrowFunction:
        return this.arrowFunction(node as TypeScript.ArrowFunction, false);
      case K.SatisfiesExpression:
      case K.AsExpression: {
        // print/cast-expression.js: `x as const satisfies T`, kept on the line of `x`.
        const cast = node as TypeScript.SatisfiesExpression | TypeScript.AsExpression;
        if (ts.isParenthesizedExpression(cast.expression) || ts.isCallExpression(cast.expression))
          return unsupportedNode(node);
        const type = ts.isConstTypeReference(cast.type) ? 'const' : this.types.type(cast.type, 'other');
        return [this.expression(cast.expression), node.kind === K.SatisfiesExpression ? ' satisfies ' : ' as ', type];
      }
      default:
        return unsupportedNode(node);
    }
  }

  // -------------------------------------------------------------------------------------------
  // [export] [async] function name(a: A, b?: B): R { … }

  private functionDeclaration(node: TypeScript.FunctionDeclaration): Doc {
    if (!hasModifiers(node, [K.ExportKeyword, K.AsyncKeyword], true) || node.asteriskToken || node.typeParameters)
      return unsupportedNode(node);
    if (node.name === undefined || node.body === undefined) return unsupportedNode(node);
    const parameters = node.parameters.map((parameter) => {
      if (!ts.isIdentifier(parameter.name) || !parameter.type || parameter.dotDotDotToken || parameter.initializer)
        return unsupportedNode(parameter);
      return [parameter.name.text, parameter.questionToken ? '?' : '', ': ', this.types.type(parameter.type, 'other')];
    });
    // A lone parameter of an object literal type is hugged by Prettier: not written here.
    if (node.parameters.length === 1 && node.parameters[0]!.type && ts.isTypeLiteralNode(node.parameters[0]!.type))
      return unsupportedNode(node);
    const list =
      parameters.length === 0
        ? '()'
        : ['(', indent([softline, join([',', line], parameters)]), ifBreak(','), softline, ')'];
    const returnType: Doc = node.type ? [': ', this.types.type(node.type, 'other')] : '';
    // One parameter and a return type that breaks (or is an object literal type): the parameters group apart.
    const groupParameters =
      parameters.length === 1 && node.type !== undefined && (ts.isTypeLiteralNode(node.type) || willBreak(returnType));
    return [
      hasModifiers(node, [K.ExportKeyword]) ? 'export ' : '',
      hasModifiers(node, [K.AsyncKeyword]) ? 'async ' : '',
      'function ',
      node.name.text,
      group([groupParameters ? group(list) : list, returnType]),
      ' ',
      this.block(node.body),
    ];
  }

  /** print/block.js: statements one per line, a blank line kept where the source has one. */
  private block(node: TypeScript.Block): Doc {
    if (node.statements.length === 0) return '{}';
    const parts: Doc[] = [];
    node.statements.forEach((statement, index) => {
      parts.push(this.types.withComments(statement, this.blockStatement(statement)));
      if (index < node.statements.length - 1) {
        parts.push(hardline);
        if (isNextLineEmpty(this.sourceFile.text, statement.end)) parts.push(hardline);
      }
    });
    return ['{', indent([hardline, parts]), hardline, '}'];
  }

  private blockStatement(node: TypeScript.Statement): Doc {
    if (ts.isReturnStatement(node)) {
      if (node.expression === undefined) return 'return;';
      // print/return-statement.js: parentheses only around a binary expression or a commented argument.
      if (ts.isBinaryExpression(node.expression) || ts.isParenthesizedExpression(node.expression))
        return unsupportedNode(node);
      return ['return ', this.expression(node.expression), ';'];
    }
    if (ts.isVariableStatement(node) && hasModifiers(node, [])) return this.variableStatement(node);
    return unsupportedNode(node);
  }

  // -------------------------------------------------------------------------------------------
  // Calls.

  /**
   * `f<T>(…)`, or `a.b.c(…)`: a chain of two groups at most (prettier/src/language-js/print/
   * member-chain.js prints such a chain on one line, its arguments breaking as they need).
   */
  private call(node: TypeScript.CallExpression): Doc {
    if (node.questionDotToken) return unsupportedNode(node);
    const typeArguments: Doc = node.typeArguments ? [this.typeArguments(node.typeArguments), lineSuffixBoundary] : '';
    if (ts.isIdentifier(node.expression)) {
      return [node.expression.text, lineSuffixBoundary, typeArguments, this.callArguments(node)];
    }
    const chain: string[] = [];
    let callee: TypeScript.Expression = node.expression;
    while (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.name) && !callee.questionDotToken) {
      chain.unshift(`.${callee.name.text}`);
      callee = callee.expression;
    }
    if (!ts.isIdentifier(callee) || chain.length === 0) return unsupportedNode(node);
    return group([callee.text, ...chain, typeArguments, this.callArguments(node)]);
  }

  private typeArguments(args: TypeScript.NodeArray<TypeScript.TypeNode>): Doc {
    return this.types.typeArguments(args);
  }

  /** print/call-arguments.js: all on one line, or the last one expanded, or one per line. */
  private callArguments(node: TypeScript.CallExpression): Doc {
    const args = node.arguments;
    if (args.length === 0) return '()';
    const { text } = this.sourceFile;
    let blankLine = false;
    const printed = args.map((arg, index) => {
      const doc = this.expression(arg);
      if (index === args.length - 1) return doc;
      if (isNextLineEmpty(text, arg.end)) {
        blankLine = true;
        return [doc, ',', hardline, hardline];
      }
      return [doc, ',', line];
    });
    const allBrokenOut = (): Doc =>
      group(['(', indent([line, ...printed]), ifBreak(','), line, ')'], { shouldBreak: true });
    // Two function arguments, or a call among the arguments passing one: one argument per line.
    const isFunction = (arg: TypeScript.Expression): boolean => ts.isArrowFunction(arg) || ts.isFunctionExpression(arg);
    const functions = args.filter(isFunction).length;
    const nestedFunction = args.some((arg) => ts.isCallExpression(arg) && arg.arguments.some(isFunction));
    if (blankLine || (args.length > 1 && (functions > 1 || nestedFunction))) return allBrokenOut();
    const first = args[0]!;
    // A function with a block body first of two: Prettier may expand it instead (not reproduced here).
    if (args.length === 2 && (ts.isFunctionExpression(first) || (ts.isArrowFunction(first) && ts.isBlock(first.body))))
      return unsupportedNode(node, 'a function argument first');
    const last = args[args.length - 1]!;
    const penultimate = args[args.length - 2];
    const groupLast =
      couldExpand(last) &&
      (penultimate === undefined || penultimate.kind !== last.kind) &&
      !(args.length === 2 && ts.isArrowFunction(penultimate!) && ts.isArrayLiteralExpression(last)) &&
      !(args.length > 1 && ts.isArrayLiteralExpression(last) && last.elements.every(isNumber));
    if (groupLast) {
      const heads = printed.slice(0, -1);
      if (heads.some(willBreak)) return allBrokenOut();
      const expanded = ts.isArrowFunction(last) ? this.arrowFunction(last, true) : this.expression(last);
      if (willBreak(expanded)) {
        return [
          breakParent,
          conditionalGroup([['(', ...heads, group(expanded, { shouldBreak: true }), ')'], allBrokenOut()]),
        ];
      }
      return conditionalGroup([
        ['(', ...heads, expanded, ')'],
        ['(', ...heads, group(expanded, { shouldBreak: true }), ')'],
        allBrokenOut(),
      ]);
    }
    return group(['(', indent([softline, ...printed]), ifBreak(','), softline, ')'], {
      shouldBreak: printed.some(willBreak),
    });
  }

  /** print/arrow-function.js, for `(a, b) => expression` (no types, no block body, no chain). */
  private arrowFunction(node: TypeScript.ArrowFunction, expandLastArg: boolean): Doc {
    if (node.typeParameters || node.type || hasModifiers(node, []) === false || ts.isBlock(node.body))
      return unsupportedNode(node);
    if (ts.isArrowFunction(node.body) || ts.isConditionalExpression(node.body) || ts.isBinaryExpression(node.body))
      return unsupportedNode(node);
    const names = node.parameters.map((parameter) => {
      if (
        !ts.isIdentifier(parameter.name) ||
        parameter.type ||
        parameter.initializer ||
        parameter.questionToken ||
        parameter.dotDotDotToken
      )
        return unsupportedNode(parameter);
      return parameter.name.text;
    });
    const signature: Doc = expandLastArg
      ? group(['(', join(', ', names), ')'])
      : names.length === 0
        ? '()'
        : ['(', indent([softline, join([',', line], names)]), ifBreak(','), softline, ')'];
    const body = this.expression(node.body as TypeScript.Expression);
    // An object, array or arrow function body stays on the line of the arrow.
    if (ts.isObjectLiteralExpression(node.body) || ts.isArrayLiteralExpression(node.body))
      return group([group(group(signature)), ' =>', group([' ', body])]);
    const tail: Doc = expandLastArg ? [ifBreak(','), softline] : '';
    return group([group(group(signature)), ' =>', group([indent([line, body]), tail])]);
  }

  /** print/object.js: kept expanded when written with a line break after `{`. */
  private object(node: TypeScript.ObjectLiteralExpression): Doc {
    if (node.properties.length === 0) return group(['{', '}']);
    const { text } = this.sourceFile;
    const expanded = text
      .slice(node.getStart(this.sourceFile), node.properties[0]!.getStart(this.sourceFile))
      .includes('\n');
    const parts: Doc[] = [];
    node.properties.forEach((member, index) => {
      parts.push(this.types.withComments(member, this.objectMember(member)));
      if (index < node.properties.length - 1) {
        parts.push(',', line);
        // A blank line after a property is kept.
        if (isNextLineEmpty(text, member.end)) parts.push(hardline);
      }
    });
    return group(['{', indent([line, ...parts]), ifBreak(','), line, '}'], { shouldBreak: expanded });
  }

  private objectMember(member: TypeScript.ObjectLiteralElementLike): Doc {
    if (ts.isSpreadAssignment(member)) {
      const argument = member.expression;
      if (ts.isParenthesizedExpression(argument) && ts.isConditionalExpression(argument.expression))
        return ['...(', this.shortConditional(argument.expression), ')'];
      return ['...', this.expression(argument)];
    }
    if (!ts.isPropertyAssignment(member)) return unsupportedNode(member);
    return this.assignment(this.key(member.name), ':', member.initializer, true);
  }

  /**
   * `a === b ? {} : { c: d }`, printed on one line: only where it is short enough that Prettier
   * prints it on one line wherever the generator writes it (print/ternary.js is not reproduced).
   */
  private shortConditional(node: TypeScript.ConditionalExpression): Doc {
    const part = (expression: TypeScript.Expression): string => {
      if (ts.isBinaryExpression(expression)) {
        const operator = expression.operatorToken.kind;
        if (operator !== K.EqualsEqualsEqualsToken && operator !== K.ExclamationEqualsEqualsToken)
          return unsupportedNode(expression);
        return `${part(expression.left)} ${operator === K.EqualsEqualsEqualsToken ? '===' : '!=='} ${part(expression.right)}`;
      }
      if (
        !ts.isIdentifier(expression) &&
        !ts.isPropertyAccessExpression(expression) &&
        !ts.isObjectLiteralExpression(expression)
      )
        return unsupportedNode(expression);
      return printDoc(this.expression(expression), { ...this.style, printWidth: Number.POSITIVE_INFINITY });
    };
    const flat = `${part(node.condition)} ? ${part(node.whenTrue)} : ${part(node.whenFalse)}`;
    if (flat.length > this.style.printWidth - 30) return unsupportedNode(node, 'a long conditional');
    return flat;
  }

  private key(name: TypeScript.PropertyName): string {
    if (ts.isIdentifier(name)) return name.text;
    if (ts.isNumericLiteral(name)) return printNumber(name.getText(this.sourceFile));
    if (ts.isStringLiteral(name)) {
      const key = printStringKey(name.getText(this.sourceFile), name.text, this.style);
      if (key.unsure !== undefined) unsupportedNode(name, key.unsure);
      return key.text;
    }
    return unsupportedNode(name);
  }

  /** print/array.js: numbers fill the lines; several objects or arrays of more than one entry each break. */
  private array(node: TypeScript.ArrayLiteralExpression): Doc {
    const elements = node.elements;
    if (elements.length === 0) return group(['[', ']']);
    if (elements.some((element) => ts.isSpreadElement(element) || ts.isOmittedExpression(element)))
      return unsupportedNode(node);
    const size = (element: TypeScript.Expression): number | undefined =>
      ts.isObjectLiteralExpression(element)
        ? element.properties.length
        : ts.isArrayLiteralExpression(element)
          ? element.elements.length
          : undefined;
    const shouldBreak =
      elements.length > 1 &&
      elements.every((element, index) => {
        const count = size(element);
        if (count === undefined) return false;
        const next = elements[index + 1];
        if (next !== undefined && next.kind !== element.kind) return false;
        return count > 1;
      });
    const groupId = Symbol('array');
    if (elements.every(isNumber)) {
      const parts: Doc[] = [];
      elements.forEach((element, index) => {
        const last = index === elements.length - 1;
        parts.push([this.expression(element), last ? ifBreak(',', '', { groupId }) : ',']);
        if (!last) parts.push(line);
      });
      return group(['[', indent([softline, fill(parts)]), softline, ']'], { shouldBreak, id: groupId });
    }
    const items = join(
      [',', line],
      elements.map((element) => group(this.expression(element))),
    );
    return group(['[', indent([softline, items, ifBreak(',')]), softline, ']'], { shouldBreak, id: groupId });
  }
}

/** A number, signed or not: arrays of them are filled (print/array.js, isConciselyPrintedArray). */
function isNumber(element: TypeScript.Expression): boolean {
  return (
    ts.isNumericLiteral(element) ||
    (ts.isPrefixUnaryExpression(element) &&
      (element.operator === K.MinusToken || element.operator === K.PlusToken) &&
      ts.isNumericLiteral(element.operand))
  );
}

/** Arguments Prettier may print expanded in last place (print/call-arguments.js, couldExpandArg). */
function couldExpand(node: TypeScript.Expression): boolean {
  if (ts.isObjectLiteralExpression(node)) return node.properties.length > 0;
  if (ts.isArrayLiteralExpression(node)) return node.elements.length > 0;
  if (ts.isArrowFunction(node)) {
    const body = node.body;
    return (
      ts.isBlock(body) ||
      ts.isObjectLiteralExpression(body) ||
      ts.isArrayLiteralExpression(body) ||
      ts.isConditionalExpression(body) ||
      ts.isCallExpression(body)
    );
  }
  return ts.isFunctionExpression(node);
}

/** The modifiers of a declaration are among `allowed` (all of them present when `any` is false). */
function hasModifiers(node: TypeScript.Node, kinds: readonly TypeScript.SyntaxKind[], any = false): boolean {
  const modifiers = (ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined) ?? [];
  if (any) return modifiers.every((modifier) => kinds.includes(modifier.kind));
  if (kinds.length === 0) return modifiers.length === 0;
  return kinds.every((kind) => modifiers.some((modifier) => modifier.kind === kind));
}

/** Statement after statement, a blank line kept where the source had one (print/statement.js). */
export function isNextLineEmpty(text: string, index: number): boolean {
  let position = index;
  for (let previous = -1; previous !== position;) {
    previous = position;
    while (position < text.length && /[ \t,;]/.test(text[position]!)) position += 1;
    if (text.startsWith('/*', position)) {
      const end = text.indexOf('*/', position + 2);
      if (end !== -1 && !text.slice(position, end).includes('\n')) position = end + 2;
    }
  }
  if (text.startsWith('//', position)) while (position < text.length && text[position] !== '\n') position += 1;
  if (text[position] === '\r' && text[position + 1] === '\n') position += 2;
  else if (text[position] === '\n' || text[position] === '\r') position += 1;
  else return false;
  while (position < text.length && (text[position] === ' ' || text[position] === '\t')) position += 1;
  return text[position] === '\n' || text[position] === '\r';
}

function hasNewlineBefore(text: string, index: number): boolean {
  for (let position = index - 1; position >= 0; position -= 1) {
    const character = text[position];
    if (character === '\n') return true;
    if (character !== ' ' && character !== '\t') return false;
  }
  return true;
}

/** Where each comment of a statement begins, from `start` (its leading comments) to its end; literals left aside. */
function commentStarts(sourceFile: TypeScript.SourceFile, statement: TypeScript.Statement, start: number): number[] {
  const end = statement.end;
  const literals: [number, number][] = [];
  const visit = (node: TypeScript.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isRegularExpressionLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node)
    ) {
      literals.push([node.getStart(sourceFile), node.end]);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(statement);
  const { text } = sourceFile;
  const starts: number[] = [];
  let literal = 0;
  for (let position = start; position < end - 1; position += 1) {
    while (literal < literals.length && literals[literal]![1] <= position) literal += 1;
    const current = literals[literal];
    if (current !== undefined && current[0] <= position) {
      position = current[1] - 1;
      continue;
    }
    if (text[position] === '/' && (text[position + 1] === '/' || text[position + 1] === '*')) {
      starts.push(position);
      const close = text[position + 1] === '*' ? text.indexOf('*/', position + 2) + 1 : text.indexOf('\n', position);
      position = close <= 0 ? end : close;
    }
  }
  return starts;
}

function moduleExportName(name: TypeScript.ModuleExportName): string {
  return ts.isIdentifier(name) ? name.text : unsupportedNode(name);
}

function unsupportedNode(node: TypeScript.Node, what?: string): never {
  throw new UnsupportedSyntax(`no Prettier layout here for ${what ?? ts.SyntaxKind[node.kind]}`);
}
