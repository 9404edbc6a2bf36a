import type { Rule } from '../rule.js';
import type { JsonSchema } from '../schema.js';

/**
 * A `$ref` to a schema that contains itself (a tree, a linked list): the target is read when a
 * value is checked, since its constant is still being declared when this one is.
 */
export function recursiveRef(target: () => JsonSchema): Rule {
  return {
    matches: (value, validator) => validator.matches(target(), value),
    check: (value, path, issues, validator) => validator.check(target(), value, path, issues),
    appliedSchemas: () => [target()],
  };
}
