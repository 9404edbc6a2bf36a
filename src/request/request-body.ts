import type { ValidationIssue } from '../errors/errors.js';
import { escapePointer } from '../validation/json-pointer.js';
import { isBinary } from '../validation/validate.js';

/*
 * A request body in the media type the spec declares for it, read once. What is sent is made from
 * that one reading, and so is the value the spec check sees:
 * - JSON (`application/json`, any `…+json`): the JSON text, and that text read back;
 * - `application/x-www-form-urlencoded`: the fields, form-encoded;
 * - `multipart/form-data` (any `multipart/…`): the fields as parts, a Blob or bytes as a file part;
 * - `text/…`: a string, as it is;
 * - anything else (`application/octet-stream`, `image/png`, …): the bytes of a Blob, an
 *   ArrayBuffer, a typed array, or a string's UTF-8.
 * In a form or a multipart part, an array is one field per item and an object is its JSON text
 * (OpenAPI's defaults for the two); null is an empty field and undefined leaves the field out.
 */

export type BodyKind = 'json' | 'form' | 'multipart' | 'text' | 'binary';

/** The body as read once. */
export interface BodySnapshot {
  /** The value the spec check sees (and a retry decision reads). */
  readonly value: unknown;
  /** What is sent: built anew for every send from the one reading (a FormData is consumed by fetch). */
  readonly payload: () => BodyInit;
  /** The Content-Type to send; undefined when fetch sets it (multipart, with its boundary). */
  readonly contentType: string | undefined;
}

/** What `mediaType` says about how a body is written; no media type is JSON. */
export function bodyKind(mediaType: string | undefined): BodyKind {
  const essence = (mediaType ?? 'application/json').split(';')[0]!.trim().toLowerCase();
  if (essence === 'application/json' || essence.endsWith('+json')) return 'json';
  if (essence === 'application/x-www-form-urlencoded') return 'form';
  if (essence.startsWith('multipart/')) return 'multipart';
  if (essence.startsWith('text/')) return 'text';
  return 'binary';
}

/**
 * Read `body` once, as `mediaType` says it is written. `copyFields` is the request snapshot's copy of
 * plain data (each property read once; a Blob kept, bytes copied). Problems go into `issues`.
 */
export function snapshotBody(
  body: unknown,
  mediaType: string | undefined,
  copyFields: (value: unknown) => unknown,
  issues: ValidationIssue[],
): BodySnapshot | undefined {
  const kind = bodyKind(mediaType);
  switch (kind) {
    case 'json':
      return jsonBody(body, mediaType, issues);
    case 'form':
    case 'multipart': {
      const fields = copyFields(body);
      if (typeof fields !== 'object' || fields === null || Array.isArray(fields) || isBinary(fields)) {
        issues.push({ path: '/body', rule: 'type', message: `must be an object of fields (sent as ${mediaType})` });
        return undefined;
      }
      const entries = fieldEntries(fields as Record<string, unknown>);
      if (kind === 'form') {
        for (const [name, value] of entries) {
          if (isBinary(value)) {
            const message = `is a file, which ${mediaType} cannot carry (a multipart/form-data body can)`;
            issues.push({ path: `/body/${escapePointer(name)}`, rule: 'type', message });
          }
        }
        if (issues.length > 0) return undefined;
      }
      return kind === 'form'
        ? { value: fields, payload: () => formText(entries), contentType: mediaType }
        : { value: fields, payload: () => formData(entries), contentType: undefined };
    }
    case 'text':
      if (typeof body !== 'string') {
        issues.push({ path: '/body', rule: 'type', message: `must be a string (sent as ${mediaType})` });
        return undefined;
      }
      return { value: body, payload: () => body, contentType: mediaType };
    case 'binary': {
      const bytes = typeof body === 'string' || isBinary(body) ? copyFields(body) : undefined;
      if (bytes === undefined) {
        issues.push({
          path: '/body',
          rule: 'type',
          message: `must be a Blob, an ArrayBuffer, a typed array or a string (sent as ${mediaType})`,
        });
        return undefined;
      }
      return { value: bytes, payload: () => bytes as BodyInit, contentType: mediaType };
    }
  }
}

/**
 * The body as JSON text, and that text read back: the value the server will receive. JSON.stringify
 * reads each property once (toJSON applied, undefined dropped, NaN as null), so the text is itself
 * the one reading of the body. A value JSON cannot write (a BigInt, a cycle, nesting deeper than the
 * engine's stack) is an issue here, instead of escaping from JSON.stringify as it is.
 */
function jsonBody(body: unknown, mediaType: string | undefined, issues: ValidationIssue[]): BodySnapshot | undefined {
  let text: string | undefined;
  try {
    text = JSON.stringify(body);
    if (text !== undefined) {
      const sent = text;
      return { value: JSON.parse(text) as unknown, payload: () => sent, contentType: mediaType };
    }
  } catch {
    // Reported below; the engine's message may quote part of the value.
  }
  issues.push({
    path: '/body',
    rule: 'json',
    message:
      text === undefined && typeof body !== 'object'
        ? 'cannot be written as JSON'
        : 'cannot be written as JSON (a BigInt, a circular reference, or nesting too deep)',
  });
  return undefined;
}

/** Every field to send, in order: one entry per array item, undefined left out. */
function fieldEntries(fields: Readonly<Record<string, unknown>>): [string, unknown][] {
  const entries: [string, unknown][] = [];
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined) entries.push([name, item]);
  }
  return entries;
}

/** A field's text in a form or a multipart part: an object as its JSON, null as nothing. */
function fieldText(value: unknown): string {
  if (value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
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
