import { pointerKeys as keysOfPointer } from '../validation/json-pointer.js';
/**
 * Whether one request may be sent again after a failure that may have reached the server, from the
 * operation's `x-retry` in the spec and the request body. This is what keeps a retry from applying
 * a write twice: a non-repeatable request is only re-sent when the server certainly did not
 * process it (see send-with-retries.ts).
 */

/** A body condition that makes an otherwise repeatable request non-repeatable. */
export interface RetryCondition {
  /** JSON pointer into the body, e.g. `/line_changes/create_lines`. */
  readonly field: string;
  /** Holds when the field is a non-empty array. */
  readonly nonEmpty?: true;
  /** Holds when the field has one of these values. */
  readonly in?: readonly unknown[];
}

/** `x-retry` as emitted by the generator. */
export interface RetrySafety {
  readonly repeatable: boolean;
  readonly notRepeatableWhen?: readonly RetryCondition[];
  /** The header that carries an idempotency key: one key per call, the same on every attempt. */
  readonly idempotencyHeader?: string;
}

/** May this body be sent twice without being applied twice? */
export function isRepeatable(safety: RetrySafety, body: unknown): boolean {
  if (!safety.repeatable) return false;
  return !(safety.notRepeatableWhen ?? []).some((condition) => holds(condition, valueAt(body, condition.field)));
}

function holds(condition: RetryCondition, value: unknown): boolean {
  if (condition.nonEmpty) return Array.isArray(value) && value.length > 0;
  return condition.in !== undefined && condition.in.includes(value);
}

// The pointers are the generated descriptions' own (a handful), and every call reads them: each is
// split and unescaped once.
const pointerKeys = new Map<string, readonly string[]>();

function keysOf(pointer: string): readonly string[] {
  let keys = pointerKeys.get(pointer);
  if (keys === undefined) {
    keys = keysOfPointer(pointer);
    pointerKeys.set(pointer, keys);
  }
  return keys;
}

/** The value at a JSON pointer, or undefined. */
function valueAt(document: unknown, pointer: string): unknown {
  let current = document;
  for (const key of keysOf(pointer)) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}
