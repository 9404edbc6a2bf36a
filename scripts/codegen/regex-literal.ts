import { GenerationError } from './generation-error.js';

/**
 * A spec's `pattern` as a JavaScript regular expression literal with the `u` flag: ECMA-262 regex
 * semantics, as JSON Schema specifies. The one place a pattern becomes code, for the validation
 * schemas and the operations' path parameters alike. `invalid` words the failure for where the
 * pattern is, given the parser's reason.
 */
export function regexLiteral(pattern: string, invalid: (reason: string) => string): string {
  try {
    return String(new RegExp(pattern, 'u'));
  } catch (error) {
    throw new GenerationError(invalid((error as Error).message));
  }
}
