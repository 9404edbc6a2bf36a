// Issue a Mollie sales invoice by email.
import { createMollieClient, isApiError, type UpdateSalesInvoiceError } from 'invoicing-sdk';

const mollie = createMollieClient({
  ...(process.env['MOLLIE_BASE_URL'] ? { baseUrl: process.env['MOLLIE_BASE_URL'] } : {}),
  token: process.env['MOLLIE_API_KEY'] ?? '',
});

try {
  const invoice = await mollie.updateSalesInvoice({
    path: { salesInvoiceId: 'invoice_4Y0eZitmBnQ6IDoMqZQKh' },
    body: {
      status: 'issued',
      emailDetails: { subject: 'Your invoice', body: 'Dear customer,\nPlease find your invoice attached.' },
    },
  });
  console.log(`sales invoice ${invoice.invoiceNumber ?? invoice.id} is ${invoice.status}, due ${invoice.dueAt ?? '-'}`);
} catch (error) {
  if (isApiError<UpdateSalesInvoiceError>(error)) console.error(`${error.status}: ${error.body.detail}`);
  else throw error;
  process.exitCode = 1;
}
