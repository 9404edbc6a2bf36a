/**
 * A copy of `value` in which `text` has been applied to every string, object key included, at any
 * depth (walked without recursion, so a body nested 100,000 deep is copied as well). Only plain data
 * as JSON.parse builds it is expected; other objects are copied by their own enumerable properties.
 */
export function mapStrings(value: unknown, text: (input: string) => string): unknown {
  const seen = new Map<object, object>();
  const stack: Array<{ source: object; target: Record<string, unknown> | unknown[] }> = [];
  const copyOf = (node: unknown): unknown => {
    if (typeof node === 'string') return text(node);
    if (typeof node !== 'object' || node === null) return node;
    const known = seen.get(node);
    if (known !== undefined) return known;
    const target: Record<string, unknown> | unknown[] = Array.isArray(node) ? [] : {};
    seen.set(node, target);
    stack.push({ source: node, target });
    return target;
  };
  const copy = copyOf(value);
  while (stack.length > 0) {
    const { source, target } = stack.pop()!;
    if (Array.isArray(target)) {
      for (const item of source as unknown[]) target.push(copyOf(item));
    } else {
      for (const [key, item] of Object.entries(source))
        Object.defineProperty(target, text(key), {
          value: copyOf(item),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return copy;
}
