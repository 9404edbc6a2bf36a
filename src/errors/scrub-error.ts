import { holdsSecret, scrubText, type SecretSet } from '../redaction/secret-scrubber.js';
import { InvoicingSdkError } from './errors.js';

/**
 * `error` with every credential of `secrets` taken out of its message, stack, URL and `cause` chain,
 * in every encoding, for an error of this package about to reach the caller (its other fields are
 * built from scrubbed data already). Another error is the caller's own (their `fetch` threw it) and
 * is returned untouched. A cause that holds a secret is replaced by a plain Error of the same name,
 * code and scrubbed text; one that holds none is kept as it is.
 */
export function scrubError(error: unknown, secrets: SecretSet): unknown {
  if (!(error instanceof InvoicingSdkError) || secrets.empty) return error;
  for (const key of ['message', 'stack', 'url'] as const) replaceText(error, key, secrets);
  const { cause } = error as { cause?: unknown };
  if (cause !== undefined) {
    const clean = scrubCause(cause, secrets, 0);
    if (clean !== cause)
      Object.defineProperty(error, 'cause', { ...Object.getOwnPropertyDescriptor(error, 'cause'), value: clean });
  }
  return error;
}

function replaceText(target: object, key: string, secrets: SecretSet): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor === undefined || typeof descriptor.value !== 'string' || !holdsSecret(descriptor.value, secrets))
    return;
  Object.defineProperty(target, key, { ...descriptor, value: scrubText(descriptor.value, secrets) });
}

function scrubCause(cause: unknown, secrets: SecretSet, depth: number): unknown {
  if (typeof cause === 'string') return scrubText(cause, secrets);
  if (typeof cause !== 'object' || cause === null || depth > 8) return cause;
  const { name, message, stack, code, cause: inner } = cause as Record<string, unknown>;
  const cleanInner = inner === undefined ? undefined : scrubCause(inner, secrets, depth + 1);
  const texts = [message, stack, code].filter((text): text is string => typeof text === 'string');
  if (cleanInner === inner && !texts.some((text) => holdsSecret(text, secrets))) return cause;
  const copy = new Error(
    scrubText(String(message ?? ''), secrets),
    cleanInner === undefined ? undefined : { cause: cleanInner },
  );
  if (typeof name === 'string') copy.name = scrubText(name, secrets);
  if (typeof stack === 'string') copy.stack = scrubText(stack, secrets);
  if (typeof code === 'string') Object.assign(copy, { code: scrubText(code, secrets) });
  return copy;
}
