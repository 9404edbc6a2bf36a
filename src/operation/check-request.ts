import { credentialScheme } from '../auth/authenticator.js';
import type { ClientCore } from '../client/client-core.js';
import { RequestValidationError, type ValidationIssue } from '../errors/errors.js';
import { snapshotRecord } from '../request/request-snapshot.js';
import type { RetryPolicy } from '../transport/retry-policy.js';
import type { JsonSchema, JsonType } from '../validation/schema.js';
import { patternMessage, typeWords } from '../validation/validate.js';
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
 * Every path parameter must be a value of its schema's scalar type, and its text must match the
 * spec's pattern. A string is its own text; a number or boolean, where the schema's type allows one
 * (`petId: integer`), is written as `String(value)`, as the types have callers pass it. Patterns
 * are anchored and exclude `/`, `.`, `%`, `?` and `#` (or the runtime percent-encodes the value),
 * so no value can move the request to another path or host. Returns each parameter's text.
 */
export function checkPathParameters(operation: OperationDescription, values: unknown): Record<string, string> {
  const checked: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  for (const [name, pattern] of Object.entries(operation.pathParameters)) {
    const value: unknown =
      typeof values === 'object' && values !== null ? (values as Record<string, unknown>)[name] : undefined;
    const path = `/path/${name}`;
    const schema = operation.requestSchema.properties?.['path']?.properties?.[name];
    const text = pathText(value, schema);
    if (text === undefined) {
      issues.push({ path, rule: value === undefined ? 'required' : 'type', message: `must be ${pathTypes(schema)}` });
    } else if (!pattern.test(text)) {
      issues.push({ path, rule: 'pattern', message: patternMessage(pattern, patternWords(schema)) });
    } else {
      checked[name] = text;
    }
  }
  if (issues.length > 0) throw new RequestValidationError(operation.operationId, issues);
  return checked;
}

/** The types a path parameter's schema names (on itself or the parts it combines); empty when none. */
function scalarTypes(schema: JsonSchema | undefined): readonly JsonType[] {
  const declared = schema?.type ?? schema?.allOf?.find((part) => part.type !== undefined)?.type;
  return declared === undefined ? [] : typeof declared === 'string' ? [declared] : declared;
}

/** The text a path parameter's value is sent as, or undefined when its type cannot be sent. */
function pathText(value: unknown, schema: JsonSchema | undefined): string | undefined {
  if (typeof value === 'string') return value;
  const types = scalarTypes(schema);
  const numeric =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (types.includes('number') || (types.includes('integer') && Number.isInteger(value)));
  if (numeric || (typeof value === 'boolean' && types.includes('boolean'))) return String(value);
  return undefined;
}

/** What a path parameter must be, in words: the scalar types its schema names, a string when it names none. */
function pathTypes(schema: JsonSchema | undefined): string {
  const types = scalarTypes(schema).filter(
    (type) => type === 'string' || type === 'integer' || type === 'number' || type === 'boolean',
  );
  return typeWords(types.length === 0 ? 'string' : types);
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
