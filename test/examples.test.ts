// The programs in examples/: compiled against the built package with the project's strict
// settings, then run as a user would run them, against a local server that checks every request
// against the spec (test/helpers/contract-server.ts).
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useContractServer } from './helpers/contract-server.js';
import { responseExample } from './helpers/examples.js';
import { json } from './helpers/test-server.js';
import { PROJECT_DIR, run } from './helpers/project.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

const EXAMPLES_DIR = path.join(PROJECT_DIR, 'examples');

const server = useContractServer(
  (request) => {
    if (request.url === '/v0/auth/token') {
      return json(200, { access_token: 'asset-access-token', token_type: 'Bearer', expires_in: 3600 });
    }
    if (request.url.includes('/invoice/')) {
      return json(200, responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice'), 'application/json', {
        'x-ratelimit-limit': '300',
        'x-ratelimit-remaining': '299',
        'x-ratelimit-reset': '1767225600',
        'x-request-id': 'req_example_1',
      });
    }
    if (request.url.includes('/bills/'))
      return json(200, responseExample('asset.yaml', 'updateBill', '200', 'updatedBill'));
    return json(
      200,
      responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice'),
      'application/hal+json',
    );
  },
  { spec: 'both' },
);

describe('examples/', () => {
  it('compile against the built package with the strict settings', async () => {
    const files = (await readdir(EXAMPLES_DIR))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => path.join(EXAMPLES_DIR, file));
    expect(files.length).toBe(3);
    const diagnostics = typeScriptDiagnostics(files);
    expect(diagnostics).toEqual([]);
  });

  it.each([
    [
      'update-invoice-status.ts',
      'invoice INV-2025-0042 is paid; paid 1080 of 1080\nrequests left this minute: 299 (request id req_example_1)',
      ['POST /v0/auth/token', 'PATCH /v0/business/biz_GA6EG2qFxA97NZHtxeLPUy/invoice/inv_WQMDNUHpBThYSNh4AprDBo'],
    ],
    [
      'update-bill.ts',
      'bill BILL-002 now has 1 line(s), due 2025-03-01T00:00:00Z',
      ['PATCH /v0/business/biz_GA6EG2qFxA97NZHtxeLPUy/bills/bil_WQMDNUHpBThYSNh4AprDBo'],
    ],
    [
      'update-sales-invoice.ts',
      'sales invoice INV-0000001 is issued, due 2024-10-17T10:47:39+00:00',
      ['PATCH /v2/sales-invoices/invoice_4Y0eZitmBnQ6IDoMqZQKh'],
    ],
  ])('%s runs against the local server', async (file, expectedOutput, expectedRequests) => {
    const result = await run(process.execPath, ['--import', 'tsx/esm', path.join(EXAMPLES_DIR, file)], {
      env: {
        ASSET_BASE_URL: server.url,
        MOLLIE_BASE_URL: server.url,
        ASSET_CLIENT_ID: 'example-client',
        ASSET_CLIENT_SECRET: 'example-secret',
        ASSET_TOKEN: 'asset-token',
        MOLLIE_API_KEY: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM',
      },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(expectedOutput);
    expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(expectedRequests);
  });
});
