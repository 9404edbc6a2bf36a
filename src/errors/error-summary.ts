/**
 * The one-line summary of an error body that `ApiError.message` ends with. What to read is not
 * guessed here: the generator reads each documented error schema of an operation and describes it
 * as an {@link ErrorShape} (which property says what went wrong, which names the field, which holds
 * a list of problems), so the runtime names no provider. The summary is bounded in length and has
 * its control characters escaped, so a server cannot forge lines in a log through it.
 */
import { printable } from '../redaction/printable.js';

/** How to read one documented error body (written by the generator from the error schema). */
export interface ErrorShape {
  /** Properties whose string value says what went wrong, best first; the first present one is used. */
  readonly text?: readonly string[];
  /** A property that names the request field at fault (a string, or a path as a list of steps). */
  readonly field?: string;
  /** A property holding a list of problems, and how to read each one. */
  readonly list?: readonly [property: string, item: ErrorShape];
  /** A property holding an object that carries the message (`{ error: { message } }`), and how to read it. */
  readonly nested?: readonly [property: string, inner: ErrorShape];
}

/** Longest summary a message carries; the whole body stays on `ApiError.body`. */
const MAX_SUMMARY = 200;
/** Problems of a list that are named one by one; the rest are counted. */
const MAX_LISTED = 3;

/**
 * `: <what the body says>`, or '' when the body says nothing the shapes can read. A string body (not
 * JSON) is summarised as it is.
 */
export function summarizeErrorBody(body: unknown, shapes: readonly ErrorShape[] = []): string {
  let summary: string | undefined;
  if (typeof body === 'string') summary = body;
  else for (const shape of shapes) if ((summary = readShape(body, shape)) !== undefined) break;
  if (summary === undefined) return '';
  const text = oneLine(summary);
  return text === '' ? '' : `: ${text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY - 1)}…` : text}`;
}

function readShape(body: unknown, shape: ErrorShape): string | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const fields = body as Record<string, unknown>;
  if (shape.list !== undefined) {
    const [property, item] = shape.list;
    const entries = fields[property];
    if (Array.isArray(entries) && entries.length > 0) {
      const named = entries.slice(0, MAX_LISTED).map((entry) => readShape(entry, item) ?? 'a problem');
      const more = entries.length - named.length;
      return named.join('; ') + (more > 0 ? ` (and ${more} more)` : '');
    }
  }
  if (shape.nested !== undefined) {
    const inner = readShape(fields[shape.nested[0]], shape.nested[1]);
    if (inner !== undefined) return inner;
  }
  const text = shape.text
    ?.map((name) => fields[name])
    .find((value) => typeof value === 'string' && value.trim() !== '');
  if (typeof text !== 'string') return undefined;
  const field = shape.field === undefined ? undefined : fieldName(fields[shape.field]);
  return field === undefined ? text : `${text} (field ${field})`;
}

/** A field named by a string, or by a path of steps (FastAPI's `loc: ['body', 'lines', 0]`). */
function fieldName(value: unknown): string | undefined {
  const name = Array.isArray(value) ? value.join('.') : value;
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/**
 * Whitespace runs become one space; any other control character (and the line and paragraph
 * separators, and the bidi overrides) is written as a `\uXXXX` escape, so the text cannot break a log line.
 */
export function oneLine(text: string): string {
  return printable(text.replace(/\s+/gu, ' ').trim());
}
