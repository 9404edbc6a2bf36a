/*
 * Path parameters in OpenAPI's styles ("Style Values", RFC 6570): `simple` (`a,b`), `label` (`.a,b`)
 * and `matrix` (`;id=a,b`), exploded or not, of scalars, lists and objects. Every name and value is
 * percent-encoded (`encodeURIComponent`), so no value can leave its path segment, and a segment that
 * would be empty or a dot segment (`.`, `..`, which URL resolution turns into steps up the path) is
 * refused. Only operations with such parameters import this; a plain scalar parameter is checked
 * against its pattern by check-request.ts.
 */
import { RequestValidationError, type ValidationIssue } from '../errors/errors.js';
import { isPlainObject } from '../validation/rules/values.js';
import { simpleText } from './parameter-text.js';

export interface PathStyle {
  /** @default 'simple' */
  readonly style?: 'simple' | 'label' | 'matrix';
  /** @default false */
  readonly explode?: boolean;
}

/** Each styled path parameter's segment text, encoded; throws a RequestValidationError naming each one that cannot be sent. */
export function writePathStyles(
  operationId: string,
  values: unknown,
  styles: Readonly<Record<string, PathStyle>>,
): Record<string, string> {
  const written: Record<string, string> = {};
  const issues: ValidationIssue[] = [];
  for (const [name, { style = 'simple', explode = false }] of Object.entries(styles)) {
    const value = isPlainObject(values) ? values[name] : undefined;
    const text = segment(name, value, style, explode);
    if (text === undefined || /^\.{0,2}$/.test(text)) {
      issues.push({
        path: `/path/${name}`,
        rule: 'path-segment',
        message: 'must give a path segment that is not empty, `.` or `..`',
      });
    } else written[name] = text;
  }
  if (issues.length > 0) throw new RequestValidationError(operationId, issues);
  return written;
}

const encode = (value: unknown): string => encodeURIComponent(String(value));

function segment(name: string, value: unknown, style: string, explode: boolean): string | undefined {
  if (style === 'simple') {
    const text = simpleText(value, explode, encode);
    return typeof text === 'string' ? text : undefined;
  }
  const prefix = style === 'label' ? '.' : ';';
  const named = style === 'matrix' ? `${encode(name)}=` : '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return `${prefix}${named}${encode(value)}`;
  if (Array.isArray(value)) {
    if (!explode) return `${prefix}${named}${value.map(encode).join(',')}`;
    return value.map((item) => `${prefix}${named}${encode(item)}`).join('');
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    if (!explode) return `${prefix}${named}${entries.map(([key, item]) => `${encode(key)},${encode(item)}`).join(',')}`;
    return entries.map(([key, item]) => `${prefix}${encode(key)}=${encode(item)}`).join('');
  }
  return undefined;
}
