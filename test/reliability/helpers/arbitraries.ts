import fc from 'fast-check';

/*
 * fast-check arbitraries for the hostile-input half of the reliability suite: requests for each of
 * the three operations that mix
 *   (i)   valid requests, built field by field from the specs (openapi/asset.yaml, openapi/mollie.yaml;
 *         the schema each value follows is named next to it),
 *   (ii)  boundary values: lengths at and one past each limit (counted in code points, as JSON Schema
 *         counts them), the first and last values of ranges and enums, id patterns, edge date-times,
 *   (iii) hostile values: wrong types (including JS values JSON cannot carry), huge strings and
 *         numbers, NaN/±Infinity/-0, lone surrogates and other odd Unicode, control characters,
 *         `__proto__`/`constructor`/`prototype` keys, objects nested 10,000 deep, unknown fields,
 *         missing required fields, hostile path ids and header values.
 * Valid values are drawn most of the time, so that a good share of the inputs is sendable (about
 * 60 % for updateInvoiceStatus, 40 % for updateBill, 25 % for the much larger Mollie body) and the
 * send path (serialization, headers, URL building) is exercised as well as the refusal path.
 *
 * Values that are expensive to build (1 MB strings, deep objects) are built once and shared; nothing
 * in the SDK mutates a request, and the suite checks that nothing did (Object.prototype included).
 */

// ---------------------------------------------------------------------------------------------
// Building blocks

/** Base58, the alphabet of Asset ids: `[1-9A-HJ-NP-Za-km-z]` in BusinessId, InvoiceId, BillId, LedgerId. */
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Mollie ids: `[0-9A-Za-z]` after the prefix (SalesInvoiceId). */
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** Visible ASCII, `[!-~]`: the Idempotency-Key pattern and the ends of the x-user-id pattern. */
const VISIBLE_ASCII = Array.from({ length: 0x7e - 0x21 + 1 }, (_, index) => String.fromCharCode(0x21 + index)).join('');

/** 1 MiB of ASCII: far over every maxLength the specs set. Built once. */
export const HUGE_STRING = 'A'.repeat(1 << 20);
/** An astral character: one code point, two UTF-16 code units. Limits count it once. */
const ASTRAL = '😀';

function charsOf(alphabet: string, minLength: number, maxLength: number): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet), minLength, maxLength });
}

/**
 * Valid most of the time, hostile otherwise (weights: valid `validWeight` to hostile 1). Leaves use
 * the default: a Mollie body has dozens of them, and one hostile leaf refuses the whole request.
 * Whole parts (path, header, body, request) pass lower weights.
 */
function mostly(valid: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown>, validWeight = 30): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: valid, weight: validWeight }, { arbitrary: hostile, weight: 1 });
}

/** Either the value or null, for the spec's `type: [X, 'null']` fields. */
function orNull<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ arbitrary, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
}

/** An object with `key` as an OWN property, even for `__proto__` (which an object literal would turn into the prototype). */
export function withOwnKey(target: object, key: string, value: unknown): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Nested `{ a: { a: … } }` (or `[[…]]`) `depth` levels deep, built without recursion. */
function nested(depth: number, kind: 'object' | 'array'): unknown {
  let value: unknown = kind === 'object' ? { leaf: true } : ['leaf'];
  for (let level = 0; level < depth; level += 1) value = kind === 'object' ? { a: value } : [value];
  return labelled(value as object, `${kind}s nested ${depth} deep`);
}

/**
 * Give a shared hostile object a short printed form, so that a counterexample report (which
 * fast-check prints recursively) neither overflows the stack on a deep object nor prints 1 MB. The
 * label is a symbol key: JSON.stringify, Object.keys and both validators ignore it.
 */
function labelled<T extends object>(value: T, label: string): T {
  const describe = { value: () => `<${label}>`, enumerable: false };
  Object.defineProperty(value, fc.toStringMethod, describe);
  // The same for util.inspect, which the suite's own failure messages use.
  Object.defineProperty(value, Symbol.for('nodejs.util.inspect.custom'), describe);
  return value;
}

const DEEP_OBJECT = nested(10_000, 'object');
const DEEP_ARRAY = nested(10_000, 'array');
const WIDE_OBJECT = labelled(
  Object.fromEntries(Array.from({ length: 10_000 }, (_, index) => [`k${index}`, index])),
  'object with 10,000 keys',
);
const CIRCULAR: Record<string, unknown> = labelled({ name: 'loop' } as Record<string, unknown>, 'circular object');
CIRCULAR['self'] = CIRCULAR;

// ---------------------------------------------------------------------------------------------
// Hostile leaves, shared by every operation

/** Control characters, including the ones that end a header line or a C string. */
const CONTROL_CHARS = fc.constantFrom('\u0000', '\r', '\n', '\r\n', '\t', '\u000b', '\u000c', '\u001b[2J', '\u007f');

/** Unicode that trips naive code: lone and reversed surrogates, BOM, zero-width and bidi controls, combining marks, noncharacters, line separators, lookalikes. */
const ODD_UNICODE = fc.constantFrom(
  '\ud800',
  '\udfff',
  'a\ud800b',
  '\udc00\ud800',
  '\ufeff',
  '\u200b',
  '\u200d',
  '\u202e',
  'e\u0301',
  ASTRAL,
  '\u{10ffff}',
  '\uffff',
  '\ufffe',
  '\u2028\u2029',
  '\u0085',
  'İ',
  'ß',
  'ﬀ',
  '１２３',
  'раid', // Cyrillic р and а: looks like "paid"
);

/** One UTF-16 code unit of any value, lone surrogates included (fast-check's own units never yield those). */
const ANY_CODE_UNIT = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Short text from every corner of Unicode: code units, code points, controls and oddities. */
export const oddText: fc.Arbitrary<string> = fc.string({
  unit: fc.oneof(ANY_CODE_UNIT, fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), CONTROL_CHARS, ODD_UNICODE),
  maxLength: 24,
});

/** Numbers at the edges of IEEE 754, and the ones JSON cannot carry (NaN, ±Infinity become null; -0 becomes 0). */
const EDGE_NUMBERS = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  Number.EPSILON,
  2 ** 31,
  2 ** 31 - 1,
  -(2 ** 31),
  1e21, // JSON.stringify switches to exponent notation here
  0.1 + 0.2,
);

class NotPlainData {
  readonly value = 'class instance';
}

/**
 * Values of the wrong type for any field, including JS values JSON has no form for: BigInt
 * (JSON.stringify throws), functions and symbols (dropped), undefined (dropped), Date (becomes a
 * string), Map (becomes {}), boxed primitives, class instances, a circular object, an object whose
 * `toJSON` serializes it as something else, null- and custom-prototype objects.
 */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    true,
    false,
    0,
    1,
    '',
    'null',
    [],
    {},
    [null],
    10n,
    Symbol('hostile'),
    () => 'function',
    new Date(0),
    new Map([['k', 'v']]),
    new String('paid'),
    new Number(1),
    new NotPlainData(),
    Object.create(null) as object,
    CIRCULAR,
    { toJSON: () => 'replaced by toJSON' },
  ),
  EDGE_NUMBERS,
  oddText,
);

/** Keys that are special somewhere: prototype keys, empty, pointer syntax, controls, 1 MB. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toJSON',
    'hasOwnProperty',
    'valueOf',
    '',
    ' ',
    '/',
    '~',
    '~1',
    '0',
    '$ref',
    'a.b',
    'a\u0000b',
    'a\r\nb',
    HUGE_STRING,
  ),
  oddText,
);

/**
 * Free-form objects (Asset `Metadata`: any JSON object, no size limit). Valid ones are any JSON
 * object, including own `__proto__`/`constructor`/`prototype` keys as JSON.parse creates them, 1 MB
 * values, 10,000 keys, and arrays 10,000 deep (valid JSON that JSON.stringify cannot write: it
 * overflows the stack at about 5,000 levels on Node 20). Hostile ones carry values JSON cannot
 * carry (BigInt, functions, a `toJSON` that returns something else), are circular, or nest objects
 * 10,000 deep.
 */
const PROTOTYPE_KEY_OBJECTS = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}') as object,
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}') as object,
  JSON.parse('{"prototype":{"polluted":"yes"},"__proto__":null}') as object,
  JSON.parse('{"__proto__":{"__proto__":{"polluted":"yes"}},"toString":"x","valueOf":1}') as object,
];
const validFreeForm: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.dictionary(fc.string({ unit: 'binary', maxLength: 12 }), fc.jsonValue({ maxDepth: 3 })), weight: 6 },
  { arbitrary: fc.constantFrom(...PROTOTYPE_KEY_OBJECTS), weight: 2 },
  {
    arbitrary: fc.tuple(hostileKey, fc.jsonValue({ maxDepth: 2 })).map(([key, value]) => withOwnKey({}, key, value)),
    weight: 2,
  },
  { arbitrary: fc.constantFrom({ big: HUGE_STRING }, WIDE_OBJECT, { list: DEEP_ARRAY }), weight: 1 },
);
const hostileFreeForm: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(DEEP_OBJECT, CIRCULAR, { nested: DEEP_OBJECT }),
  wrongType.map((value) => ({ value })),
  wrongType,
);
export const freeFormObject: fc.Arbitrary<unknown> = mostly(validFreeForm, hostileFreeForm, 4);

/**
 * Text fields with a maximum length (`maxLength`, in code points): any Unicode below it, exactly at
 * it (in ASCII and in astral characters, which take two UTF-16 units each), and one past it.
 */
function limitedText(minLength: number, maxLength: number): fc.Arbitrary<unknown> {
  const valid = fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', minLength, maxLength: Math.min(maxLength, 40) }), weight: 8 },
    {
      arbitrary: fc.constantFrom('x'.repeat(maxLength), ASTRAL.repeat(maxLength), 'x'.repeat(Math.max(minLength, 1))),
      weight: 1,
    },
  );
  const tooLong = ['x'.repeat(maxLength + 1), ASTRAL.repeat(maxLength + 1)];
  const hostile = fc.oneof(
    { arbitrary: fc.constantFrom(...tooLong, ...(minLength > 0 ? ['x'.repeat(minLength - 1)] : [])), weight: 4 },
    // Rarely: 1 MB costs the validator far more than anything else (every oneOf branch scans it again).
    { arbitrary: fc.constant(HUGE_STRING), weight: 1 },
    { arbitrary: wrongType, weight: 4 },
  );
  return mostly(valid, hostile);
}

/** Free text without a limit (a line's description): any Unicode, up to 1 MB. */
const unlimitedText: fc.Arbitrary<unknown> = mostly(
  fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 30 },
    { arbitrary: oddText, weight: 8 },
    { arbitrary: fc.constant(HUGE_STRING), weight: 1 },
  ),
  wrongType,
);

/** The same with `minLength: 1` (EmailDetails subject and body): the empty string is the boundary. */
const nonEmptyText: fc.Arbitrary<unknown> = mostly(
  unlimitedText.filter((value) => value !== ''),
  fc.constant(''),
);

/**
 * RFC 3339 date-times (`format: date-time`). Valid: every instant JS can print (years 0000–9999),
 * lower-case separators, offsets at their limits, a real leap second, long fractions. Invalid or
 * disputed: impossible dates and times, missing offset, a date alone, a leap second at a minute
 * that can have none, a space separator and offsets without a colon (RFC 3339 forbids both; some
 * validators accept them), extended years, surrounding whitespace, fullwidth digits.
 */
const dateTime: fc.Arbitrary<unknown> = mostly(
  fc.oneof(
    {
      arbitrary: fc
        .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
        .map((date) => date.toISOString()),
      weight: 6,
    },
    {
      arbitrary: fc.constantFrom(
        '2025-03-01T00:00:00Z',
        '2024-02-29T00:00:00Z',
        '2016-12-31T23:59:60Z',
        '2025-03-01t00:00:00z',
        '2025-03-01T00:00:00+23:59',
        '2025-03-01T00:00:00-23:59',
        '2025-03-01T00:00:00.123456789Z',
        '0000-01-01T00:00:00Z',
        '9999-12-31T23:59:59Z',
      ),
      weight: 2,
    },
  ),
  fc.oneof(
    fc.constantFrom(
      '2025-02-29T00:00:00Z',
      '2025-13-01T00:00:00Z',
      '2025-04-31T00:00:00Z',
      '2025-03-01T24:00:00Z',
      '2025-03-01T00:60:00Z',
      '2025-03-01T12:30:60Z',
      '2025-03-01T00:00:00',
      '2025-03-01',
      '2025-03-01 00:00:00Z',
      '2025-03-01T00:00:00+0100',
      '2025-03-01T00:00:00+01',
      '2025-03-01T00:00:00+24:00',
      '+002025-03-01T00:00:00Z',
      ' 2025-03-01T00:00:00Z',
      '2025-03-01T00:00:00Z\n',
      '２０２５-03-01T00:00:00Z',
      '',
    ),
    wrongType,
  ),
);

// ---------------------------------------------------------------------------------------------
// Path ids

/**
 * Ids that try to move the request elsewhere: dot segments, slashes (raw and encoded), query and
 * fragment starters, CR/LF and NUL, absolute and protocol-relative URLs, lookalike letters, 1 MB.
 */
function hostileId(prefix: string, valid: string): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constantFrom(
      '',
      '.',
      '..',
      '/',
      `${valid}/../../admin`,
      `../${valid}`,
      '%2e%2e',
      `${prefix}%2F`,
      `${valid}%00`,
      `${valid}?admin=1`,
      `${valid}#fragment`,
      `${valid}\r\nInjected: yes`,
      `${valid}\n`,
      `${valid}\u0000`,
      ` ${valid}`,
      'http://evil.example/',
      '//evil.example/x',
      `${prefix.toUpperCase()}abc`,
      `${prefix}а`, // Cyrillic а
      `${prefix}${ASTRAL}`,
      `${valid}{x}`,
      HUGE_STRING,
      prefix,
    ),
    fc.tuple(fc.constant(prefix), oddText).map(([start, rest]) => start + rest),
    wrongType,
  );
}

/** Asset ids: `<prefix>` then 1 to 64 Base58 characters (BusinessId, InvoiceId, BillId, LedgerId). */
function assetId(prefix: 'biz_' | 'inv_' | 'bil_' | 'ldg_'): fc.Arbitrary<unknown> {
  const valid = fc.oneof(
    { arbitrary: charsOf(BASE58, 1, 64).map((rest) => prefix + rest), weight: 8 },
    { arbitrary: fc.constantFrom(`${prefix}1`, prefix + 'z'.repeat(64)), weight: 1 },
  );
  const hostile = fc.oneof(
    // Base58 leaves out 0, O, I and l; 65 characters is one too many; another prefix is another kind of id.
    fc.constantFrom(`${prefix}0`, `${prefix}O`, `${prefix}I`, `${prefix}l`, prefix + 'z'.repeat(65), 'cus_abc'),
    hostileId(prefix, `${prefix}abc`),
  );
  return mostly(valid, hostile);
}

/** Mollie's SalesInvoiceId: `invoice_` then 1 to 24 letters and digits. */
function salesInvoiceId(): fc.Arbitrary<unknown> {
  const valid = fc.oneof(
    { arbitrary: charsOf(ALPHANUMERIC, 1, 24).map((rest) => `invoice_${rest}`), weight: 8 },
    { arbitrary: fc.constantFrom('invoice_0', `invoice_${'Z'.repeat(24)}`), weight: 1 },
  );
  const hostile = fc.oneof(
    fc.constantFrom(`invoice_${'Z'.repeat(25)}`, 'invoice_a-b', 'invoice_a_b', 'inv_abc', 'tr_abc'),
    hostileId('invoice_', 'invoice_abc'),
  );
  return mostly(valid, hostile);
}

// ---------------------------------------------------------------------------------------------
// Header values

/** CR, LF, CRLF, NUL and lookalikes followed by a header of our own: an attempt to add a header or a request. */
export const injectedHeaderValue: fc.Arbitrary<string> = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...VISIBLE_ASCII), maxLength: 8 }),
    fc.constantFrom('\r\n', '\n', '\r', '\r\n\r\n', '\u0000', '\r\n ', '\u2028', '\u0085', '\u010d\u010a', '%0d%0a'),
    fc.constantFrom('Injected: yes', 'Injected: yes\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'),
  )
  .map(([before, separator, injected]) => before + separator + injected);

/**
 * Any value a caller might put in a header: visible ASCII (the safe case), Latin-1, characters
 * beyond Latin-1 (which a header cannot carry), control characters, injection attempts, edge
 * whitespace, and long values (8 KiB and 64 KiB, past common server header limits).
 */
export const hostileHeaderValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.string({ unit: fc.constantFrom(...VISIBLE_ASCII, ' '), minLength: 1, maxLength: 40 }), weight: 4 },
  { arbitrary: injectedHeaderValue, weight: 4 },
  {
    arbitrary: fc.string({
      unit: fc.oneof(fc.constantFrom(...VISIBLE_ASCII), CONTROL_CHARS, ANY_CODE_UNIT, ODD_UNICODE),
      maxLength: 16,
    }),
    weight: 3,
  },
  {
    arbitrary: fc.constantFrom('', ' ', ' a ', '\ta\t', 'café', '\u00ff', 'a'.repeat(8 * 1024), 'a'.repeat(64 * 1024)),
    weight: 1,
  },
);

/**
 * `x-user-id` (Asset UserIdHeader): visible ASCII with inner spaces, 1 to 256 characters
 * (`^[!-~](?:[ -~]*[!-~])?$`).
 */
export const userIdHeader: fc.Arbitrary<unknown> = mostly(
  fc.oneof(
    {
      arbitrary: fc
        .string({ unit: fc.constantFrom(...VISIBLE_ASCII, ' '), minLength: 1, maxLength: 60 })
        .filter((value) => /^[!-~](?:[ -~]*[!-~])?$/.test(value)),
      weight: 6,
    },
    { arbitrary: fc.emailAddress(), weight: 2 },
    { arbitrary: fc.constantFrom('~', 'a'.repeat(256), `!${' '.repeat(254)}~`), weight: 1 },
  ),
  fc.oneof(fc.constantFrom('a'.repeat(257), ' a', 'a ', 'a\tb'), hostileHeaderValue, wrongType),
  10,
);

/** Idempotency-Key (Mollie): visible ASCII, 1 to 255 characters (`^[!-~]+$`); a UUID v4 is recommended. */
export const idempotencyKey: fc.Arbitrary<unknown> = mostly(
  fc.oneof(
    { arbitrary: fc.uuid(), weight: 4 },
    { arbitrary: fc.string({ unit: fc.constantFrom(...VISIBLE_ASCII), minLength: 1, maxLength: 60 }), weight: 4 },
    { arbitrary: fc.constant('k'.repeat(255)), weight: 1 },
  ),
  fc.oneof(fc.constantFrom('k'.repeat(256), 'a b', ''), hostileHeaderValue, wrongType),
  10,
);

/** Header names: RFC 9110 tokens, and names no header can have (spaces, colons, CR/LF, NUL, non-ASCII, empty). */
export const customHeaderName: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: charsOf('abcdefghijklmnopqrstuvwxyz0123456789-', 1, 20).map((rest) => `x-${rest}`), weight: 4 },
  {
    arbitrary: fc.constantFrom(
      'x a',
      'x:a',
      'x-a:',
      ':authority',
      '',
      ' x-a',
      'x-a ',
      'x-a\t',
      'x\r\nInjected: yes',
      'x-a\u0000',
      'x-ä',
      'x-(a)',
      'x-a/b',
      'x-a@b',
      'x-"a"',
    ),
    weight: 3,
  },
  { arbitrary: fc.tuple(fc.constant('x-'), oddText).map(([start, rest]) => start + rest), weight: 2 },
);

// ---------------------------------------------------------------------------------------------
// Object-level mutations

/**
 * A valid object made hostile at its own level: an unknown field (prototype keys as OWN keys
 * included), a field removed, its fields moved to the prototype (so none is own), a null prototype
 * (still valid: a plain object), or a value of another type altogether.
 */
function hostileObject(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc
      .tuple(valid, hostileKey, fc.oneof(fc.jsonValue({ maxDepth: 1 }), wrongType))
      .map(([object, key, value]) => withOwnKey(object, key, value)),
    fc.tuple(valid, fc.nat()).map(([object, index]) => {
      const keys = Object.keys(object);
      if (keys.length === 0) return object;
      const { [keys[index % keys.length]!]: _removed, ...rest } = object;
      return rest;
    }),
    valid.map((object) =>
      labelled(Object.create(object) as object, `no own fields; inherits ${Object.keys(object).join(', ')}`),
    ),
    valid.map((object) => Object.assign(Object.create(null) as object, object)),
    wrongType,
  );
}

/** Marks a part that the request leaves out (rather than setting it to undefined, which is a key of its own). */
const ABSENT = Symbol('absent');

/** A whole request `{ path, header?, body }`, or one made hostile at the top: unknown keys, missing parts, wrong types. */
function request(
  path: fc.Arbitrary<unknown>,
  header: fc.Arbitrary<unknown>,
  body: fc.Arbitrary<unknown>,
): fc.Arbitrary<unknown> {
  const valid = fc
    .tuple(path, header, body)
    .map(([pathValue, headerValue, bodyValue]) =>
      headerValue === ABSENT
        ? { path: pathValue, body: bodyValue }
        : { path: pathValue, header: headerValue, body: bodyValue },
    );
  return mostly(
    valid,
    fc.oneof(
      hostileObject(valid),
      // The names of the per-call options, put in the request by mistake.
      fc
        .tuple(valid, fc.constantFrom('query', 'headers', 'params', 'signal'))
        .map(([object, key]) => ({ ...object, [key]: {} })),
    ),
    10,
  );
}

// ---------------------------------------------------------------------------------------------
// Asset: Update Invoice Status (PATCH /v0/business/{business_id}/invoice/{invoice_id})

/** InvoiceStatus, the enum of InvoiceStatusUpdate.status. */
const INVOICE_STATUSES = ['open', 'paid', 'uncollectible', 'voided', 'refunded', 'partially_refunded'] as const;

const invoiceStatusBody: fc.Arbitrary<unknown> = (() => {
  const valid = fc.record({ status: fc.constantFrom(...INVOICE_STATUSES) });
  const status = fc.oneof(
    // Near misses: case, whitespace, NUL, Unicode lookalikes, other APIs' statuses.
    fc.constantFrom(
      'PAID',
      'Paid',
      'paid ',
      ' paid',
      'paid\u0000',
      'pa\u0456d',
      'paıd',
      'draft',
      'issued',
      'partially-refunded',
    ),
    wrongType,
  );
  return mostly(
    valid,
    fc.oneof(
      status.map((value) => ({ status: value })),
      hostileObject(valid),
      fc.constant(JSON.parse('{"__proto__":{"status":"paid"}}') as unknown),
      fc.constant({ __proto__: { status: 'paid' } } as unknown), // a literal: sets the prototype, no own field
    ),
    3,
  );
})();

const userIdHeaderObject: fc.Arbitrary<unknown> = mostly(
  fc.record({ 'x-user-id': userIdHeader }),
  fc.oneof(
    // Header parameter names are case-sensitive keys in `header`; undeclared ones are refused.
    fc
      .tuple(fc.constantFrom('X-User-Id', 'x-user-ID', 'Authorization', 'x-other'), fc.constant('someone@example.com'))
      .map(([name, value]) => ({ [name]: value })),
    wrongType,
  ),
  6,
);

export const updateInvoiceStatusRequest: fc.Arbitrary<unknown> = request(
  fc.record({ business_id: assetId('biz_'), invoice_id: assetId('inv_') }),
  fc.oneof(fc.constant(ABSENT), userIdHeaderObject),
  invoiceStatusBody,
);

// ---------------------------------------------------------------------------------------------
// Asset: Update a Bill (PATCH /v0/business/{business_id}/bills/{bill_id})

/** Any finite double, -0 and the extremes included (BillLineCreate.amount: `type: number`, no limits). */
const amount: fc.Arbitrary<unknown> = mostly(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.oneof(EDGE_NUMBERS, fc.constantFrom('120.52', '1e3', 10n), wrongType),
);

/** BillLineCreate: `amount` and `ledger_id` required; `description`, `number`, `metadata_` optional; nothing else. */
const billLineCreate: fc.Arbitrary<unknown> = (() => {
  const valid = fc.record(
    {
      amount,
      ledger_id: assetId('ldg_'),
      description: unlimitedText,
      number: unlimitedText,
      metadata_: freeFormObject,
    },
    { requiredKeys: ['amount', 'ledger_id'] },
  );
  return mostly(valid, hostileObject(valid as fc.Arbitrary<Record<string, unknown>>), 6);
})();

/** BillLineChanges: `create_lines` and `delete_lines` (ids of at least one character), both optional. */
const billLineChanges: fc.Arbitrary<unknown> = (() => {
  const valid = fc.record(
    {
      create_lines: mostly(fc.array(billLineCreate, { maxLength: 3 }), wrongType, 10),
      delete_lines: mostly(
        fc.array(
          mostly(fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }), fc.oneof(fc.constant(''), wrongType), 10),
          {
            maxLength: 3,
          },
        ),
        // eslint-disable-next-line no-sparse-arrays -- a hole in an array is the hostile value
        fc.oneof(fc.constant([, 'sparse'] as unknown), wrongType),
        10,
      ),
    },
    { requiredKeys: [] },
  );
  return mostly(valid, hostileObject(valid as fc.Arbitrary<Record<string, unknown>>), 6);
})();

/** BillStatus or null (BillUpdate.status: `oneOf: [BillStatus, null]`). */
const billStatus: fc.Arbitrary<unknown> = mostly(
  fc.constantFrom('open', 'paid', 'voided', null),
  fc.oneof(fc.constantFrom('OPEN', 'uncollectible', 'void', 'paid\n'), wrongType),
);

/** BillUpdate: every field optional, at least one (`minProperties: 1`), no unknown fields. */
const billUpdateBody: fc.Arbitrary<unknown> = (() => {
  const valid = fc
    .record(
      {
        number: mostly(orNull(limitedText(0, 255)), wrongType, 10),
        description: mostly(orNull(limitedText(0, 512)), wrongType, 10),
        due_at: orNull(dateTime),
        issued_at: orNull(dateTime),
        status: billStatus,
        line_changes: billLineChanges,
      },
      { requiredKeys: [] },
    )
    .filter((body) => Object.keys(body).length > 0);
  return mostly(
    valid,
    fc.oneof(hostileObject(valid as fc.Arbitrary<Record<string, unknown>>), fc.constantFrom({}, { number: undefined })),
    6,
  );
})();

export const updateBillRequest: fc.Arbitrary<unknown> = request(
  fc.record({ business_id: assetId('biz_'), bill_id: assetId('bil_') }),
  // updateBill declares no header parameter: any `header` is refused, even an empty one.
  mostly(fc.constant(ABSENT), fc.constantFrom({ 'x-user-id': 'someone@example.com' }, {}, undefined), 10),
  billUpdateBody,
);

// ---------------------------------------------------------------------------------------------
// Mollie: Update sales invoice (PATCH /v2/sales-invoices/{salesInvoiceId})

/** Amount: `currency` `^[A-Z]{3}$`, `value` `^-?[0-9]{1,15}(\.[0-9]{1,4})?$` and at most 20 characters. */
const mollieAmount: fc.Arbitrary<unknown> = (() => {
  const valid = fc.record({
    currency: mostly(fc.stringMatching(/^[A-Z]{3}$/), fc.oneof(fc.constantFrom('eur', 'EU', 'EURO', '€'), wrongType)),
    value: mostly(
      fc.oneof(fc.stringMatching(/^-?[0-9]{1,15}(\.[0-9]{1,4})?$/), fc.constantFrom('0', '-0', '999999999999999.9999')),
      fc.oneof(fc.constantFrom('1,00', '1e5', '.5', '5.', '٣', '1.00\n', ''), EDGE_NUMBERS, wrongType),
    ),
  });
  return mostly(valid, hostileObject(valid as fc.Arbitrary<Record<string, unknown>>));
})();

/** Discount: `type` amount|percentage, `value` a non-negative decimal string; nullable where used. */
const discount: fc.Arbitrary<unknown> = (() => {
  const valid = fc.record({
    type: mostly(fc.constantFrom('amount', 'percentage'), fc.oneof(fc.constant('fixed'), wrongType)),
    value: mostly(fc.stringMatching(/^[0-9]{1,15}(\.[0-9]{1,4})?$/), fc.oneof(fc.constantFrom('-1', '10%'), wrongType)),
  });
  return orNull(mostly(valid, hostileObject(valid as fc.Arbitrary<Record<string, unknown>>), 10));
})();

/** LineItem: description 1–100, integer quantity 1–2^31-1, vatRate 0–99.99 as a string, unitPrice, optional discount. */
const lineItem: fc.Arbitrary<unknown> = (() => {
  const valid = fc.record(
    {
      description: limitedText(1, 100),
      quantity: mostly(
        fc.oneof(fc.integer({ min: 1, max: 2_147_483_647 }), fc.constantFrom(1, 2_147_483_647, 1.0)),
        fc.oneof(fc.constantFrom(0, -1, 2_147_483_648, 1.5, '1'), EDGE_NUMBERS, wrongType),
      ),
      vatRate: mostly(
        fc.oneof(fc.stringMatching(/^[0-9]{1,2}(\.[0-9]{1,2})?$/), fc.constantFrom('0', '99.99', '21.00')),
        fc.oneof(fc.constantFrom('100', '21.000', '-1', '21%', ''), wrongType),
      ),
      unitPrice: mollieAmount,
      discount,
    },
    { requiredKeys: ['description', 'quantity', 'vatRate', 'unitPrice'] },
  );
  return mostly(valid, hostileObject(valid as fc.Arbitrary<Record<string, unknown>>));
})();

/** PersonName: string or null, 2–255 characters, not only digits (`[^0-9]`). */
const personName: fc.Arbitrary<unknown> = mostly(
  orNull(fc.string({ unit: 'binary', minLength: 2, maxLength: 30 })),
  fc.constantFrom('1', '12', '', 'x'.repeat(256)),
);

/** Recipient: RecipientFields plus the consumer rule, or the business rule (a VAT number, an organization number, or both). */
const recipient: fc.Arbitrary<unknown> = (() => {
  const email = mostly(
    fc.oneof(fc.emailAddress(), fc.constantFrom('a@b.co', `${'a'.repeat(308)}@example.org`)),
    fc.oneof(
      fc.constantFrom('not an email', 'a@b', '.a@b.co', 'a..b@c.de', `${'a'.repeat(309)}@example.org`),
      wrongType,
    ),
  );
  const fields = {
    email,
    streetAndNumber: limitedText(1, 255),
    postalCode: limitedText(1, 32),
    city: limitedText(1, 255),
    country: mostly(fc.stringMatching(/^[A-Z]{2}$/), fc.oneof(fc.constantFrom('nl', 'NLD', 'N1'), wrongType)),
    locale: mostly(
      fc.constantFrom('en_US', 'en_GB', 'nl_NL', 'nl_BE', 'de_DE', 'de_AT', 'de_CH', 'fr_FR', 'fr_BE'),
      fc.oneof(fc.constantFrom('nl-NL', 'NL_nl', 'es_ES'), wrongType),
    ),
    title: orNull(limitedText(0, 255)),
    givenName: personName,
    familyName: personName,
    organizationName: orNull(limitedText(0, 255)),
    phone: orNull(limitedText(0, 32)),
    streetAdditional: orNull(limitedText(0, 255)),
    region: orNull(limitedText(0, 255)),
  };
  const required = ['email', 'streetAndNumber', 'postalCode', 'city', 'country', 'locale'] as const;
  const consumer = fc.record({ type: fc.constant('consumer'), ...fields }, { requiredKeys: ['type', ...required] });
  const businessNumber = limitedText(1, 255);
  const business = fc
    .tuple(
      fc.record({ type: fc.constant('business'), ...fields }, { requiredKeys: ['type', ...required] }),
      fc.constantFrom('vat', 'organization', 'both'),
      businessNumber,
      businessNumber,
    )
    .map(([base, which, vatNumber, organizationNumber]) => ({
      ...base,
      ...(which === 'organization' ? {} : { vatNumber }),
      ...(which === 'vat' ? {} : { organizationNumber }),
    }));
  const valid = fc.oneof(consumer, business) as fc.Arbitrary<Record<string, unknown>>;
  return orNull(
    mostly(
      valid,
      fc.oneof(
        hostileObject(valid),
        // A business without either number, and a type outside the enum.
        business.map(({ vatNumber: _v, organizationNumber: _o, ...rest }) => rest as unknown),
        consumer.map((value) => ({ ...value, type: 'company' })),
      ),
      6,
    ),
  );
})();

/** EmailDetails: subject and body, both non-empty strings (no upper limit in the spec). */
const emailDetails = mostly(
  fc.record({ subject: nonEmptyText, body: nonEmptyText }),
  fc.oneof(fc.constantFrom({ subject: '', body: 'b' }, { subject: 's' }), wrongType),
);

/** PaymentDetails: manual (optional reference, at most 255, nullable) or a payment (link) with its reference (1–255). */
const paymentDetails = mostly(
  fc.oneof(
    fc.record(
      { source: fc.constant('manual'), sourceReference: orNull(limitedText(0, 255)) },
      { requiredKeys: ['source'] },
    ),
    fc.record({ source: fc.constantFrom('payment-link', 'payment'), sourceReference: limitedText(1, 255) }),
  ),
  fc.oneof(
    fc.constantFrom(
      { source: 'payment' },
      { source: 'payment-link', sourceReference: '' },
      { source: 'bank' },
      { source: 'manual', extra: 1 },
    ),
    wrongType,
  ),
);

/**
 * SalesInvoiceUpdate: SalesInvoiceUpdateFields (all optional, closed) with exactly one status rule:
 * `paid` needs paymentDetails, `issued` needs emailDetails, draft/cancelled/absent need nothing.
 * `testmode` is valid for the schema but refused with an API key (`x-allowed-credentials`).
 */
const salesInvoiceUpdateBody: fc.Arbitrary<unknown> = (() => {
  const fields = fc.record(
    {
      memo: mostly(orNull(limitedText(0, 5000)), wrongType),
      paymentTerm: mostly(
        fc.constantFrom('7 days', '14 days', '30 days', '45 days', '60 days', '90 days', '120 days', null),
        fc.oneof(fc.constantFrom('15 days', '30', '30 Days'), wrongType),
      ),
      paymentDetails,
      emailDetails: orNull(emailDetails),
      recipientIdentifier: limitedText(1, 255),
      recipient,
      lines: mostly(
        orNull(fc.array(lineItem, { minLength: 1, maxLength: 2 })),
        fc.oneof(fc.constant([]), wrongType),
        10,
      ),
      discount,
      isEInvoice: mostly(fc.boolean(), wrongType),
    },
    { requiredKeys: [] },
  );
  const statusRule = fc.oneof(
    fc.constant({}),
    fc.constantFrom({ status: 'draft' }, { status: 'cancelled' }),
    fc.record({
      status: fc.constant('issued'),
      emailDetails: fc.record({ subject: nonEmptyText, body: nonEmptyText }),
    }),
    fc.record({ status: fc.constant('paid'), paymentDetails }),
  );
  // `testmode` only now and then: with an API key (half the inputs) it refuses the whole request.
  const testmode = fc.oneof(
    { arbitrary: fc.constant({}), weight: 6 },
    { arbitrary: fc.record({ testmode: mostly(fc.boolean(), wrongType) }), weight: 1 },
  );
  const valid = fc
    .tuple(fields, statusRule, testmode)
    .map(([body, rule, mode]) => ({ ...body, ...rule, ...mode }) as Record<string, unknown>)
    .filter((body) => Object.keys(body).length > 0);
  return mostly(
    valid,
    fc.oneof(
      hostileObject(valid),
      // A status without the details it needs, a status outside the enum, and Mollie's free-form
      // `metadata`, which this operation does not take, with prototype keys.
      fc.constantFrom<unknown>(
        { status: 'paid' },
        { status: 'issued' },
        { status: 'issued', emailDetails: null },
        { status: 'open' },
        { status: 'PAID', paymentDetails: { source: 'manual' } },
        {},
      ),
      fc.constantFrom(...PROTOTYPE_KEY_OBJECTS).map((metadata) => ({ memo: 'x', metadata }) as unknown),
    ),
    8,
  );
})();

export const updateSalesInvoiceRequest: fc.Arbitrary<unknown> = request(
  fc.record({ salesInvoiceId: salesInvoiceId() }),
  mostly(
    fc.oneof(fc.constant(ABSENT), fc.record({ 'Idempotency-Key': idempotencyKey })),
    fc.oneof(fc.constantFrom({ 'idempotency-key': 'k-1' }, { 'x-user-id': 'a@b.co' }), wrongType),
    15,
  ),
  salesInvoiceUpdateBody,
);
