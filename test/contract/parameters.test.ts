// Parameters: each path and header parameter the documentation names, required or optional, and
// the identifier prefix of an id.
// Sources are cited per row; the legend and the shared model: test/helpers/contract-places.ts.
import { describe, expect, it } from 'vitest';
import { PROVIDER, type Op, specOf, titled, escapeRegExp } from '../helpers/contract-places.js';

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
