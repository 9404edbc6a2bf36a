// The formats `date` and `uuid`, the keyword `uniqueItems`, and `additionalProperties` with a schema (a
// map) (src/validation/rules/, validate.ts), held to Ajv with ajv-formats on the same inputs, through both of the validator's
// paths: the yes/no matcher (`matches`) and the issue list (`validateValue`).
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { dateFormat, uuidFormat } from '../src/internal.js';
import type { JsonSchema } from '../src/validation/schema.js';
import { matches, validateValue } from '../src/validation/validate.js';

const addFormats = formatsModule.default;
const ajv = new Ajv2020({ strict: false });
addFormats(ajv);

const DATES = [
  '2025-03-01',
  '2024-02-29',
  '2023-02-29',
  '2025-13-01',
  '2025-04-31',
  '2025-00-10',
  '2025-1-01',
  '25-01-01',
  '2025-03-01T00:00:00Z',
  ' 2025-03-01',
  '',
];
const UUIDS = [
  '123e4567-e89b-12d3-a456-426614174000',
  '123E4567-E89B-12D3-A456-426614174000',
  '00000000-0000-0000-0000-000000000000',
  '123e4567e89b12d3a456426614174000',
  '123e4567-e89b-12d3-a456-42661417400',
  '123e4567-e89b-12d3-a456-4266141740000',
  'g23e4567-e89b-12d3-a456-426614174000',
  '{123e4567-e89b-12d3-a456-426614174000}',
];

describe.each([
  ['date', DATES, dateFormat()],
  ['uuid', UUIDS, uuidFormat()],
] as const)('format %s', (format, inputs, rule) => {
  // As the generator writes `{ type: 'string', format }`: the format's rule.
  const schema: JsonSchema = { type: 'string', rules: [rule] };
  const reference = ajv.compile({ type: 'string', format });

  it.each(inputs)('%j: as ajv-formats judges it', (input) => {
    expect(matches(schema, input)).toBe(reference(input));
    expect(validateValue(schema, input).length === 0).toBe(reference(input));
  });

  it('names the rule and says what it wants', () => {
    expect(validateValue(schema, 'nope', '/body/when')).toEqual([
      {
        path: '/body/when',
        rule: 'format',
        message:
          format === 'date'
            ? 'must be an RFC 3339 date such as 2025-03-01'
            : 'must be a UUID such as 123e4567-e89b-12d3-a456-426614174000',
      },
    ]);
  });
});

describe('format uuid, where ajv-formats is looser than RFC 9562', () => {
  it('refuses the URN form, which ajv-formats accepts (the JSON Schema Test Suite refuses it too)', () => {
    const schema: JsonSchema = { type: 'string', rules: [uuidFormat()] };
    const urn = 'urn:uuid:123e4567-e89b-12d3-a456-426614174000';
    expect([matches(schema, urn), validateValue(schema, urn).length]).toEqual([false, 1]);
    expect(ajv.compile({ type: 'string', format: 'uuid' })(urn)).toBe(true);
  });
});

describe('uniqueItems', () => {
  const schema: JsonSchema = { type: 'array', uniqueItems: true };
  const reference = ajv.compile({ type: 'array', uniqueItems: true });

  it.each([
    [[]],
    [[1, 2, 3]],
    [[1, 1]],
    [[1, 1.0]],
    [['1', 1]],
    [
      [
        { a: 1, b: 2 },
        { b: 2, a: 1 },
      ],
    ],
    [[{ a: 1 }, { a: 2 }]],
    [
      [
        [1, 2],
        [2, 1],
      ],
    ],
    [
      [
        [1, [2]],
        [1, [2]],
      ],
    ],
    [[null, false, 0, '']],
    [[true, true]],
  ])('%j: as Ajv judges it', (input) => {
    expect(matches(schema, input)).toBe(reference(input));
    expect(validateValue(schema, input).length === 0).toBe(reference(input));
  });

  it('names the first two equal items', () => {
    expect(validateValue(schema, ['a', 'b', { x: 1 }, 'b', { x: 1 }], '/body/tags')).toEqual([
      { path: '/body/tags', rule: 'uniqueItems', message: 'must not repeat an item (items 1 and 3 are equal)' },
    ]);
  });

  it('checks nothing when uniqueItems is false', () => {
    expect(validateValue({ type: 'array', uniqueItems: false }, [1, 1])).toEqual([]);
  });
});

describe('JSON equality (const, enum, uniqueItems)', () => {
  it('does not depend on the order of an object’s keys', () => {
    expect(
      validateValue({ const: { value: { a: 1, b: [1, { c: 2, d: 3 }] } } }, { b: [1, { d: 3, c: 2 }], a: 1 }),
    ).toEqual([]);
    expect(matches({ enum: [{ a: 1, b: 2 }] }, { b: 2, a: 1 })).toBe(true);
    expect(matches({ enum: [{ a: 1, b: 2 }] }, { a: 1, b: 2, c: 3 })).toBe(false);
    expect(matches({ const: { value: [1, 2] } }, [2, 1])).toBe(false);
  });
});

describe('additionalProperties with a schema (a map)', () => {
  const schema: JsonSchema = {
    type: 'object',
    properties: { name: { type: 'string' } },
    additionalProperties: { type: 'integer', minimum: 0 },
  };
  const reference = ajv.compile({
    type: 'object',
    properties: { name: { type: 'string' } },
    additionalProperties: { type: 'integer', minimum: 0 },
  });

  it.each([
    [{}],
    [{ name: 'a' }],
    [{ name: 'a', count: 3 }],
    [{ count: -1 }],
    [{ count: 'x' }],
    [{ name: 3 }],
    [{ a: 1, b: 2.5 }],
  ])('%j: as Ajv judges it', (input) => {
    expect(matches(schema, input)).toBe(reference(input));
    expect(validateValue(schema, input).length === 0).toBe(reference(input));
  });

  it('names the field whose value breaks the rule', () => {
    expect(validateValue(schema, { name: 'a', 'open/tickets': -2 }, '/body/tags')).toEqual([
      { path: '/body/tags/open~1tickets', rule: 'minimum', message: 'must be at least 0' },
    ]);
  });
});
