import type { ClientCore } from '../client/client-core.js';
import {
  callOperation,
  type CallOptions,
  type CallRequest,
  type OperationDescription,
  type SendInit,
  type SendResult,
} from './call-operation.js';
import { requestIdOf } from '../errors/request-id.js';

/**
 * The success of a call with the response it came in, for code that needs more than the body:
 * the status, the headers, the provider's request id, and the response headers the spec declares,
 * read as the types the spec gives them. Got from `….withResponse()` on a client method's result,
 * or from the standalone `…WithResponse` function of an operation; either way there is one request.
 */
export interface ApiResponse<Data, DeclaredHeaders extends object = Record<never, never>> {
  /** The success body, exactly what the plain call resolves with. */
  readonly data: Data;
  /** The HTTP status of the final attempt (2xx). */
  readonly status: number;
  /** Every response header, as received. */
  readonly headers: Headers;
  /** The provider's request id (`x-request-id` or `request-id`), when sent. */
  readonly requestId: string | undefined;
  /**
   * The response headers the spec declares for this success response, by their spec name, each read
   * as its schema's type (`integer` → number…). A header that is absent, or whose value its type
   * cannot read, is left out; `headers` still has the raw value.
   */
  readonly declaredHeaders: Partial<DeclaredHeaders>;
  /** The final response. Its body has already been read into `data`. */
  readonly response: Response;
}

/** What a client method returns: the success body, and on request the response with it (no second request). */
export interface ApiPromise<Data, DeclaredHeaders extends object = Record<never, never>> extends Promise<Data> {
  /** The same call's result with its response: status, headers, request id, typed declared headers. */
  withResponse(): Promise<ApiResponse<Data, DeclaredHeaders>>;
}

/** The scalar types a declared response header is read as (other schemas stay strings). */
export type HeaderType = 'string' | 'integer' | 'number' | 'boolean';

/**
 * `callOperation`, resolving with the response as well. The plain `callOperation` is untouched, so an
 * app that never asks for the response does not bundle any of this.
 */
export async function callOperationWithResponse<
  Data,
  ErrorBody,
  DeclaredHeaders extends object,
  Request extends CallRequest = CallRequest,
>(
  core: ClientCore<object>,
  operation: OperationDescription,
  request: Request,
  options: CallOptions | undefined,
  declared: Readonly<Record<string, HeaderType>>,
  send: (init: SendInit, request: Request) => Promise<SendResult>,
): Promise<ApiResponse<Data, DeclaredHeaders>> {
  let response: Response | undefined;
  const data = await callOperation<Data, ErrorBody, Request>(core, operation, request, options, async (init, sent) => {
    const result = await send(init, sent);
    response = result.response;
    return result;
  });
  // Set by the one send above, which callOperation awaits before resolving.
  const final = response!;
  const { headers, status, statusText } = final;
  return {
    data,
    status,
    headers,
    requestId: requestIdOf(headers),
    declaredHeaders: readDeclaredHeaders(headers, declared) as Partial<DeclaredHeaders>,
    // openapi-fetch may have been handed a lighter stand-in (BufferedResponse); the caller gets a real one.
    response: final instanceof Response ? final : new Response(null, { status, statusText, headers }),
  };
}

/** A client method's result: the plain body, with `withResponse()` giving the same call's response. */
export function apiPromise<Data, DeclaredHeaders extends object>(
  full: Promise<ApiResponse<Data, DeclaredHeaders>>,
): ApiPromise<Data, DeclaredHeaders> {
  const plain = full.then((result) => result.data);
  return Object.assign(plain, {
    withResponse: () => {
      // A caller awaiting only the response must not see the plain promise's rejection as unhandled.
      plain.catch(() => {});
      return full;
    },
  });
}

function readDeclaredHeaders(
  headers: Headers,
  declared: Readonly<Record<string, HeaderType>>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, type] of Object.entries(declared)) {
    const raw = headers.get(name);
    if (raw === null) continue;
    const value = readHeader(raw.trim(), type);
    if (value !== undefined) values[name] = value;
  }
  return values;
}

function readHeader(raw: string, type: HeaderType): unknown {
  if (type === 'string') return raw;
  if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  // Digits with an optional sign, fraction and exponent: `Number('')` and `Number('0x1f')` are not numbers here.
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/u.test(raw)) return undefined;
  const number = Number(raw);
  return Number.isFinite(number) && (type === 'number' || Number.isInteger(number)) ? number : undefined;
}
