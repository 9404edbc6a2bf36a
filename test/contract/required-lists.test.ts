// Required lists: the whole list, so that a field made required by mistake fails as well.
// Sources are cited per row; the legend and the shared model: test/helpers/contract-places.ts.
import { describe, expect, it } from 'vitest';
import {
  type Place,
  specOf,
  rootOf,
  where,
  titled,
  INVOICE_STATUS,
  INVOICE_200,
  BILL_BODY,
  BILL_200,
  MOLLIE_BODY,
  MOLLIE_200,
  MOLLIE_ERRORS,
} from '../helpers/contract-places.js';

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
