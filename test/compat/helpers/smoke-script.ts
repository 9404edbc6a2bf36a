// The consumer program every runtime runs against the test's API server: the three operations of
// the installed package, then one bad id per operation (refused before anything is sent). It is one
// template with three headers: an ES module (run unchanged by Node, Bun and Deno), a CommonJS file
// (require), and a browser module (bundled by esbuild). It prints, or hands the page, one JSON
// object: what each operation returned and how each bad request was refused.

export const IDS = {
  business: 'biz_GA6EG2qFxA97NZHtxeLPUy',
  invoice: 'inv_WQMDNUHpBThYSNh4AprDBo',
  bill: 'bil_WQMDNUHpBThYSNh4AprDBo',
  salesInvoice: 'invoice_4Y0eZitmBnQ6IDoMqZQKh',
} as const;

export const TOKENS = { asset: 'asset-compat-token', mollie: 'test_dHar4XY7LxsDOtmnkVtjNVWXLSlXsM' } as const;

/** What the smoke program reports. */
export interface SmokeReport {
  readonly runtime: string;
  readonly invoice: { readonly id: string; readonly status: string; readonly businessId: string };
  readonly bill: { readonly id: string; readonly number: string };
  readonly salesInvoice: { readonly id: string; readonly status: string; readonly resource: string };
  readonly refused: readonly {
    readonly operation: string;
    readonly name: string;
    readonly guard: boolean;
    readonly issuePaths: readonly string[];
  }[];
}

const BODY = `
const IDS = ${JSON.stringify(IDS)};
const TOKENS = ${JSON.stringify(TOKENS)};

function runtimeName() {
  if (typeof Deno !== 'undefined') return 'deno ' + Deno.version.deno;
  if (typeof Bun !== 'undefined') return 'bun ' + Bun.version;
  if (typeof process !== 'undefined' && process.versions && process.versions.node) return 'node ' + process.version;
  return typeof navigator !== 'undefined' ? navigator.userAgent : 'unknown';
}

async function smoke(sdk, baseUrl) {
  const asset = sdk.createAssetClient({ baseUrl, token: TOKENS.asset, retry: false });
  const mollie = sdk.createMollieClient({ baseUrl, token: TOKENS.mollie, retry: false });

  const { data: invoice } = await asset.updateInvoiceStatus({
    path: { business_id: IDS.business, invoice_id: IDS.invoice },
    header: { 'x-user-id': 'accounts@example.com' },
    body: { status: 'paid' },
  });
  const { data: bill } = await asset.updateBill({
    path: { business_id: IDS.business, bill_id: IDS.bill },
    body: { number: 'BILL-002', description: 'Updated office supplies' },
  });
  const salesInvoice = await mollie.updateSalesInvoice({
    path: { salesInvoiceId: IDS.salesInvoice },
    body: { status: 'paid', paymentDetails: { source: 'manual' } },
  });

  const attempts = {
    updateInvoiceStatus: () =>
      asset.updateInvoiceStatus({ path: { business_id: IDS.business, invoice_id: 'inv_not valid!' }, body: { status: 'paid' } }),
    updateBill: () =>
      asset.updateBill({ path: { business_id: IDS.business, bill_id: IDS.invoice }, body: { number: 'x' } }),
    updateSalesInvoice: () =>
      mollie.updateSalesInvoice({ path: { salesInvoiceId: 'invoice_../x' }, body: { memo: 'x' } }),
  };
  const refused = [];
  for (const [operation, attempt] of Object.entries(attempts)) {
    try {
      await attempt();
      refused.push({ operation, name: 'not refused', guard: false, issuePaths: [] });
    } catch (error) {
      refused.push({
        operation,
        name: error && error.name,
        guard: sdk.isRequestValidationError(error),
        issuePaths: Array.isArray(error && error.issues) ? error.issues.map((issue) => issue.path) : [],
      });
    }
  }

  return {
    runtime: runtimeName(),
    invoice: { id: invoice.id, status: invoice.status, businessId: invoice.business_id },
    bill: { id: bill.id, number: bill.number },
    salesInvoice: { id: salesInvoice.id, status: salesInvoice.status, resource: salesInvoice.resource },
    refused,
  };
}
`;

/** The smoke program for `kind`; Node/Bun/Deno read the API's URL from SMOKE_BASE_URL, the page from `?api=`. */
export function smokeSource(kind: 'esm' | 'cjs' | 'browser'): string {
  switch (kind) {
    case 'esm':
      return `import * as sdk from 'invoicing-sdk';
${BODY}
const report = await smoke(sdk, process.env.SMOKE_BASE_URL);
console.log('SMOKE ' + JSON.stringify(report));
`;
    case 'cjs':
      return `'use strict';
const sdk = require('invoicing-sdk');
${BODY}
smoke(sdk, process.env.SMOKE_BASE_URL).then(
  (report) => console.log('SMOKE ' + JSON.stringify(report)),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
`;
    case 'browser':
      return `import * as sdk from 'invoicing-sdk';
${BODY}
const baseUrl = new URL(location.href).searchParams.get('api');
smoke(sdk, baseUrl).then(
  (report) => { window.__smoke = { ok: true, report }; },
  (error) => { window.__smoke = { ok: false, error: String((error && error.stack) || error) }; },
);
`;
  }
}
