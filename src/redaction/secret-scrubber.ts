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
 */

export const REDACTED = '[redacted]';

/** Shorter credentials are not searched for (see above). */
const MIN_SECRET_LENGTH = 6;

/**
 * Patterns by the credentials they match, oldest first. Bounded, because a token function may hand
 * out a new token on every call; the ones in use are rebuilt at about 2 ms each when evicted.
 */
const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 16;

/** The credentials one call has held: every one added is searched for, in every encoding. */
export class SecretSet {
  readonly #secrets = new Set<string>();
  #pattern: RegExp | null | undefined;

  constructor(secrets: Iterable<string> = []) {
    for (const secret of secrets) this.add(secret);
  }

  add(secret: string): void {
    if (typeof secret !== 'string' || secret.length < MIN_SECRET_LENGTH || this.#secrets.has(secret)) return;
    this.#secrets.add(secret);
    this.#pattern = undefined;
  }

  /** Whether `text` holds a secret in any letter case (for header names, which arrive lower-cased). */
  foldedIn(text: string): boolean {
    const folded = text.toLowerCase();
    for (const secret of this.#secrets) if (folded.includes(secret.toLowerCase())) return true;
    return false;
  }

  /** One pattern for every secret and every encoding; null when there is nothing to look for. */
  pattern(): RegExp | null {
    if (this.#pattern !== undefined) return this.#pattern;
    if (this.#secrets.size === 0) return (this.#pattern = null);
    // Every call builds its own set from the same few credentials: the compiled pattern is shared.
    const key = [...this.#secrets].sort().join('\u0000');
    let pattern = compiled.get(key);
    if (pattern === undefined) {
      const sources = [...this.#secrets].flatMap(secretForms).map(encodedPattern);
      // Longest first, so that a longer form (a base64 of the whole secret) is replaced whole.
      sources.sort((a, b) => b.length - a.length);
      pattern = new RegExp(sources.join('|'), 'gu');
      if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
      compiled.set(key, pattern);
    }
    return (this.#pattern = pattern);
  }
}

/** `text` with every credential of `secrets`, in any encoding, replaced by `[redacted]`. */
export function scrubText(text: string, secrets: SecretSet): string {
  const pattern = secrets.pattern();
  if (pattern === null) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, REDACTED);
}

/** Whether `text` holds a credential of `secrets` in any encoding. */
export function holdsSecret(text: string, secrets: SecretSet): boolean {
  const pattern = secrets.pattern();
  if (pattern === null) return false;
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** `value` with every credential replaced, in strings and keys at any depth (a copy; the input is unchanged). */
export function scrubValue<Value>(value: Value, secrets: SecretSet): Value {
  if (secrets.pattern() === null) return value;
  return mapStrings(value, (input) => scrubText(input, secrets)) as Value;
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
