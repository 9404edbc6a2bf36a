/** A plain JSON object: not null, not an array, and no class instance (a Date or Map is not JSON). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export function plural(count: number): string {
  return count === 1 ? '' : 's';
}
