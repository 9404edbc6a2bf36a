import type { ValidationIssue } from '../errors/errors.js';
import type { JsonSchema } from './schema.js';

/**
 * A keyword beyond the validator's core (src/validation/validate.ts), in a module of its own under
 * `rules/`. The generated schemas import a rule only where a spec uses its keyword, so an app pays
 * bytes only for the rules of the operations it calls.
 */
export interface Rule {
  /** The yes/no answer, as fast as the rule can give it. */
  matches(value: unknown, validator: Validator, schema: JsonSchema): boolean;
  /** Every problem, appended to `issues` with its JSON pointer (below `path`), rule and message. */
  check(value: unknown, path: string, issues: ValidationIssue[], validator: Validator, schema: JsonSchema): void;
  /**
   * For `unevaluatedProperties` beside it: the fields of `value` this rule evaluates itself (`true`:
   * all), and the subschemas it applies to the value in place (that the value passes).
   */
  evaluatedProperties?(value: unknown, validator: Validator): true | Iterable<string>;
  /** For `unevaluatedItems` beside it: the indexes (as text) of the items this rule evaluates (`true`: all). */
  evaluatedItems?(value: unknown, validator: Validator): true | Iterable<string>;
  appliedSchemas?(value: unknown, validator: Validator): readonly JsonSchema[];
}

/** What a rule may ask of the validator, for its subschemas. */
export interface Validator {
  matches(schema: JsonSchema, value: unknown): boolean;
  check(schema: JsonSchema, value: unknown, path: string, issues: ValidationIssue[]): void;
}
