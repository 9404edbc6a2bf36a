import { STATUS_CODES } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/*
 * The one test server: a scriptable HTTP/1.1 server on 127.0.0.1 for every test that talks to a
 * real socket, from the plain "answer 200 with this JSON" of the round-trip tests to the faults of
 * the reliability suite. Each request is answered by a script: a plain {@link Reply} (status,
 * headers, a body sent as JSON unless it is a string, an optional delay) or a {@link Fault}.
 *
 * It speaks HTTP/1.1 over a raw `node:net` socket rather than `node:http`, because the faults we
 * need are below what an HTTP server library lets a handler do: a TCP reset before or in the
 * middle of a response, a body that drips one byte at a time, a body cut short of its
 * Content-Length. Every request it receives is recorded (method, path, headers, body, arrival
 * time), and so is what it did about it, so a test can count attempts server-side and tell a write
 * that may have been applied from one that was refused.
 *
 * A plain reply goes out as `node:http` would send it: the reason phrase of the status, the headers
 * as latin1 bytes, a Content-Length (none for 204 and 304) unless the script set one, and the body
 * in chunks when the script set `Transfer-Encoding: chunked`.
 *
 * The same server, started a second time, is the "foreign origin" of the redirect scenarios: a
 * different port is a different origin, and whatever reaches it is recorded. {@link closedPort} is
 * the port where nothing listens, for refused connections.
 */

/** A request as the server saw it, once its body was fully read. */
export interface TestRequest {
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

/**
 * The plain answer most tests need. A string body is sent as is, anything else as JSON; an
 * explicit Content-Length or Transfer-Encoding header is sent as given, as node:http would.
 */
export interface Reply {
  readonly kind?: never;
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  /** Wait this long before answering. */
  readonly delayMs?: number;
}

/** A JSON answer with its content type (and any other headers). */
export function json(
  status: number,
  body: unknown,
  contentType = 'application/json',
  headers: Readonly<Record<string, string>> = {},
): Reply {
  return { status, headers: { 'content-type': contentType, ...headers }, body };
}

/** How to answer one request, below what a {@link Reply} can say. */
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
  /** Read the request, then close the connection cleanly (FIN) without sending a byte. */
  | { readonly kind: 'close-before-headers' }
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

/** What a script may answer: a plain reply or a fault. */
export type Answer = Reply | Fault;

export type Script = (request: TestRequest) => Answer | Promise<Answer>;

export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly port: number;
  /** Every request received, in arrival order. */
  readonly requests: TestRequest[];
  /** The requests to one path (without the query), in arrival order. */
  to(path: string): TestRequest[];
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

const HEAD_END = Buffer.from('\r\n\r\n');
/** A request head larger than this is refused (the client under test never sends one). */
const MAX_HEAD_BYTES = 64 * 1024;

export interface TestServerOptions {
  /**
   * Keep every request in {@link TestServer.requests}. Off for the heap measurement, where the
   * server shares the process with the client and a growing log would look like a client leak.
   * @default true
   */
  readonly record?: boolean;
}

/** The servers started and not closed yet, in the order they started. */
const open = new Set<TestServer>();

/**
 * Close every server still open (for afterEach) and return the requests they recorded, server by
 * server in the order they started.
 */
export async function closeTestServers(): Promise<TestRequest[]> {
  const servers = [...open];
  await Promise.all(servers.map((server) => server.close()));
  return servers.flatMap((server) => server.requests);
}

/** A port on 127.0.0.1 that refuses connections: one a server listened on and then released. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Start a server that answers each request as `script` says. */
export async function startTestServer(script: Script, options: TestServerOptions = {}): Promise<TestServer> {
  const requests: TestRequest[] = [];
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
        const request: TestRequest = {
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
            (answer) => perform(toFault(answer), request, socket, later, finish),
            (error: unknown) =>
              perform(
                { kind: 'respond', status: 599, body: `test server script failed: ${String(error)}` },
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
  let closing: Promise<void> | undefined;
  const testServer: TestServer = {
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
      (closing ??= new Promise<void>((resolve) => {
        open.delete(testServer);
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      })),
  };
  open.add(testServer);
  return testServer;
}

/** A plain reply as the `respond` fault that sends it. */
function toFault(answer: Answer): Fault {
  if (answer.kind !== undefined) return answer;
  const { status, headers, body, delayMs } = answer;
  return {
    kind: 'respond',
    status,
    ...(headers === undefined ? {} : { headers }),
    body: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body),
    ...(delayMs === undefined ? {} : { delayMs }),
  };
}

/** Carry out one fault on the socket; `finish` is called once the exchange is over. */
function perform(
  fault: Fault,
  request: TestRequest,
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
    case 'close-before-headers':
      socket.destroy();
      return;
    case 'respond': {
      const send = (): void => {
        if (socket.destroyed) return;
        const noBody = fault.status === 204 || fault.status === 304;
        const chunked = !noBody && /chunked/i.test(headerOf(fault.headers, 'transfer-encoding') ?? '');
        const body = noBody ? Buffer.alloc(0) : toBuffer(fault.body);
        request.status = fault.status;
        socket.write(head(fault.status, fault.headers, noBody || chunked ? undefined : body.length), 'latin1');
        // One write of a large buffer is queued by the socket and drained as the client reads.
        const framed = chunked
          ? Buffer.concat([
              ...(body.length > 0 ? [Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n')] : []),
              Buffer.from('0\r\n\r\n'),
            ])
          : body;
        socket.write(framed, () => finish());
      };
      if (fault.delayMs) later(fault.delayMs, send);
      else send();
      return;
    }
    case 'reset-mid-body':
    case 'close-mid-body': {
      const body = Buffer.from(fault.body);
      request.status = fault.status;
      socket.write(head(fault.status, fault.headers, body.length), 'latin1');
      socket.write(body.subarray(0, fault.sendBytes), () => {
        // Let the bytes reach the client before the connection ends, so it really ends mid-body.
        later(20, () => (fault.kind === 'reset-mid-body' ? socket.resetAndDestroy() : socket.end()));
      });
      return;
    }
    case 'drip': {
      const body = Buffer.from(fault.body);
      request.status = fault.status;
      socket.write(head(fault.status, fault.headers, body.length), 'latin1');
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

/** A header the script set, whatever the case of its name. */
function headerOf(headers: Readonly<Record<string, string>> = {}, name: string): string | undefined {
  return Object.entries(headers).find(([candidate]) => candidate.toLowerCase() === name)?.[1];
}

/**
 * The status line and headers (to be written as latin1, as node:http writes them); Content-Length
 * is `length` unless the script set one or `length` is undefined (no body, or a chunked one).
 */
function head(status: number, headers: Readonly<Record<string, string>> = {}, length: number | undefined): string {
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'unknown'}`];
  const names = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (!names.has('content-length') && length !== undefined) lines.push(`content-length: ${length}`);
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
