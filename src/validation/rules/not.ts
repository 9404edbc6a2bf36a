import type { Rule } from '../rule.js';
import type { JsonSchema } from '../schema.js';

/** `not`, and the schema `false` (`not: {}`): the value must not match `excluded`. */
export function not(excluded: JsonSchema): Rule {
  // `false` excludes every value: nothing may be sent here at all.
  const message = Object.keys(excluded).length === 0 ? 'is not allowed' : 'must not match the excluded shape';
  return {
    matches: (value, validator) => !validator.matches(excluded, value),
    check: (value, path, issues, validator) => {
      if (validator.matches(excluded, value)) issues.push({ path, rule: 'not', message });
    },
  };
}
