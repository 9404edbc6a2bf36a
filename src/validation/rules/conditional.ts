import type { Rule } from '../rule.js';
import type { JsonSchema } from '../schema.js';

/** `if`/`then`/`else`: a value that meets `condition` must meet `then`, any other `otherwise`. */
export function conditional(condition: JsonSchema, then?: JsonSchema, otherwise?: JsonSchema): Rule {
  return {
    matches: (value, validator) => {
      const branch = validator.matches(condition, value) ? then : otherwise;
      return branch === undefined || validator.matches(branch, value);
    },
    check: (value, path, issues, validator) => {
      const branch = validator.matches(condition, value) ? then : otherwise;
      if (branch !== undefined) validator.check(branch, value, path, issues);
    },
    appliedSchemas: (value, validator) =>
      (validator.matches(condition, value) ? [condition, then] : [otherwise]).filter(
        (schema): schema is JsonSchema => schema !== undefined,
      ),
  };
}
