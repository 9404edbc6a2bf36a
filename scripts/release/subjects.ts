// The names a release report row speaks in: what users import from the generated client (the
// schema types, the operation functions and their types, the client options), derived by the
// generator's own naming rules, so that a row says `InvoiceLine.tax_rate`, not a JSON pointer.
import { camelCase, pascalCase } from '../codegen/names.js';

/** The exported type of a `components/schemas` entry. */
export function typeName(component: string): string {
  try {
    return pascalCase(component);
  } catch {
    return component;
  }
}

/** `Invoice.status`, or `Headers['X-Request-Id']` for a name that is not an identifier. */
export function member(subject: string, name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `${subject}.${name}` : `${subject}[${JSON.stringify(name)}]`;
}

/** An array's items: `Invoice.lines[]`. */
export function items(subject: string): string {
  return `${subject}[]`;
}

/** The values of a map (`additionalProperties`): `Invoice.metadata[string]`. */
export function mapValues(subject: string): string {
  return `${subject}[string]`;
}

/** The names of one operation's exports: its function and the stem of its types. */
export interface OperationSubject {
  /** `updateInvoiceStatus` */
  readonly function: string;
  /** `UpdateInvoiceStatus`: `UpdateInvoiceStatusBody`, `…Response`, `…PathParams`, … */
  readonly stem: string;
}

/** The subject of an operation, by its operationId (or method and path, where it has none). */
export function operationSubject(operationId: unknown, method: string, path: string): OperationSubject {
  const source = typeof operationId === 'string' && operationId !== '' ? operationId : `${method} ${path}`;
  try {
    return { function: camelCase(source), stem: pascalCase(source) };
  } catch {
    return { function: source, stem: source };
  }
}

/** A subject in a row: `` `Invoice.status` ``. */
export function code(subject: string): string {
  return '`' + subject + '`';
}
