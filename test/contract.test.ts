import { describe, expect, it } from 'vitest';
import { loadSpec, type Json, type Schema } from './helpers/spec.js';

/*
 * Contract test: every field, enum value and required flag that the provider documentation names
 * is present in openapi/*.yaml with the documented type. The expectations are written out here
 * from the documentation the specs were written from; nothing is read from that documentation at
 * run time. Each group cites its source:
 *   seed 000 = Asset "Update Invoice Status" page (000_bdc77c5a1bacc101.txt)
 *   seed 001 = Asset "Update a Bill" page (001_b25bca8e1c1878b6.txt)
 *   seed 004 = Mollie "Update sales invoice" page (004_0c2019d30d4d3e51.txt)
 *   asset-api.md §n / mollie-api.md §n = the research notes on those APIs, by section.
 * A flag left out of a row (nullable, required) is one the documentation does not settle.
 */

const SPECS = { asset: loadSpec('asset'), mollie: loadSpec('mollie') };
const PROVIDER = { updateInvoiceStatus: 'asset', updateBill: 'asset', updateSalesInvoice: 'mollie' } as const;
type Op = keyof typeof PROVIDER;
/** Asset answers JSON; Mollie answers HAL (mollie-api.md §1 and §4). Both take JSON bodies. */
const RESPONSE_MEDIA = { asset: 'application/json', mollie: 'application/hal+json' } as const;

/** Where a row looks: 'body' is the request body, anything else a response status code. */
interface Place {
  op: Op;
  at: string;
}

function specOf(op: Op) {
  return SPECS[PROVIDER[op]];
}

function rootOf({ op, at }: Place): Schema {
  const media = at === 'body' ? 'application/json' : RESPONSE_MEDIA[PROVIDER[op]];
  return specOf(op).bodySchema(op, at, media);
}

function where({ op, at }: Place, fieldPath: string): string {
  return `${PROVIDER[op]} ${op} ${at} ${fieldPath || '(root)'}`;
}

/** Rows as [title, row] pairs, so `%s` prints the title in full (`$title` quotes and truncates it). */
const titled = <T extends { title: string }>(rows: readonly T[]): [string, T][] => rows.map((row) => [row.title, row]);

const sorted = (values: readonly Json[]): string[] => values.map(String).sort();
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// ---------------------------------------------------------------------------------------------
// Field rows: a field exists, has the documented JSON type and, where documented, nullability,
// required flag, identifier prefix and limits.

type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'date-time' | 'any';
const LIMITS = ['minLength', 'maxLength', 'minimum', 'maximum', 'default'] as const;

interface FieldFacts {
  nullable?: boolean;
  required?: boolean;
  /** The identifier prefix: `x-id-prefix` and the start of `pattern`. */
  prefix?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: Json;
}

interface FieldRow extends Place, FieldFacts {
  path: string;
  type: Kind;
  title: string;
}

type Field = [path: string, type: Kind, facts?: FieldFacts];

function fields(place: Place, base: string, list: readonly Field[]): FieldRow[] {
  return list.map(([name, type, facts = {}]) => {
    const path = base && name ? `${base}.${name}` : base || name;
    const typeText =
      (facts.prefix ? `string (${facts.prefix} id)` : type === 'any' ? 'untyped' : type) +
      (facts.nullable ? ' | null' : '');
    const notes = [
      ...(facts.required === undefined ? [] : [facts.required ? 'required' : 'optional']),
      ...(facts.nullable === false ? ['not null'] : []),
      ...LIMITS.filter((key) => facts[key] !== undefined).map((key) => `${key} ${JSON.stringify(facts[key])}`),
    ];
    const title = `${where(place, path)} is ${typeText}${notes.length ? `, ${notes.join(', ')}` : ''}`;
    return { ...place, ...facts, path, type, title };
  });
}

const req = { required: true, nullable: false } as const;
const opt = { required: false } as const;
const optNull = { required: false, nullable: true } as const;

const INVOICE_STATUS: Place = { op: 'updateInvoiceStatus', at: 'body' };
const INVOICE_200: Place = { op: 'updateInvoiceStatus', at: '200' };
const BILL_BODY: Place = { op: 'updateBill', at: 'body' };
const BILL_200: Place = { op: 'updateBill', at: '200' };
const MOLLIE_BODY: Place = { op: 'updateSalesInvoice', at: 'body' };
const MOLLIE_200: Place = { op: 'updateSalesInvoice', at: '200' };
const MOLLIE_ERRORS: Place[] = ['404', '422', '429'].map((at) => ({ op: 'updateSalesInvoice', at }));

/** Recipient fields with their documented types (mollie-api.md §2 "sales-invoice-recipient"). */
const RECIPIENT_REQUIRED_STRINGS = ['email', 'streetAndNumber', 'postalCode', 'city', 'country'];
const RECIPIENT_OPTIONAL_NULLABLE = [
  'title',
  'givenName',
  'familyName',
  'organizationName',
  'organizationNumber',
  'vatNumber',
  'phone',
  'streetAdditional',
  'region',
];

/** A Mollie `amount` (mollie-api.md §2 "amount"): required currency and value strings. */
const amountFields = (name: string, facts: FieldFacts = {}): Field[] => [
  [name, 'object', facts],
  [`${name}.currency`, 'string', req],
  [`${name}.value`, 'string', req],
];

/** A Mollie `url` link object (mollie-api.md §3 `_links`): required href and type strings. */
const linkFields = (name: string, facts: FieldFacts): Field[] => [
  [name, 'object', facts],
  [`${name}.href`, 'string', { required: true }],
  [`${name}.type`, 'string', { required: true }],
];

const fieldRows: FieldRow[] = [
  // seed 000 "Body": status, enum<string>, required. asset-api.md §5.
  ...fields(INVOICE_STATUS, '', [['status', 'string', req]]),

  // seed 000 "Response": data, InvoicePublic object, required.
  ...fields(INVOICE_200, '', [['data', 'object', req]]),
  // seed 000 response example; types, limits and flags from asset-api.md §5 (InvoicePublic, [SINV]).
  ...fields(INVOICE_200, 'data', [
    ['business_id', 'string', { ...req, prefix: 'biz_' }],
    ['number', 'string', { ...req, maxLength: 255 }],
    ['description', 'string', { ...req, maxLength: 512 }],
    ['total_amount', 'number', req],
    ['source', 'string', req],
    ['due_at', 'date-time', req],
    ['sent_at', 'date-time', req],
    ['status', 'string', req],
    ['id', 'string', { ...req, prefix: 'inv_' }],
    ['customer_id', 'string', { ...req, prefix: 'cus_' }],
    ['total_paid', 'number', { required: false, nullable: false, default: 0 }],
    ['voided_at', 'date-time', optNull],
    ['credit_amount', 'number', optNull],
    ['metadata_', 'object', { required: false, nullable: false }],
    ['lines', 'array', optNull],
    ['payments', 'array', optNull],
  ]),
  // seed 000 example `lines[]` (InvoiceLinePublic); asset-api.md §5: ledger_id is ldg_, is_prepayment
  // boolean; required/nullable not documented.
  ...fields(INVOICE_200, 'data.lines[]', [
    ['', 'object'],
    ['description', 'string'],
    ['ledger_id', 'string', { prefix: 'ldg_' }],
    ['unit_price', 'number'],
    ['quantity', 'number'],
    ['id', 'string'],
    ['invoice_id', 'string'],
    ['discount_amount', 'number'],
    ['discount_rate', 'number'],
    ['tax_amount', 'number'],
    ['tax_rate', 'number'],
    ['is_prepayment', 'boolean'],
    ['metadata_', 'object'],
  ]),
  // seed 000 example `payments[]` (InvoicePaymentPublic); asset-api.md §5: datetime date-time,
  // payment_amount number, `invoice` rendered "<unknown>" (no type).
  ...fields(INVOICE_200, 'data.payments[]', [
    ['', 'object'],
    ['invoice_id', 'string'],
    ['transaction_id', 'string'],
    ['payment_id', 'string'],
    ['datetime', 'date-time'],
    ['payment_amount', 'number'],
    ['id', 'string'],
    ['invoice', 'any'],
  ]),

  // seed 001 "Body": every field is `T | null` and none is marked required, except line_changes
  // ("BillLineChanges · object"). asset-api.md §6.
  ...fields(BILL_BODY, '', [
    ['number', 'string', optNull],
    ['description', 'string', optNull],
    ['due_at', 'date-time', optNull],
    ['issued_at', 'date-time', optNull],
    ['status', 'string', optNull],
    ['line_changes', 'object', { required: false, nullable: false }],
    ['line_changes.create_lines', 'array'],
    ['line_changes.delete_lines', 'array'],
    ['line_changes.delete_lines[]', 'string'],
  ]),
  // seed 001 body example `create_lines[]`; asset-api.md §6 (amount is a number).
  ...fields(BILL_BODY, 'line_changes.create_lines[]', [
    ['', 'object'],
    ['description', 'string'],
    ['number', 'string'],
    ['amount', 'number'],
    ['ledger_id', 'string'],
    ['metadata_', 'object'],
  ]),

  // seed 001 "Response": data, BillPublic object, required.
  ...fields(BILL_200, '', [['data', 'object', req]]),
  // seed 001 response example; types, limits and flags from asset-api.md §6 (BillPublic, [SBIL]).
  ...fields(BILL_200, 'data', [
    ['business_id', 'string', { ...req, prefix: 'biz_' }],
    ['vendor_id', 'string', { ...req, prefix: 'ven_' }],
    ['number', 'string', { ...req, maxLength: 255 }],
    ['description', 'string', { ...req, maxLength: 512 }],
    ['total_amount', 'number', req],
    ['total_paid', 'number', req],
    ['due_at', 'date-time', req],
    ['issued_at', 'date-time', req],
    ['status', 'string', req],
    ['id', 'string', { ...req, prefix: 'bil_' }],
    ['voided_at', 'date-time', optNull],
    ['metadata_', 'object', { required: false, nullable: false }],
    ['lines', 'array', optNull],
    ['payments', 'array', optNull],
  ]),
  // seed 001 example `lines[]` (BillLinePublic; the example ledger_id is ldg_) and `payments[]`
  // (BillPaymentPublic; `bill` rendered "<unknown>"). asset-api.md §6: flags not documented.
  ...fields(BILL_200, 'data.lines[]', [
    ['', 'object'],
    ['description', 'string'],
    ['number', 'string'],
    ['ledger_id', 'string', { prefix: 'ldg_' }],
    ['amount', 'number'],
    ['id', 'string'],
    ['bill_id', 'string'],
    ['metadata_', 'object'],
  ]),
  ...fields(BILL_200, 'data.payments[]', [
    ['', 'object'],
    ['bill_id', 'string'],
    ['transaction_id', 'string'],
    ['payment_id', 'string'],
    ['datetime', 'date-time'],
    ['payment_amount', 'number'],
    ['id', 'string'],
    ['bill', 'any'],
  ]),

  // seed 004 "Body Params" (type shown per field, `| null` where nullable); nested objects from
  // mollie-api.md §2 "Nested schemas".
  ...fields(MOLLIE_BODY, '', [
    ['testmode', 'boolean', { required: false, nullable: false }],
    ['status', 'string', { required: false, nullable: false }],
    ['memo', 'string', optNull],
    ['paymentTerm', 'string', optNull],
    ['paymentDetails', 'object', { required: false, nullable: false }],
    ['paymentDetails.source', 'string', req],
    ['paymentDetails.sourceReference', 'string', { nullable: true }],
    ['emailDetails', 'object', optNull],
    ['emailDetails.subject', 'string', req],
    ['emailDetails.body', 'string', req],
    ['recipientIdentifier', 'string', { required: false, nullable: false }],
    ['recipient', 'object', optNull],
    ['recipient.type', 'string', req],
    ['recipient.locale', 'string', req],
    ...RECIPIENT_REQUIRED_STRINGS.map((name): Field => [`recipient.${name}`, 'string', req]),
    ...RECIPIENT_OPTIONAL_NULLABLE.map((name): Field => [`recipient.${name}`, 'string', optNull]),
    ['lines', 'array', optNull],
    ['lines[]', 'object'],
    ['lines[].description', 'string', { ...req, maxLength: 100 }],
    ['lines[].quantity', 'integer', { ...req, minimum: 1 }],
    ['lines[].vatRate', 'string', req],
    ...amountFields('lines[].unitPrice', req),
    ['lines[].discount', 'object', optNull],
    ['lines[].discount.type', 'string', req],
    ['lines[].discount.value', 'string', req],
    ['discount', 'object', optNull],
    ['discount.type', 'string', req],
    ['discount.value', 'string', req],
    ['isEInvoice', 'boolean', { required: false, nullable: false }],
  ]),

  // mollie-api.md §3 (sales-invoice-response): required resource, id, mode; field types per its table.
  ...fields(MOLLIE_200, '', [
    ['resource', 'string', req],
    ['id', 'string', { ...req, prefix: 'invoice_' }],
    ['mode', 'string', req],
    ['status', 'string'],
    ['invoiceNumber', 'string', { nullable: true }],
    ['profileId', 'string', { nullable: true }],
    ['eInvoiceStatus', 'string'],
    ['vatScheme', 'string'],
    ['vatMode', 'string'],
    ['memo', 'string', { nullable: true }],
    ['metadata', 'object', { nullable: true }],
    ['paymentTerm', 'string', { nullable: true }],
    ['paymentDetails', 'array'],
    ['paymentDetails[]', 'object'],
    ['paymentDetails[].source', 'string'],
    ['paymentDetails[].sourceReference', 'string', { nullable: true }],
    ['emailDetails', 'object', { nullable: true }],
    ['emailDetails.subject', 'string'],
    ['emailDetails.body', 'string'],
    ['customerId', 'string'],
    ['mandateId', 'string'],
    ['recipientIdentifier', 'string'],
    ['recipient', 'object', { nullable: true }],
    ['recipient.type', 'string'],
    ...RECIPIENT_REQUIRED_STRINGS.map((name): Field => [`recipient.${name}`, 'string', { nullable: false }]),
    ...RECIPIENT_OPTIONAL_NULLABLE.map((name): Field => [`recipient.${name}`, 'string', { nullable: true }]),
    ['lines', 'array', { nullable: true }],
    ['lines[].description', 'string'],
    ['lines[].quantity', 'integer'],
    ['lines[].vatRate', 'string'],
    ...amountFields('lines[].unitPrice'),
    ['lines[].discount', 'object', { nullable: true }],
    ['discount', 'object', { nullable: true }],
    ['discount.type', 'string'],
    ['discount.value', 'string'],
    ['isEInvoice', 'boolean'],
    ...['amountDue', 'subtotalAmount', 'totalAmount', 'totalVatAmount', 'discountedSubtotalAmount'].flatMap((name) =>
      amountFields(name, { nullable: false }),
    ),
    ['createdAt', 'date-time', { nullable: false }],
    ['issuedAt', 'date-time', { nullable: true }],
    ['paidAt', 'date-time', { nullable: true }],
    ['dueAt', 'date-time', { nullable: true }],
    ['_links', 'object'],
    ...['self', 'invoicePayment', 'documentation'].flatMap((name) => linkFields(`_links.${name}`, { nullable: false })),
    ...['pdfLink', 'next', 'previous'].flatMap((name) => linkFields(`_links.${name}`, { nullable: true })),
  ]),

  // mollie-api.md §4 (error-response), declared for 404, 422 and 429 (§1 "Declared responses").
  ...MOLLIE_ERRORS.flatMap((place) =>
    fields(place, '', [
      ['status', 'integer', { ...req, minimum: 400, maximum: 599 }],
      ['title', 'string', req],
      ['detail', 'string', req],
      ['field', 'string', opt],
      ['_links', 'object', req],
      ['_links.documentation', 'object', req],
      ['_links.documentation.href', 'string', req],
      ['_links.documentation.type', 'string', req],
    ]),
  ),
];

describe('fields', () => {
  it.each(titled(fieldRows))('%s', (_title, row) => {
    const spec = specOf(row.op);
    const root = rootOf(row);
    const schema = spec.schemaAt(root, row.path);
    const label = where(row, row.path);
    if (row.type === 'any') {
      expect(spec.types(schema), `${label}: documented without a type, so any value`).toEqual([]);
    } else {
      expect(spec.valueTypes(schema), `${label} type`).toEqual([row.type === 'date-time' ? 'string' : row.type]);
    }
    if (row.type === 'date-time') expect(spec.keyword(schema, 'format'), `${label} format`).toBe('date-time');
    if (row.nullable !== undefined) expect(spec.allowsNull(schema), `${label} accepts null`).toBe(row.nullable);
    if (row.required !== undefined) expect(spec.requiredAt(root, row.path), `${label} is required`).toBe(row.required);
    if (row.prefix !== undefined) {
      expect(spec.keyword(schema, 'x-id-prefix'), `${label} x-id-prefix`).toBe(row.prefix);
      expect(String(spec.keyword(schema, 'pattern')), `${label} pattern`).toMatch(
        new RegExp(`^\\^${escapeRegExp(row.prefix)}`),
      );
    }
    for (const key of LIMITS) {
      if (row[key] !== undefined) expect(spec.keyword(schema, key), `${label} ${key}`).toEqual(row[key]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Enum rows. Request enums are closed (`enum`/`const`); response enums list the known values in
// `x-extensible-enum` so that a value the provider adds later still validates.

interface EnumRow extends Place {
  path: string;
  values: string[];
  /** true: exactly these values; false: at least these. */
  exact: boolean;
  kind: 'closed' | 'extensible';
  title: string;
}

function enumRow(place: Place, path: string, values: string[], exact = true): EnumRow {
  const kind = place.at === 'body' ? 'closed' : 'extensible';
  const how = exact ? 'has exactly' : 'includes';
  const keyword = kind === 'closed' ? 'enum' : 'x-extensible-enum';
  const title = `${where(place, path)} ${how} ${values.join(', ')} (${keyword})`;
  return { ...place, path, values, exact, kind, title };
}

const INVOICE_STATUSES = ['open', 'paid', 'uncollectible', 'voided', 'refunded', 'partially_refunded'];
const BILL_STATUSES = ['open', 'paid', 'voided'];
const PAYMENT_TERMS = ['7 days', '14 days', '30 days', '45 days', '60 days', '90 days', '120 days'];
const PAYMENT_SOURCES = ['manual', 'payment-link', 'payment'];
const LOCALES = ['en_US', 'en_GB', 'nl_NL', 'nl_BE', 'de_DE', 'de_AT', 'de_CH', 'fr_FR', 'fr_BE'];

const enumRows: EnumRow[] = [
  // seed 000 "Available options"; asset-api.md §5 (response status: "the 6 values above", source manual/stripe).
  enumRow(INVOICE_STATUS, 'status', INVOICE_STATUSES),
  enumRow(INVOICE_200, 'data.status', INVOICE_STATUSES),
  enumRow(INVOICE_200, 'data.source', ['manual', 'stripe']),
  // seed 001 "Available options"; asset-api.md §6 (BillPublic status open|paid|voided).
  enumRow(BILL_BODY, 'status', BILL_STATUSES),
  enumRow(BILL_200, 'data.status', BILL_STATUSES),
  // seed 004 "Possible values" for status and paymentTerm.
  enumRow(MOLLIE_BODY, 'status', ['draft', 'issued', 'paid'], false),
  enumRow(MOLLIE_BODY, 'paymentTerm', PAYMENT_TERMS),
  // mollie-api.md §2: status adds cancelled (changelog); nested enums.
  enumRow(MOLLIE_BODY, 'status', ['draft', 'issued', 'paid', 'cancelled']),
  enumRow(MOLLIE_BODY, 'paymentDetails.source', PAYMENT_SOURCES),
  enumRow(MOLLIE_BODY, 'recipient.type', ['consumer', 'business']),
  enumRow(MOLLIE_BODY, 'recipient.locale', LOCALES),
  enumRow(MOLLIE_BODY, 'lines[].discount.type', ['amount', 'percentage']),
  enumRow(MOLLIE_BODY, 'discount.type', ['amount', 'percentage']),
  // mollie-api.md §3: status lists draft, issued, paid and more are announced, so "at least".
  enumRow(MOLLIE_200, 'status', ['draft', 'issued', 'paid'], false),
  enumRow(MOLLIE_200, 'mode', ['live', 'test']),
  enumRow(MOLLIE_200, 'eInvoiceStatus', ['issuing', 'issued', 'failed']),
  enumRow(MOLLIE_200, 'vatScheme', ['standard', 'one-stop-shop']),
  enumRow(MOLLIE_200, 'vatMode', ['exclusive', 'inclusive']),
  enumRow(MOLLIE_200, 'paymentTerm', PAYMENT_TERMS),
  enumRow(MOLLIE_200, 'paymentDetails[].source', PAYMENT_SOURCES),
  enumRow(MOLLIE_200, 'recipient.type', ['consumer', 'business']),
  enumRow(MOLLIE_200, 'discount.type', ['amount', 'percentage']),
];

describe('enums', () => {
  it.each(titled(enumRows))('%s', (_title, row) => {
    const spec = specOf(row.op);
    const schema = spec.schemaAt(rootOf(row), row.path);
    const label = where(row, row.path);
    const actual = spec.enumValues(schema);
    if (row.exact) expect(sorted(actual), `${label} values`).toEqual(sorted(row.values));
    else expect(actual, `${label} values`).toEqual(expect.arrayContaining(row.values));
    expect(spec.enumKind(schema), `${label} enum kind`).toBe(row.kind);
  });
});

// ---------------------------------------------------------------------------------------------
// Required lists: the whole list, so that a field made required by mistake fails as well.

interface RequiredRow extends Place {
  path: string;
  names: string[];
  title: string;
}

function requiredRow(place: Place, path: string, names: string[]): RequiredRow {
  return { ...place, path, names, title: `${where(place, path)} requires exactly [${names.join(', ')}]` };
}

const requiredRows: RequiredRow[] = [
  requiredRow(INVOICE_STATUS, '', ['status']), // seed 000
  requiredRow(INVOICE_200, '', ['data']), // seed 000
  // asset-api.md §5 ([SINV] required list)
  requiredRow(INVOICE_200, 'data', [
    'business_id',
    'number',
    'description',
    'total_amount',
    'source',
    'due_at',
    'sent_at',
    'status',
    'id',
    'customer_id',
  ]),
  requiredRow(BILL_BODY, '', []), // seed 001: no body field is marked required
  requiredRow(BILL_200, '', ['data']), // seed 001
  // asset-api.md §6 ([SBIL] required list)
  requiredRow(BILL_200, 'data', [
    'business_id',
    'vendor_id',
    'number',
    'description',
    'total_amount',
    'total_paid',
    'due_at',
    'issued_at',
    'status',
    'id',
  ]),
  // mollie-api.md §2: nothing required at the top level; nested required lists.
  requiredRow(MOLLIE_BODY, '', []),
  requiredRow(MOLLIE_BODY, 'paymentDetails', ['source']),
  requiredRow(MOLLIE_BODY, 'emailDetails', ['subject', 'body']),
  requiredRow(MOLLIE_BODY, 'recipient', [
    'type',
    'email',
    'streetAndNumber',
    'postalCode',
    'city',
    'country',
    'locale',
  ]),
  requiredRow(MOLLIE_BODY, 'lines[]', ['description', 'quantity', 'vatRate', 'unitPrice']),
  requiredRow(MOLLIE_BODY, 'lines[].unitPrice', ['currency', 'value']),
  requiredRow(MOLLIE_BODY, 'lines[].discount', ['type', 'value']),
  requiredRow(MOLLIE_BODY, 'discount', ['type', 'value']),
  // mollie-api.md §3
  requiredRow(MOLLIE_200, '', ['resource', 'id', 'mode']),
  // mollie-api.md §4
  ...MOLLIE_ERRORS.map((place) => requiredRow(place, '', ['status', 'title', 'detail', '_links'])),
  ...MOLLIE_ERRORS.map((place) => requiredRow(place, '_links.documentation', ['href', 'type'])),
];

describe('required lists', () => {
  it.each(titled(requiredRows))('%s', (_title, row) => {
    const spec = specOf(row.op);
    const schema = spec.schemaAt(rootOf(row), row.path);
    expect(spec.required(schema), `${where(row, row.path)} required`).toEqual([...row.names].sort());
  });
});

// ---------------------------------------------------------------------------------------------
// Parameters.

interface ParameterRow {
  op: Op;
  in: 'path' | 'header';
  name: string;
  required: boolean;
  prefix?: string;
  title: string;
}

function parameterRow(op: Op, location: 'path' | 'header', name: string, required: boolean, prefix?: string) {
  const flag = required ? 'required' : 'optional';
  const title = `${PROVIDER[op]} ${op} ${location} ${name} is ${flag} string${prefix ? ` (${prefix} id)` : ''}`;
  return { op, in: location, name, required, ...(prefix ? { prefix } : {}), title } satisfies ParameterRow;
}

const parameterRows: ParameterRow[] = [
  // seed 000 "Path Parameters" (string<biz_string>, string<inv_string>) and "Headers" (x-user-id).
  parameterRow('updateInvoiceStatus', 'path', 'business_id', true, 'biz_'),
  parameterRow('updateInvoiceStatus', 'path', 'invoice_id', true, 'inv_'),
  parameterRow('updateInvoiceStatus', 'header', 'x-user-id', false),
  // seed 001 "Path Parameters" (string<biz_string>, string<bil_string>).
  parameterRow('updateBill', 'path', 'business_id', true, 'biz_'),
  parameterRow('updateBill', 'path', 'bill_id', true, 'bil_'),
  // seed 004 "Path Params"; mollie-api.md §1 (salesInvoiceId `^invoice_.+$`, optional idempotency-key).
  parameterRow('updateSalesInvoice', 'path', 'salesInvoiceId', true, 'invoice_'),
  parameterRow('updateSalesInvoice', 'header', 'Idempotency-Key', false),
];

describe('parameters', () => {
  it.each(titled(parameterRows))('%s', (_title, row) => {
    const spec = specOf(row.op);
    const parameter = spec.parameter(row.op, row.in, row.name);
    const label = `${PROVIDER[row.op]} ${row.op} ${row.in} ${row.name}`;
    expect(parameter['required'] === true, `${label} required`).toBe(row.required);
    const schema = spec.resolve(parameter['schema']);
    expect(spec.valueTypes(schema), `${label} type`).toEqual(['string']);
    if (row.prefix !== undefined) {
      expect(spec.keyword(schema, 'x-id-prefix'), `${label} x-id-prefix`).toBe(row.prefix);
      expect(String(spec.keyword(schema, 'pattern')), `${label} pattern`).toMatch(
        new RegExp(`^\\^${escapeRegExp(row.prefix)}`),
      );
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Media types.

interface MediaRow extends Place {
  media: string;
  title: string;
}

const mediaRow = (place: Place, media: string): MediaRow => ({
  ...place,
  media,
  title: `${PROVIDER[place.op]} ${place.op} ${place.at} is served as ${media}`,
});

const mediaRows: MediaRow[] = [
  mediaRow(INVOICE_STATUS, 'application/json'), // seed 000 "Body application/json"
  mediaRow(BILL_BODY, 'application/json'), // seed 001 "Body application/json"
  mediaRow(MOLLIE_BODY, 'application/json'), // mollie-api.md §1 request media type
  mediaRow(MOLLIE_200, 'application/hal+json'), // seed 004 "application/hal+json"; mollie-api.md §1
  ...MOLLIE_ERRORS.map((place) => mediaRow(place, 'application/hal+json')), // mollie-api.md §4
];

describe('media types', () => {
  it.each(titled(mediaRows))('%s', (_title, row) => {
    const spec = specOf(row.op);
    expect(spec.mediaTypes(row.op, row.at), `${row.op} ${row.at} media types`).toContain(row.media);
    expect(spec.valueTypes(spec.bodySchema(row.op, row.at, row.media)), `${row.op} ${row.at} schema`).toEqual([
      'object',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Conditional rules, written as `oneOf` branches: the branch selected by a field's values must
// require the dependent fields.

interface RuleRow extends Place {
  path: string;
  when: { field: string; values: string[] };
  requires: string[];
  /** Fields this branch must not require. */
  optional?: string[];
  title: string;
}

function ruleRow(place: Place, path: string, when: RuleRow['when'], requires: string[], optional?: string[]): RuleRow {
  const branch = `the branch where ${when.field} is ${when.values.join('|')}`;
  const but = optional ? ` but not ${optional.join(', ')}` : '';
  const title = `${where(place, path)}: ${branch} requires ${requires.join(', ')}${but}`;
  return { ...place, path, when, requires, ...(optional ? { optional } : {}), title };
}

const ruleRows: RuleRow[] = [
  // seed 004: "paymentDetails for paid", "emailDetails for issued"; mollie-api.md §2.
  ruleRow(MOLLIE_BODY, '', { field: 'status', values: ['paid'] }, ['status', 'paymentDetails']),
  ruleRow(MOLLIE_BODY, '', { field: 'status', values: ['issued'] }, ['status', 'emailDetails']),
  // mollie-api.md §2 "sales-invoice-payment-details": sourceReference required for payment-link or payment.
  ruleRow(MOLLIE_BODY, 'paymentDetails', { field: 'source', values: ['payment-link', 'payment'] }, [
    'source',
    'sourceReference',
  ]),
  ruleRow(MOLLIE_BODY, 'paymentDetails', { field: 'source', values: ['manual'] }, ['source'], ['sourceReference']),
];

describe('conditional rules', () => {
  it.each(titled(ruleRows))('%s', (_title, row) => {
    const spec = specOf(row.op);
    const label = where(row, row.path);
    const branches = spec.branches(spec.schemaAt(rootOf(row), row.path));
    const selectorValues = (branch: Schema): string[] => {
      const selector = spec.property(branch, row.when.field);
      return selector ? sorted(spec.enumValues(selector)) : [];
    };
    const matching = branches.filter((branch) => selectorValues(branch).join() === sorted(row.when.values).join());
    expect(
      matching.length,
      `${label}: branches by ${row.when.field}: ${JSON.stringify(branches.map(selectorValues))}`,
    ).toBe(1);
    const required = spec.required(matching[0]!);
    expect(required, `${label}: required in that branch`).toEqual(expect.arrayContaining(row.requires));
    for (const name of row.optional ?? []) expect(required, `${label}: required in that branch`).not.toContain(name);
  });
});

// ---------------------------------------------------------------------------------------------
// Security and servers.

interface SecurityRow {
  op: Op;
  credential: string;
  type: 'oauth2' | 'http';
  /** Exact scopes the operation asks for with this credential; undefined when not documented. */
  scopes?: string[];
  flow?: { name: string; tokenUrlEndsWith: string; authorizationUrl?: string };
  title: string;
}

const securityRows: SecurityRow[] = [
  // seed 000/001 "Authorizations" (OAuth 2.0 bearer token); asset-api.md §2 (client credentials at
  // POST /v0/auth/token). The seed version shows no scope, so scopes are not checked.
  ...(['updateInvoiceStatus', 'updateBill'] as const).map((op): SecurityRow => ({
    op,
    credential: 'OAuth 2.0 client credentials token',
    type: 'oauth2',
    flow: { name: 'clientCredentials', tokenUrlEndsWith: '/v0/auth/token' },
    title: `asset ${op} accepts an oauth2 clientCredentials token from /v0/auth/token`,
  })),
  // seed 004 "Access with"; mollie-api.md §1 "Security".
  {
    op: 'updateSalesInvoice',
    credential: 'API key',
    type: 'http',
    scopes: [],
    title: 'mollie updateSalesInvoice accepts an API key (http bearer, no scope)',
  },
  {
    op: 'updateSalesInvoice',
    credential: 'organization access token',
    type: 'http',
    scopes: ['sales-invoices.write'],
    title: 'mollie updateSalesInvoice accepts an organization access token (http bearer) with sales-invoices.write',
  },
  {
    op: 'updateSalesInvoice',
    credential: 'OAuth access token',
    type: 'oauth2',
    scopes: ['sales-invoices.write'],
    flow: {
      name: 'authorizationCode',
      tokenUrlEndsWith: 'https://api.mollie.com/oauth2/tokens',
      authorizationUrl: 'https://my.mollie.com/oauth2/authorize',
    },
    title: 'mollie updateSalesInvoice accepts OAuth (authorizationCode) with sales-invoices.write',
  },
];

describe('security', () => {
  it.each(titled(securityRows))('%s', (_title, row) => {
    const spec = specOf(row.op);
    const requirements = spec.security(row.op);
    const label = `${PROVIDER[row.op]} ${row.op} ${row.credential}`;
    const matching = requirements.filter((requirement) => {
      const names = Object.keys(requirement);
      if (names.length !== 1) return false;
      const scheme = spec.securityScheme(names[0]!);
      if (scheme['type'] !== row.type || (row.type === 'http' && scheme['scheme'] !== 'bearer')) return false;
      return row.scopes === undefined || JSON.stringify(requirement[names[0]!]) === JSON.stringify(row.scopes);
    });
    expect(matching.length, `${label}: one matching requirement in ${JSON.stringify(requirements)}`).toBe(1);
    if (row.flow) {
      const scheme = spec.securityScheme(Object.keys(matching[0]!)[0]!);
      const flows = spec.resolve(scheme['flows']);
      const flow = spec.resolve(flows[row.flow.name] ?? null);
      expect(String(flow['tokenUrl']), `${label} tokenUrl`).toMatch(
        new RegExp(`${escapeRegExp(row.flow.tokenUrlEndsWith)}$`),
      );
      if (row.flow.authorizationUrl !== undefined) {
        expect(flow['authorizationUrl'], `${label} authorizationUrl`).toBe(row.flow.authorizationUrl);
      }
    }
  });
});

// asset-api.md §1 (servers); mollie-api.md §1 (server).
const serverRows = (
  [
    { provider: 'asset', url: 'https://api.sandbox.getasset.com' },
    { provider: 'asset', url: 'https://api.getasset.com' },
    { provider: 'mollie', url: 'https://api.mollie.com' },
  ] as const
).map((row) => ({ ...row, title: `${row.provider} servers include ${row.url}` }));

describe('servers', () => {
  it.each(titled(serverRows))('%s', (_title, { provider, url }) => {
    const servers = SPECS[provider].doc['servers'];
    const urls = (Array.isArray(servers) ? servers : []).map((server) => SPECS[provider].resolve(server)['url']);
    expect(urls, `${provider} servers`).toContain(url);
  });
});
