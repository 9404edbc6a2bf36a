// The User-Agent each request carries. Every request goes to a real HTTP server on 127.0.0.1 that
// checks it against the spec with Ajv (test/helpers/contract-server.ts). Shared fixtures:
// test/helpers/responses-and-secrets.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SDK_VERSION } from '../../src/client/version.js';
import { useContractServer } from '../helpers/contract-server.js';
import { json, type Reply, type TestRequest } from '../helpers/test-server.js';
import { PROJECT_DIR } from '../helpers/project.js';
import {
  INVOICE_PATH,
  TOKEN_PATH,
  invoiceExample,
  salesInvoiceExample,
  assetInvoiceCall,
  mollieMemoCall,
} from '../helpers/responses-and-secrets.js';

let answer: (request: TestRequest) => Reply;
const server = useContractServer((request) => answer(request), { spec: 'both' });

describe('User-Agent', () => {
  it('is invoicing-sdk/<version> Node.js/<version> on API and token requests', async () => {
    answer = (request) =>
      request.url === TOKEN_PATH
        ? json(200, { access_token: 'access_abc', token_type: 'Bearer' })
        : json(200, invoiceExample);
    await assetInvoiceCall(server.url, {
      token: undefined,
      clientCredentials: { clientId: 'id', clientSecret: 'secret-value' },
    });
    const expected = `invoicing-sdk/${SDK_VERSION} Node.js/${process.versions.node}`;
    expect(server.requests.map((request) => [request.url, request.headers['user-agent']])).toEqual([
      [TOKEN_PATH, expected],
      [INVOICE_PATH, expected],
    ]);
  });

  it("keeps a caller's own User-Agent header", async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    await mollieMemoCall(server.url, { headers: { 'User-Agent': 'billing-service/2.3' } });
    expect(server.requests[0]?.headers['user-agent']).toBe('billing-service/2.3');
  });

  it("SDK_VERSION is package.json's version", () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_DIR, 'package.json'), 'utf8')) as { version: string };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});
