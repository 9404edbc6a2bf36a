import { HTTP_METHODS, type IgnoredHeaderParameter } from './api-model.js';
import { resolveRef } from './resolve-ref.js';

type Json = Record<string, unknown>;

/**
 * Header parameters OpenAPI says are ignored (3.0.3 and 3.1, Parameter Object: "If in is header and
 * the name field is Accept, Content-Type or Authorization, the parameter definition SHALL be
 * ignored"): the operation's media types and security schemes say those headers, and the runtime
 * writes them. Specs we did not write declare them anyway (VTEX's, often as required), which would
 * make every call pass a header the client then overrides.
 */
const IGNORED_HEADERS: ReadonlySet<string> = new Set(['accept', 'content-type', 'authorization']);

/**
 * Remove those parameters from every path's and operation's list, before any step reads the spec,
 * so that the types, the checks and the calls all leave them out. Returns what was removed from
 * where, for the generated index to say; the document is changed in place.
 */
export function dropIgnoredHeaderParameters(document: Json): IgnoredHeaderParameter[] {
  const dropped: IgnoredHeaderParameter[] = [];
  const paths = document['paths'];
  if (typeof paths !== 'object' || paths === null) return dropped;
  for (const [route, pathItem] of Object.entries(paths as Json)) {
    if (typeof pathItem !== 'object' || pathItem === null) continue;
    const item = pathItem as Json;
    const places: [Json, string][] = [[item, route]];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (typeof operation === 'object' && operation !== null)
        places.push([operation as Json, `${method.toUpperCase()} ${route}`]);
    }
    for (const [owner, where] of places) {
      const parameters = owner['parameters'];
      if (!Array.isArray(parameters)) continue;
      const kept = parameters.filter((parameter) => {
        const name = ignoredHeaderName(document, parameter);
        if (name !== undefined) dropped.push({ place: where, name });
        return name === undefined;
      });
      if (kept.length !== parameters.length) owner['parameters'] = kept;
    }
  }
  return dropped;
}

function ignoredHeaderName(document: Json, parameter: unknown): string | undefined {
  let resolved: unknown;
  try {
    resolved = resolveRef(document, parameter);
  } catch {
    // A reference that does not resolve is reported, with where, by the step that reads it.
    return undefined;
  }
  if (typeof resolved !== 'object' || resolved === null) return undefined;
  const { in: location, name } = resolved as Json;
  return location === 'header' && typeof name === 'string' && IGNORED_HEADERS.has(name.toLowerCase())
    ? name
    : undefined;
}
