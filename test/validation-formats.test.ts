// The formats checked by rules (src/validation/rules/*-formats.ts, formats.ts, hostname.ts): each
// verdict as its RFC gives it, through both of the validator's paths (`matches` and `validateValue`),
// and held to Ajv with ajv-formats (full mode) wherever ajv-formats reads the RFC the same way. The
// JSON Schema Test Suite's optional format files run in json-schema-test-suite.test.ts when
// ../shared is there; these are the formats it has no file for, OpenAPI's own, and the cases of
// `email` and `uri` where ajv-formats and the RFCs part.
import { Ajv2020 } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import {
  byteFormat,
  durationFormat,
  emailFormat,
  hostnameFormat,
  int32Format,
  ipv4Format,
  ipv6Format,
  timeFormat,
  uriFormat,
  uriReferenceFormat,
} from '../src/internal.js';
import type { Rule } from '../src/validation/rule.js';
import type { JsonSchema } from '../src/validation/schema.js';
import { matches, validateValue } from '../src/validation/validate.js';

const addFormats = formatsModule.default;
const ajv = new Ajv2020({ strict: false });
addFormats(ajv, { mode: 'full' });

/** The schema the generator writes for `{ format }`: the rule alone. */
const schemaOf = (rule: Rule): JsonSchema => ({ rules: [rule] });

const verdict = (schema: JsonSchema, value: unknown): boolean => {
  const yes = matches(schema, value);
  // Both paths must agree, or the fast answer and the issue list would tell the caller different things.
  expect(validateValue(schema, value).length === 0).toBe(yes);
  return yes;
};

describe.each<[string, Rule, readonly (readonly [string, boolean])[]]>([
  [
    'uri-reference',
    uriReferenceFormat(),
    [
      ['http://foo.bar/?baz=qux#quux', true],
      ['//foo.bar/?baz=qux#quux', true],
      ['/abc', true],
      ['abc', true],
      ['#fragment', true],
      ['', true],
      ['../invoices/42?page=2', true],
      ['mailto:billing@example.com', true],
      ['http://[2001:db8::1]:8080/x', true],
      ['%7Efile', true],
      ['\\\\WINDOWS\\fileshare', false],
      ['#frag\\ment', false],
      ['a b', false],
      ['%zz', false],
      ['a#b#c', false],
    ],
  ],
  [
    'byte',
    byteFormat(),
    [
      ['aGVsbG8=', true],
      ['aGVsbA==', true],
      ['aGVs', true],
      ['', true],
      ['aGVsbG8', false],
      ['aGVsbG8==', false],
      ['aGV sbG8=', false],
      ['aGVs*G8=', false],
      ['=aGVs', false],
    ],
  ],
])('format %s', (format, rule, cases) => {
  const reference = ajv.compile({ format });
  it.each(cases)('%j: %s, as ajv-formats judges it', (input, valid) => {
    expect(verdict(schemaOf(rule), input)).toBe(valid);
    expect(reference(input)).toBe(valid);
  });
  it('lets every other type pass', () => {
    for (const other of [12, 1.5, null, true, {}, []]) expect(verdict(schemaOf(rule), other)).toBe(true);
  });
});

describe('format uri-reference, where ajv-formats is looser than RFC 3986', () => {
  it('refuses a relative reference whose first segment holds a colon (it would be read as a scheme, §4.2)', () => {
    expect(verdict(schemaOf(uriReferenceFormat()), '1a:b')).toBe(false);
    expect(verdict(schemaOf(uriReferenceFormat()), './1a:b')).toBe(true);
    expect(ajv.compile({ format: 'uri-reference' })('1a:b')).toBe(true);
  });
});

describe('formats email and uri, by RFC 5321 and RFC 3986 where ajv-formats reads them otherwise', () => {
  it.each([
    ['"joe bloggs"@example.com', true], // a quoted local part
    ['"joe@bloggs"@example.com', true],
    ['"a\\"b"@example.com', true], // an escaped quote inside it
    ['joe.bloggs@[127.0.0.1]', true], // address literals
    ['joe.bloggs@[IPv6:2001:db8::1]', true],
    ['joe.bloggs@[127.0.0.300]', false],
    ['joe.bloggs@[IPv6:12345::]', false],
    ['"unterminated@example.com', false],
    [`${'a'.repeat(64)}@example.com`, true],
    [`${'a'.repeat(65)}@example.com`, false], // a local part of at most 64 octets
    ['te..st@example.com', false],
    ['joe.bloggs@invalid=domain.com', false],
  ] as const)('email %j: %s', (input, valid) => {
    expect(verdict(schemaOf(emailFormat()), input)).toBe(valid);
  });
  it.each([
    ['https://example.com/invoices/42?page=2#top', true],
    ['urn:oasis:names:specification:docbook:dtd:xml:4.1.2', true],
    ['ldap://[2001:db8::7]/c=GB?objectClass?one', true],
    ['http://[v1.fe80::a+en1]/', true], // IPvFuture
    ["http://-.~_!$&'()*+,;=:%40:80%2f::::::@example.com", true],
    ['http://example.com/%6G', false], // percent-encoding must be two hex digits
    ['http://example.com/%', false],
    ['https://example.org/foobar®.txt', false], // no raw non-ASCII character
    ['https://example.org/foo{bar}.txt', false],
    ['http://example.com:abc/path', false],
    ['http://[::ffff:01.2.3.4]', false], // no leading zero in an embedded IPv4 address
    ['http:/[::1]', false], // brackets only around a host
    ['https://[@example.org/test.txt', false],
    ['/abc', false], // a relative reference is no URI
    ['ht_tp://example.com', false],
  ] as const)('uri %j: %s', (input, valid) => {
    expect(verdict(schemaOf(uriFormat()), input)).toBe(valid);
  });
  it('parts from ajv-formats where it reads the RFCs otherwise', () => {
    // ajv-formats refuses quoted local parts and address literals, and accepts a leading zero in an
    // IPv4 address inside an IPv6 literal.
    expect(ajv.compile({ format: 'email' })('"joe bloggs"@example.com')).toBe(false);
    expect(ajv.compile({ format: 'email' })('joe.bloggs@[127.0.0.1]')).toBe(false);
    expect(ajv.compile({ format: 'uri' })('http://[::ffff:01.2.3.4]')).toBe(true);
  });
});

describe('format int32', () => {
  const reference = ajv.compile({ format: 'int32' });
  it.each([
    [0, true],
    [2147483647, true],
    [-2147483648, true],
    [2147483648, false],
    [-2147483649, false],
    [1.5, false],
    ['2147483648', true], // a number format lets strings pass
  ] as const)('%j: %s, as ajv-formats judges it', (input, valid) => {
    expect(verdict(schemaOf(int32Format()), input)).toBe(valid);
    expect(reference(input)).toBe(valid);
  });
  it('names the rule and the range', () => {
    expect(validateValue(schemaOf(int32Format()), 2 ** 31, '/body/count')).toEqual([
      { path: '/body/count', rule: 'format', message: 'must be a 32-bit integer (from -2147483648 to 2147483647)' },
    ]);
  });
});

describe('messages of the string formats', () => {
  it.each([
    [timeFormat(), 'must be an RFC 3339 time such as 08:30:06Z'],
    [durationFormat(), 'must be an RFC 3339 duration such as P1DT12H'],
    [hostnameFormat(), 'must be a host name such as api.example.com'],
    [ipv4Format(), 'must be an IPv4 address such as 192.168.0.1'],
    [ipv6Format(), 'must be an IPv6 address such as 2001:db8::1'],
    [uriReferenceFormat(), 'must be a URI or relative reference such as /invoices/42'],
    [byteFormat(), 'must be base64-encoded bytes such as aGVsbG8='],
    [emailFormat(), 'must be an email address such as billing@example.com'],
    [uriFormat(), 'must be an absolute URI such as https://example.com/invoices/42'],
  ])('%#: %s', (rule, message) => {
    expect(validateValue(schemaOf(rule), 'not valid at all', '/body/x')).toEqual([
      { path: '/body/x', rule: 'format', message },
    ]);
  });
});

describe('format hostname: internationalised labels', () => {
  it.each([
    ['api.example.com', true],
    ['xn--bcher-kva.example', true], // bücher
    ['xn--mnchen-3ya.de', true], // münchen
    ['xn--X', false], // not Punycode
    ['xn--bcher-kva-', false],
    ['bü.example', false], // a U-label must be written as its A-label
    ['xn--Bcher-kva.example', true], // the prefix and ASCII letters are case-insensitive
    ['ab--cd.example', false], // hyphens in the third and fourth place are reserved for xn--
    ['example.com.', false],
    [`${'a'.repeat(63)}.com`, true],
    [`${'a'.repeat(64)}.com`, false],
  ] as const)('%j: %s', (input, valid) => {
    expect(verdict(schemaOf(hostnameFormat()), input)).toBe(valid);
  });
});
