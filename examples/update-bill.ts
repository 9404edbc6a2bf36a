// Move a bill's due date and add a line to it. Adding a line is not repeatable, so the client never
// re-sends this request once it may have reached Asset (see "Retries" in the README).
import { createAssetClient, isApiError, isConnectionError } from 'invoicing-sdk';

const asset = createAssetClient({
  ...(process.env['ASSET_BASE_URL'] ? { baseUrl: process.env['ASSET_BASE_URL'] } : { environment: 'sandbox' }),
  token: async () => process.env['ASSET_TOKEN'] ?? '',
});

try {
  const { data: bill } = await asset.updateBill({
    path: { business_id: 'biz_GA6EG2qFxA97NZHtxeLPUy', bill_id: 'bil_WQMDNUHpBThYSNh4AprDBo' },
    body: {
      due_at: '2025-03-01T00:00:00Z',
      line_changes: {
        create_lines: [{ amount: 120.52, ledger_id: 'ldg_ErisumsAc7qgmbTctM7zKK', description: 'Printer paper' }],
      },
    },
  });
  console.log(`bill ${bill.number} now has ${bill.lines?.length ?? 0} line(s), due ${bill.due_at}`);
} catch (error) {
  if (isConnectionError(error) && error.maybeSent) {
    console.error('the outcome is unknown: read the bill before trying again');
  } else if (isApiError(error)) {
    console.error(`Asset answered ${error.status}`, error.body);
  } else {
    throw error;
  }
  process.exitCode = 1;
}
