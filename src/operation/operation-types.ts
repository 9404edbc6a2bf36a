import type { ErrorShape } from '../errors/error-summary.js';
import type { RequestBodyFormat } from '../request/request-body.js';
import type { QueryFormat } from '../request/query-string.js';
import type { RetryPolicy } from '../transport/retry-policy.js';
import type { RetrySafety } from '../transport/retry-safety.js';
import type { FetchFunction } from '../types/fetch-function.js';
import type { JsonSchema } from '../validation/schema.js';
import type { ParameterTexts, cookieText, headerTexts } from '../request/parameter-text.js';
import type { PathStyle, writePathStyles } from '../request/path-styles.js';

// The shapes a generated operation and the runtime agree on: what an operation says about itself,
// the per-call options, and what the generated send function is given and returns.

/** What a generated operation tells the runtime about itself (emitted from the spec). */
export interface OperationDescription {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path template from the spec, e.g. `/v2/sales-invoices/{salesInvoiceId}`. */
  readonly path: string;
  /** The spec's `pattern` for every path parameter, compiled. */
  readonly pathParameters: Readonly<Record<string, RegExp>>;
  /**
   * How the request body is written, when not as `application/json`: its media type and the writer
   * for it (src/request/body-writers.ts). Absent: JSON.
   */
  readonly requestBody?: RequestBodyFormat;
  /**
   * How the query string is written: each parameter's `style`, `explode` and `allowReserved`, and
   * the writer (src/request/query-string.ts). Absent: openapi-fetch's own writing.
   */
  readonly queryString?: QueryFormat;
  /**
   * How the success body is read when it is not JSON: `text` (a `text/…` type) as a string,
   * `binary` (any other non-JSON type) as a Blob. Absent: JSON.
   */
  readonly responseBody?: 'text' | 'binary';
  /** Media type of the success response, sent as `Accept`; `*\/*` when the success response has no body. */
  readonly accept: string;
  /** `x-retry` from the spec: whether the operation may be sent again. */
  readonly retry: RetrySafety;
  /** Body fields only some credentials may send (`x-allowed-credentials`): field → security scheme names. */
  readonly credentialRestrictedFields?: Readonly<Record<string, readonly string[]>>;
  /**
   * For an API with key schemes (`ApiDescription.security.keys`): the operation's security, as
   * alternatives of scheme names that go together (`[]` needs none); absent: the operation declares none.
   */
  readonly security?: readonly (readonly string[])[];
  /**
   * The operation's own server (its or its path's `servers` in the spec), absolute or a path on the
   * API's host: where it is sent unless the client was given a `baseUrl`, which replaces every server.
   */
  readonly server?: string;
  /**
   * The other 2xx responses, by status as the spec writes it (`201`, `2XX`): how each body is read
   * in place of `accept` and `responseBody`. With `successStatus`, the first one's, so that an exact
   * status is told from a class.
   */
  readonly otherSuccesses?: Readonly<Record<string, SuccessResponse>>;
  /**
   * Path parameters written in a style (`label`, `matrix`, exploded) or that are lists or objects:
   * how each becomes its segment. They are not in `pathParameters`.
   */
  readonly pathStyles?: {
    readonly styles: Readonly<Record<string, PathStyle>>;
    readonly write: typeof writePathStyles;
  };
  /** Header parameters that are not strings (numbers, arrays, objects): how they become text. */
  readonly headerText?: ParameterTexts & { readonly write: typeof headerTexts };
  /** The operation's cookie parameters: how they become the Cookie header. */
  readonly cookies?: ParameterTexts & { readonly write: typeof cookieText };
  /**
   * The status the spec writes for the success response (`200`, `2XX`): the key of its schema in the
   * API's response schemas (`validateResponses`), which are not part of the description, so that an
   * app that does not check responses carries none of them. Absent for a response with no body.
   */
  readonly successStatus?: string;
  /** The whole request (`{ path, query, header, body }`) as the spec allows it, precompiled. */
  readonly requestSchema: JsonSchema;
  /** How the spec's error bodies say what went wrong, for `ApiError.message`. */
  readonly errorShapes?: readonly ErrorShape[];
}

/** Per-call options every operation accepts. */
export interface CallOptions {
  /** Cancels the call, including a wait between attempts. */
  readonly signal?: AbortSignal;
  /** Extra headers for this call only. */
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Check the request against the spec before sending.
   * @default true. Turn it off only to send something the spec (or one of its `x-assumption`s) wrongly
   * refuses; path parameters are checked against their patterns even then.
   */
  readonly validateRequest?: boolean;
  /** Retry and timeout settings for this call, over the client's; `false` sends it once. */
  readonly retry?: Partial<RetryPolicy> | false;
}

/** What the generated code adds to its openapi-fetch call. */
export interface SendInit {
  /** The operation's own server, when it has one (and the client was not given `baseUrl`). */
  readonly baseUrl?: string;
  readonly headers: Record<string, string>;
  readonly signal?: AbortSignal;
  readonly fetch: FetchFunction;
  /** The body is parsed here, so that a body that is not what the spec says becomes a clear error. */
  readonly parseAs: 'text' | 'blob';
  /** Returns the body as already serialized (and checked) by `callOperation`, in its media type. */
  readonly bodySerializer?: () => BodyInit;
  /** Writes the path with the styled parameters' segments (`pathStyles`) and the others encoded. */
  readonly pathSerializer?: (pathname: string) => string;
  /** Returns the query string as `callOperation` wrote it from the checked request, when the operation says how. */
  readonly querySerializer?: () => string;
  /** What openapi-fetch builds the request with: a PreparedRequest unless middleware wants a real one. */
  readonly Request?: typeof Request;
}

/** The shape openapi-fetch resolves with (its body types are replaced by the operation's own). */
export interface SendResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** A request as the runtime reads it: its `path`, `query`, `header` and `body`. */
export interface CallRequest {
  readonly path?: object;
  readonly query?: object;
  readonly header?: object;
  readonly cookie?: object;
  readonly body?: unknown;
}

/** How one success response's body is read and checked. */
export interface SuccessResponse {
  readonly accept: string;
  readonly responseBody?: 'text' | 'binary';
}
