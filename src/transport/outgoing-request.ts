/**
 * One attempt's request on its way out: the URL and what `fetch` needs, with headers still open to
 * authentication. It becomes a real `Request` only for a caller's own `fetch` (whose contract is a
 * `Request`); the platform's `fetch` gets `(url, init)`, which spares building a `Request` that
 * `fetch` would copy again (about 15 % of a call on loopback, see BENCHMARKS.md).
 */
export interface OutgoingRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** A body that can be sent again as is (a string or bytes), or null. */
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | undefined;
  readonly redirect: RequestRedirect;
}

/** What `fetch(url, init)` takes for this request. */
export function requestInit(request: OutgoingRequest): RequestInit {
  const init: RequestInit = { method: request.method, headers: request.headers, redirect: request.redirect };
  if (request.body !== null) init.body = request.body;
  if (request.signal !== undefined) init.signal = request.signal;
  return init;
}

/** The same request again, with headers of its own (for a replay with another token). */
export function copyRequest(request: OutgoingRequest): OutgoingRequest {
  return { ...request, headers: new Headers(request.headers) };
}

/** A real `Request` as an OutgoingRequest; its body (a one-shot stream) is read into memory. */
export async function fromRequest(request: Request): Promise<OutgoingRequest> {
  return {
    url: request.url,
    method: request.method,
    headers: new Headers(request.headers),
    body: request.body === null ? null : await request.arrayBuffer(),
    signal: request.signal,
    redirect: request.redirect,
  };
}
