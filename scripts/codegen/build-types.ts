import openapiTS, { astToString, type SchemaObject } from 'openapi-typescript';
import ts from 'typescript';

const factory = ts.factory;

type SchemaNode = Record<string, unknown>;

/**
 * The spec's types, as openapi-typescript prints them (`paths`, `components`, `operations`), with
 * two extensions of ours understood:
 * - `x-id-prefix: inv_` makes the type `` `inv_${string}` ``, so one kind of id cannot be passed for another;
 * - `x-extensible-enum: [a, b]` makes it `"a" | "b" | (string & {})`: the known values autocomplete,
 *   and a value the provider adds later still type-checks.
 */
export async function buildSchemaTypes(specText: string): Promise<string> {
  const ast = await openapiTS(specText, {
    transform: transformExtensions,
    silent: true,
  });
  return astToString(ast);
}

function transformExtensions(schemaObject: SchemaObject): ts.TypeNode | undefined {
  const schema = schemaObject as SchemaNode;
  const prefix = schema['x-id-prefix'];
  if (typeof prefix === 'string') return withNull(schema, templateLiteral(prefix));
  const known = schema['x-extensible-enum'];
  if (Array.isArray(known) && known.every((value) => typeof value === 'string')) {
    const members: ts.TypeNode[] = known.map((value) =>
      factory.createLiteralTypeNode(factory.createStringLiteral(value)),
    );
    // `string & {}` keeps the literals visible to editors instead of collapsing the union to `string`.
    members.push(
      factory.createIntersectionTypeNode([keyword(ts.SyntaxKind.StringKeyword), factory.createTypeLiteralNode([])]),
    );
    return withNull(schema, factory.createUnionTypeNode(members));
  }
  return undefined;
}

function templateLiteral(prefix: string): ts.TypeNode {
  return factory.createTemplateLiteralType(factory.createTemplateHead(prefix), [
    factory.createTemplateLiteralTypeSpan(keyword(ts.SyntaxKind.StringKeyword), factory.createTemplateTail('')),
  ]);
}

function withNull(schema: SchemaNode, type: ts.TypeNode): ts.TypeNode {
  const types = schema['type'];
  if (!Array.isArray(types) || !types.includes('null')) return type;
  const members = ts.isUnionTypeNode(type) ? [...type.types] : [type];
  return factory.createUnionTypeNode([...members, factory.createLiteralTypeNode(factory.createNull())]);
}

function keyword(kind: ts.KeywordTypeSyntaxKind): ts.KeywordTypeNode {
  return factory.createKeywordTypeNode(kind);
}
