// Security and servers: the credentials each operation accepts (scheme, flow, token URL, scopes)
// and the documented server URLs.
// Sources are cited per row; the legend and the shared model: test/helpers/contract-places.ts.
import { describe, expect, it } from 'vitest';
import { SPECS, PROVIDER, type Op, specOf, titled, escapeRegExp } from '../helpers/contract-places.js';

interface SecurityRow {
  op: Op;
  credential: string;
  type: 'oauth2' | 'http';
  /** Exact scopes the operation asks for with this credential; undefined when not documented. */
  scopes?: string[];
  flow?: { name: string; tokenUrlEndsWith: string; authorizationUrl?: string };
  title: string;
}

const securityRows: SecurityRow[] = [
  // seed 000/001 "Authorizations" (OAuth 2.0 bearer token); asset-api.md §2 (client credentials at
  // POST /v0/auth/token). The seed version shows no scope, so scopes are not checked.
  ...(['updateInvoiceStatus', 'updateBill'] as const).map((op): SecurityRow => ({
    op,
    credential: 'OAuth 2.0 client credentials token',
    type: 'oauth2',
    flow: { name: 'clientCredentials', tokenUrlEndsWith: '/v0/auth/token' },
    title: `asset ${op} accepts an oauth2 clientCredentials token from /v0/auth/token`,
  })),
  // seed 004 "Access with"; mollie-api.md §1 "Security".
  {
    op: 'updateSalesInvoice',
    credential: 'API key',
    type: 'http',
    scopes: [],
    title: 'mollie updateSalesInvoice accepts an API key (http bearer, no scope)',
  },
  {
    op: 'updateSalesInvoice',
    credential: 'organization access token',
    type: 'http',
    scopes: ['sales-invoices.write'],
    title: 'mollie updateSalesInvoice accepts an organization access token (http bearer) with sales-invoices.write',
  },
  {
    op: 'updateSalesInvoice',
    credential: 'OAuth access token',
    type: 'oauth2',
    scopes: ['sales-invoices.write'],
    flow: {
      name: 'authorizationCode',
      tokenUrlEndsWith: 'https://api.mollie.com/oauth2/tokens',
      authorizationUrl: 'https://my.mollie.com/oauth2/authorize',
    },
    title: 'mollie updateSalesInvoice accepts OAuth (authorizationCode) with sales-invoices.write',
  },
];

describe('security', () => {
  it.each(titled(securityRows))('%s', (_title, row) => {
    const spec = specOf(row.op);
    const requirements = spec.security(row.op);
    const label = `${PROVIDER[row.op]} ${row.op} ${row.credential}`;
    const matching = requirements.filter((requirement) => {
      const names = Object.keys(requirement);
      if (names.length !== 1) return false;
      const scheme = spec.securityScheme(names[0]!);
      if (scheme['type'] !== row.type || (row.type === 'http' && scheme['scheme'] !== 'bearer')) return false;
      return row.scopes === undefined || JSON.stringify(requirement[names[0]!]) === JSON.stringify(row.scopes);
    });
    expect(matching.length, `${label}: one matching requirement in ${JSON.stringify(requirements)}`).toBe(1);
    if (row.flow) {
      const scheme = spec.securityScheme(Object.keys(matching[0]!)[0]!);
      const flows = spec.resolve(scheme['flows']);
      const flow = spec.resolve(flows[row.flow.name] ?? null);
      expect(String(flow['tokenUrl']), `${label} tokenUrl`).toMatch(
        new RegExp(`${escapeRegExp(row.flow.tokenUrlEndsWith)}$`),
      );
      if (row.flow.authorizationUrl !== undefined) {
        expect(flow['authorizationUrl'], `${label} authorizationUrl`).toBe(row.flow.authorizationUrl);
      }
    }
  });
});

// asset-api.md §1 (servers); mollie-api.md §1 (server).
const serverRows = (
  [
    { provider: 'asset', url: 'https://api.sandbox.getasset.com' },
    { provider: 'asset', url: 'https://api.getasset.com' },
    { provider: 'mollie', url: 'https://api.mollie.com' },
  ] as const
).map((row) => ({ ...row, title: `${row.provider} servers include ${row.url}` }));

describe('servers', () => {
  it.each(titled(serverRows))('%s', (_title, { provider, url }) => {
    const servers = SPECS[provider].doc['servers'];
    const urls = (Array.isArray(servers) ? servers : []).map((server) => SPECS[provider].resolve(server)['url']);
    expect(urls, `${provider} servers`).toContain(url);
  });
});
