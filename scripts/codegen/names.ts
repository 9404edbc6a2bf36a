import { GenerationError } from './generation-error.js';

/** Naming rules for everything the generator exports, and the registry that forbids collisions. */

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '');
}

/** `update-sales-invoice`, `updateSalesInvoice`, `update_sales_invoice` → `UpdateSalesInvoice`. */
export function pascalCase(text: string): string {
  const result = words(text)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
  if (!/^[A-Za-z_$]/.test(result))
    throw new GenerationError(`"${text}" cannot become a TypeScript identifier (it must start with a letter).`);
  return result;
}

/** `update-sales-invoice` → `updateSalesInvoice`. */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** `updateSalesInvoice` → `update-sales-invoice` (file names). */
export function kebabCase(text: string): string {
  return words(text)
    .map((word) => word.toLowerCase())
    .join('-');
}

/**
 * Records which spec element produced each export name in one module scope, and fails on the
 * second claim of a name instead of renaming: a silent rename would change the public API.
 */
export class NameRegistry {
  readonly #owners = new Map<string, string>();

  constructor(private readonly scope: string) {}

  claim(name: string, owner: string): string {
    const previous = this.#owners.get(name);
    if (previous !== undefined) {
      throw new GenerationError(
        `Export name collision in ${this.scope}: "${name}" is produced by ${previous} and by ${owner}. ` +
          'Rename one of them in the spec (a schema name or an operationId); the generator never renames silently.',
      );
    }
    this.#owners.set(name, owner);
    return name;
  }
}
