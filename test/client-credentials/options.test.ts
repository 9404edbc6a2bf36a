// The token source's options, checked when it is created. Shared fixtures:
// test/helpers/client-credentials.ts.
import { describe, expect, it } from 'vitest';
import { createClientCredentialsTokenSource, type TokenSourceOptions } from '../../src/auth/client-credentials.js';
import { ConfigurationError } from '../../src/errors/errors.js';
import { SECRET, ASSET_FIELDS } from '../helpers/client-credentials.js';

describe('option validation', () => {
  const valid: TokenSourceOptions = {
    tokenUrl: 'https://api.example.com/v0/auth/token',
    credentials: { clientId: 'client-abc', clientSecret: SECRET },
    extraFields: ASSET_FIELDS,
    fetch: (request) => globalThis.fetch(request),
  };

  function withOptions(changes: Record<string, unknown>): TokenSourceOptions {
    return { ...valid, ...changes } as unknown as TokenSourceOptions;
  }

  function withCredentials(changes: Record<string, unknown>): TokenSourceOptions {
    return withOptions({ credentials: { ...valid.credentials, ...changes } });
  }

  it('accepts valid options without sending anything', () => {
    let sent = 0;
    createClientCredentialsTokenSource({
      ...valid,
      fetch: () => {
        sent += 1;
        return Promise.reject(new Error('not expected'));
      },
    });
    expect(sent).toBe(0);
  });

  it.each<[string, TokenSourceOptions, string]>([
    ['a relative tokenUrl', withOptions({ tokenUrl: '/v0/auth/token' }), 'tokenUrl must be an absolute http(s) URL'],
    ['a missing tokenUrl', withOptions({ tokenUrl: undefined }), 'tokenUrl must be an absolute http(s) URL'],
    [
      'an ftp tokenUrl',
      withOptions({ tokenUrl: 'ftp://api.example.com/token' }),
      'tokenUrl must use http or https, not ftp',
    ],
    [
      'a tokenUrl with credentials',
      withOptions({ tokenUrl: 'https://user:pw@api.example.com/token' }),
      'tokenUrl must not contain a user name or password',
    ],
    ['missing credentials', withOptions({ credentials: undefined }), 'credentials must be an object'],
    ['an empty clientId', withCredentials({ clientId: '' }), 'credentials.clientId must be a non-empty string'],
    ['a missing clientId', withCredentials({ clientId: undefined }), 'credentials.clientId must be a non-empty string'],
    [
      'a blank clientSecret',
      withCredentials({ clientSecret: '  ' }),
      'credentials.clientSecret must be a non-empty string',
    ],
    [
      'a numeric clientSecret',
      withCredentials({ clientSecret: 123 }),
      'credentials.clientSecret must be a non-empty string',
    ],
    ['an empty scope', withCredentials({ scope: '' }), 'credentials.scope must be a non-empty string'],
    ['a numeric businessId', withCredentials({ businessId: 42 }), 'credentials.businessId must be a non-empty string'],
    ['a missing fetch', withOptions({ fetch: undefined }), 'fetch must be a function'],
    ['a negative refreshMarginMs', withOptions({ refreshMarginMs: -1 }), 'refreshMarginMs must be a finite number'],
    ['a NaN refreshMarginMs', withOptions({ refreshMarginMs: Number.NaN }), 'refreshMarginMs must be a finite number'],
    ['a zero requestTimeoutMs', withOptions({ requestTimeoutMs: 0 }), 'requestTimeoutMs must be a positive integer'],
    ['a now that is not a function', withOptions({ now: 5 }), 'now must be a function'],
  ])('refuses %s', (_label, options, message) => {
    expect(() => createClientCredentialsTokenSource(options)).toThrow(ConfigurationError);
    expect(() => createClientCredentialsTokenSource(options)).toThrow(message);
  });
});
