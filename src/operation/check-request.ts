import { credentialScheme } from '../auth/authenticator.js';
import type { ClientCore } from '../client/client-core.js';
import { RequestValidationError, type ValidationIssue } from '../errors/errors.js';
import { snapshotRecord } from '../request/request-snapshot.js';
import type { RetryPolicy } from '../transport/retry-policy.js';
import type { JsonSchema } from '../validation/schema.js';
import { patternMessage } from '../validation/validate.js';
import type { CallOptions, CallRequest, OperationDescription } from './operation-types.js';

// The checks of a request before anything is sent, beyond the spec's schema: the call options read
// once, the path parameters against their patterns, the client's header defaults, the body fields
// only some credentials may send.

/** The per-call options, each read once; the headers and retry settings copied. */
export function readOptions(options: CallOptions | undefined): {
  readonly signal: AbortSignal | undefined;
  readonly headers: Readonly<Record<string, string>> | undefined;
  readonly validateRequest: boolean;
  readonly retry: Partial<RetryPolicy> | false | undefined;
} {
  if (options === undefined) return { signal: undefined, headers: undefined, validateRequest: true, retry: undefined };
  const { signal, headers, validateRequest, retry } = options;
  return {
    signal,
    headers: snapshotRecord(headers) as Record<string, string> | undefined,
    validateRequest: validateRequest !== false,
    retry: retry === false ? false : (snapshotRecord(retry) as Partial<RetryPolicy> | undefined),
  };
}

/** The request with the client's header defaults filled in for headers this operation declares (for validation). */
export function withHeaderDefaults(
  request: CallRequest,
  operation: OperationDescription,
  defaults: Readonly<Record<string, string>>,
): CallRequest {
  const filled = headerDefaultsFor(operation, defaults);
  if (Object.keys(filled).length === 0) return request;
  return { ...request, header: { ...filled, ...(request.header ?? {}) } };
}

/** The client's header defaults for the header parameters this operation declares. */
export function headerDefaultsFor(
  operation: OperationDescription,
  defaults: Readonly<Record<string, string>>,
): Record<string, string> {
  const declared = operation.requestSchema.properties?.['header']?.properties;
  const filled: Record<string, string> = {};
  if (declared === undefined) return filled;
  for (const [name, value] of Object.entries(defaults)) if (Object.hasOwn(declared, name)) filled[name] = value;
  return filled;
}

/**
 * Some body fields may only be sent with some kinds of credential (Mollie's `testmode`: not with
 * API keys, which are bound to one mode). The credential's kind is told by its prefix. Returns a
 * check for the token an attempt is about to send, or undefined when the body has no such field.
 */
export function restrictedFieldsCheck(
  core: ClientCore<object>,
  operation: OperationDescription,
  body: unknown,
): ((token: string) => void) | undefined {
  const restricted = operation.credentialRestrictedFields;
  if (restricted === undefined || typeof body !== 'object' || body === null) return undefined;
  const present = Object.keys(restricted).filter((field) => (body as Record<string, unknown>)[field] !== undefined);
  if (present.length === 0) return undefined;
  const prefixes = core.api.security.credentialPrefixes;
  return (token) => {
    const scheme = credentialScheme(token, prefixes);
    if (scheme === undefined) return; // an unknown kind of credential: the server decides
    const issues: ValidationIssue[] = present
      .filter((field) => !restricted[field]!.includes(scheme))
      .map((field) => ({
        path: `/body/${field}`,
        rule: 'x-allowed-credentials',
        message: `cannot be sent with a ${scheme} credential (${prefixes[scheme]!.join(', ')}); only with: ${restricted[field]!.join(', ')}`,
      }));
    if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
  };
}

/**
 * Every path parameter must be a string matching the spec's pattern. Patterns are anchored and
 * exclude `/`, `.`, `%`, `?` and `#`, so no value can move the request to another path or host.
 */
export function checkPathParameters(operation: OperationDescription, values: unknown): Record<string, string> {
  const checked: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  for (const [name, pattern] of Object.entries(operation.pathParameters)) {
    const value: unknown =
      typeof values === 'object' && values !== null ? (values as Record<string, unknown>)[name] : undefined;
    const path = `/path/${name}`;
    if (typeof value !== 'string') {
      issues.push({ path, rule: value === undefined ? 'required' : 'type', message: 'must be a string' });
    } else if (!pattern.test(value)) {
      const words = patternWords(operation.requestSchema.properties?.['path']?.properties?.[name]);
      issues.push({ path, rule: 'pattern', message: patternMessage(pattern, words) });
    } else {
      checked[name] = value;
    }
  }
  if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
  return checked;
}

/** The spec's pattern in words (the generator's `patternDescription`), on the schema or the parts it combines. */
export function patternWords(schema: JsonSchema | undefined): string | undefined {
  return schema?.patternDescription ?? schema?.allOf?.map(patternWords).find((words) => words !== undefined);
}

export function ownField(value: object | undefined, name: string): unknown {
  if (value === undefined) return undefined;
  return Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined;
}

export function hasKey(header: unknown, name: string): boolean {
  // Header names are case-insensitive.
  return (
    typeof header === 'object' &&
    header !== null &&
    Object.keys(header).some((key) => key.toLowerCase() === name.toLowerCase())
  );
}
