// Enum rows. Request enums are closed (`enum`/`const`); response enums list the known values in
// `x-extensible-enum` so that a value the provider adds later still validates.
// Sources are cited per row; the legend and the shared model: test/helpers/contract-places.ts.
import { describe, expect, it } from 'vitest';
import {
  type Place,
  specOf,
  rootOf,
  where,
  titled,
  sorted,
  INVOICE_STATUS,
  INVOICE_200,
  BILL_BODY,
  BILL_200,
  MOLLIE_BODY,
  MOLLIE_200,
} from '../helpers/contract-places.js';

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
