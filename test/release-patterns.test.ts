// scripts/release/pattern-inclusion.ts: whether every string one pattern matches is matched by
// another. Each answer is checked against JavaScript's own RegExp: for "yes", on strings drawn to
// match the inner pattern (fast-check's stringMatching); for "no", on a counterexample.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternIncludes } from '../scripts/release/pattern-inclusion.js';
import { FORMAT_EXPRESSIONS } from '../scripts/release/format-expressions.js';

interface Pair {
  readonly outer: string | RegExp;
  readonly inner: string | RegExp;
  /** For `false`: a string the inner pattern matches and the outer does not. */
  readonly answer: true | { readonly counterexample: string } | undefined;
}

const PAIRS: readonly Pair[] = [
  { outer: '^[A-Za-z]{3}$', inner: '^[A-Z]{3}$', answer: true },
  { outer: '^[A-Z]{3}$', inner: '^[A-Za-z]{3}$', answer: { counterexample: 'eur' } },
  { outer: '^[0-9]+(\\.[0-9]{1,4})?$', inner: '^[0-9]{1,15}(\\.[0-9]{1,4})?$', answer: true },
  {
    outer: '^[0-9]{1,15}(\\.[0-9]{1,4})?$',
    inner: '^[0-9]+(\\.[0-9]{1,4})?$',
    answer: { counterexample: '1234567890123456' },
  },
  { outer: '^[0-9]+(\\.[0-9]+)?$', inner: '^[0-9]{1,2}(\\.[0-9]{1,2})?$', answer: true },
  { outer: '^biz_', inner: '^biz_[1-9A-HJ-NP-Za-km-z]{1,64}$', answer: true },
  { outer: '^invoice_.+$', inner: '^invoice_[0-9A-Za-z]{1,24}$', answer: true },
  { outer: '^\\S', inner: '^[A-Za-z]', answer: true },
  { outer: '^[A-Za-z]', inner: '^\\S', answer: { counterexample: '1' } },
  // Unanchored patterns match anywhere.
  { outer: 'abc', inner: '^xabcx$', answer: true },
  { outer: '^abc$', inner: 'abc', answer: { counterexample: 'xabc' } },
  { outer: '^\\d+$', inner: '^[0-9]+$', answer: true },
  { outer: '^[0-9]+$', inner: '^\\d+$', answer: true },
  { outer: '^(a|b)*$', inner: '^(ab)*$', answer: true },
  { outer: '^(ab)*$', inner: '^(a|b)*$', answer: { counterexample: 'ba' } },
  { outer: '^.+@.+$', inner: FORMAT_EXPRESSIONS['email']!, answer: true },
  // A quoted local part may hold an `@` of its own.
  { outer: '^[^@]+@[^@]+$', inner: FORMAT_EXPRESSIONS['email']!, answer: { counterexample: '"@"@a' } },
  { outer: '^[a-z]+@[a-z]+$', inner: FORMAT_EXPRESSIONS['email']!, answer: { counterexample: 'A@b.c' } },
  // `.` does not match a line terminator.
  { outer: '^.+$', inner: '^[\\s\\S]+$', answer: { counterexample: '\n' } },
  // Beyond automata: no answer, never a wrong one.
  { outer: '\\bfoo', inner: 'foo', answer: undefined },
  { outer: '^(a)\\1$', inner: '^aa$', answer: undefined },
  { outer: '^(?=a)', inner: '^a', answer: undefined },
];

const text = (pattern: string | RegExp): string => (typeof pattern === 'string' ? pattern : String(pattern));
const regExp = (pattern: string | RegExp): RegExp => (typeof pattern === 'string' ? new RegExp(pattern) : pattern);
/** fast-check draws strings for patterns without flags: an `i` pattern is drawn in lower case. */
const drawable = (pattern: string | RegExp): RegExp => new RegExp(regExp(pattern).source);

describe('pattern inclusion', () => {
  it.each(PAIRS.map((pair) => ({ ...pair, label: `${text(pair.outer)} ⊇ ${text(pair.inner)}` })))(
    '$label',
    ({ outer, inner, answer }) => {
      const result = patternIncludes(outer, inner);
      if (answer === undefined) return expect(result).toBeUndefined();
      if (answer === true) {
        expect(result).toBe(true);
        fc.assert(
          fc.property(fc.stringMatching(drawable(inner)), (value) => regExp(outer).test(value)),
          { numRuns: 200 },
        );
        return;
      }
      expect(result).toBe(false);
      expect(regExp(inner).test(answer.counterexample)).toBe(true);
      expect(regExp(outer).test(answer.counterexample)).toBe(false);
    },
  );

  it('answers "unknown" for a pattern that is not valid, and for flags other than i', () => {
    expect(patternIncludes('^[a-', '^a$')).toBeUndefined();
    expect(patternIncludes(/^a$/m, '^a$')).toBeUndefined();
  });
});
