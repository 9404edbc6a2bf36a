import type { ValidationIssue } from '../errors/errors.js';

/*
 * A request body in the media type the spec declares for it, read once. What is sent is made from
 * that one reading, and so is the value the spec check sees. JSON is written here; the other media
 * types have writers of their own (body-writers.ts), which an operation's description names, so that
 * an app whose operations all send JSON carries none of them.
 */

/** The body as read once. */
export interface BodySnapshot {
  /** The value the spec check sees (and a retry decision reads). */
  readonly value: unknown;
  /** What is sent: built anew for every send from the one reading (a FormData is consumed by fetch). */
  readonly payload: () => BodyInit;
  /** The Content-Type to send; undefined when fetch sets it (multipart, with its boundary). */
  readonly contentType: string | undefined;
}

/**
 * Writes a body in one media type: reads it once (through `copy`, the request snapshot's copy of
 * plain data: each property read once, a Blob kept, bytes copied) and reports what cannot be written.
 */
export type BodyWriter = (
  body: unknown,
  mediaType: string | undefined,
  copy: (value: unknown) => unknown,
  issues: ValidationIssue[],
) => BodySnapshot | undefined;

/** How an operation's body is sent, when it is not plain `application/json`. */
export interface RequestBodyFormat {
  /** The media type the spec declares, sent as Content-Type (multipart: with the boundary fetch adds). */
  readonly mediaType: string;
  readonly write: BodyWriter;
}

/**
 * The body as JSON text, and that text read back: the value the server will receive. JSON.stringify
 * reads each property once (toJSON applied, undefined dropped, NaN as null), so the text is itself
 * the one reading of the body. A value JSON cannot write (a BigInt, a cycle, nesting deeper than the
 * engine's stack) is an issue here, instead of escaping from JSON.stringify as it is.
 */
export const jsonBody: BodyWriter = (body, mediaType, _copy, issues) => {
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
};

/**
 * A value in a form field, a multipart part or a query parameter: null as nothing, an object (as
 * nested as no style reaches) as its JSON, anything else as its text.
 */
export function fieldText(value: unknown): string {
  if (value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
