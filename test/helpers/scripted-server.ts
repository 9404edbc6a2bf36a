import http, { type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A real node:http server on 127.0.0.1 whose every answer is scripted per request, for tests of
 * retries, timeouts and authentication through the whole client. Unlike ./http-server.ts it can
 * also hang (never answer) or drop the connection after reading the request.
 */

/** A request as the server saw it, once its body was fully read. */
export interface SeenRequest {
  readonly method: string;
  /** Path and query, exactly as sent on the wire. */
  readonly url: string;
  /** The path without the query. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  /** `Date.now()` when the body had been read. */
  readonly at: number;
  /** 1-based number of this request among the requests to the same path. */
  readonly nth: number;
}

/** How to answer one request. */
export type Reply =
  | {
      readonly status: number;
      readonly headers?: Readonly<Record<string, string>>;
      /** A string is sent as is; anything else as JSON. */
      readonly body?: unknown;
      /** Wait this long before answering. */
      readonly delayMs?: number;
    }
  /** Read the request, then destroy the socket without answering. */
  | 'destroy'
  /** Read the request and never answer (the socket is destroyed when the server closes). */
  | 'hang';

export type Script = (request: SeenRequest) => Reply | Promise<Reply>;

export interface ScriptedServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Every request, in arrival order. */
  readonly requests: SeenRequest[];
  /** The requests to one path (without the query), in arrival order. */
  to(path: string): SeenRequest[];
  close(): Promise<void>;
}

const open = new Set<ScriptedServer>();
/** Every request any scripted server received since the last `takeSeenRequests()`. */
let seen: SeenRequest[] = [];

/** The requests received by all scripted servers since the last call (for the contract check). */
export function takeSeenRequests(): SeenRequest[] {
  const taken = seen;
  seen = [];
  return taken;
}

/** Start a server that answers each request as `script` says. */
export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const requests: SeenRequest[] = [];
  const perPath = new Map<string, number>();
  const server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = incoming.url ?? '';
      const path = url.split('?')[0] ?? '';
      const nth = (perPath.get(path) ?? 0) + 1;
      perPath.set(path, nth);
      const request: SeenRequest = {
        method: incoming.method ?? '',
        url,
        path,
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
        nth,
      };
      requests.push(request);
      seen.push(request);
      void Promise.resolve(script(request)).then(
        (reply) => respond(reply, incoming, outgoing),
        (error: unknown) => {
          outgoing.writeHead(599, { 'content-type': 'text/plain' });
          outgoing.end(`script failed: ${String(error)}`);
        },
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scripted: ScriptedServer = {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    to: (path) => requests.filter((request) => request.path === path),
    close: () => {
      open.delete(scripted);
      return closeServer(server);
    },
  };
  open.add(scripted);
  return scripted;
}

function respond(reply: Reply, incoming: http.IncomingMessage, outgoing: http.ServerResponse): void {
  if (reply === 'hang') return;
  if (reply === 'destroy') {
    incoming.socket.destroy();
    return;
  }
  const send = (): void => {
    if (outgoing.destroyed) return;
    const body =
      reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    outgoing.writeHead(reply.status, reply.headers ?? {});
    outgoing.end(body);
  };
  if (reply.delayMs) setTimeout(send, reply.delayMs);
  else send();
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** Close every server started by {@link startScriptedServer} and not closed yet (for afterEach). */
export async function closeScriptedServers(): Promise<void> {
  await Promise.all([...open].map((server) => server.close()));
}

/**
 * A port on 127.0.0.1 that refuses connections: one a server listened on and then released.
 */
export async function refusedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await closeServer(server);
  return port;
}
