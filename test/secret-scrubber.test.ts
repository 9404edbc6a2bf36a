import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { snippetOf } from '../src/operation/read-response.js';
import { compilePattern, holdsSecret, REDACTED, scrubText, SecretSet } from '../src/redaction/secret-scrubber.js';

// The scrubber decodes a text and searches it for the plain forms of the credentials before it
// lets the large pattern (every character in any of its escapes) near it: that pattern costs
// about 90 ms to meet for the first time, and every new token is a new pattern. These tests hold
// the shortcut to what it must keep: it never hides a match of the full pattern.

const TOKEN = 'at_Q8zr2LX9wvHs7YdT';

/** Every character in one escape: JSON `\uXXXX`, percent, HTML decimal or hex (upper or lower hex). */
function escapeEach(text: string, kind: 'json' | 'percent' | 'html-dec' | 'html-hex', upper = false): string {
  const hex = (value: number, width: number) => {
    const digits = value.toString(16).padStart(width, '0');
    return upper ? digits.toUpperCase() : digits;
  };
  return [...text]
    .map((char) => {
      switch (kind) {
        case 'json':
          return [...char].map((unit) => `\\u${hex(unit.charCodeAt(0), 4)}`).join('');
        case 'percent':
          return [...new TextEncoder().encode(char)].map((byte) => `%${hex(byte, 2)}`).join('');
        case 'html-dec':
          return `&#${char.codePointAt(0)};`;
        case 'html-hex':
          return `&#x${hex(char.codePointAt(0)!, 0)};`;
      }
    })
    .join('');
}

describe('scrubText', () => {
  const secrets = new SecretSet([TOKEN]);

  it.each([
    ['verbatim', TOKEN],
    ['JSON-escaped', escapeEach(TOKEN, 'json')],
    ['JSON-escaped, upper-case hex', escapeEach(TOKEN, 'json', true)],
    ['percent-encoded', escapeEach(TOKEN, 'percent')],
    ['HTML decimal references', escapeEach(TOKEN, 'html-dec')],
    ['HTML hex references', escapeEach(TOKEN, 'html-hex', true)],
    ['mixed, one escape per character', 'a\\u0074%5f&#81;8z&#x72;2LX9wvHs7YdT'],
    ['base64', Buffer.from(TOKEN).toString('base64')],
    ['base64 at offset 1', Buffer.from(`x${TOKEN}`).toString('base64')],
    ['base64 at offset 2', Buffer.from(`xy${TOKEN}`).toString('base64url')],
  ])('replaces a credential written %s', (_, written) => {
    const scrubbed = scrubText(`before ${written} after`, secrets);
    // A base64 blob keeps its first and last characters, which the credential shares with its neighbours.
    expect(scrubbed).toMatch(new RegExp(`^before [A-Za-z0-9]{0,3}\\[redacted\\][A-Za-z0-9=]{0,3} after$`, 'u'));
    expect(holdsSecret(scrubbed, secrets)).toBe(false);
  });

  it.each([
    // `%` + `41…` decodes to `A…`, `%4` + `41…` to `D1…`, `\u00` + `41a7…` to `Aa7…`.
    ['41a7c3e9b2d0', '100%41a7c3e9b2d0'],
    ['41a7c3e9b2d0', 'x%441a7c3e9b2d0'],
    ['41a7c3e9b2d0', 'x\\u0041a7c3e9b2d0'],
    // `\\` would decode to `\` and leave `u0078…`: a backslash before an escaped first character.
    ['x7c3e9b2d0', 'a\\\\u00787c3e9b2d0'],
  ])('finds %s behind an escape that swallows its first characters (%s)', (value, text) => {
    expect(compilePattern([value]).test(text)).toBe(true);
    expect(holdsSecret(text, new SecretSet([value]))).toBe(true);
  });

  it('finds a credential with a space or a plus in every way a form writes them', () => {
    const spaced = new SecretSet(['pass word+42']);
    for (const text of ['pass word+42', 'pass+word%2B42', 'pass%20word%2b42', 'pass&#32;word&#43;42']) {
      expect(scrubText(`[${text}]`, spaced), text).toBe(`[${REDACTED}]`);
    }
  });

  it('leaves a text that holds no credential as it is', () => {
    const text = 'PATCH https://api.example.com/v0/business/biz_1/invoice/inv_2 failed: %41 \\u0041 &#65; +';
    expect(scrubText(text, secrets)).toBe(text);
    expect(holdsSecret(text, secrets)).toBe(false);
  });

  it('catches a credential that starts in a body snippet and ends far beyond it', () => {
    // 40 characters as HTML references are 240: from character 190 of the body to 430.
    const long = 'tok_8fJ2kLq9ZxW4mN7pR3sT6vY1bC5dE0gHiJkL';
    const body = `${'x'.repeat(190)}${escapeEach(long, 'html-hex')} and more`;
    expect(snippetOf(body, new SecretSet([long]))).toBe(`${'x'.repeat(190)}${REDACTED}`);
  });

  it('does not look for credentials shorter than six characters', () => {
    expect(scrubText('abc12 abc12', new SecretSet(['abc12']))).toBe('abc12 abc12');
  });
});

// Secrets from characters encodings treat specially (hex digits that an escape may swallow, `+`,
// `/`, space, non-ASCII and astral characters), sometimes with one that begins an escape.
const secretChar = fc.constantFrom(...'0123456789abcdefABCDEFuxXghzZ_-+/= .~éß€😀'.split(/(?:)/u), '\\', '%', '&', ';');
const secret = fc.array(secretChar, { minLength: 6, maxLength: 14 }).map((chars) => chars.join(''));
// Neighbours that start or end escapes, so that decoding can begin anywhere relative to a secret.
const noise = fc
  .array(fc.constantFrom('%', '%4', '\\', '\\u', '\\u00', '&#', '&#x', ';', '+', '&amp;', 'q', ' ', '41', 'u', '"'), {
    maxLength: 6,
  })
  .map((parts) => parts.join(''));
/** How each character of a secret is written. */
const writing = fc.array(fc.constantFrom('plain', 'json', 'percent', 'html-dec', 'html-hex', 'form'), {
  minLength: 1,
  maxLength: 8,
});

function write(text: string, ways: readonly string[]): string {
  return [...text]
    .map((char, index) => {
      const way = ways[index % ways.length]!;
      if (way === 'plain') return char;
      if (way === 'form') return char === ' ' ? '+' : char;
      return escapeEach(char, way as 'json' | 'percent' | 'html-dec' | 'html-hex', index % 2 === 0);
    })
    .join('');
}

describe('the shortcut before the full pattern', () => {
  it('never hides a match: scrubText equals a replace with the full pattern, whatever surrounds the credential', () => {
    fc.assert(
      fc.property(secret, noise, writing, noise, fc.boolean(), (value, before, ways, after, base64) => {
        const written = base64 ? Buffer.from(`${before}${value}`).toString('base64') : write(value, ways);
        const text = `${before}${written}${after}`;
        const pattern = compilePattern([value]);
        expect(scrubText(text, new SecretSet([value]))).toBe(text.replace(pattern, REDACTED));
      }),
      { numRuns: 2000 },
    );
  });

  it('never hides a match in text that holds only pieces of a credential', () => {
    fc.assert(
      fc.property(secret, fc.array(fc.oneof(noise, secretChar), { maxLength: 30 }), (value, parts) => {
        const text = parts.join('');
        expect(holdsSecret(text, new SecretSet([value]))).toBe(compilePattern([value]).test(text));
      }),
      { numRuns: 2000 },
    );
  });
});
