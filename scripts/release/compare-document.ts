// Compare two versions of one API's (dereferenced) document: its operations, servers, security
// schemes and exported schema names.
import { type Findings, pointer, reportUnclassified } from './change.js';
import { type OperationView, compareOperation } from './compare-operation.js';
import { DOC_KEYS, type Json, asArray, asObject, isObject, sameValue, shapeOf, show, showAll } from './json.js';
import { code, operationSubject, typeName } from './subjects.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Root keys compared here; any other root key that changed is reported as breaking. */
const ROOT_KEYS = new Set(['openapi', 'info', 'servers', 'security', 'paths', 'components', 'tags', 'externalDocs']);

export function compareDocuments(before: Json, after: Json, out: Findings): void {
  if (!sameValue(before['openapi'], after['openapi'])) {
    out.add(
      'patch',
      '/openapi',
      `OpenAPI version changed from ${show(before['openapi'])} to ${show(after['openapi'])}`,
    );
  }
  const oldInfo = asObject(before['info']);
  const newInfo = asObject(after['info']);
  for (const key of new Set([...Object.keys(oldInfo), ...Object.keys(newInfo)])) {
    // Title, version, contact, license, links: documentation of the document, not of the API.
    if (!sameValue(oldInfo[key], newInfo[key])) out.add('patch', pointer('/info', key), `info \`${key}\` changed`);
  }
  for (const key of ['tags', 'externalDocs']) {
    if (!sameValue(before[key], after[key])) out.add('patch', pointer('', key), `\`${key}\` changed`);
  }
  compareServers(asArray(before['servers']), asArray(after['servers']), out);
  compareSecuritySchemes(
    asObject(asObject(before['components'])['securitySchemes']),
    asObject(asObject(after['components'])['securitySchemes']),
    out,
  );
  compareSchemaNames(
    asObject(asObject(before['components'])['schemas']),
    asObject(asObject(after['components'])['schemas']),
    out,
  );
  compareOperations(listOperations(before), listOperations(after), out);
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (ROOT_KEYS.has(key) || DOC_KEYS.has(key) || shapeOf(before[key]) === shapeOf(after[key])) continue;
    reportUnclassified(out, pointer('', key), '', key);
  }
}

/** Every operation of a document, with inherited parameters and security. */
export function listOperations(document: Json): OperationView[] {
  const operations: OperationView[] = [];
  for (const [path, item] of Object.entries(asObject(document['paths']))) {
    const pathItem = asObject(item);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      const parameters = new Map<string, Json>();
      for (const parameter of [...asArray(pathItem['parameters']), ...asArray(operation['parameters'])]) {
        const value = asObject(parameter);
        const location = String(value['in']);
        // Header names are case-insensitive.
        const name = location === 'header' ? String(value['name']).toLowerCase() : String(value['name']);
        parameters.set(`${location}:${name}`, value);
      }
      operations.push({
        method,
        path,
        location: pointer('/paths', path, method),
        operation,
        parameters,
        security: asArray(operation['security'] ?? document['security']),
      });
    }
  }
  return operations;
}

/** Pair operations by operationId, then the rest by method and path; report the unpaired. */
function compareOperations(before: readonly OperationView[], after: readonly OperationView[], out: Findings): void {
  const label = (view: OperationView): string => {
    const names = operationSubject(view.operation['operationId'], view.method, view.path);
    return `function ${code(names.function)} (${view.method.toUpperCase()} ${view.path})`;
  };
  const unpairedAfter = new Set(after);
  const pairs: [OperationView, OperationView][] = [];
  const unpairedBefore: OperationView[] = [];
  for (const old of before) {
    const id = old.operation['operationId'];
    const match = [...unpairedAfter].find((now) => id !== undefined && now.operation['operationId'] === id);
    if (match === undefined) unpairedBefore.push(old);
    else {
      pairs.push([old, match]);
      unpairedAfter.delete(match);
    }
  }
  for (const old of unpairedBefore) {
    const match = [...unpairedAfter].find((now) => now.method === old.method && now.path === old.path);
    if (match === undefined) {
      out.add('major', old.location, `${label(old)} removed, with its types`);
      continue;
    }
    pairs.push([old, match]);
    unpairedAfter.delete(match);
  }
  for (const now of unpairedAfter) out.add('minor', now.location, `${label(now)} added`);
  for (const [old, now] of pairs) compareOperation(old, now, out);
}

/**
 * Servers are named by `x-environment` (the client's `environment` option), else by URL. The
 * first server is the client's default environment.
 */
function compareServers(before: readonly unknown[], after: readonly unknown[], out: Findings): void {
  const name = (server: unknown): string => {
    const value = asObject(server);
    return String(value['x-environment'] ?? value['url']);
  };
  // An `x-environment` is a value of the client's `environment` option.
  const what = (server: Json): string =>
    server['x-environment'] === undefined
      ? `server ${show(server['url'])}`
      : `environment ${show(server['x-environment'])} (${String(server['url'])})`;
  const old = new Map(before.map((server, index) => [name(server), [asObject(server), index] as const]));
  const now = new Map(after.map((server, index) => [name(server), [asObject(server), index] as const]));
  for (const [key, [server, index]] of old) {
    const match = now.get(key);
    if (match === undefined) {
      out.add('major', pointer('/servers', index), `${what(server)} removed`);
      continue;
    }
    const [current, currentIndex] = match;
    const at = pointer('/servers', currentIndex);
    if (!sameValue(server['url'], current['url'])) {
      out.add(
        'major',
        pointer(at, 'url'),
        `environment ${show(key)} moved from ${show(server['url'])} to ${show(current['url'])}`,
      );
    }
    for (const docKey of DOC_KEYS) {
      if (!sameValue(server[docKey], current[docKey]))
        out.add('patch', pointer(at, docKey), `${what(current)}: \`${docKey}\` changed`);
    }
    if (!sameValue(server['variables'], current['variables'])) {
      out.add('major', pointer(at, 'variables'), `${what(current)}: \`variables\` changed`);
    }
  }
  for (const [key, [server, index]] of now) {
    if (!old.has(key)) out.add('minor', pointer('/servers', index), `${what(server)} added`);
  }
  const oldDefault = before[0] === undefined ? undefined : name(before[0]);
  const newDefault = after[0] === undefined ? undefined : name(after[0]);
  if (oldDefault !== undefined && newDefault !== undefined && oldDefault !== newDefault && now.has(oldDefault)) {
    out.add('major', '/servers/0', `default environment changed from ${show(oldDefault)} to ${show(newDefault)}`);
  }
}

function compareSecuritySchemes(before: Json, after: Json, out: Findings): void {
  for (const [name, value] of Object.entries(before)) {
    const at = pointer('/components/securitySchemes', name);
    const old = asObject(value);
    if (!(name in after)) {
      out.add('major', at, `security scheme \`${name}\` removed`);
      continue;
    }
    const now = asObject(after[name]);
    for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
      if (sameValue(old[key], now[key])) continue;
      const where = pointer(at, key);
      if (DOC_KEYS.has(key)) out.add('patch', where, `security scheme \`${key}\` changed`);
      else if (key === 'x-credential-prefixes') {
        const was = asArray(old[key]);
        const is = asArray(now[key]);
        const removed = was.filter((prefix) => !is.includes(prefix));
        const added = is.filter((prefix) => !was.includes(prefix));
        if (removed.length > 0)
          out.add('major', where, `credentials starting with ${showAll(removed)} no longer accepted`);
        if (added.length > 0) out.add('minor', where, `credentials starting with ${showAll(added)} accepted`);
      } else if (key === 'flows') compareFlows(asObject(old[key]), asObject(now[key]), where, out);
      else
        out.add(
          'major',
          where,
          `security scheme \`${name}\`: \`${key}\` changed from ${show(old[key])} to ${show(now[key])}`,
        );
    }
  }
  for (const name of Object.keys(after)) {
    if (!(name in before))
      out.add('minor', pointer('/components/securitySchemes', name), `security scheme \`${name}\` added`);
  }
}

function compareFlows(before: Json, after: Json, at: string, out: Findings): void {
  for (const flow of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const where = pointer(at, flow);
    if (!(flow in after)) {
      out.add('major', where, `OAuth flow \`${flow}\` removed`);
      continue;
    }
    if (!(flow in before)) {
      out.add('minor', where, `OAuth flow \`${flow}\` added`);
      continue;
    }
    const old = asObject(before[flow]);
    const now = asObject(after[flow]);
    for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
      if (key === 'scopes' || sameValue(old[key], now[key])) continue;
      if (key === 'x-token-request-fields') {
        compareTokenRequestFields(asArray(old[key]), asArray(now[key]), pointer(where, key), out);
        continue;
      }
      out.add('major', pointer(where, key), `OAuth \`${key}\` changed from ${show(old[key])} to ${show(now[key])}`);
    }
    const oldScopes = asObject(old['scopes']);
    const newScopes = asObject(now['scopes']);
    for (const scope of Object.keys(oldScopes)) {
      if (!(scope in newScopes)) out.add('major', pointer(where, 'scopes', scope), `scope \`${scope}\` removed`);
      else if (!sameValue(oldScopes[scope], newScopes[scope])) {
        out.add('patch', pointer(where, 'scopes', scope), `description of scope \`${scope}\` changed`);
      }
    }
    for (const scope of Object.keys(newScopes)) {
      if (!(scope in oldScopes)) out.add('minor', pointer(where, 'scopes', scope), `scope \`${scope}\` added`);
    }
  }
}

/**
 * `x-token-request-fields`: extra fields of the token request, each passed as an option of the
 * client's credentials. An optional one added is a new option; a required one, or one removed or
 * renamed, breaks code that builds the credentials.
 */
function compareTokenRequestFields(before: unknown[], after: unknown[], at: string, out: Findings): void {
  const byName = (fields: unknown[]): Map<string, Json> =>
    new Map(fields.map((field) => [String(asObject(field)['name']), asObject(field)]));
  const old = byName(before);
  const now = byName(after);
  const option = (field: Json): string => `credentials option ${code(String(field['option']))}`;
  for (const [name, field] of old) {
    const current = now.get(name);
    if (current === undefined) out.add('major', at, `${option(field)} (token request field \`${name}\`) removed`);
    else if (!sameValue(field['option'], current['option']))
      out.add(
        'major',
        at,
        `${option(field)} renamed to \`${String(current['option'])}\` (token request field \`${name}\`)`,
      );
    else if ((field['required'] === true) !== (current['required'] === true)) {
      if (current['required'] === true) out.add('major', at, `${option(current)} is now required`);
      else out.add('minor', at, `${option(current)} is now optional`);
    } else if (!sameValue(field, current)) out.add('patch', at, `${option(current)}: description changed`);
  }
  for (const [name, field] of now) {
    if (old.has(name)) continue;
    const required = field['required'] === true;
    out.add(
      required ? 'major' : 'minor',
      at,
      `${required ? 'required' : 'optional'} ${option(field)} added (token request field \`${name}\`)`,
    );
  }
}

/**
 * Every schema under components/schemas is exported as a TypeScript type, so its name is API.
 * What is inside is compared where operations use it (as request or as response).
 */
function compareSchemaNames(before: Json, after: Json, out: Findings): void {
  for (const name of Object.keys(before)) {
    if (!(name in after))
      out.add('major', pointer('/components/schemas', name), `exported type ${code(typeName(name))} removed`);
  }
  for (const name of Object.keys(after)) {
    if (!(name in before))
      out.add('minor', pointer('/components/schemas', name), `exported type ${code(typeName(name))} added`);
  }
}
