import { ApiError, RequestValidationError, type ValidationIssue } from './errors.js';
import type { JsonSchema } from './validation/schema.js';
import { validateValue } from './validation/validate.js';

/** What a generated operation tells the runtime about itself (emitted from the spec). */
export interface OperationDescription {
  readonly operationId: string;
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path template from the spec, e.g. `/v2/sales-invoices/{salesInvoiceId}`. */
  readonly path: string;
  /** The spec's `pattern` for every path parameter, compiled. */
  readonly pathParameters: Readonly<Record<string, RegExp>>;
  /** Media type of the success response, sent as `Accept`. */
  readonly accept: string;
  /** The whole request (`{ path, query, header, body }`) as the spec allows it, precompiled. */
  readonly requestSchema: JsonSchema;
  /** The success body as the spec describes it, for opt-in response validation. */
  readonly responseSchema?: JsonSchema;
}

/** Per-call options every operation accepts. */
export interface CallOptions {
  /**
   * Check the request against the spec before sending.
   * @default true. Turn it off only to send something the spec (or one of its `x-assumption`s) wrongly
   * refuses; path parameters are checked against their patterns even then.
   */
  readonly validateRequest?: boolean;
  /** Cancels the call. */
  readonly signal?: AbortSignal;
  /** Extra headers for this call only. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** What the generated code adds to its openapi-fetch call. */
export interface SendInit {
  readonly headers: Record<string, string>;
  readonly signal?: AbortSignal;
}

/** The shape openapi-fetch resolves with (its body types are replaced by the operation's own). */
export interface SendResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/**
 * Run one operation: check the request, send it through `send` (a typed openapi-fetch call
 * written by the generator), and turn the result into the success body or an {@link ApiError}.
 */
export async function callOperation<Data, ErrorBody>(
  core: { readonly baseUrl: string },
  operation: OperationDescription,
  request: { readonly path?: object },
  options: CallOptions | undefined,
  send: (init: SendInit) => Promise<SendResult>,
): Promise<Data> {
  const pathValues = checkPathParameters(operation, request.path);
  if (options?.validateRequest !== false) {
    const issues = validateValue(operation.requestSchema, request);
    if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
  }
  const init: SendInit = {
    headers: { Accept: operation.accept, ...options?.headers },
    ...(options?.signal ? { signal: options.signal } : {}),
  };
  const { data, error, response } = await send(init);
  if (response.ok) return data as Data;
  throw new ApiError<ErrorBody>({
    operationId: operation.operationId,
    method: operation.method,
    url: response.url || expandPath(core.baseUrl, operation.path, pathValues),
    status: response.status,
    body: error as ErrorBody,
    headers: response.headers,
  });
}

/**
 * Every path parameter must be a string matching the spec's pattern. Patterns are anchored and
 * exclude `/`, `.`, `%`, `?` and `#`, so no value can move the request to another path or host.
 */
function checkPathParameters(operation: OperationDescription, values: object | undefined): Record<string, string> {
  const checked: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  for (const [name, pattern] of Object.entries(operation.pathParameters)) {
    const value: unknown = values === undefined ? undefined : (values as Record<string, unknown>)[name];
    const path = `/path/${name}`;
    if (typeof value !== 'string') {
      issues.push({ path, rule: value === undefined ? 'required' : 'type', message: 'must be a string' });
    } else if (!pattern.test(value)) {
      issues.push({ path, rule: 'pattern', message: `must match ${pattern.source}` });
    } else {
      checked[name] = value;
    }
  }
  if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
  return checked;
}

function expandPath(baseUrl: string, template: string, values: Record<string, string>): string {
  return baseUrl + template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}
