/**
 * What openapi-fetch builds for an operation call when nothing but this runtime will look at it:
 * the URL, method, headers and serialized body, kept as given. It stands in for the `Request`
 * openapi-fetch would otherwise construct (its `Request` option), because `send-with-retries.ts`
 * builds a real `Request` for every attempt anyway (each with its own timeout signal): building
 * one more, with a body stream to read back, cost a tenth of a call's time on loopback.
 *
 * Only used while the openapi-fetch client has no middleware: middleware is promised a real `Request`.
 */
export class PreparedRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  /** openapi-fetch's serialized body: a JSON string here (undefined without a body). */
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | undefined;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? undefined;
  }
}
