/**
 * A response whose body has already been read as text (within the attempt's timeout), handed back
 * to openapi-fetch in place of a rebuilt `Response`: openapi-fetch only reads the status, the
 * headers and `text()`, and rebuilding a `Response` around the bytes (a new body stream, read
 * again by openapi-fetch) cost as much as a tenth of a call on loopback.
 *
 * Only used while the openapi-fetch client has no middleware: middleware is promised a real `Response`.
 */
export class BufferedResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly headers: Headers;
  readonly type: ResponseType;
  readonly url: string;
  /** The body is only available through `text()` (what openapi-fetch reads with `parseAs: 'text'`). */
  readonly body = null;
  readonly #text: string;

  constructor(response: Response, text: string) {
    this.status = response.status;
    this.statusText = response.statusText;
    this.ok = response.ok;
    this.headers = response.headers;
    this.type = response.type;
    this.url = response.url;
    this.#text = text;
  }

  text(): Promise<string> {
    return Promise.resolve(this.#text);
  }
}
