// Field rows: a field exists, has the documented JSON type and, where documented, nullability,
// required flag, identifier prefix and limits.
// Sources are cited per row; the legend and the shared model: test/helpers/contract-places.ts.
import { describe, expect, it } from 'vitest';
import type { Json } from '../helpers/spec.js';
import {
  type Place,
  specOf,
  rootOf,
  where,
  titled,
  escapeRegExp,
  INVOICE_STATUS,
  INVOICE_200,
  BILL_BODY,
  BILL_200,
  MOLLIE_BODY,
  MOLLIE_200,
  MOLLIE_ERRORS,
} from '../helpers/contract-places.js';

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
    // mollie-api.md §3: ISO 8601 text with no `format` keyword, so plain strings.
    ['createdAt', 'string', { nullable: false }],
    ['issuedAt', 'string', { nullable: true }],
    ['paidAt', 'string', { nullable: true }],
    ['dueAt', 'string', { nullable: true }],
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
