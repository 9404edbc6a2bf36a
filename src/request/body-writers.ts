import type { ValidationIssue } from '../errors/errors.js';
import { escapePointer } from '../validation/json-pointer.js';
import { isBinary } from '../validation/validate.js';
import { fieldText, type BodyWriter } from './request-body.js';

/*
 * The body writers beyond JSON, one per kind of media type; the generator names the one each
 * operation needs in its description (`requestBody.write`):
 * - `formBody`, `application/x-www-form-urlencoded`: the fields, form-encoded;
 * - `multipartBody`, `multipart/form-data` (any `multipart/…`): the fields as parts, a Blob or bytes
 *   as a file part;
 * - `textBody`, `text/…`: a string, as it is;
 * - `binaryBody`, anything else (`application/octet-stream`, `image/png`, …): the bytes of a Blob,
 *   an ArrayBuffer, a typed array, or a string's UTF-8.
 * In a form or a multipart part, an array is one field per item and an object is its JSON text
 * (OpenAPI's defaults for the two); null is an empty field and undefined leaves the field out.
 */

export const formBody: BodyWriter = (body, mediaType, copy, issues) => {
  const entries = fieldEntries(body, mediaType, copy, issues);
  if (entries === undefined) return undefined;
  for (const [name, value] of entries) {
    if (isBinary(value)) {
      const message = `is a file, which ${mediaType} cannot carry (a multipart/form-data body can)`;
      issues.push({ path: `/body/${escapePointer(name)}`, rule: 'type', message });
    }
  }
  if (issues.length > 0) return undefined;
  return { value: entries.fields, payload: () => formText(entries), contentType: mediaType };
};

export const multipartBody: BodyWriter = (body, mediaType, copy, issues) => {
  const entries = fieldEntries(body, mediaType, copy, issues);
  return entries && { value: entries.fields, payload: () => formData(entries), contentType: undefined };
};

export const textBody: BodyWriter = (body, mediaType, _copy, issues) => {
  if (typeof body === 'string') return { value: body, payload: () => body, contentType: mediaType };
  issues.push({ path: '/body', rule: 'type', message: `must be a string (sent as ${mediaType})` });
  return undefined;
};

export const binaryBody: BodyWriter = (body, mediaType, copy, issues) => {
  if (typeof body === 'string' || isBinary(body)) {
    const bytes = copy(body) as BodyInit;
    return { value: bytes, payload: () => bytes, contentType: mediaType };
  }
  issues.push({
    path: '/body',
    rule: 'type',
    message: `must be a Blob, an ArrayBuffer, a typed array or a string (sent as ${mediaType})`,
  });
  return undefined;
};

type Entries = [string, unknown][] & { readonly fields: Record<string, unknown> };

/** Every field to send, in order: one entry per array item, undefined left out; undefined when `body` has no fields. */
function fieldEntries(
  body: unknown,
  mediaType: string | undefined,
  copy: (value: unknown) => unknown,
  issues: ValidationIssue[],
): Entries | undefined {
  const fields = copy(body);
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields) || isBinary(fields)) {
    issues.push({ path: '/body', rule: 'type', message: `must be an object of fields (sent as ${mediaType})` });
    return undefined;
  }
  const entries = Object.assign([] as [string, unknown][], { fields: fields as Record<string, unknown> });
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined) entries.push([name, item]);
  }
  return entries;
}

function formText(entries: readonly [string, unknown][]): string {
  const form = new URLSearchParams();
  for (const [name, value] of entries) form.append(name, fieldText(value));
  return form.toString();
}

function formData(entries: readonly [string, unknown][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) {
    if (value instanceof Blob) form.append(name, value);
    else if (isBinary(value)) form.append(name, new Blob([value as ArrayBuffer]));
    else form.append(name, fieldText(value));
  }
  return form;
}
