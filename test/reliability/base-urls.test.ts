// A base URL whose text differs from its parts (issue 12, class 4): `https://host/x?` has an empty
// `search` and still moves the operation path into the query once the path is appended. fast-check
// draws base URLs in every spelling (scheme in any case, user info, hosts, ports, path segments,
// trailing slashes, query and fragment markers bare or with content, percent-encoded markers) and
// gives each to the real clients, Asset's with client credentials so that the token URL is derived
// from it too. The oracle: a base URL with a query or fragment marker, credentials, or a scheme
// other than http(s) is a ConfigurationError; any other is accepted, and then every request (the
// token request included) goes to the base URL's origin, on the base path followed by exactly the
// operation's path, with no query and no fragment. The requests are captured by the client's
// `fetch` option: the hosts drawn are not ours to call.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigurationError, createAssetClient, createMollieClient } from '../../src/index.js';
import { responseExample } from '../helpers/examples.js';
import { BUSINESS_ID, INVOICE_ID, SALES_INVOICE_ID } from '../helpers/sample-values.js';
import { recordScenario } from './helpers/record.js';
import { SCALE } from './helpers/scale.js';

const scheme = fc.constantFrom('http', 'https', 'HTTPS', 'Http', 'ftp', 'file', 'ws', 'javascript', 'data');
const userInfo = fc.constantFrom('', '', '', 'user@', 'user:pass@', ':pass@', '%75ser@');
const host = fc.constantFrom('127.0.0.1:8080', 'api.example.com', 'localhost:3000', '[::1]:8443', 'EXAMPLE.org');
const segment = fc.stringMatching(/^[a-z0-9._~%-]{0,8}$/u);
const tail = fc.constantFrom('', '', '/', '//', '?', '#', '?#', '#?', '??', '?x=1', '#frag', '/?', '/#', '%3F', '%23');

const invoice = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
const salesInvoice = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');

/** What the spelling must be judged as: refused, or the origin and path requests must use. */
function expected(baseUrl: string): { refused: true } | { refused: false; origin: string; basePath: string } {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return { refused: true }; // not a URL at all
  }
  if (!/^https?:$/u.test(url.protocol) || url.username !== '' || url.password !== '' || /[?#]/u.test(baseUrl))
    return { refused: true };
  return { refused: false, origin: url.origin, basePath: url.pathname.replace(/\/+$/u, '') };
}

describe('base URLs in every spelling', () => {
  const tally = { runs: 0, refused: 0, accepted: 0, requests: 0, failures: 0 };
  afterAll(() => {
    recordScenario({
      group: 'escape routes',
      scenario: 'base URLs in every spelling: markers, credentials, schemes (class 4)',
      operation: 'updateSalesInvoice, updateInvoiceStatus and its token request',
      runs: tally.runs,
      outcome: `${tally.refused} refused (ConfigurationError), ${tally.accepted} accepted; ${tally.requests} requests, each on the base path + the operation's path`,
      failures: tally.failures,
    });
  });

  it('are refused when their text carries a query or fragment marker, credentials or another scheme; otherwise every request stays on the operation path', async () => {
    await fc.assert(
      fc.asyncProperty(
        scheme,
        userInfo,
        host,
        fc.array(segment, { maxLength: 3 }),
        tail,
        async (protocol, user, at, parts, end) => {
          tally.runs += 1;
          tally.failures += 1;
          const baseUrl = `${protocol}://${user}${at}/${parts.join('/')}${end}`;
          const judged = expected(baseUrl);
          const sent: URL[] = [];
          const fetch = async (request: Request): Promise<Response> => {
            const url = new URL(request.url);
            sent.push(url);
            // Told apart by how the path ends: a drawn base path may itself be `/v2` or `/v0`.
            const mollie = url.pathname.endsWith(`/v2/sales-invoices/${SALES_INVOICE_ID}`);
            const body = url.pathname.endsWith('/auth/token')
              ? { access_token: 'issuedToken123', token_type: 'Bearer', expires_in: 3600 }
              : mollie
                ? salesInvoice
                : invoice;
            const type = mollie ? 'application/hal+json' : 'application/json';
            return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': type } });
          };
          const make = (): Array<() => Promise<unknown>> => {
            const mollie = createMollieClient({ token: 'test_baseUrlToken123', baseUrl, fetch });
            const asset = createAssetClient({
              clientCredentials: { clientId: 'c', clientSecret: 'secret-1' },
              baseUrl,
              fetch,
            });
            return [
              () => mollie.updateSalesInvoice({ path: { salesInvoiceId: SALES_INVOICE_ID }, body: { memo: 'x' } }),
              () =>
                asset.updateInvoiceStatus({
                  path: { business_id: BUSINESS_ID, invoice_id: INVOICE_ID },
                  body: { status: 'paid' },
                }),
            ];
          };
          if (judged.refused) {
            expect(() => make(), baseUrl).toThrow(ConfigurationError);
            tally.refused += 1;
          } else {
            for (const call of make()) await call();
            expect(sent.map((url) => url.pathname)).toEqual([
              `${judged.basePath}/v2/sales-invoices/${SALES_INVOICE_ID}`,
              `${judged.basePath}/v0/auth/token`,
              `${judged.basePath}/v0/business/${BUSINESS_ID}/invoice/${INVOICE_ID}`,
            ]);
            for (const url of sent) {
              expect(url.origin, baseUrl).toBe(judged.origin);
              expect(url.search, baseUrl).toBe('');
              expect(url.hash, baseUrl).toBe('');
            }
            tally.accepted += 1;
            tally.requests += sent.length;
          }
          tally.failures -= 1;
        },
      ),
      { numRuns: SCALE.propertyRuns },
    );
  });

  it('a base URL that is not a string is a ConfigurationError, not a TypeError', () => {
    expect(() => createMollieClient({ token: 'test_x', baseUrl: 42 as unknown as string })).toThrow(ConfigurationError);
  });
});
