import type { Rule } from '../rule.js';
import { stringFormat } from './string-format.js';

/**
 * `format: hostname`: an RFC 1123 host name, whose `xn--` labels (internationalised names written
 * in ASCII) must decode (RFC 3492 Punycode) to a label IDNA2008 allows (RFC 5891 §5.4, RFC 5892's
 * exceptions and contextual rules). Code points are judged by their Unicode category where IDNA2008
 * derives its table from it: letters, marks and decimal digits are valid, the listed exceptions decide
 * the rest. Kept apart from the other formats: only an app that checks a host name pays for this.
 */
export function hostnameFormat(): Rule {
  return stringFormat(isHostname, 'a host name such as api.example.com');
}

const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

function isHostname(value: string): boolean {
  if (value.length === 0 || value.length > 253) return false;
  return value.split('.').every((label) => {
    if (!LABEL_RE.test(label)) return false;
    // Hyphens in the third and fourth place are reserved for `xn--` (RFC 5891 §4.2.3.1).
    if (label[2] !== '-' || label[3] !== '-') return true;
    if (label.slice(0, 2).toLowerCase() !== 'xn') return false;
    // Host names are case-insensitive: the label's ASCII letters are read in lower case.
    const decoded = decodePunycode(label.slice(4).toLowerCase());
    return decoded !== undefined && isULabel(decoded);
  });
}

// RFC 5892 §2.6: code points whose derived property the table states outright.
const PVALID_EXCEPTIONS = /[\u00df\u03c2\u06fd\u06fe\u0f0b\u3007]/u;
// Each mark is listed on its own here, not combined with the character before it.
// eslint-disable-next-line no-misleading-character-class
const DISALLOWED_EXCEPTIONS = /[\u0640\u07fa\u302e\u302f\u3031-\u3035\u303b]/u;
// Code points of canonical combining class 9 (Virama), which a joiner must follow (RFC 5892 A.1, A.2).
const VIRAMA =
  /[\u094d\u09cd\u0a4d\u0acd\u0b4d\u0bcd\u0c4d\u0ccd\u0d3b\u0d3c\u0d4d\u0dca\u0e3a\u0eba\u0f84\u1039\u103a\u1714\u1715\u1734\u17d2\u1a60\u1b44\u1baa\u1bab\u1bf2\u1bf3\u2d7f\ua806\ua82c\ua8c4\ua953\ua9c0\uaaf6\uabed\u{10a3f}\u{11046}\u{11070}\u{1107f}\u{110b9}\u{11133}\u{11134}\u{111c0}\u{11235}\u{112ea}\u{1134d}\u{11442}\u{114c2}\u{115bf}\u{1163f}\u{116b6}\u{1172b}\u{11839}\u{1193d}\u{1193e}\u{119e0}\u{11a34}\u{11a47}\u{11a99}\u{11c3f}\u{11d44}\u{11d45}\u{11d97}]/u;

/** Whether a decoded label is one IDNA2008 allows. */
function isULabel(label: string): boolean {
  const chars = [...label];
  if (chars.length === 0 || /^\p{M}/u.test(label) || (chars[2] === '-' && chars[3] === '-')) return false;
  const hasArabicIndic = /[\u0660-\u0669]/u.test(label);
  const hasExtendedArabicIndic = /[\u06f0-\u06f9]/u.test(label);
  if (hasArabicIndic && hasExtendedArabicIndic) return false;
  return chars.every((char, index) => {
    const before = chars[index - 1] ?? '';
    const after = chars[index + 1] ?? '';
    switch (char) {
      case '\u00b7': // MIDDLE DOT: only in Catalan's l·l
        return before === 'l' && after === 'l';
      case '\u0375': // GREEK KERAIA: before a Greek letter
        return /\p{Script=Greek}/u.test(after);
      case '\u05f3': // HEBREW GERESH and GERSHAYIM: after a Hebrew letter
      case '\u05f4':
        return /\p{Script=Hebrew}/u.test(before);
      case '\u30fb': // KATAKANA MIDDLE DOT: in a label with Hiragana, Katakana or Han
        return /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(label);
      case '\u200d': // ZERO WIDTH JOINER: after a virama
        return VIRAMA.test(before);
      case '\u200c': // ZERO WIDTH NON-JOINER: after a virama, or between joining letters
        return VIRAMA.test(before) || (/\p{L}/u.test(before) && /\p{L}/u.test(after));
    }
    if (PVALID_EXCEPTIONS.test(char)) return true;
    if (DISALLOWED_EXCEPTIONS.test(char)) return false;
    // Upper case is not stable under case folding, so IDNA2008 disallows it.
    return /^[a-z0-9-]$/.test(char) || (/[\p{L}\p{M}\p{Nd}]/u.test(char) && !/\p{Lu}|\p{Lt}/u.test(char));
  });
}

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

/** RFC 3492 Punycode, the part of an `xn--` label after the prefix; undefined when it is not valid. */
function decodePunycode(input: string): string | undefined {
  const delimiter = input.lastIndexOf('-');
  const output: number[] = [];
  for (let index = 0; index < Math.max(delimiter, 0); index += 1) output.push(input.charCodeAt(index));
  let code = 128;
  let bias = 72;
  let position = 0;
  for (let index = delimiter >= 0 ? delimiter + 1 : 0; index < input.length;) {
    const start = position;
    let weight = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return undefined;
      const digit = digitOf(input.charCodeAt(index++));
      if (digit === undefined) return undefined;
      position += digit * weight;
      const threshold = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < threshold) break;
      weight *= BASE - threshold;
      if (position > 0x10ffff * (output.length + 1)) return undefined;
    }
    bias = adapt(position - start, output.length + 1, start === 0);
    code += Math.floor(position / (output.length + 1));
    position %= output.length + 1;
    if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    output.splice(position, 0, code);
    position += 1;
  }
  return String.fromCodePoint(...output);
}

function digitOf(code: number): number | undefined {
  if (code >= 0x30 && code <= 0x39) return code - 22; // 0-9 are 26-35
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return undefined;
}

function adapt(delta: number, points: number, first: boolean): number {
  let scaled = first ? Math.floor(delta / 700) : delta >> 1;
  scaled += Math.floor(scaled / points);
  let k = 0;
  while (scaled > ((BASE - T_MIN) * T_MAX) >> 1) {
    scaled = Math.floor(scaled / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * scaled) / (scaled + 38));
}
