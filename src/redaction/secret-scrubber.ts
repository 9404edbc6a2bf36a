import { mapStrings } from './map-strings.js';

/*
 * Credentials out of every error and log event, in whatever encoding a server echoes them. A server
 * may send a credential back verbatim, inside a JSON string (`\/`, `\u0061`), percent- or
 * form-encoded (an echoed query or form body), as HTML character references (an error page), or
 * base64-encoded (an echoed `Authorization: Basic` header, or any base64 blob that holds it at any
 * byte offset). Each credential is compiled once into a pattern that matches all of these, with the
 * escapes mixed freely character by character, and every match becomes `[redacted]`.
 *
 * Values shorter than MIN_SECRET_LENGTH are not looked for: redacting every `a` or `12` in an error
 * would destroy it, and a credential that short protects nothing.
 *
 * That pattern is large (about 10 kB for a client secret and a token), and V8 runs a pattern that
 * large in its bytecode interpreter: about 90 ms the first time, 1 ms per short text after. Every
 * new token is a new pattern, so scrubbing with it directly blocked the event loop on every token
 * renewal. Each text is therefore first decoded, escapes and all, in one linear pass with a small
 * fixed pattern, and searched for the plain forms of the credentials; only a text that may hold
 * one meets a pattern, and only for the forms it may hold, which is a tenth of the size (see
 * {@link mayHold} for why the search never misses a match).
 */

export const REDACTED = '[redacted]';

/** Shorter credentials are not searched for (see above). */
const MIN_SECRET_LENGTH = 6;

/**
 * Matchers by the credentials they match, oldest first. Bounded, because a token function may hand
 * out a new token on every call; an evicted one costs only its forms to rebuild.
 */
const compiled = new Map<string, Matcher>();
const MAX_COMPILED = 16;
/** Patterns by the forms they match (usually one form: the one a text was found to hold). */
const patterns = new Map<string, RegExp>();
const MAX_PATTERNS = 64;

/** One form a credential may travel as (see {@link secretForms}), and how a text is searched for it. */
interface Form {
  readonly text: string;
  /** The form, `+` read as a space, and its tails a straddling escape may hide (see {@link mayHold}). */
  readonly needles: readonly string[];
  /** It holds a character that begins or ends an escape (`\`, `%`, `&`, `;`): every text meets its pattern. */
  readonly alwaysMatch: boolean;
}

/** What one set of credentials is searched with. */
interface Matcher {
  readonly forms: readonly Form[];
}

/** The credentials one call has held: every one added is searched for, in every encoding. */
export class SecretSet {
  readonly #secrets = new Set<string>();
  #matcher: Matcher | null | undefined;

  constructor(secrets: Iterable<string> = []) {
    for (const secret of secrets) this.add(secret);
  }

  add(secret: string): void {
    if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH || this.#secrets.has(secret)) return;
    this.#secrets.add(secret);
    this.#matcher = undefined;
  }

  /**
   * How long the longest credential can be once escaped: at most 10 characters per UTF-16 unit
   * (`&#1114111;`, `%E2%82%AC`, `\u20ac`), counted as 12 for HTML references with a leading zero.
   */
  get longestWritten(): number {
    let longest = 0;
    for (const secret of this.#secrets) longest = Math.max(longest, secret.length);
    return longest * 12;
  }

  /** Whether there is any credential to look for. */
  get empty(): boolean {
    return this.#secrets.size === 0;
  }

  /** Whether `text` holds a secret in any letter case (for header names, which arrive lower-cased). */
  foldedIn(text: string): boolean {
    const folded = text.toLowerCase();
    for (const secret of this.#secrets) if (folded.includes(secret.toLowerCase())) return true;
    return false;
  }

  /**
   * The pattern of the forms `text` may hold, each character in any of its escapes; null when it
   * holds none. Only those forms: a pattern for all of them is ten times the size, and V8 runs a
   * pattern first in its interpreter, where the size is the cost.
   */
  patternFor(text: string): RegExp | null {
    const matcher = this.#matcherOf();
    if (matcher === null) return null;
    const present = formsIn(text, matcher);
    return present.length === 0 ? null : patternOf(present);
  }

  #matcherOf(): Matcher | null {
    if (this.#matcher !== undefined) return this.#matcher;
    if (this.#secrets.size === 0) return (this.#matcher = null);
    // Every call builds its own set from the same few credentials: the matcher is shared.
    const key = [...this.#secrets].sort().join('\u0000');
    let matcher = compiled.get(key);
    if (matcher === undefined) {
      const texts = [...new Set([...this.#secrets].flatMap(secretForms))];
      matcher = {
        forms: texts.map((text) => ({ text, needles: needlesOf(text), alwaysMatch: ESCAPE_START_RE.test(text) })),
      };
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, matcher);
    }
    return (this.#matcher = matcher);
  }
}

/** `text` with every credential of `secrets`, in any encoding, replaced by `[redacted]`. */
export function scrubText(text: string, secrets: SecretSet): string {
  const pattern = secrets.patternFor(text);
  if (pattern === null) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, REDACTED);
}

/** Whether `text` holds a credential of `secrets` in any encoding. */
export function holdsSecret(text: string, secrets: SecretSet): boolean {
  const pattern = secrets.patternFor(text);
  if (pattern === null) return false;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** `value` with every credential replaced, in strings and keys at any depth (a copy; the input is unchanged). */
export function scrubValue<Value>(value: Value, secrets: SecretSet): Value {
  if (secrets.empty) return value;
  return mapStrings(value, (input) => scrubText(input, secrets)) as Value;
}

/** One pattern for every form of every secret, each character in any of its escapes (for the tests: what the shortcut must agree with). */
export function compilePattern(secrets: readonly string[]): RegExp {
  // A copy: the compiled one is shared, and a caller's `test` would move its `lastIndex`.
  return new RegExp(patternOf([...new Set(secrets.flatMap(secretForms))]));
}

/** The pattern for `forms`, compiled once per set of forms. */
function patternOf(forms: readonly string[]): RegExp {
  const key = [...forms].sort().join('\u0000');
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const sources = forms.map(encodedPattern);
    // Longest first, so that a longer form (a base64 of the whole secret) is replaced whole.
    sources.sort((a, b) => b.length - a.length);
    pattern = new RegExp(sources.join('|'), 'gu');
    if (patterns.size >= MAX_PATTERNS) patterns.delete(patterns.keys().next().value!);
    patterns.set(key, pattern);
  }
  return pattern;
}

/** Characters that begin an escape (`\\`, `%`, `&`) or end one (`;`) in the encodings {@link characterForms} knows. */
const ESCAPE_START_RE = /[\\%&;]/u;

/**
 * Every escape of {@link characterForms}, for decoding: a JSON `\uXXXX`, `\/` or `\"`, a run of
 * percent-encoded bytes (decoded together, as a character's UTF-8 bytes are), an HTML character
 * reference, and `+`. Not `\\`: it would swallow the backslash of a `\uXXXX` that follows, and
 * only a form that holds a backslash needs it (and such a form meets the pattern in any case).
 */
const ESCAPE_RE =
  /\\u[0-9a-fA-F]{4}|\\[/"]|(?:%[0-9a-fA-F]{2})+|&#[0-9]+;|&#[xX][0-9a-fA-F]+;|&(?:amp|lt|gt|quot|apos);|\+/gu;
const HTML_NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const utf8 = new TextDecoder();

/** `text` with every escape decoded, left to right, and `+` read as a space (as in {@link needlesOf}). */
function decodeEscapes(text: string): string {
  return text.replace(ESCAPE_RE, (escape) => decodeEscape(escape).replaceAll('+', ' '));
}

function decodeEscape(escape: string): string {
  if (escape === '+') return ' ';
  if (escape.startsWith('\\u')) return String.fromCharCode(Number.parseInt(escape.slice(2), 16));
  if (escape.startsWith('\\')) return escape.slice(1);
  if (escape.startsWith('%')) {
    const bytes = new Uint8Array(escape.length / 3);
    for (let index = 0; index < bytes.length; index += 1) {
      bytes[index] = Number.parseInt(escape.slice(index * 3 + 1, index * 3 + 3), 16);
    }
    return utf8.decode(bytes);
  }
  if (escape.startsWith('&#')) {
    const hex = escape[2] === 'x' || escape[2] === 'X';
    const code = Number.parseInt(escape.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : escape;
  }
  return HTML_NAMED[escape.slice(1, -1)]!;
}

/**
 * Whether a text, decoded, may hold `form`: never false where its pattern would match. The pattern
 * matches a stretch of text in which each character of a form is written as itself or as one of
 * its escapes; decoding the text left to right turns such a stretch back into the form whenever
 * decoding starts where the stretch does. Two things can break that, and both are covered:
 * - A form holding a character that begins or ends an escape (`\`, `%`, `&`, `;`) could be
 *   decoded differently; then every text meets the pattern ({@link Form.alwaysMatch}).
 * - An escape that began just before the stretch can swallow its first characters when they are
 *   hex digits (`%4` + `1abc…`, `\u00` + `41abc…`), or a `u` and four of them; so the form less
 *   those first characters is searched for too ({@link needlesOf}). Nothing else straddles: every
 *   other escape ends in a character that no such form holds.
 * `+` is read as a space in the text and in the forms alike, so a literal `+` (base64) still
 * matches itself and a form's space still matches `+`, `%20` and the rest.
 */
function mayHold(decoded: string, form: Form): boolean {
  return form.alwaysMatch || form.needles.some((needle) => decoded.includes(needle));
}

/** The forms of `matcher` that `text` may hold, the text decoded once for all of them. */
function formsIn(text: string, matcher: Matcher): string[] {
  let decoded: string | undefined;
  const present: string[] = [];
  for (const form of matcher.forms) if (mayHold((decoded ??= decodeEscapes(text)), form)) present.push(form.text);
  return present;
}

/** A form as {@link mayHold} searches for it: whole, and less each leading part an escape may swallow. */
function needlesOf(form: string): string[] {
  const plain = form.replaceAll('+', ' ');
  const needles = [plain];
  const swallowable = /^(?:u[0-9a-fA-F]{4}|[0-9a-fA-F]{1,4})/u.exec(plain)?.[0] ?? '';
  for (let length = 1; length <= swallowable.length; length += 1) needles.push(plain.slice(length));
  return needles.filter((needle) => needle.length > 0);
}

/**
 * The texts a credential may travel as before it is character-escaped: itself, its UTF-8 bytes as
 * Latin-1 characters, and its base64 at
 * each of the three byte offsets it can start at within a longer blob (standard and URL alphabets,
 * without the characters its neighbours share).
 */
function secretForms(secret: string): string[] {
  const bytes = new TextEncoder().encode(secret);
  // Also its UTF-8 bytes read as Latin-1, as fetch's Headers shows a header value that holds them.
  const forms = new Set<string>([secret, String.fromCharCode(...bytes)]);
  for (let offset = 0; offset < 3; offset += 1) {
    const padded = new Uint8Array(offset + bytes.length);
    padded.set(bytes, offset);
    const encoded = base64(padded);
    // Characters that depend only on the secret's bytes: skip those mixed with the filler, and
    // stop before the last group, which mixes with whatever follows.
    const start = offset === 0 ? 0 : Math.ceil((offset * 8) / 6);
    const end = Math.floor(((offset + bytes.length) * 8) / 6);
    const inner = encoded.slice(start, end);
    if (inner.length >= MIN_SECRET_LENGTH) {
      forms.add(inner);
      forms.add(inner.replace(/\+/gu, '-').replace(/\//gu, '_'));
    }
  }
  return [...forms];
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A pattern for `text` where each character may also be written as any escape a server might use. */
function encodedPattern(text: string): string {
  let source = '';
  for (const char of text) source += `(?:${characterForms(char).join('|')})`;
  return source;
}

/** Every way one character may be written: as itself, JSON-, percent-, form- or HTML-escaped. */
function characterForms(char: string): string[] {
  const code = char.codePointAt(0)!;
  const forms = [escapeRegExp(char)];
  // JSON: \uXXXX per UTF-16 unit (either case of hex), and the short escapes.
  let units = '';
  for (let index = 0; index < char.length; index += 1) units += `\\\\u${hexPattern(char.charCodeAt(index), 4)}`;
  forms.push(units);
  const short: Record<string, string> = { '/': '\\\\\\/', '\\': '\\\\\\\\', '"': '\\\\"' };
  if (short[char] !== undefined) forms.push(short[char]);
  // Percent-encoding of each UTF-8 byte; `+` for a space (form encoding).
  forms.push([...new TextEncoder().encode(char)].map((byte) => `%${hexPattern(byte, 2)}`).join(''));
  if (char === ' ') forms.push('\\+');
  // HTML: decimal and hex character references (leading zeros allowed), and the named ones.
  forms.push(`&#0*${code};`, `&#[xX]0*${hexPattern(code, 0)};`);
  const named: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&(?:apos|#39);',
  };
  if (named[char] !== undefined) forms.push(named[char]);
  return forms;
}

/** `value` in hex, matching either case, at least `width` digits (0: as few as it takes). */
function hexPattern(value: number, width: number): string {
  const digits = value.toString(16).padStart(width, '0');
  return [...digits].map((digit) => (/[0-9]/u.test(digit) ? digit : `[${digit}${digit.toUpperCase()}]`)).join('');
}

/** `text` as a literal in a `u`-mode pattern (which allows only these characters to be escaped). */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
