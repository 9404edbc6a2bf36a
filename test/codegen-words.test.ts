// The generator's readings of a spec that end up in messages: a `pattern` in words
// (scripts/codegen/describe-pattern.ts) and how an error schema says what went wrong
// (scripts/codegen/read-error-shape.ts, read by src/errors/error-summary.ts). Table-driven, on small inputs.
import { describe, expect, it } from 'vitest';
import { describePattern, nounOf } from '../scripts/codegen/describe-pattern.js';
import { readErrorShape } from '../scripts/codegen/read-error-shape.js';
import { summarizeErrorBody } from '../src/errors/error-summary.js';

describe('describePattern', () => {
  it.each([
    [
      '^inv_[1-9A-HJ-NP-Za-km-z]{1,64}$',
      'invoice id',
      'inv_',
      'an invoice id: `inv_` followed by 1 to 64 base58 characters',
    ],
    [
      '^invoice_[0-9A-Za-z]{1,24}$',
      'sales invoice id',
      undefined,
      'a sales invoice id: `invoice_` followed by 1 to 24 letters and digits',
    ],
    ['^[A-Z]{3}$', undefined, undefined, '3 upper-case letters'],
    ['^[!-~]+$', undefined, undefined, 'one or more visible ASCII characters'],
    [
      '^tr_[a-zA-Z0-9_\\-]{10,}$',
      'transfer id',
      undefined,
      'a transfer id: `tr_` followed by at least 10 letters and digits, `-` and `_`',
    ],
    ['^[0-9a-f]{8}$', 'hash', undefined, 'a hash: 8 lower-case hexadecimal digits'],
    ['^pl_[0-9]$', undefined, undefined, '`pl_` followed by 1 digit'],
  ])('%s', (pattern, noun, idPrefix, expected) => {
    expect(describePattern(pattern, { noun, idPrefix })).toBe(expected);
  });

  it.each([
    ['^\\d+$'], // an escape class: no words for it
    ['^[^/]+$'], // a negated class
    ['^inv_[a-z]+_[0-9]+$'], // two classes
    ['^[a-zé]+$'], // beyond ASCII
    ['inv_[a-z]+'], // not anchored
  ])('has no words for %s', (pattern) => {
    expect(describePattern(pattern)).toBeUndefined();
  });

  it('names no prefix the spec does not: an x-id-prefix that differs from the pattern gives no words', () => {
    expect(describePattern('^inv_[0-9]{1,3}$', { idPrefix: 'bil_' })).toBeUndefined();
  });

  it.each([
    ['InvoiceId', 'invoice id'],
    ['SalesInvoiceId', 'sales invoice id'],
    ['create-draft-transfer_request', 'create draft transfer request'],
    ['URLSource', 'url source'],
  ])('nounOf(%s)', (name, noun) => {
    expect(nounOf(name)).toBe(noun);
  });
});

describe('readErrorShape, and the summary the runtime reads with it', () => {
  const components: Record<string, unknown> = {
    Issue: {
      type: 'object',
      properties: { loc: { type: 'array', items: { type: 'string' } }, msg: { type: 'string' } },
    },
  };
  const resolve = (node: unknown): unknown => {
    const ref = (node as { $ref?: unknown } | null)?.$ref;
    return typeof ref === 'string' ? components[ref.replace('#/components/schemas/', '')] : node;
  };
  const cases: [string, unknown, unknown, string][] = [
    [
      'RFC 9457 problem details with a field',
      {
        type: 'object',
        properties: { title: { type: 'string' }, detail: { type: 'string' }, field: { type: 'string' } },
      },
      { title: 'Unprocessable', detail: 'Bad term', field: 'paymentTerm' },
      ': Bad term (field paymentTerm)',
    ],
    [
      'FastAPI: detail is a message or a list of issues ($ref)',
      {
        type: 'object',
        properties: {
          detail: { anyOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/components/schemas/Issue' } }] },
        },
      },
      { detail: [{ loc: ['body', 'x'], msg: 'Field required' }] },
      ': Field required (field body.x)',
    ],
    [
      'a nested error object (`{ error: { message, param } }`)',
      {
        type: 'object',
        properties: {
          error: { type: 'object', properties: { message: { type: 'string' }, param: { type: 'string' } } },
        },
      },
      { error: { message: 'No such customer', param: 'customer' } },
      ': No such customer (field customer)',
    ],
    [
      'OAuth: error and error_description',
      { type: 'object', properties: { error: { type: 'string' }, error_description: { type: 'string' } } },
      { error: 'invalid_grant', error_description: 'Expired' },
      ': Expired',
    ],
    [
      'an errors list under allOf',
      {
        allOf: [
          {
            type: 'object',
            properties: {
              errors: { type: 'array', items: { type: 'object', properties: { message: { type: 'string' } } } },
            },
          },
        ],
      },
      { errors: [{ message: 'one' }, { message: 'two' }] },
      ': one; two',
    ],
  ];
  it.each(cases)('%s', (_name, schema, body, summary) => {
    const shape = readErrorShape(schema, resolve);
    expect(shape).toBeDefined();
    expect(summarizeErrorBody(body, [shape!])).toBe(summary);
  });

  it('a schema with nothing that says what went wrong has no shape', () => {
    expect(readErrorShape({ type: 'object', properties: { code: { type: 'integer' } } }, resolve)).toBeUndefined();
  });
});
