import { RequestValidationError, type ValidationIssue } from '../errors/errors.js';
import { escapePointer } from '../validation/json-pointer.js';
import { jsonBody, type BodySnapshot, type RequestBodyFormat } from './request-body.js';

/*
 * One reading of what the caller passed. A request is checked and then sent; if both read the
 * caller's objects, a getter or a Proxy can answer the check with one value and the sender with
 * another (a path id that passes its pattern, then `''`, so the request goes to `PATCH /v2/sales-invoices/`).
 * So the caller's request is read exactly once, at the start of a call, into plain data of our own;
 * the check, the send, the log events and the errors all use that copy and never the original.
 */

/** The caller's request as read once: plain objects and arrays, each property read a single time. */
export interface RequestSnapshot {
  /** Every own enumerable field, copied (`path`, `query`, `header`, and any the spec will refuse). */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The body in its media type: what is sent, and the value checked (see request-body.ts). */
  readonly body?: BodySnapshot;
}

/** Nesting deeper than this in a parameter is refused (no spec nests parameters anywhere near it). */
const MAX_DEPTH = 32;

/**
 * Read `request` once, its body as `bodyFormat` writes it (JSON when absent). Throws a
 * RequestValidationError for a value that cannot be copied or written in that media type.
 */
export function snapshotRequest(
  operationId: string,
  request: unknown,
  bodyFormat?: RequestBodyFormat,
): RequestSnapshot {
  if (typeof request !== 'object' || request === null) {
    throw new RequestValidationError(operationId, [{ path: '', rule: 'type', message: 'must be an object' }]);
  }
  const issues: ValidationIssue[] = [];
  const fields: Record<string, unknown> = {};
  let body: RequestSnapshot['body'];
  for (const key of Object.keys(request)) {
    const value: unknown = (request as Record<string, unknown>)[key];
    if (key !== 'body') defineField(fields, key, copyPlain(value, `/${escapePointer(key)}`, 0, [], issues));
    else if (value !== undefined) {
      const copyFields = (fields: unknown): unknown => copyPlain(fields, '/body', 0, [], issues);
      body = (bodyFormat?.write ?? jsonBody)(value, bodyFormat?.mediaType, copyFields, issues);
    }
  }
  if (issues.length > 0) throw new RequestValidationError(operationId, issues);
  return body === undefined ? { fields } : { fields, body };
}

/** The caller's per-call options, each read once (the headers copied), for the same reason. */
export function snapshotRecord(
  record: Readonly<Record<string, unknown>> | undefined,
): Record<string, unknown> | undefined {
  if (record === undefined || record === null || typeof record !== 'object') return record;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) defineField(copy, key, record[key]);
  return copy;
}

/**
 * A copy of `value` made of plain objects and arrays, every property read once. Functions, symbols
 * and the like are kept as they are (the check refuses them); a cycle or absurd nesting is an issue.
 */
function copyPlain(
  value: unknown,
  pointer: string,
  depth: number,
  ancestors: object[],
  issues: ValidationIssue[],
): unknown {
  if (typeof value !== 'object' || value === null) return value;
  // A file: a Blob cannot change, bytes can, so they are copied.
  if (value instanceof Blob) return value;
  if (value instanceof ArrayBuffer) return value.slice(0);
  if (ArrayBuffer.isView(value))
    return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
  if (ancestors.includes(value)) {
    issues.push({ path: pointer, rule: 'type', message: 'refers to itself (a circular reference)' });
    return undefined;
  }
  if (depth >= MAX_DEPTH) {
    issues.push({ path: pointer, rule: 'type', message: `nests deeper than ${MAX_DEPTH} levels` });
    return undefined;
  }
  const inner = [...ancestors, value];
  if (Array.isArray(value)) {
    // `length` read once, then each index once.
    const length = value.length;
    const copy: unknown[] = [];
    for (let index = 0; index < length; index += 1)
      copy.push(copyPlain(value[index], `${pointer}/${index}`, depth + 1, inner, issues));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = copyPlain(
      (value as Record<string, unknown>)[key],
      `${pointer}/${escapePointer(key)}`,
      depth + 1,
      inner,
      issues,
    );
    defineField(copy, key, item);
  }
  return copy;
}

/** Sets `key` as an own data property, `__proto__` included (plain assignment would change the prototype). */
function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
