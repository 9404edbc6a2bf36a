import { GenerationError } from './generation-error.js';

/**
 * A spec's `pattern` as a JavaScript regular expression literal with the `u` flag: ECMA-262 regex
 * semantics, as JSON Schema specifies. The one place a pattern becomes code, for the validation
 * schemas and the operations' path parameters alike. `invalid` words the failure for where the
 * pattern is, given the parser's reason.
 *
 * Specs often escape characters that need no escape (`^[a-zA-Z0-9_\-\:]+$`): valid ECMA-262, but
 * not with the `u` flag, which allows escaping only the characters that have a meaning. Such an
 * escape means the character itself, so it is written as the character, and the pattern keeps its
 * meaning with the `u` flag. A pattern that is still valid only without the flag is compiled
 * without it, which is what ECMA-262 means by it.
 */
export function regexLiteral(pattern: string, invalid: (reason: string) => string): string {
  try {
    return String(new RegExp(pattern, 'u'));
  } catch (error) {
    const unicode = withoutIdentityEscapes(pattern);
    for (const [source, flags] of [
      [unicode, 'u'],
      [pattern, ''],
    ] as const) {
      try {
        return String(new RegExp(source, flags));
      } catch {
        // the next reading, or the first reason
      }
    }
    throw new GenerationError(invalid((error as Error).message));
  }
}

// What the `u` flag lets a backslash escape outside a class (`-` too inside one): the syntax characters and `/`.
const SYNTAX = new Set('^$\\.*+?()[]{}|/');

/** The pattern with each escape of a character without meaning (`\:`, `\_`, `\-` outside a class) as the character. */
export function withoutIdentityEscapes(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index]!;
    if (char === '\\' && index + 1 < pattern.length) {
      const next = pattern[index + 1]!;
      index += 1;
      const meaningless = !/[A-Za-z0-9]/.test(next) && !SYNTAX.has(next) && !(inClass && next === '-');
      out += meaningless ? next : `\\${next}`;
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    out += char;
  }
  return out;
}
