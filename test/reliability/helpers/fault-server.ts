import net, { type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/*
 * A scriptable fault server on 127.0.0.1 for the reliability suite. It speaks HTTP/1.1 over a raw
 * `node:net` socket rather than `node:http`, because the faults we need are below what an HTTP
 * server library lets a handler do: a TCP reset before or in the middle of a response, a body that
 * drips one byte at a time, a body cut short of its Content-Length. Every request it receives is
 * recorded (method, path, headers, body, arrival time), and so is what it did about it, so a test
 * can count attempts server-side and tell a write that may have been applied from one that was
 * refused.
 *
 * The same server, started a second time, is the "foreign origin" of the redirect scenarios: a
 * different port is a different origin, and whatever reaches it is recorded.
 */

/** A request as the server saw it, once its body was fully read. */
export interface FaultRequest {
  readonly method: string;
  /** The request target exactly as sent (path and query). */
  readonly url: string;
  /** The path without the query. */
  readonly path: string;
  /** Header names in lower case; repeated headers joined with `, `. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** `performance.now()` when the body had been read (same clock as the tests' settle times). */
  readonly at: number;
  /** `Date.now()` at the same moment, for comparing with HTTP dates. */
  readonly epochMs: number;
  /** 1-based number of this request among the requests to the same path. */
  readonly nth: number;
  /** 1-based number of the TCP connection it came on. */
  readonly connection: number;
  /** What the server did with it, filled in when the script has decided (see {@link Fault}). */
  fault?: Fault['kind'];
  /** The status sent, when a status line was sent. */
  status?: number;
  /**
   * `performance.now()` when the exchange ended: the response was written, or the connection
   * closed (reset by the server, or given up by the client after a timeout).
   */
  endedAt?: number;
}

/** How to answer one request. */
export type Fault =
  /** A complete HTTP response. `body` may be large (it is written with back-pressure). */
  | {
      readonly kind: 'respond';
      readonly status: number;
      readonly headers?: Readonly<Record<string, string>>;
      readonly body?: string | Buffer;
      /** Wait this long before sending anything. */
      readonly delayMs?: number;
    }
  /** Read the request, then reset the connection (TCP RST) without sending a byte. */
  | { readonly kind: 'reset-before-headers' }
  /**
   * Send the status line, the headers (with the full Content-Length) and `sendBytes` of the body,
   * then reset the connection (`reset-mid-body`) or close it cleanly (`close-mid-body`: a body cut
   * short of its Content-Length).
   */
  | {
      readonly kind: 'reset-mid-body' | 'close-mid-body';
      readonly status: number;
      readonly headers?: Readonly<Record<string, string>>;
      readonly body: string;
      readonly sendBytes: number;
    }
  /** Read the request and never answer (until the client gives up or the server closes). */
  | { readonly kind: 'hang' }
  /** Send the headers at once, then the body one byte every `intervalMs`. */
  | {
      readonly kind: 'drip';
      readonly status: number;
      readonly headers?: Readonly<Record<string, string>>;
      readonly body: string;
      readonly intervalMs: number;
    };

export type FaultScript = (request: FaultRequest) => Fault | Promise<Fault>;

export interface FaultServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Every request received, in arrival order. */
  readonly requests: FaultRequest[];
  /** The requests to one path (without the query), in arrival order. */
  to(path: string): FaultRequest[];
  /** Requests received in all (also when they are not recorded). */
  readonly received: number;
  /** Requests received and not answered yet (held, hanging or dripping). */
  readonly inFlight: number;
  /** The largest {@link inFlight} seen since the server started. */
  readonly peakInFlight: number;
  /** TCP connections accepted so far. */
  readonly connections: number;
  /** Forget the recorded requests (the per-path counters too). */
  clear(): void;
  /** Destroy every connection, stop every drip and stop listening. */
  close(): Promise<void>;
}

const REASONS: Readonly<Record<number, string>> = {
  200: 'OK',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  401: 'Unauthorized',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

const HEAD_END = Buffer.from('\r\n\r\n');
/** A request head larger than this is refused (the client under test never sends one). */
const MAX_HEAD_BYTES = 64 * 1024;

export interface FaultServerOptions {
  /**
   * Keep every request in {@link FaultServer.requests}. Off for the heap measurement, where the
   * server shares the process with the client and a growing log would look like a client leak.
   * @default true
   */
  readonly record?: boolean;
}

/** Start a fault server that answers each request as `script` says. */
export async function startFaultServer(script: FaultScript, options: FaultServerOptions = {}): Promise<FaultServer> {
  const requests: FaultRequest[] = [];
  let received = 0;
  let perPath = new Map<string, number>();
  const sockets = new Set<net.Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  let peakInFlight = 0;
  let connections = 0;

  const later = (ms: number, action: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };

  const server = net.createServer((socket) => {
    connections += 1;
    const connection = connections;
    sockets.add(socket);
    socket.setNoDelay(true);
    // A client that gives up resets or closes its side; that is expected here, never an error.
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));

    let buffered: Buffer = Buffer.alloc(0);
    let busy = false;

    /** Parse and answer every complete request in the buffer, one at a time. */
    const pump = (): void => {
      while (!busy && !socket.destroyed) {
        const parsed = parseRequest(buffered);
        if (parsed === 'incomplete') return;
        if (parsed === 'invalid') {
          socket.destroy();
          return;
        }
        buffered = buffered.subarray(parsed.consumed);
        const nth = (perPath.get(parsed.path) ?? 0) + 1;
        perPath.set(parsed.path, nth);
        const request: FaultRequest = {
          method: parsed.method,
          url: parsed.url,
          path: parsed.path,
          headers: parsed.headers,
          body: parsed.body.toString('utf8'),
          at: performance.now(),
          epochMs: Date.now(),
          nth,
          connection,
        };
        received += 1;
        if (options.record !== false) requests.push(request);
        busy = true;
        inFlight += 1;
        peakInFlight = Math.max(peakInFlight, inFlight);
        let done = false;
        const finish = (): void => {
          if (done) return;
          done = true;
          request.endedAt = performance.now();
          socket.off('close', finish);
          inFlight -= 1;
          busy = false;
          if (parsed.headers['connection']?.toLowerCase() === 'close') socket.end();
          else pump();
        };
        // A connection that goes away ends the exchange whatever state it was in.
        socket.once('close', finish);
        Promise.resolve()
          .then(() => script(request))
          .then(
            (fault) => perform(fault, request, socket, later, finish),
            (error: unknown) =>
              perform(
                { kind: 'respond', status: 599, body: `fault script failed: ${String(error)}` },
                request,
                socket,
                later,
                finish,
              ),
          );
      }
    };

    socket.on('data', (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      pump();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    to: (path) => requests.filter((request) => request.path === path),
    get received() {
      return received;
    },
    get inFlight() {
      return inFlight;
    },
    get peakInFlight() {
      return peakInFlight;
    },
    get connections() {
      return connections;
    },
    clear: () => {
      requests.length = 0;
      perPath = new Map();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Carry out one fault on the socket; `finish` is called once the exchange is over. */
function perform(
  fault: Fault,
  request: FaultRequest,
  socket: net.Socket,
  later: (ms: number, action: () => void) => void,
  finish: () => void,
): void {
  request.fault = fault.kind;
  if (socket.destroyed) return finish();
  switch (fault.kind) {
    case 'hang':
      return; // finished when the socket closes
    case 'reset-before-headers':
      socket.resetAndDestroy();
      return;
    case 'respond': {
      const send = (): void => {
        if (socket.destroyed) return;
        const body = toBuffer(fault.body);
        request.status = fault.status;
        socket.write(head(fault.status, fault.headers, body.length));
        // One write of a large buffer is queued by the socket and drained as the client reads.
        socket.write(body, () => finish());
      };
      if (fault.delayMs) later(fault.delayMs, send);
      else send();
      return;
    }
    case 'reset-mid-body':
    case 'close-mid-body': {
      const body = Buffer.from(fault.body);
      request.status = fault.status;
      socket.write(head(fault.status, fault.headers, body.length));
      socket.write(body.subarray(0, fault.sendBytes), () => {
        // Let the bytes reach the client before the connection ends, so it really ends mid-body.
        later(20, () => (fault.kind === 'reset-mid-body' ? socket.resetAndDestroy() : socket.end()));
      });
      return;
    }
    case 'drip': {
      const body = Buffer.from(fault.body);
      request.status = fault.status;
      socket.write(head(fault.status, fault.headers, body.length));
      let sent = 0;
      const next = (): void => {
        if (socket.destroyed) return;
        socket.write(body.subarray(sent, sent + 1));
        sent += 1;
        if (sent < body.length) later(fault.intervalMs, next);
        else finish();
      };
      next();
      return;
    }
  }
}

function toBuffer(body: string | Buffer | undefined): Buffer {
  if (body === undefined) return Buffer.alloc(0);
  return typeof body === 'string' ? Buffer.from(body) : body;
}

/** The status line and headers; Content-Length is the body's unless the script set one. */
function head(status: number, headers: Readonly<Record<string, string>> = {}, length: number): string {
  const lines = [`HTTP/1.1 ${status} ${REASONS[status] ?? 'Status'}`];
  const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (!names.has('content-length')) lines.push(`content-length: ${length}`);
  if (!names.has('date')) lines.push(`date: ${new Date().toUTCString()}`);
  return `${lines.join('\r\n')}\r\n\r\n`;
}

interface ParsedRequest {
  readonly method: string;
  readonly url: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
  /** Bytes of the buffer this request took. */
  readonly consumed: number;
}

/** One request from the front of `buffer`: complete, not complete yet, or not HTTP. */
function parseRequest(buffer: Buffer): ParsedRequest | 'incomplete' | 'invalid' {
  const headEnd = buffer.indexOf(HEAD_END);
  if (headEnd < 0) return buffer.length > MAX_HEAD_BYTES ? 'invalid' : 'incomplete';
  const [requestLine = '', ...headerLines] = buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
  const match = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(requestLine);
  if (!match) return 'invalid';
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon <= 0) return 'invalid';
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const bodyStart = headEnd + HEAD_END.length;
  let body: Buffer;
  let consumed: number;
  if (headers['transfer-encoding']?.toLowerCase().includes('chunked')) {
    const chunked = decodeChunked(buffer, bodyStart);
    if (chunked === 'incomplete' || chunked === 'invalid') return chunked;
    ({ body, consumed } = chunked);
  } else {
    const length = Number(headers['content-length'] ?? '0');
    if (!Number.isInteger(length) || length < 0) return 'invalid';
    if (buffer.length < bodyStart + length) return 'incomplete';
    body = buffer.subarray(bodyStart, bodyStart + length);
    consumed = bodyStart + length;
  }
  const url = match[2] ?? '';
  return { method: match[1] ?? '', url, path: url.split('?')[0] ?? '', headers, body, consumed };
}

function decodeChunked(buffer: Buffer, start: number): { body: Buffer; consumed: number } | 'incomplete' | 'invalid' {
  const parts: Buffer[] = [];
  let offset = start;
  for (;;) {
    const lineEnd = buffer.indexOf('\r\n', offset);
    if (lineEnd < 0) return 'incomplete';
    const size = Number.parseInt(buffer.subarray(offset, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isInteger(size) || size < 0) return 'invalid';
    const dataStart = lineEnd + 2;
    if (size === 0) {
      // No trailers are expected; the chunked body ends with an empty line.
      if (buffer.length < dataStart + 2) return 'incomplete';
      return { body: Buffer.concat(parts), consumed: dataStart + 2 };
    }
    if (buffer.length < dataStart + size + 2) return 'incomplete';
    parts.push(buffer.subarray(dataStart, dataStart + size));
    offset = dataStart + size + 2;
  }
}
