import type { Rule } from '../rule.js';
import type { JsonSchema } from '../schema.js';
import { plural } from './values.js';

/**
 * `prefixItems`, with the `items` beside it (which then applies only after the prefix): a tuple.
 * `rest`: the schema of every later item (`false` compiles to one that allows none), or absent.
 */
export function prefixItems(prefix: readonly JsonSchema[], rest?: JsonSchema): Rule {
  const schemaAt = (index: number): JsonSchema | undefined => (index < prefix.length ? prefix[index] : rest);
  return {
    matches: (value, validator) => {
      if (!Array.isArray(value)) return true;
      for (let index = 0; index < value.length; index += 1) {
        const schema = schemaAt(index);
        if (schema !== undefined && !validator.matches(schema, value[index])) return false;
      }
      return true;
    },
    check: (value, path, issues, validator) => {
      if (!Array.isArray(value)) return;
      for (let index = 0; index < value.length; index += 1) {
        const schema = schemaAt(index);
        if (schema !== undefined) validator.check(schema, value[index], `${path}/${index}`, issues);
      }
    },
    evaluatedItems: (value) =>
      rest !== undefined ||
      (Array.isArray(value) ? value.slice(0, prefix.length).map((_, index) => String(index)) : []),
  };
}

/**
 * `contains`, with `minContains` (default 1) and `maxContains`: how many items must match `schema`.
 */
export function contains(schema: JsonSchema, min = 1, max?: number): Rule {
  const count = (value: readonly unknown[], matches: (item: unknown) => boolean): number =>
    value.reduce<number>((total, item) => (matches(item) ? total + 1 : total), 0);
  const problem = (found: number): string | undefined =>
    found < min
      ? `must have at least ${min} item${plural(min)} of the shape \`contains\` describes (has ${found})`
      : max !== undefined && found > max
        ? `must have at most ${max} item${plural(max)} of the shape \`contains\` names (has ${found})`
        : undefined;
  return {
    matches: (value, validator) =>
      !Array.isArray(value) || problem(count(value, (item) => validator.matches(schema, item))) === undefined,
    check: (value, path, issues, validator) => {
      if (!Array.isArray(value)) return;
      const message = problem(count(value, (item) => validator.matches(schema, item)));
      if (message !== undefined) issues.push({ path, rule: 'contains', message });
    },
    evaluatedItems: (value, validator) =>
      Array.isArray(value)
        ? value.flatMap((item, index) => (validator.matches(schema, item) ? [String(index)] : []))
        : [],
  };
}
