// The is…Error guards recognise the SDK's errors from another realm by name and shape.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  isAbortError,
  isApiError,
  isConnectionError,
  isInvoicingSdkError,
  isRequestValidationError,
  isTimeoutError,
  isTokenRequestError,
} from '../../src/index.js';

describe('guards across realms', () => {
  const foreign = (source: string): unknown => vm.runInNewContext(source);

  it('isApiError recognises an ApiError-like error from another realm, and not a plain Error', () => {
    const error = foreign("const e = new Error('upstream failed'); e.name = 'ApiError'; e.status = 500; e");
    expect(error instanceof Error).toBe(false); // really another realm
    expect(isApiError(error)).toBe(true);
    expect(isApiError(new Error('plain'))).toBe(false);
    expect(isApiError(foreign("const e = new Error('x'); e.name = 'ApiError'; e"))).toBe(false); // no status
    expect(isApiError({ name: 'ApiError', status: '500' })).toBe(false);
    expect(isApiError(null)).toBe(false);
    expect(isApiError('ApiError')).toBe(false);
  });

  it('the other guards recognise their errors from another realm by name and shape', () => {
    expect(
      isConnectionError(foreign("const e = new Error('x'); e.name = 'ConnectionError'; e.maybeSent = false; e")),
    ).toBe(true);
    expect(isTimeoutError(foreign("const e = new Error('x'); e.name = 'TimeoutError'; e.timeoutMs = 5; e"))).toBe(true);
    expect(
      isRequestValidationError(
        foreign("const e = new Error('x'); e.name = 'RequestValidationError'; e.issues = []; e"),
      ),
    ).toBe(true);
    expect(isTokenRequestError(foreign("const e = new Error('x'); e.name = 'TokenRequestError'; e"))).toBe(true);
    expect(isAbortError(foreign("const e = new Error('stop'); e.name = 'AbortError'; e"))).toBe(true);
    expect(isConnectionError(new Error('plain'))).toBe(false);
    expect(isTimeoutError(new Error('plain'))).toBe(false);
  });

  // An Error from another realm is not `instanceof Error` here; the guard matches by name.
  it('isInvoicingSdkError recognises an SDK error from another realm', () => {
    const error = foreign("const e = new Error('upstream failed'); e.name = 'ApiError'; e.status = 500; e");
    expect(isApiError(error)).toBe(true);
    expect(isInvoicingSdkError(error)).toBe(true);
  });
});
