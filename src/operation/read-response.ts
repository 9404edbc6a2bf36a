import { RUNTIME, type ClientCore } from '../client/client-core.js';
import { ResponseValidationError, UnexpectedResponseError } from '../errors/errors.js';
import { printable } from '../redaction/printable.js';
import { scrubText, scrubValue, type SecretSet } from '../redaction/secret-scrubber.js';
import { validateValue } from '../validation/validate.js';
import type { OperationDescription } from './operation-types.js';

// What a response becomes: a redirect is an error, a success body must be what the spec promises
// (media type, JSON), and is checked against its schema when the client asks for it.

/**
 * A success body must be what the spec promises: the declared media type, and for JSON not empty
 * and valid JSON; a text body is its text, a binary one its Blob. Anything else (an HTML page from
 * a proxy, a truncated body) is an UnexpectedResponseError.
 */
export function parseSuccessBody(
  operation: OperationDescription,
  urlOf: () => string,
  response: Response,
  headersFor: () => Headers,
  secrets: SecretSet,
  text: unknown,
): unknown {
  if (operation.accept === '*/*') return undefined;
  const contentType = response.headers.get('content-type') ?? undefined;
  const fail = (reason: string): never => {
    throw new UnexpectedResponseError({
      operationId: operation.operationId,
      method: operation.method,
      url: urlOf(),
      status: response.status,
      headers: headersFor(),
      reason,
      contentType,
      bodySnippet: typeof text === 'string' ? snippetOf(text, secrets) : '',
    });
  };
  if (!accepts(operation.accept, mediaType(contentType)))
    fail(`content type ${contentType ?? '(none)'} instead of ${operation.accept}`);
  if (operation.responseBody === 'binary') return text; // a Blob, read as such (parseAs: 'blob')
  if (operation.responseBody === 'text') return typeof text === 'string' ? text : fail('no text body');
  if (typeof text !== 'string' || text.trim() === '') return fail('an empty body');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return fail('a body that is not valid JSON (truncated or malformed)');
  }
}

/**
 * The start of a body, for diagnosis, as a string of its own: a slice would keep the whole body
 * (which may be megabytes) alive for as long as the error is kept. Credentials sent are scrubbed.
 */
export function snippetOf(text: string, secrets: SecretSet): string {
  // Scrubbed on a window longer than the snippet by the longest a credential can be written, so that
  // one that starts in the snippet and ends beyond it is caught whole. Escaped before it is cut, so
  // that the snippet is at most 200 characters as the caller reads it.
  const scrubbed = printable(scrubText(text.slice(0, 200 + secrets.longestWritten), secrets)).slice(0, 200);
  return Array.from(scrubbed).join('');
}

/**
 * The operation as the response's status reads it: another 2xx the spec declares (an exact status
 * first, then its class, `2XX`) brings its own media type, and its `successStatus` is the one
 * answered (the key of its schema in the response schemas); any other is read as the first.
 */
export function forStatus(operation: OperationDescription, status: number): OperationDescription {
  const others = operation.otherSuccesses;
  if (others === undefined) return operation;
  const exact = String(status);
  const answered =
    operation.successStatus === exact
      ? undefined
      : Object.hasOwn(others, exact)
        ? exact
        : operation.successStatus !== '2XX' && Object.hasOwn(others, '2XX')
          ? '2XX'
          : undefined;
  if (answered === undefined) return operation;
  const { responseBody, ...rest } = operation;
  return { ...rest, ...others[answered], successStatus: answered };
}

/**
 * Whether the body is read as bytes (a `Blob`): when any success body is bytes, as the status that
 * comes back is not known before the body is read; `asStatusReads` then reads the others' text.
 */
export function readsBytes(operation: OperationDescription): boolean {
  return [operation, ...Object.values(operation.otherSuccesses ?? {})].some(
    (success) => success.responseBody === 'binary',
  );
}

/** A body read as bytes (`readsBytes`) whose status says it is text or JSON, as its text. */
export async function asStatusReads(answered: OperationDescription, body: unknown): Promise<unknown> {
  return answered.responseBody !== 'binary' && body instanceof Blob ? body.text() : body;
}

export function checkResponse(
  core: ClientCore<object>,
  operation: OperationDescription,
  data: unknown,
  secrets: SecretSet,
): void {
  const { validateResponses: option, responseSchemas } = core[RUNTIME];
  if (!option || responseSchemas === undefined) return;
  // Own keys only: an operationId or status is never looked up on Object.prototype.
  const { operationId, successStatus } = operation;
  const { operations } = responseSchemas;
  const byStatus = Object.hasOwn(operations, operationId) ? operations[operationId] : undefined;
  const schema =
    byStatus !== undefined && successStatus !== undefined && Object.hasOwn(byStatus, successStatus)
      ? byStatus[successStatus]
      : undefined;
  if (schema === undefined) return;
  const issues = validateValue(schema, data);
  if (issues.length === 0) return;
  const error = new ResponseValidationError(operation.operationId, issues, scrubValue(data, secrets));
  if (typeof option === 'function') option(error);
  else throw error;
}

/** A 3xx answer, or (in browsers, which hide it) an opaque redirect: redirects are never followed. */
export function isRedirect(response: Response): boolean {
  return (response.status >= 300 && response.status < 400) || response.type === 'opaqueredirect';
}

/** Names the origin the server pointed at (never the rest of Location, which may carry anything). */
export function redirectError(
  operation: OperationDescription,
  url: string,
  response: Response,
  headers: Headers,
): UnexpectedResponseError {
  let target = 'another location';
  try {
    const location = response.headers.get('location');
    if (location !== null) target = new URL(location, url).origin;
  } catch {
    // An unparsable Location: the generic wording says enough.
  }
  return new UnexpectedResponseError({
    operationId: operation.operationId,
    method: operation.method,
    url,
    status: response.status,
    reason: `a redirect to ${target}, which is not followed: requests go only to the configured server`,
    headers,
    contentType: response.headers.get('content-type') ?? undefined,
    bodySnippet: '',
  });
}

/** Whether a response's media type is the one declared (`image/*` takes any image type). */
function accepts(declared: string, received: string | undefined): boolean {
  return declared.endsWith('/*') ? received?.startsWith(declared.slice(0, -1)) === true : received === declared;
}

export function mediaType(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase();
}
