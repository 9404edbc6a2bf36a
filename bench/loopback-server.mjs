// A keep-alive node:http server for the benchmarks, run as its own process (forked by the bench)
// so server work does not share the client's event loop. Answers every PATCH with a realistic
// ~1.5 kB Mollie sales invoice as application/hal+json. Stops when its parent goes away.
import http from 'node:http';

const body = JSON.stringify({
  resource: 'sales-invoice',
  id: 'invoice_4Y0eZitmBnQ6IDoMqZQKh',
  mode: 'test',
  invoiceNumber: 'INV-0000001',
  profileId: 'pfl_QkEhN94Ba',
  status: 'issued',
  vatScheme: 'standard',
  vatMode: 'exclusive',
  currency: 'EUR',
  memo: 'Thank you for your order.',
  metadata: null,
  paymentTerm: '30 days',
  paymentDetails: null,
  emailDetails: { subject: 'Your invoice INV-0000001', body: 'Please find your invoice attached.' },
  recipientIdentifier: 'customer-xyz-0123',
  recipient: {
    type: 'consumer',
    title: null,
    givenName: 'Given',
    familyName: 'Family',
    organizationName: null,
    organizationNumber: null,
    vatNumber: null,
    email: 'given.family@mollie.com',
    phone: null,
    streetAndNumber: 'Keizersgracht 126',
    streetAdditional: null,
    postalCode: '1015 CW',
    city: 'Amsterdam',
    region: 'Noord-Holland',
    country: 'NL',
  },
  lines: [
    {
      description: 'LEGO 4440 Forest Police Station',
      quantity: 1,
      vatRate: '21.00',
      unitPrice: { currency: 'EUR', value: '89.00' },
      discount: null,
    },
  ],
  discount: null,
  isEInvoice: false,
  amountDue: { currency: 'EUR', value: '107.69' },
  subtotalAmount: { currency: 'EUR', value: '89.00' },
  totalAmount: { currency: 'EUR', value: '107.69' },
  totalVatAmount: { currency: 'EUR', value: '18.69' },
  discountedSubtotalAmount: { currency: 'EUR', value: '89.00' },
  createdAt: '2024-10-03T10:47:38+00:00',
  issuedAt: '2024-10-03T10:47:39+00:00',
  paidAt: null,
  dueAt: '2024-10-17T10:47:39+00:00',
  _links: {
    self: {
      href: 'https://api.mollie.com/v2/sales-invoices/invoice_4Y0eZitmBnQ6IDoMqZQKh',
      type: 'application/hal+json',
    },
    invoicePayment: { href: 'https://mollie.com/checkout/invoice/invoice_4Y0eZitmBnQ6IDoMqZQKh', type: 'text/html' },
    pdfLink: { href: 'https://mollie.com/invoice/invoice_4Y0eZitmBnQ6IDoMqZQKh/pdf', type: 'application/pdf' },
    documentation: { href: 'https://docs.mollie.com/reference/update-sales-invoice', type: 'text/html' },
  },
});

const server = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/hal+json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => process.send?.({ port: server.address().port, bytes: Buffer.byteLength(body) }));
process.on('disconnect', () => server.close(() => process.exit(0)));
