// Conditional rules, written as `oneOf` branches: the branch selected by a field's values must
// require the dependent fields.
// Sources are cited per row; the legend and the shared model: test/helpers/contract-places.ts.
import { describe, expect, it } from 'vitest';
import type { Schema } from '../helpers/spec.js';
import { type Place, specOf, rootOf, where, titled, sorted, MOLLIE_BODY } from '../helpers/contract-places.js';

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
