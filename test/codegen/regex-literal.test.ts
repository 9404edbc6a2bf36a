// A spec's pattern as a regular expression literal (scripts/codegen/regex-literal.ts): with the `u`
// flag, escapes of characters without meaning written as the characters, and the flag dropped only
// for a pattern that has no reading with it. Each literal is checked on strings, not only as text.
import { describe, expect, it } from 'vitest';
import { GenerationError } from '../../scripts/codegen/generation-error.js';
import { regexLiteral, withoutIdentityEscapes } from '../../scripts/codegen/regex-literal.js';

const compiled = (pattern: string): RegExp => {
  const literal = regexLiteral(pattern, (reason) => `bad: ${reason}`);
  const [, source, flags] = /^\/(.*)\/([a-z]*)$/s.exec(literal)!;
  return new RegExp(source!, flags);
};

describe('regexLiteral', () => {
  it('keeps a pattern valid with the `u` flag as it is', () => {
    expect(regexLiteral('^\\p{L}+$', String)).toBe('/^\\p{L}+$/u');
  });

  it("compiles DigitalOcean's `^[a-zA-Z0-9_\\-\\:]+$` with the `u` flag, meaning what it says", () => {
    expect(regexLiteral('^[a-zA-Z0-9_\\-\\:]+$', String)).toBe('/^[a-zA-Z0-9_\\-:]+$/u');
    const pattern = compiled('^[a-zA-Z0-9_\\-\\:]+$');
    expect(['tag:prod', 'a-b_c', 'Z9'].every((value) => pattern.test(value))).toBe(true);
    expect(['tag prod', 'a/b', '', 'ü'].some((value) => pattern.test(value))).toBe(false);
  });

  it('writes `\\-` outside a class as `-`, and keeps it inside one', () => {
    expect(withoutIdentityEscapes('a\\-b[\\-x]\\:')).toBe('a-b[\\-x]:');
    expect(withoutIdentityEscapes('\\[\\]\\.\\d\\\\')).toBe('\\[\\]\\.\\d\\\\');
  });

  it('compiles a pattern valid only without the `u` flag without it', () => {
    expect(regexLiteral('a{', String)).toBe('/a{/');
    expect(compiled('a{').test('a{')).toBe(true);
  });

  it('refuses a pattern that is no ECMA-262 expression, with the first reason', () => {
    expect(() => regexLiteral('(?i)^x$', (reason) => `bad: ${reason}`)).toThrow(GenerationError);
    expect(() => regexLiteral('(?i)^x$', (reason) => `bad: ${reason}`)).toThrow(
      /^bad: Invalid regular expression: \/\(\?i\)\^x\$\/u/,
    );
  });
});
