/*
 * Header and cookie parameters as text, as OpenAPI's styles write them ("Style Values"): a header
 * is `simple` (an array `a,b`, an object `k,v,k2,v2`, or `k=v,k2=v2` exploded), a cookie is `form`
 * (`name=a,b`), its value percent-encoded so that it cannot end the cookie or start another. Numbers
 * and booleans are written as JSON writes them. Only operations with such parameters import this
 * (and path-styles.ts, for a path parameter in the `simple` style).
 */
import { isPlainObject } from '../validation/rules/values.js';

/** Which parameters of a location are written exploded (OpenAPI's `explode: true`). */
export interface ParameterTexts {
  readonly explode: readonly string[];
}

/** One value as `simple` text; `encode` is applied to each piece (not to the delimiters). */
export function simpleText(value: unknown, explode: boolean, encode: (text: string) => string): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return encode(String(value));
  if (typeof value === 'string') return encode(value);
  if (Array.isArray(value)) return value.map((item) => encode(String(item))).join(',');
  if (isPlainObject(value))
    return Object.entries(value)
      .map(([key, item]) => `${encode(key)}${explode ? '=' : ','}${encode(String(item))}`)
      .join(',');
  return value; // undefined and null keep their meaning (left out, removed); anything else is refused later
}

/** The header parameters as the text each is sent as. */
export function headerTexts(headers: unknown, format: ParameterTexts): unknown {
  if (!isPlainObject(headers)) return headers;
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      simpleText(value, format.explode.includes(name), (text) => text),
    ]),
  );
}

/**
 * The cookie parameters into `headers` as one Cookie header (`a=1; b=x%20y`), after any cookie the
 * caller's headers carry; nothing when there are none.
 */
export function cookieText(cookies: unknown, format: ParameterTexts, headers: Record<string, string>): void {
  if (!isPlainObject(cookies)) return;
  const pairs = Object.entries(cookies)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(
      ([name, value]) =>
        `${encodeURIComponent(name)}=${String(simpleText(value, format.explode.includes(name), encodeURIComponent))}`,
    );
  if (pairs.length === 0) return;
  const given = Object.keys(headers).find((name) => name.toLowerCase() === 'cookie');
  headers[given ?? 'Cookie'] = [...(given === undefined ? [] : [headers[given]]), ...pairs].join('; ');
}
