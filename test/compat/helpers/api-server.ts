// The API the smoke programs call: one node:http server on 127.0.0.1, run by the test process,
// answering the three operations with the response examples of the specs in openapi/ (Mollie's as
// application/hal+json) and recording every request. It speaks CORS to one page origin, so the
// browser run can call it from a page served elsewhere on 127.0.0.1.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { responseExample } from '../../helpers/examples.js';
import { IDS } from './smoke-script.js';

export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

export interface ApiServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Every request since the last `reset()`, preflights included. */
  readonly requests: SeenRequest[];
  /** The origin CORS answers allow (the browser page's); undefined sends no CORS headers. */
  allowOrigin: string | undefined;
  reset(): void;
  close(): Promise<void>;
}

export const EXAMPLES = {
  invoice: responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice') as { data: { id: string } },
  bill: responseExample('asset.yaml', 'updateBill', '200', 'updatedBill') as { data: { id: string } },
  salesInvoice: responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice') as { id: string },
};

export const ROUTES: Record<string, { readonly type: string; readonly body: unknown }> = {
  [`/v0/business/${IDS.business}/invoice/${IDS.invoice}`]: { type: 'application/json', body: EXAMPLES.invoice },
  [`/v0/business/${IDS.business}/bills/${IDS.bill}`]: { type: 'application/json', body: EXAMPLES.bill },
  [`/v2/sales-invoices/${IDS.salesInvoice}`]: { type: 'application/hal+json', body: EXAMPLES.salesInvoice },
};

export const CORS_ALLOWED_HEADERS = 'authorization, content-type, x-user-id, idempotency-key, accept';

export async function startApiServer(): Promise<ApiServer> {
  const requests: SeenRequest[] = [];
  const state: { allowOrigin: string | undefined } = { allowOrigin: undefined };
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const method = request.method ?? '';
      const url = request.url ?? '';
      requests.push({ method, url, headers: request.headers, body });
      const cors: Record<string, string> =
        state.allowOrigin === undefined ? {} : { 'access-control-allow-origin': state.allowOrigin, vary: 'Origin' };
      if (method === 'OPTIONS') {
        response
          .writeHead(204, {
            ...cors,
            'access-control-allow-methods': 'GET, POST, PATCH, OPTIONS',
            'access-control-allow-headers': CORS_ALLOWED_HEADERS,
            'access-control-max-age': '0',
          })
          .end();
        return;
      }
      const route = ROUTES[url];
      if (method !== 'PATCH' || route === undefined) {
        response.writeHead(404, { ...cors, 'content-type': 'application/json' }).end('{"message":"Not found"}');
        return;
      }
      response.writeHead(200, { ...cors, 'content-type': route.type }).end(JSON.stringify(route.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get allowOrigin() {
      return state.allowOrigin;
    },
    set allowOrigin(value) {
      state.allowOrigin = value;
    },
    reset: () => {
      requests.length = 0;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
