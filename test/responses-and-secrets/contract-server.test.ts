// The contract server's own check: a request the spec rejects is recorded, a valid one is not.
// Shared fixtures: test/helpers/responses-and-secrets.ts.
import { describe, expect, it } from 'vitest';
import { startContractServer, useContractServer } from '../helpers/contract-server.js';
import { json, type Reply, type TestRequest } from '../helpers/test-server.js';
import { BUSINESS_ID } from '../helpers/sample-values.js';
import { INVOICE_PATH, SALES_INVOICE_PATH, TOKEN_PATH, salesInvoiceExample } from '../helpers/responses-and-secrets.js';

let answer: (request: TestRequest) => Reply;
const server = useContractServer((request) => answer(request), { spec: 'both' });

describe('contract server self-test: a request the spec rejects is recorded', () => {
  const validMollie = {
    method: 'PATCH',
    headers: { authorization: 'Bearer test_x', 'content-type': 'application/json', accept: 'application/hal+json' },
  };

  it('accepts a valid request, so the check does not flag everything', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    await fetch(server.url + SALES_INVOICE_PATH, { ...validMollie, body: JSON.stringify({ memo: 'x' }) });
    expect(server.requests).toHaveLength(1);
    expect(server.violations).toEqual([]);
  });

  it('records an unknown body field, a path parameter with the wrong prefix, a wrong content type and an unknown path', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    // Asset's body: Mollie's is open since issue 15 (fields it does not list are left to Mollie).
    await fetch(server.url + INVOICE_PATH, {
      method: 'PATCH',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'paid', colour: 'red' }),
    });
    await fetch(`${server.url}/v0/business/${BUSINESS_ID}/invoice/bil_WQMDNUHpBThYSNh4AprDBo`, {
      method: 'PATCH',
      headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'paid' }),
    });
    await fetch(server.url + SALES_INVOICE_PATH, {
      ...validMollie,
      headers: { ...validMollie.headers, 'content-type': 'text/plain' },
      body: JSON.stringify({ memo: 'x' }),
    });
    await fetch(`${server.url}/v2/payments/tr_WDqYK6vllg`, { method: 'GET', headers: { authorization: 'Bearer t' } });
    await fetch(`${server.url}/v2/sales-invoices/invoice_abc%2F..%2Fx`, { ...validMollie, body: '{"memo":"x"}' });

    const found = server.violations.splice(0);
    expect(found).toHaveLength(5);
    expect(found[0]).toMatch(/PATCH \/v0\/business\/.*updateInvoiceStatus.*additional properties \(colour\)/);
    expect(found[1]).toMatch(/path parameter invoice_id "bil_WQMDNUHpBThYSNh4AprDBo" breaks its schema/);
    expect(found[2]).toMatch(/content-type text\/plain is not one of application\/json/);
    expect(found[3]).toBe(
      'GET /v2/payments/tr_WDqYK6vllg: no operation of asset.yaml or mollie.yaml has this method and path',
    );
    expect(found[4]).toMatch(/path parameter salesInvoiceId "invoice_abc\/\.\.\/x" breaks its schema/);
  });

  it('skips the Asset token endpoint only where the Asset spec is checked', async () => {
    answer = () => json(200, { access_token: 'tok' });
    await fetch(server.url + TOKEN_PATH, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    });
    expect(server.violations).toEqual([]);

    const mollieOnly = await startContractServer(() => json(200, {}), { spec: 'mollie.yaml' });
    try {
      await fetch(mollieOnly.url + TOKEN_PATH, { method: 'POST', body: 'grant_type=client_credentials' });
      await fetch(mollieOnly.url + INVOICE_PATH, {
        method: 'PATCH',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: '{"status":"paid"}',
      });
      expect(mollieOnly.violations).toEqual([
        'POST /v0/auth/token: no operation of mollie.yaml has this method and path',
        `PATCH ${INVOICE_PATH}: no operation of mollie.yaml has this method and path`,
      ]);
    } finally {
      await mollieOnly.close();
    }
  });
});
