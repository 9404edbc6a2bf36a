import { mapStrings } from './map-strings.js';

/*
 * Text that a caller or a server supplied, made safe to put in a message, a log event or an error
 * field: every control character (C0, DEL, C1), the line and paragraph separators and the
 * bidirectional overrides is written as a `\uXXXX` escape. So no input can end a log line, forge
 * the next one, move the terminal's cursor or reorder what a reader sees.
 */

// Cc, U+2028/U+2029, and the bidi embeddings, overrides and isolates (the "Trojan Source" set).
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** `text` with every unprintable character escaped as `\uXXXX`; other text is unchanged. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether `text` has a character {@link printable} would escape. */
export function isPrintable(text: string): boolean {
  UNPRINTABLE.lastIndex = 0;
  const found = UNPRINTABLE.test(text);
  UNPRINTABLE.lastIndex = 0;
  return !found;
}

/** A copy of `value` with {@link printable} applied to every string and key at any depth. */
export function printableData<Value>(value: Value): Value {
  return mapStrings(value, printable) as Value;
}

/** `text` cut to at most `length` characters, an ellipsis marking the cut: for values quoted in messages. */
export function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
