import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server saw it. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query, exactly as sent on the wire. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** What the scripted server answers. */
export interface ScriptedResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  readonly body?: unknown;
  /** Wait this long before answering. */
  readonly delayMs?: number;
}

/** A JSON answer with its content type (and any other headers). */
export function json(
  status: number,
  body: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
): ScriptedResponse {
  return { status, headers: { 'content-type': contentType, ...headers }, body };
}

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly requests: ReceivedRequest[];
  close(): Promise<void>;
}

/** A real HTTP server on 127.0.0.1 that records every request and answers as scripted. */
export async function startTestServer(answer: (request: ReceivedRequest) => ScriptedResponse): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: ReceivedRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const response = answer(request);
      const send = (): void => {
        const body =
          response.body === undefined
            ? ''
            : typeof response.body === 'string'
              ? response.body
              : JSON.stringify(response.body);
        outgoing.writeHead(response.status, response.headers ?? {});
        outgoing.end(body);
      };
      if (response.delayMs) setTimeout(send, response.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
