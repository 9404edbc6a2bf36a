import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as errors from '../src/errors/errors.js';
import { InvoicingSdkError, isInvoicingSdkError, SDK_ERROR_CLASSES } from '../src/errors/errors.js';

// The names of the error classes are how an error from another realm (a worker, a vm context, a
// second copy of the package) is recognised: the list they come from must hold every class.

const exportedClasses = Object.values(errors).filter(
  (value): value is (typeof SDK_ERROR_CLASSES)[number] =>
    typeof value === 'function' && (value === InvoicingSdkError || value.prototype instanceof InvoicingSdkError),
);

describe('the error classes', () => {
  it('are all in SDK_ERROR_CLASSES, and nothing else is', () => {
    expect(new Set(SDK_ERROR_CLASSES)).toEqual(new Set(exportedClasses));
    expect(exportedClasses.length).toBeGreaterThanOrEqual(10);
  });

  it('name their errors by their errorName, each a different one', () => {
    const names = SDK_ERROR_CLASSES.map((type) => type.errorName);
    expect(new Set(names).size).toBe(names.length);
    for (const type of SDK_ERROR_CLASSES) {
      // Every constructor accepts being called with a message alone or with its details object;
      // the name is a field initialiser, set whatever the arguments.
      const instance = Reflect.construct(type, constructorArguments(type)) as InvoicingSdkError;
      expect(instance.name, type.errorName).toBe(type.errorName);
    }
  });

  it('are recognised by name from another realm (but the platform AbortError is not ours)', () => {
    for (const { errorName } of SDK_ERROR_CLASSES) {
      const foreign: unknown = vm.runInNewContext(`const e = new Error('x'); e.name = ${JSON.stringify(errorName)}; e`);
      expect(isInvoicingSdkError(foreign), errorName).toBe(errorName !== 'AbortError');
    }
  });
});

/** Arguments each constructor can be called with (their shapes differ: a message, or a details object). */
function constructorArguments(type: { readonly errorName: string }): unknown[] {
  const call = { operationId: 'op', method: 'GET', url: 'https://example.com/', attempts: 1 };
  const answer = { ...call, status: 500, headers: new Headers() };
  const byName: Record<string, unknown[]> = {
    ApiError: [{ ...answer, body: {} }],
    RequestValidationError: ['op', []],
    ResponseValidationError: ['op', [], undefined],
    ConnectionError: [{ ...call, maybeSent: false }],
    TimeoutError: [{ ...call, scope: 'attempt', timeoutMs: 1 }],
    UnexpectedResponseError: [{ ...answer, reason: 'HTML', contentType: 'text/html', bodySnippet: '' }],
  };
  return byName[type.errorName] ?? ['message'];
}
