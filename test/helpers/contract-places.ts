/*
 * Shared by test/contract/, the contract test: every field, enum value and required flag that the
 * provider documentation names is present in openapi/*.yaml with the documented type. The
 * expectations are written out in test/contract/ from the documentation the specs were written
 * from; nothing is read from that documentation at run time. Each group cites its source:
 *   seed 000 = Asset "Update Invoice Status" page (000_bdc77c5a1bacc101.txt)
 *   seed 001 = Asset "Update a Bill" page (001_b25bca8e1c1878b6.txt)
 *   seed 004 = Mollie "Update sales invoice" page (004_0c2019d30d4d3e51.txt)
 *   asset-api.md §n / mollie-api.md §n = the research notes on those APIs, by section.
 * A flag left out of a row (nullable, required) is one the documentation does not settle.
 *
 * This module is the model the tables share: the specs, the operations, and the places a row
 * looks at.
 */
import { loadSpec, type Json, type Schema } from './spec.js';

export const SPECS = { asset: loadSpec('asset'), mollie: loadSpec('mollie') };
export const PROVIDER = { updateInvoiceStatus: 'asset', updateBill: 'asset', updateSalesInvoice: 'mollie' } as const;
export type Op = keyof typeof PROVIDER;
/** Asset answers JSON; Mollie answers HAL (mollie-api.md §1 and §4). Both take JSON bodies. */
export const RESPONSE_MEDIA = { asset: 'application/json', mollie: 'application/hal+json' } as const;

/** Where a row looks: 'body' is the request body, anything else a response status code. */
export interface Place {
  op: Op;
  at: string;
}

export function specOf(op: Op) {
  return SPECS[PROVIDER[op]];
}

export function rootOf({ op, at }: Place): Schema {
  const media = at === 'body' ? 'application/json' : RESPONSE_MEDIA[PROVIDER[op]];
  return specOf(op).bodySchema(op, at, media);
}

export function where({ op, at }: Place, fieldPath: string): string {
  return `${PROVIDER[op]} ${op} ${at} ${fieldPath || '(root)'}`;
}

/** Rows as [title, row] pairs, so `%s` prints the title in full (`$title` quotes and truncates it). */
export const titled = <T extends { title: string }>(rows: readonly T[]): [string, T][] =>
  rows.map((row) => [row.title, row]);

export const sorted = (values: readonly Json[]): string[] => values.map(String).sort();
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const INVOICE_STATUS: Place = { op: 'updateInvoiceStatus', at: 'body' };
export const INVOICE_200: Place = { op: 'updateInvoiceStatus', at: '200' };
export const BILL_BODY: Place = { op: 'updateBill', at: 'body' };
export const BILL_200: Place = { op: 'updateBill', at: '200' };
export const MOLLIE_BODY: Place = { op: 'updateSalesInvoice', at: 'body' };
export const MOLLIE_200: Place = { op: 'updateSalesInvoice', at: '200' };
export const MOLLIE_ERRORS: Place[] = ['404', '422', '429'].map((at) => ({ op: 'updateSalesInvoice', at }));
