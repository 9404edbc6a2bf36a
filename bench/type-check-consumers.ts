// The small consumer programs bench/type-check-cost.ts type-checks, each as a file's source. They
// live here as text (not as .ts files under test/) because they import the *built* package by
// name: the project's own `tsc` runs before `npm run compile`, when dist/ may not exist yet.
// The bench refuses to time a consumer that does not compile, so these cannot silently rot.

export interface Consumer {
  readonly id: string;
  readonly label: string;
  readonly source: string;
}

export const EMPTY_CONSUMER: Consumer = {
  id: 'empty',
  label: 'empty file (baseline)',
  source: 'export {};\n',
};

export const OUR_MOLLIE_CONSUMER: Consumer = {
  id: 'ours-mollie',
  label: 'invoicing-sdk: the Mollie operation (createMollieClient)',
  source: `import { createMollieClient } from 'invoicing-sdk';

const mollie = createMollieClient({ token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
const invoice = await mollie.updateSalesInvoice({
  path: { salesInvoiceId: 'invoice_4Y0eZitmBnQ6IDoMqZQKh' },
  body: { memo: 'x', paymentTerm: '30 days' },
});
console.log(invoice.status);
`,
};

export const OUR_ALL_OPERATIONS_CONSUMER: Consumer = {
  id: 'ours-all',
  label: 'invoicing-sdk: all three operations (createAssetClient, createMollieClient)',
  source: `import { createAssetClient, createMollieClient } from 'invoicing-sdk';

const asset = createAssetClient({ token: 'your-asset-access-token' });
const business_id = 'biz_GA6EG2qFxA97NZHtxeLPUy';
const { data: invoice } = await asset.updateInvoiceStatus({
  path: { business_id, invoice_id: 'inv_WQMDNUHpBThYSNh4AprDBo' },
  header: { 'x-user-id': 'accounts@example.com' },
  body: { status: 'paid' },
});
const { data: bill } = await asset.updateBill({
  path: { business_id, bill_id: 'bil_WQMDNUHpBThYSNh4AprDBo' },
  body: { due_at: '2025-03-01T00:00:00Z' },
});
const mollie = createMollieClient({ token: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' });
const salesInvoice = await mollie.updateSalesInvoice({
  path: { salesInvoiceId: 'invoice_4Y0eZitmBnQ6IDoMqZQKh' },
  body: { memo: 'x', paymentTerm: '30 days' },
});
console.log(invoice.status, bill.status, salesInvoice.status);
`,
};

export const OPENAPI_FETCH_CONSUMER: Consumer = {
  id: 'openapi-fetch',
  label: 'openapi-fetch with invoicing-sdk’s generated Mollie `paths`',
  source: `import createClient from 'openapi-fetch';
import type { paths } from 'invoicing-sdk/mollie';

const client = createClient<paths>({ baseUrl: 'https://api.mollie.com' });
const { data } = await client.PATCH('/v2/sales-invoices/{salesInvoiceId}', {
  params: { path: { salesInvoiceId: 'invoice_4Y0eZitmBnQ6IDoMqZQKh' } },
  body: { memo: 'x', paymentTerm: '30 days' },
});
console.log(data?.status);
`,
};

export const THEIR_CLASS_CONSUMER: Consumer = {
  id: 'mollie-class',
  label: 'mollie-api-typescript: the same call through new Client()',
  source: `import { Client } from 'mollie-api-typescript';

const client = new Client({ security: { apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' } });
const invoice = await client.salesInvoices.update({
  salesInvoiceId: 'invoice_4Y0eZitmBnQ6IDoMqZQKh',
  requestBody: { memo: 'x', paymentTerm: '30 days' },
});
console.log(invoice.status);
`,
};

export const THEIR_STANDALONE_CONSUMER: Consumer = {
  id: 'mollie-standalone',
  label: 'mollie-api-typescript: the same call through ClientCore + salesInvoicesUpdate',
  source: `import { ClientCore } from 'mollie-api-typescript/core.js';
import { salesInvoicesUpdate } from 'mollie-api-typescript/funcs/salesInvoicesUpdate.js';

const core = new ClientCore({ security: { apiKey: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' } });
const result = await salesInvoicesUpdate(core, {
  salesInvoiceId: 'invoice_4Y0eZitmBnQ6IDoMqZQKh',
  requestBody: { memo: 'x', paymentTerm: '30 days' },
});
if (result.ok) console.log(result.value.status);
`,
};

export const CONSUMERS: readonly Consumer[] = [
  EMPTY_CONSUMER,
  OUR_MOLLIE_CONSUMER,
  OUR_ALL_OPERATIONS_CONSUMER,
  OPENAPI_FETCH_CONSUMER,
  THEIR_CLASS_CONSUMER,
  THEIR_STANDALONE_CONSUMER,
];
