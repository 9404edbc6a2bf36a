import { describe, expect, it } from 'vitest';
import { inlineInnerReferences } from '../../scripts/codegen/inline-references.js';
import { pointerTarget } from '../../scripts/codegen/resolve-ref.js';

const TEAM_BODY = '#/paths/~1teams/post/requestBody/content/application~1json/schema';

/** A document whose `use` schema is `schema`, next to a Team component and an operation's body. */
function documentWith(schema: unknown): Record<string, unknown> {
  return {
    paths: {
      '/teams': {
        post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Team' } } } } },
      },
    },
    components: {
      schemas: {
        Team: {
          type: 'object',
          definitions: { slug: { type: 'string', pattern: '^[a-z]+$' } },
          properties: {
            name: { type: 'string', minLength: 1 },
            slug: { $ref: '#/components/schemas/Team/definitions/slug' },
          },
        },
        use: schema,
      },
    },
  };
}

const use = (document: Record<string, unknown>): unknown => pointerTarget(document, '#/components/schemas/use');

describe('inlineInnerReferences', () => {
  it('replaces a reference into a schema’s definitions by a copy of its target', () => {
    const document = documentWith({ $ref: '#/components/schemas/Team/definitions/slug' });
    expect(inlineInnerReferences(document)).toBe(true);
    expect(use(document)).toEqual({ type: 'string', pattern: '^[a-z]+$' });
    expect(pointerTarget(document, '#/components/schemas/Team/properties/slug')).toEqual({
      type: 'string',
      pattern: '^[a-z]+$',
    });
  });

  it('follows a pointer through the reference it passes on its way, as the lint does', () => {
    const document = documentWith({ $ref: `${TEAM_BODY}/properties/name` });
    inlineInnerReferences(document);
    expect(use(document)).toEqual({ type: 'string', minLength: 1 });
  });

  it('keeps references to whole components, and those it cannot resolve, as they are', () => {
    const document = documentWith({
      properties: { team: { $ref: '#/components/schemas/Team' }, lost: { $ref: '#/components/schemas/Team/nowhere' } },
    });
    inlineInnerReferences(document);
    expect(use(document)).toEqual({
      properties: { team: { $ref: '#/components/schemas/Team' }, lost: { $ref: '#/components/schemas/Team/nowhere' } },
    });
    // The body's `$ref` to the component stays too.
    expect(pointerTarget(document, TEAM_BODY)).toEqual({ $ref: '#/components/schemas/Team' });
  });

  it('reads a property called like a data keyword (`default`, `example`) as a name, and leaves data alone', () => {
    const slug = { $ref: '#/components/schemas/Team/definitions/slug' };
    const document = documentWith({
      properties: { default: slug, example: slug },
      example: { link: slug },
      default: slug,
    });
    inlineInnerReferences(document);
    expect(use(document)).toEqual({
      properties: {
        default: { type: 'string', pattern: '^[a-z]+$' },
        example: { type: 'string', pattern: '^[a-z]+$' },
      },
      example: { link: slug },
      default: slug,
    });
  });

  it('reads `default` in `responses` as a response, not as a keyword’s data (DigitalOcean’s refer to one another’s)', () => {
    const error = { description: 'An error.', content: { 'application/json': { schema: { type: 'object' } } } };
    const document = {
      paths: {
        '/a': { get: { responses: { default: error } } },
        '/b': { get: { responses: { default: { $ref: '#/paths/~1a/get/responses/default' } } } },
      },
    };
    inlineInnerReferences(document);
    expect(document.paths['/b'].get.responses.default).toEqual(error);
  });

  it('keeps what a reference says beside its `$ref`: a description in place, keywords with the target in allOf', () => {
    const document = documentWith({
      properties: {
        described: { $ref: `${TEAM_BODY}/properties/name`, description: 'The name.' },
        bounded: { $ref: `${TEAM_BODY}/properties/name`, maxLength: 40 },
      },
    });
    inlineInnerReferences(document);
    expect(use(document)).toEqual({
      properties: {
        described: { type: 'string', minLength: 1, description: 'The name.' },
        bounded: { maxLength: 40, allOf: [{ type: 'string', minLength: 1 }] },
      },
    });
  });

  it('leaves a reference that comes back to one being inlined (a cycle) for the steps that report it', () => {
    const document = {
      components: {
        schemas: {
          Tree: {
            definitions: { node: { properties: { child: { $ref: '#/components/schemas/Tree/definitions/node' } } } },
          },
          use: { $ref: '#/components/schemas/Tree/definitions/node' },
        },
      },
    };
    inlineInnerReferences(document);
    // Unrolled as far as the reference being inlined, which stays: the recursion is kept, not expanded forever.
    const node = use(document);
    expect(JSON.stringify(node)).toContain('"child":{"$ref":"#/components/schemas/Tree/definitions/node"}');
    expect(node).toMatchObject({ properties: { child: { properties: { child: {} } } } });
  });

  it('says when there was nothing to inline', () => {
    const document = { components: { schemas: { A: { type: 'string' }, use: { $ref: '#/components/schemas/A' } } } };
    expect(inlineInnerReferences(document)).toBe(false);
  });
});
