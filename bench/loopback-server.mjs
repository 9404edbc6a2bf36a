// A keep-alive node:http server for bench/throughput.ts and bench/mollie-official.ts, run as its own
// process (forked by them) so server work does not share the measuring client's event loop. Answers
// as Mollie's sales-invoice endpoints do: a realistic ~1.5 kB sales invoice as application/hal+json
// (201 to a POST), a page of one invoice to `GET /v2/sales-invoices`, and 204 with no body to a
// DELETE. It counts the requests it answered (asked over IPC with { type: 'count' }), so the bench
// can prove every timed call made exactly one request. Stops when its parent disconnects or goes away.
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

const invoice = JSON.parse(body);
const page = JSON.stringify({
  count: 1,
  _embedded: { sales_invoices: [invoice] },
  _links: {
    self: { href: 'https://api.mollie.com/v2/sales-invoices?limit=5', type: 'application/hal+json' },
    previous: null,
    next: null,
    documentation: { href: 'https://docs.mollie.com/reference/list-sales-invoices', type: 'text/html' },
  },
});

/** The status and body Mollie would answer with. */
function answerTo(request) {
  if (request.method === 'DELETE') return { status: 204, text: undefined };
  if (request.method === 'POST') return { status: 201, text: body };
  if (request.method === 'GET' && request.url.split('?')[0] === '/v2/sales-invoices')
    return { status: 200, text: page };
  return { status: 200, text: body };
}

let answered = 0;
const server = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    answered += 1;
    const { status, text } = answerTo(request);
    if (text === undefined) {
      response.writeHead(status);
      response.end();
      return;
    }
    response.writeHead(status, { 'content-type': 'application/hal+json', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () =>
  process.send?.({ type: 'listening', port: server.address().port, bytes: Buffer.byteLength(body) }),
);
process.on('message', (message) => {
  if (message?.type === 'count') process.send?.({ type: 'count', count: answered });
});
process.on('disconnect', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
