import { createRequire } from 'node:module';
import type * as TypeScript from 'typescript';
import {
  align,
  group,
  hardline,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  lineSuffixBoundary,
  softline,
  type Doc,
  type PrintStyle,
} from './doc.js';
import { blockComment } from './comments.js';
import { printNumber, printString, printStringKey } from './literals.js';

const ts = createRequire(import.meta.url)('typescript') as typeof TypeScript;
const K = ts.SyntaxKind;

/**
 * Type declarations and types, printed with the document Prettier 3 builds for them
 * (prettier/src/language-js/print: interface, type-alias, union-type, intersection-type,
 * type-parameters, property…): interfaces, type aliases, type literals, unions, intersections,
 * arrays, indexed access, type references and queries, function types, literal and keyword types.
 *
 * It reads either of two trees. openapi-typescript's, built in memory: there, what TypeScript's
 * printer would write decides what Prettier would see (string literals with TypeScript's escapes,
 * comments trimmed line by line, type literals over several lines), so the 6.5 MB of types of a
 * spec like GitHub's are never printed by TypeScript and parsed again by Prettier. Or a tree
 * TypeScript parsed from source the generator wrote (see statements.ts): there, the source
 * text itself. Anything else throws `UnsupportedSyntax`, and the caller has Prettier format it.
 */
export class UnsupportedSyntax extends Error {
  override readonly name = 'UnsupportedSyntax';
}

/** The document of openapi-typescript's statements (generated/<api>/schema.ts, without banner). */
export function schemaTypesDoc(statements: readonly TypeScript.Node[], style: PrintStyle): Doc {
  const printer = new TypePrinter(style, syntheticComments);
  return [
    join(
      hardline,
      statements.map((statement) => printer.statement(statement)),
    ),
    hardline,
  ];
}

type Parent = 'union' | 'intersection' | 'array' | 'indexedObject' | 'typeArgument' | 'other';

/** The comments before a node, as the source Prettier would read them (`/* … *\/`, `// …`). */
export type CommentReader = (node: TypeScript.Node) => readonly string[];

export class TypePrinter {
  /**
   * `source`: the file the tree was parsed from, whose text the literals are printed from; none for
   * a tree built in memory, whose literals are printed as TypeScript's printer would write them.
   */
  constructor(
    private readonly style: PrintStyle,
    private readonly comments: CommentReader,
    private readonly source?: TypeScript.SourceFile,
  ) {}

  statement(node: TypeScript.Node): Doc {
    const exported = hasModifier(node, K.ExportKeyword) ? 'export ' : '';
    if (ts.isInterfaceDeclaration(node)) {
      if (node.typeParameters) unsupported(node);
      return this.withComments(node, [
        exported,
        'interface ',
        node.name.text,
        this.heritage(node),
        ' ',
        this.interfaceBody(node.members),
      ]);
    }
    if (ts.isTypeAliasDeclaration(node)) {
      if (node.typeParameters) unsupported(node);
      return this.withComments(node, [this.typeAlias([exported, 'type ', node.name.text], node.type), ';']);
    }
    return unsupported(node);
  }

  /** ` extends A` (print/class.js): one clause of one type is kept on the line. */
  private heritage(node: TypeScript.InterfaceDeclaration): Doc {
    const clauses = node.heritageClauses ?? [];
    if (clauses.length === 0) return '';
    const types = clauses.flatMap((clause) => clause.types);
    if (clauses.length !== 1 || clauses[0]!.token !== K.ExtendsKeyword || types.length !== 1) unsupported(node);
    const [type] = types as [TypeScript.ExpressionWithTypeArguments];
    if (!ts.isIdentifier(type.expression)) unsupported(node);
    return [' extends ', type.expression.text, type.typeArguments ? this.typeArguments(type.typeArguments) : ''];
  }

  /** `type X = …`: Prettier's assignment layouts, as chosen for a type alias (print/assignment.js). */
  private typeAlias(left: Doc, right: TypeScript.TypeNode): Doc {
    const type = unwrap(right);
    if (ts.isUnionTypeNode(type) && !hugsUnion(type)) {
      return group([group(left), ' =', group(indent([line, this.union(type, 'other', true)]))]);
    }
    const id = Symbol('assignment');
    return group([
      group(left),
      ' =',
      group(indent(line), { id }),
      lineSuffixBoundary,
      indentIfBreak(this.type(type, 'other'), { groupId: id }),
    ]);
  }

  private interfaceBody(members: TypeScript.NodeArray<TypeScript.TypeElement>): Doc {
    if (members.length === 0) return '{}';
    return [
      '{',
      indent([
        hardline,
        join(
          hardline,
          members.map((member) => this.withComments(member, [this.member(member), ';'])),
        ),
      ]),
      hardline,
      '}',
    ];
  }

  /** A type literal: kept expanded, since TypeScript writes one member per line. */
  private typeLiteral(node: TypeScript.TypeLiteralNode): Doc {
    if (node.members.length === 0) return '{}';
    const members = node.members.map((member, index) =>
      this.withComments(member, [this.member(member), index === node.members.length - 1 ? ifBreak(';') : ';']),
    );
    return group(['{', indent([line, join(line, members)]), line, '}'], { shouldBreak: true });
  }

  private member(node: TypeScript.TypeElement): Doc {
    if (ts.isPropertySignature(node)) {
      if (!node.type) unsupported(node);
      const readonly = hasModifier(node, K.ReadonlyKeyword) ? 'readonly ' : '';
      const optional = node.questionToken ? '?' : '';
      return group([readonly, this.key(node.name), optional, ': ', this.type(node.type, 'other')]);
    }
    if (ts.isIndexSignatureDeclaration(node)) {
      if (node.parameters.length !== 1 || hasModifier(node, K.ReadonlyKeyword)) unsupported(node);
      const parameter = node.parameters[0]!;
      if (!ts.isIdentifier(parameter.name) || !parameter.type || parameter.questionToken) unsupported(node);
      const parameters = group([
        indent([softline, [parameter.name.text, ': ', this.type(parameter.type, 'other')]]),
        softline,
      ]);
      return group(['[', parameters, ']', ': ', this.type(node.type, 'other')]);
    }
    return unsupported(node);
  }

  private key(name: TypeScript.PropertyName): Doc {
    if (ts.isIdentifier(name)) return name.text;
    if (ts.isNumericLiteral(name)) return printNumber(literalText(name, this.source));
    if (ts.isStringLiteral(name)) {
      const key = printStringKey(literalText(name, this.source), name.text, this.style);
      if (key.unsure !== undefined) throw new UnsupportedSyntax(key.unsure);
      return key.text;
    }
    return unsupported(name);
  }

  type(node: TypeScript.TypeNode, parent: Parent): Doc {
    const type = unwrap(node);
    const printed = this.typeWithoutParentheses(type, parent);
    return needsParentheses(type, parent) ? ['(', printed, ')'] : printed;
  }

  private typeWithoutParentheses(node: TypeScript.TypeNode, parent: Parent): Doc {
    switch (node.kind) {
      case K.StringKeyword:
        return 'string';
      case K.NumberKeyword:
        return 'number';
      case K.BooleanKeyword:
        return 'boolean';
      case K.UnknownKeyword:
        return 'unknown';
      case K.NeverKeyword:
        return 'never';
      case K.UndefinedKeyword:
        return 'undefined';
      case K.AnyKeyword:
        return 'any';
      case K.ObjectKeyword:
        return 'object';
      case K.NullKeyword:
        return 'null';
      case K.Identifier: {
        // openapi-typescript writes a string literal type as an identifier holding its JSON text.
        const text = (node as unknown as TypeScript.Identifier).text;
        if (/^"(?:[^"\\\n]|\\.)*"$/.test(text)) return printString(text, this.style);
        return unsupported(node);
      }
      case K.VoidKeyword:
        return 'void';
      case K.TypeOperator: {
        const operator = node as TypeScript.TypeOperatorNode;
        if (operator.operator !== K.KeyOfKeyword) return unsupported(node);
        return ['keyof ', this.type(operator.type, 'other')];
      }
      case K.TypeQuery: {
        const query = node as TypeScript.TypeQueryNode;
        if (query.typeArguments) return unsupported(node);
        return ['typeof ', entityName(query.exprName)];
      }
      case K.FunctionType:
        return this.functionType(node as TypeScript.FunctionTypeNode);
      case K.LiteralType:
        return this.literal((node as TypeScript.LiteralTypeNode).literal);
      case K.TypeLiteral:
        return this.typeLiteral(node as TypeScript.TypeLiteralNode);
      case K.UnionType:
        return this.union(node as TypeScript.UnionTypeNode, parent, false);
      case K.IntersectionType:
        return this.intersection(node as TypeScript.IntersectionTypeNode);
      case K.ArrayType:
        return [this.type((node as TypeScript.ArrayTypeNode).elementType, 'array'), '[]'];
      case K.IndexedAccessType: {
        const access = node as TypeScript.IndexedAccessTypeNode;
        return [this.type(access.objectType, 'indexedObject'), '[', this.type(access.indexType, 'other'), ']'];
      }
      case K.TypeReference:
        return this.typeReference(node as TypeScript.TypeReferenceNode);
      case K.TemplateLiteralType:
        return this.templateLiteral(node as TypeScript.TemplateLiteralTypeNode);
      default:
        return unsupported(node);
    }
  }

  private literal(literal: TypeScript.LiteralTypeNode['literal']): Doc {
    switch (literal.kind) {
      case K.StringLiteral:
        return printString(literalText(literal as TypeScript.StringLiteral, this.source), this.style);
      case K.NumericLiteral:
        return printNumber(literalText(literal as TypeScript.NumericLiteral, this.source));
      case K.TrueKeyword:
        return 'true';
      case K.FalseKeyword:
        return 'false';
      case K.NullKeyword:
        return 'null';
      case K.PrefixUnaryExpression: {
        const { operator, operand } = literal as TypeScript.PrefixUnaryExpression;
        if (operator === K.MinusToken && ts.isNumericLiteral(operand))
          return `-${printNumber(literalText(operand, this.source))}`;
        return unsupported(literal);
      }
      default:
        return unsupported(literal);
    }
  }

  /**
   * A union, as prettier/src/language-js/print/union-type.js prints it: on one line when it fits;
   * otherwise first moved to the next line, then one member per line after `| `. A union of one
   * object type with `null`s stays inline (`{ … } | null`).
   */
  private union(node: TypeScript.UnionTypeNode, parent: Parent, afterOperator: boolean): Doc {
    if (hugsUnion(node))
      return join(
        ' | ',
        node.types.map((type) => this.type(type, 'union')),
      );
    const printed = group(
      node.types.map((type, index) => [index === 0 ? ifBreak('| ') : [line, '| '], align(2, this.type(type, 'union'))]),
    );
    if (needsParentheses(node, parent)) return group([indent([softline, printed]), softline]);
    if (afterOperator || parent === 'typeArgument') return printed;
    return group(indent([softline, printed]));
  }

  /** prettier/src/language-js/print/intersection-type.js */
  private intersection(node: TypeScript.IntersectionTypeNode): Doc {
    let indented = false;
    return group(
      node.types.map((type, index) => {
        const printed = this.type(type, 'intersection');
        if (index === 0) return printed;
        const object = isObjectType(type);
        const previousObject = isObjectType(node.types[index - 1]!);
        if (previousObject && object) return [' & ', indented ? indent(printed) : printed];
        if (!previousObject && !object) return indent([' &', line, printed]);
        if (index > 1) indented = true;
        return [' & ', index > 1 ? indent(printed) : printed];
      }),
    );
  }

  /** `Name<A, B>` (prettier/src/language-js/print/type-parameters.js). */
  private typeReference(node: TypeScript.TypeReferenceNode): Doc {
    const name = entityName(node.typeName);
    const args = node.typeArguments;
    if (args === undefined || args.length === 0) return name;
    return [name, this.typeArguments(args)];
  }

  typeArguments(args: TypeScript.NodeArray<TypeScript.TypeNode>): Doc {
    const printed = args.map((arg) => this.type(arg, 'typeArgument'));
    if (args.length === 1 && hugsTypeArgument(unwrap(args[0]!))) return ['<', printed[0]!, '>'];
    return group(['<', indent([softline, join([',', line], printed)]), softline, '>']);
  }

  /** `(a: A, b?: B) => R` (print/function-parameters.js, print/type-annotation.js). */
  private functionType(node: TypeScript.FunctionTypeNode): Doc {
    if (node.typeParameters) return unsupported(node);
    const parameters = node.parameters.map((parameter) => {
      if (!ts.isIdentifier(parameter.name) || !parameter.type || parameter.dotDotDotToken || parameter.initializer)
        return unsupported(parameter);
      return [parameter.name.text, parameter.questionToken ? '?' : '', ': ', this.type(parameter.type, 'other')];
    });
    const list =
      parameters.length === 0
        ? '()'
        : ['(', indent([softline, join([',', line], parameters)]), ifBreak(','), softline, ')'];
    return group([list, ' => ', this.type(node.type, 'other')]);
  }

  /** Leading comments, each on its own line before what they document (print/comment.js). */
  withComments(node: TypeScript.Node, printed: Doc): Doc {
    const comments = this.comments(node);
    if (comments.length === 0) return printed;
    return [
      ...comments.flatMap((comment) => [
        comment.startsWith('//') ? comment.trimEnd() : blockComment(comment),
        hardline,
      ]),
      printed,
    ];
  }

  private templateLiteral(node: TypeScript.TemplateLiteralTypeNode): Doc {
    const parts: Doc[] = [lineSuffixBoundary, '`', templateText(node.head, this.source)];
    for (const span of node.templateSpans) {
      parts.push('${', this.type(span.type, 'other'), lineSuffixBoundary, '}', templateText(span.literal, this.source));
    }
    parts.push('`');
    return parts;
  }
}

/**
 * A literal's source text: as parsed, or, for a node built in memory, as TypeScript's printer writes
 * it (a string double-quoted with non-ASCII characters escaped, a number in its canonical form).
 */
function literalText(
  node: TypeScript.StringLiteral | TypeScript.NumericLiteral,
  source: TypeScript.SourceFile | undefined,
): string {
  if (source !== undefined) return node.getText(source);
  if (ts.isNumericLiteral(node)) return node.text;
  const escape = (ts as unknown as { escapeNonAsciiString(text: string, quote: number): string }).escapeNonAsciiString;
  return `"${escape(node.text, 34)}"`;
}

function templateText(node: TypeScript.TemplateLiteralLikeNode, source: TypeScript.SourceFile | undefined): string {
  if (source !== undefined) {
    const text = node.getText(source);
    // `…${`, `}…${`, `}…`` around the raw text.
    return text.slice(1, ts.isTemplateTail(node) || ts.isNoSubstitutionTemplateLiteral(node) ? -1 : -2);
  }
  // Only plain ASCII text without characters a template escapes: anything else, Prettier would see TypeScript's escapes.
  if (!/^[\x20-\x7e]*$/.test(node.text) || /[`\\]|\$\{/.test(node.text)) return unsupported(node);
  return node.text;
}

function entityName(name: TypeScript.EntityName): string {
  return ts.isIdentifier(name) ? name.text : `${entityName(name.left)}.${name.right.text}`;
}

/**
 * Comments openapi-typescript attached to nodes built in memory (JSDoc), as TypeScript's printer
 * writes them: every line trimmed, then indented (which Prettier ignores for a comment whose lines
 * all start with `*`; any other would depend on TypeScript's indentation, so is not supported).
 */
function syntheticComments(node: TypeScript.Node): readonly string[] {
  if (ts.getSyntheticTrailingComments(node)?.length) unsupported(node);
  return (ts.getSyntheticLeadingComments(node) ?? []).map((comment) => {
    if (comment.kind !== K.MultiLineCommentTrivia || !comment.hasTrailingNewLine) unsupported(node);
    // TypeScript also breaks lines at \r, U+2028 and U+2029; Prettier only at \n.
    if (/[\r\u2028\u2029]/.test(comment.text)) unsupported(node);
    if (!comment.text.includes('\n')) return `/*${comment.text}*/`;
    const lines = comment.text.split('\n').map((piece, index) => (index === 0 ? piece.trimEnd() : piece.trim()));
    const source = `/*${lines.join('\n')}*/`;
    if (!`*${lines.join('\n')}*`.split('\n').every((piece) => piece.trimStart().startsWith('*'))) unsupported(node);
    return source;
  });
}

function unwrap(node: TypeScript.TypeNode): TypeScript.TypeNode {
  let current = node;
  while (ts.isParenthesizedTypeNode(current)) current = current.type;
  return current;
}

function isObjectType(node: TypeScript.TypeNode): boolean {
  const type = unwrap(node);
  return ts.isTypeLiteralNode(type) || ts.isMappedTypeNode(type);
}

/** A union of one object-like type and `null`s is written inline (print/union-type.js, shouldHugUnionType). */
function hugsUnion(node: TypeScript.UnionTypeNode): boolean {
  const types = node.types.map(unwrap);
  const objectType = types.find((type) => ts.isTypeLiteralNode(type) || ts.isTypeReferenceNode(type));
  if (objectType === undefined) return false;
  return types.every((type) => type === objectType || isNullType(type));
}

function isNullType(node: TypeScript.TypeNode): boolean {
  return (
    node.kind === K.VoidKeyword ||
    node.kind === K.NullKeyword ||
    (ts.isLiteralTypeNode(node) && node.literal.kind === K.NullKeyword)
  );
}

/** A lone type argument written without breaking `<…>` (print/type-annotation.js, shouldHugType). */
function hugsTypeArgument(node: TypeScript.TypeNode): boolean {
  if (ts.isUnionTypeNode(node)) return hugsUnion(node);
  if (ts.isTypeLiteralNode(node) || ts.isMappedTypeNode(node)) return true;
  if (ts.isTypeReferenceNode(node)) return node.typeArguments === undefined;
  return (
    ts.isLiteralTypeNode(node) ||
    ts.isTemplateLiteralTypeNode(node) ||
    node.kind === K.Identifier || // a string literal type, see typeWithoutParentheses
    isKeywordType(node)
  );
}

function isKeywordType(node: TypeScript.TypeNode): boolean {
  return node.kind >= K.FirstKeyword && node.kind <= K.LastKeyword;
}

/** prettier/src/language-js/parentheses/needs-parentheses.js, for the types printed here. */
function needsParentheses(node: TypeScript.TypeNode, parent: Parent): boolean {
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node)) {
    return parent === 'union' || parent === 'intersection' || parent === 'array' || parent === 'indexedObject';
  }
  return false;
}

function hasModifier(node: TypeScript.Node, kind: TypeScript.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === kind);
}

function unsupported(node: TypeScript.Node): never {
  throw new UnsupportedSyntax(`no Prettier layout here for ${ts.SyntaxKind[node.kind]}`);
}
