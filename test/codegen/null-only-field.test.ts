import { describe, expect, it } from 'vitest';
import { hasNullOnlyField } from '../../scripts/codegen/null-only-field.js';

// openapi-fetch 0.17 types a request-body field whose only value is null `never`; the generator
// casts such a body only where this finds one, so both answers matter.
describe('hasNullOnlyField', () => {
  const document = {
    components: { schemas: { Cleared: { type: 'null' }, Named: { type: 'string' } } },
  };

  it.each([
    ['a property of type null', { type: 'object', properties: { note: { type: 'null' } } }],
    ['a property of const null', { type: 'object', properties: { note: { const: null } } }],
    ['a property of enum [null]', { type: 'object', properties: { note: { enum: [null] } } }],
    ['a property of type ["null"]', { type: 'object', properties: { note: { type: ['null'] } } }],
    ['a map of nulls', { type: 'object', additionalProperties: { type: 'null' } }],
    ['a pattern property of null', { type: 'object', patternProperties: { '^x-': { const: null } } }],
    ['a $ref to a null schema', { type: 'object', properties: { note: { $ref: '#/components/schemas/Cleared' } } }],
    ['a field inside an allOf branch', { allOf: [{ type: 'object', properties: { note: { type: 'null' } } }] }],
    ['a field of an array item', { type: 'array', items: { type: 'object', properties: { note: { type: 'null' } } } }],
  ])('finds %s', (_name, schema) => {
    expect(hasNullOnlyField(document, schema)).toBe(true);
  });

  it.each([
    ['a nullable string', { type: 'object', properties: { note: { type: ['string', 'null'] } } }],
    ['an enum with null and a string', { type: 'object', properties: { note: { enum: [null, 'a'] } } }],
    ['a body that is null itself', { type: 'null' }],
    ['a $ref to a string', { type: 'object', properties: { note: { $ref: '#/components/schemas/Named' } } }],
    ['an array of nulls (items are not fields)', { type: 'array', items: { type: 'null' } }],
  ])('does not find %s', (_name, schema) => {
    expect(hasNullOnlyField(document, schema)).toBe(false);
  });

  it('ends on a recursive schema', () => {
    const recursive = {
      components: {
        schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } },
      },
    };
    expect(hasNullOnlyField(recursive, { $ref: '#/components/schemas/Node' })).toBe(false);
  });
});
