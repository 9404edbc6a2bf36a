/*
 * The query string as the spec's parameter styles write it (OpenAPI 3.1, "Style Values"), from the
 * request as read once. openapi-fetch writes every array exploded and every object as `deepObject`
 * whatever the spec says; an API that expects `embed=payments,refunds` (form, explode: false) or
 * `filter[status]=paid` (deepObject) gets what it declares only from a serializer per parameter.
 *
 * Every name and value is percent-encoded (`encodeURIComponent`), so no value can end the query,
 * start a fragment or add a parameter; `allowReserved` leaves RFC 3986's reserved characters as they
 * are except those that would do exactly that (`#`, `&`, `=`, `+`) and `%`.
 */

import { fieldText } from './request-body.js';

export type QueryStyle = 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject';

/** How one query parameter is written. */
export interface QueryParameterStyle {
  /** @default 'form' */
  readonly style?: QueryStyle;
  /** @default true for `form`, false otherwise (OpenAPI's defaults) */
  readonly explode?: boolean;
  readonly allowReserved?: boolean;
}

const DELIMITERS: Readonly<Record<QueryStyle, string>> = {
  form: ',',
  spaceDelimited: '%20',
  pipeDelimited: '|',
  deepObject: ',',
};

/**
 * How an operation's query string is written: each parameter's style, and the writer. An
 * operation's description names the writer, so that an app whose operations take no query
 * parameters carries none of this.
 */
export interface QueryFormat {
  readonly styles: Readonly<Record<string, QueryParameterStyle>>;
  readonly write: typeof serializeQuery;
}

/** The query string (without `?`) for `query` as `styles` write each parameter; undefined values are left out. */
export function serializeQuery(
  query: Readonly<Record<string, unknown>> | undefined,
  styles: Readonly<Record<string, QueryParameterStyle>>,
): string {
  const pairs: string[] = [];
  if (query === undefined) return '';
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const { style = 'form', explode = style === 'form', allowReserved = false } = styles[name] ?? {};
    const encode = (text: string): string => encodeValue(text, allowReserved);
    const key = encodeURIComponent(name);
    if (Array.isArray(value)) {
      const items = value.filter((item) => item !== undefined).map((item) => encode(fieldText(item)));
      if (explode) for (const item of items) pairs.push(`${key}=${item}`);
      else if (items.length > 0) pairs.push(`${key}=${items.join(DELIMITERS[style])}`);
    } else if (typeof value === 'object' && value !== null) {
      const entries = Object.entries(value).filter(([, item]) => item !== undefined);
      if (style === 'deepObject') {
        for (const [field, item] of entries)
          pairs.push(`${key}%5B${encodeURIComponent(field)}%5D=${encode(fieldText(item))}`);
      } else if (explode) {
        for (const [field, item] of entries) pairs.push(`${encodeURIComponent(field)}=${encode(fieldText(item))}`);
      } else if (entries.length > 0) {
        const flat = entries.flatMap(([field, item]) => [encodeURIComponent(field), encode(fieldText(item))]);
        pairs.push(`${key}=${flat.join(DELIMITERS[style])}`);
      }
    } else {
      pairs.push(`${key}=${encode(fieldText(value))}`);
    }
  }
  return pairs.join('&');
}

/** Reserved characters `allowReserved` leaves unencoded: RFC 3986's, less those that would end or split the query. */
const RESERVED_ALLOWED = /%(3A|2F|3F|5B|5D|40|21|24|27|28|29|2A|2C|3B)/giu;

function encodeValue(text: string, allowReserved: boolean): string {
  const encoded = encodeURIComponent(text);
  return allowReserved ? encoded.replace(RESERVED_ALLOWED, (escape) => decodeURIComponent(escape)) : encoded;
}
