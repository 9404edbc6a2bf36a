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
  // `.withResponse()` gives the response with the body (same single request): here the rate-limit
  // headers Asset's spec declares, already read as numbers, and the request id for support.
  const { data, declaredHeaders, requestId } = await asset
    .updateInvoiceStatus({
      path: { business_id: 'biz_GA6EG2qFxA97NZHtxeLPUy', invoice_id: 'inv_WQMDNUHpBThYSNh4AprDBo' },
      body: { status: 'paid' },
    })
    .withResponse();
  const invoice = data.data;
  console.log(`invoice ${invoice.number} is ${invoice.status}; paid ${invoice.total_paid} of ${invoice.total_amount}`);
  const left = declaredHeaders['x-ratelimit-remaining'];
  console.log(`requests left this minute: ${left ?? 'not said'} (request id ${requestId ?? 'none'})`);
} catch (error) {
  if (isRequestValidationError(error)) console.error('not sent:', error.issues);
  else if (isApiError(error)) console.error(`Asset answered ${error.status}`, error.body);
  else throw error;
  process.exitCode = 1;
}
