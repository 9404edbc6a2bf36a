import type { Rule } from '../rule.js';

/**
 * A rule for a string `format`: `test` judges strings, any other type passes (a format constrains
 * only the type it is about). `words` finish the message: `must be <words>`.
 */
export function stringFormat(test: (value: string) => boolean, words: string): Rule {
  const matches = (value: unknown): boolean => typeof value !== 'string' || test(value);
  return {
    matches,
    check: (value, path, issues) => {
      if (!matches(value)) issues.push({ path, rule: 'format', message: `must be ${words}` });
    },
  };
}
