// A base URL whose text differs from its parts (issue 12, class 4): `https://host/x?` has an empty
// `search` and still moves the operation path into the query once the path is appended. Every
// spelling with a query or fragment marker is refused, for data calls and for the token URL that
// is derived from the same normalised value; every accepted one sends the operation to its path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigurationError, createAssetCore, createMollieCore } from '../src/index.js';
import { SCALE } from './reliability/helpers/scale.js';

const host = fc.constantFrom('127.0.0.1:9', 'api.example.com', 'localhost:8080');
const segment = fc.stringMatching(/^[a-z0-9-]{0,8}$/u);
const marker = fc.constantFrom('?', '#', '?#', '#?', '??', '##', '?x=1', '#frag', '?#x', '/?', '/#');

describe('base URLs with a query or fragment marker', () => {
  it('are refused in any spelling, by every client option that takes one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('http', 'https'),
        host,
        fc.array(segment, { maxLength: 3 }),
        marker,
        (scheme, at, parts, tail) => {
          const baseUrl = `${scheme}://${at}/${parts.join('/')}${tail}`;
          expect(() => createMollieCore({ token: 'test_x', baseUrl }), baseUrl).toThrow(ConfigurationError);
          expect(
            () => createAssetCore({ clientCredentials: { clientId: 'c', clientSecret: 's' }, baseUrl }),
            baseUrl,
          ).toThrow(ConfigurationError);
        },
      ),
      { numRuns: SCALE.propertyRuns },
    );
  });

  it('accepted ones end in a path, so the operation path is appended to the path', () => {
    fc.assert(
      fc.property(fc.constantFrom('http', 'https'), host, fc.array(segment, { maxLength: 3 }), (scheme, at, parts) => {
        const core = createMollieCore({ token: 'test_x', baseUrl: `${scheme}://${at}/${parts.join('/')}` });
        const url = new URL(`${core.baseUrl}/v2/sales-invoices/invoice_abc`);
        expect(url.search).toBe('');
        expect(url.hash).toBe('');
        expect(url.pathname.endsWith('/v2/sales-invoices/invoice_abc')).toBe(true);
      }),
      { numRuns: SCALE.propertyRuns },
    );
  });

  it('a base URL that is not a string is a ConfigurationError, not a TypeError', () => {
    expect(() => createMollieCore({ token: 'test_x', baseUrl: 42 as unknown as string })).toThrow(ConfigurationError);
  });
});
