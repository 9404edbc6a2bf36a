// Mark an Asset invoice as paid, with OAuth client credentials.
import { createAssetClient, isApiError, isRequestValidationError } from 'invoicing-sdk';

const asset = createAssetClient({
  ...(process.env['ASSET_BASE_URL'] ? { baseUrl: process.env['ASSET_BASE_URL'] } : { environment: 'sandbox' }),
  clientCredentials: {
    clientId: process.env['ASSET_CLIENT_ID'] ?? '',
    clientSecret: process.env['ASSET_CLIENT_SECRET'] ?? '',
  },
  headerDefaults: { 'x-user-id': 'billing-service@example.com' },
});

try {
  const { data: invoice } = await asset.updateInvoiceStatus({
    path: { business_id: 'biz_GA6EG2qFxA97NZHtxeLPUy', invoice_id: 'inv_WQMDNUHpBThYSNh4AprDBo' },
    body: { status: 'paid' },
  });
  console.log(`invoice ${invoice.number} is ${invoice.status}; paid ${invoice.total_paid} of ${invoice.total_amount}`);
} catch (error) {
  if (isRequestValidationError(error)) console.error('not sent:', error.issues);
  else if (isApiError(error)) console.error(`Asset answered ${error.status}`, error.body);
  else throw error;
  process.exitCode = 1;
}
