// Compare two versions of one operation: parameters, request body, responses and security.
import { type Findings, pointer } from './change.js';
import { compareSchema } from './compare-schema.js';
import { DOC_KEYS, type Json, asArray, asObject, isObject, sameValue, shapeOf, show } from './json.js';

/** One operation of a document, with what it inherits from its path item and the document. */
export interface OperationView {
  readonly method: string;
  readonly path: string;
  /** JSON pointer of the operation object. */
  readonly location: string;
  readonly operation: Json;
  /** Path-level and operation-level parameters merged (the operation's win), keyed `in:name`. */
  readonly parameters: ReadonlyMap<string, Json>;
  /** The operation's security, or the document's when it declares none. */
  readonly security: unknown[];
}

const OPERATION_KEYS = new Set([
  ...DOC_KEYS,
  'operationId',
  'tags',
  'deprecated',
  'parameters',
  'requestBody',
  'responses',
  'security',
  'x-retry',
  'x-stability',
]);

/** Compare two versions of an operation matched by operationId or by method and path. */
export function compareOperation(before: OperationView, after: OperationView, out: Findings): void {
  const at = after.location;
  const old = before.operation;
  const now = after.operation;
  const label = `${after.method.toUpperCase()} ${after.path}`;
  if (old['operationId'] !== now['operationId']) {
    out.add(
      'major',
      pointer(at, 'operationId'),
      `operationId of ${label} changed from ${show(old['operationId'])} to ${show(now['operationId'])} (the SDK function is renamed)`,
    );
  }
  if (before.path !== after.path) {
    out.add(
      'major',
      at,
      `path of ${show(now['operationId'])} changed from ${show(before.path)} to ${show(after.path)}`,
    );
  }
  if (before.method !== after.method) {
    out.add(
      'major',
      at,
      `method of ${show(now['operationId'])} changed from ${before.method.toUpperCase()} to ${after.method.toUpperCase()}`,
    );
  }
  for (const key of [...DOC_KEYS, 'tags']) {
    if (!sameValue(old[key], now[key])) out.add('patch', pointer(at, key), `operation \`${key}\` changed`);
  }
  if ((old['deprecated'] === true) !== (now['deprecated'] === true)) {
    out.add(
      'minor',
      pointer(at, 'deprecated'),
      now['deprecated'] === true ? 'operation deprecated' : 'operation no longer deprecated',
    );
  }
  if (!sameValue(old['x-retry'], now['x-retry'])) {
    // Only when the SDK sends the call again changes; no type and no request changes.
    out.add('minor', pointer(at, 'x-retry'), 'retry policy (`x-retry`) changed');
  }
  if (!sameValue(old['x-stability'], now['x-stability'])) {
    out.add(
      'minor',
      pointer(at, 'x-stability'),
      `stability changed from ${show(old['x-stability'] ?? 'stable')} to ${show(now['x-stability'] ?? 'stable')}`,
    );
  }
  compareParameters(before.parameters, after.parameters, at, out);
  compareRequestBody(old['requestBody'], now['requestBody'], pointer(at, 'requestBody'), out);
  compareResponses(asObject(old['responses']), asObject(now['responses']), pointer(at, 'responses'), out);
  compareSecurity(before.security, after.security, pointer(at, 'security'), out);
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (OPERATION_KEYS.has(key) || shapeOf(old[key]) === shapeOf(now[key])) continue;
    out.add(
      'major',
      pointer(at, key),
      `\`${key}\` changed (not classified by the release rules, so treated as breaking: review it)`,
    );
  }
}

function compareParameters(
  before: ReadonlyMap<string, Json>,
  after: ReadonlyMap<string, Json>,
  at: string,
  out: Findings,
): void {
  const where = pointer(at, 'parameters');
  for (const [key, old] of before) {
    const name = `\`${String(old['name'])}\` (${String(old['in'])})`;
    const now = after.get(key);
    if (now === undefined) {
      out.add('major', pointer(where, String(old['name'])), `parameter ${name} removed`);
      continue;
    }
    const location = pointer(where, String(now['name']));
    if ((old['required'] === true) !== (now['required'] === true)) {
      if (now['required'] === true) out.add('major', location, `parameter ${name} is now required`);
      else out.add('minor', location, `parameter ${name} is now optional`);
    }
    if ((old['deprecated'] === true) !== (now['deprecated'] === true)) {
      out.add(
        'minor',
        location,
        now['deprecated'] === true ? `parameter ${name} deprecated` : `parameter ${name} no longer deprecated`,
      );
    }
    for (const docKey of DOC_KEYS) {
      if (!sameValue(old[docKey], now[docKey]))
        out.add('patch', pointer(location, docKey), `parameter \`${docKey}\` changed`);
    }
    compareSchema(old['schema'], now['schema'], pointer(location, 'schema'), 'request', out);
    compareContent(old['content'], now['content'], pointer(location, 'content'), 'request', out);
    for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
      if (['name', 'in', 'required', 'deprecated', 'schema', 'content', ...DOC_KEYS].includes(key)) continue;
      // style, explode, allowReserved, allowEmptyValue: how the value is written on the wire.
      if (shapeOf(old[key]) !== shapeOf(now[key]))
        out.add('major', pointer(location, key), `parameter ${name}: \`${key}\` changed`);
    }
  }
  for (const [key, now] of after) {
    if (before.has(key)) continue;
    const name = `\`${String(now['name'])}\` (${String(now['in'])})`;
    const location = pointer(where, String(now['name']));
    if (now['required'] === true) out.add('major', location, `required parameter ${name} added`);
    else out.add('minor', location, `optional parameter ${name} added`);
  }
}

function compareRequestBody(before: unknown, after: unknown, at: string, out: Findings): void {
  if (before === undefined && after === undefined) return;
  if (!isObject(before)) {
    const required = asObject(after)['required'] === true;
    out.add(required ? 'major' : 'minor', at, required ? 'required request body added' : 'optional request body added');
    return;
  }
  if (!isObject(after)) return out.add('major', at, 'request body removed');
  if ((before['required'] === true) !== (after['required'] === true)) {
    if (after['required'] === true) out.add('major', pointer(at, 'required'), 'request body is now required');
    else out.add('minor', pointer(at, 'required'), 'request body is now optional');
  }
  for (const key of DOC_KEYS) {
    if (!sameValue(before[key], after[key])) out.add('patch', pointer(at, key), `request body \`${key}\` changed`);
  }
  compareContent(before['content'], after['content'], pointer(at, 'content'), 'request', out);
}

/** A `content` map: media types removed are breaking, added are minor; schemas compared within. */
function compareContent(
  before: unknown,
  after: unknown,
  at: string,
  direction: 'request' | 'response',
  out: Findings,
): void {
  const old = asObject(before);
  const now = asObject(after);
  for (const mediaType of Object.keys(old)) {
    const location = pointer(at, mediaType);
    if (!(mediaType in now)) {
      out.add('major', location, `${direction} media type \`${mediaType}\` removed`);
      continue;
    }
    const oldMedia = asObject(old[mediaType]);
    const newMedia = asObject(now[mediaType]);
    for (const key of ['example', 'examples']) {
      if (!sameValue(oldMedia[key], newMedia[key]))
        out.add('patch', pointer(location, key), `${direction} \`${key}\` changed`);
    }
    compareSchema(oldMedia['schema'], newMedia['schema'], pointer(location, 'schema'), direction, out);
    for (const key of new Set([...Object.keys(oldMedia), ...Object.keys(newMedia)])) {
      if (['example', 'examples', 'schema'].includes(key)) continue;
      // encoding, and extensions of the media type object.
      if (shapeOf(oldMedia[key]) !== shapeOf(newMedia[key])) {
        out.add(
          'major',
          pointer(location, key),
          `\`${key}\` changed (not classified by the release rules, so treated as breaking: review it)`,
        );
      }
    }
  }
  for (const mediaType of Object.keys(now)) {
    if (!(mediaType in old)) out.add('minor', pointer(at, mediaType), `${direction} media type \`${mediaType}\` added`);
  }
}

const isSuccess = (status: string): boolean => /^2(\d\d|XX)$/i.test(status);

function compareResponses(before: Json, after: Json, at: string, out: Findings): void {
  for (const status of Object.keys(before)) {
    const location = pointer(at, status);
    if (!(status in after)) {
      // The SDK resolves with the success body; error bodies are typed on ApiError but a client
      // cannot rely on a documented error never changing.
      if (isSuccess(status)) out.add('major', location, `success response \`${status}\` removed`);
      else out.add('minor', location, `error response \`${status}\` no longer documented`);
      continue;
    }
    compareResponse(asObject(before[status]), asObject(after[status]), location, out);
  }
  for (const status of Object.keys(after)) {
    if (status in before) continue;
    const location = pointer(at, status);
    // A new success status means the client may receive another body than before.
    if (isSuccess(status)) out.add('major', location, `new success response \`${status}\``);
    else out.add('minor', location, `error response \`${status}\` documented`);
  }
}

function compareResponse(before: Json, after: Json, at: string, out: Findings): void {
  for (const key of DOC_KEYS) {
    if (!sameValue(before[key], after[key])) out.add('patch', pointer(at, key), `response \`${key}\` changed`);
  }
  const oldHeaders = asObject(before['headers']);
  const newHeaders = asObject(after['headers']);
  const lower = (headers: Json): Map<string, [string, Json]> =>
    new Map(Object.entries(headers).map(([name, header]) => [name.toLowerCase(), [name, asObject(header)]]));
  const oldByName = lower(oldHeaders);
  const newByName = lower(newHeaders);
  for (const [key, [name, old]] of oldByName) {
    const found = newByName.get(key);
    const location = pointer(at, 'headers', found?.[0] ?? name);
    if (found === undefined) {
      out.add('major', location, `response header \`${name}\` removed`);
      continue;
    }
    const now = found[1];
    if ((old['required'] === true) !== (now['required'] === true)) {
      if (now['required'] === true) out.add('minor', location, `response header \`${name}\` is now always sent`);
      else out.add('major', location, `response header \`${name}\` may now be absent`);
    }
    for (const docKey of DOC_KEYS) {
      if (!sameValue(old[docKey], now[docKey]))
        out.add('patch', pointer(location, docKey), `response header \`${docKey}\` changed`);
    }
    compareSchema(old['schema'], now['schema'], pointer(location, 'schema'), 'response', out);
  }
  for (const [key, [name]] of newByName) {
    if (!oldByName.has(key)) out.add('minor', pointer(at, 'headers', name), `response header \`${name}\` added`);
  }
  compareContent(before['content'], after['content'], pointer(at, 'content'), 'response', out);
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (['headers', 'content', ...DOC_KEYS].includes(key)) continue;
    if (shapeOf(before[key]) !== shapeOf(after[key])) {
      out.add(
        'major',
        pointer(at, key),
        `\`${key}\` changed (not classified by the release rules, so treated as breaking: review it)`,
      );
    }
  }
}

/**
 * Security requirements: a list of alternatives, each naming schemes and their scopes. An
 * alternative removed means a credential that worked no longer does; a scope added means a token
 * that worked may lack it.
 */
function compareSecurity(before: readonly unknown[], after: readonly unknown[], at: string, out: Findings): void {
  const byKey = (requirements: readonly unknown[]): Map<string, Json> =>
    new Map(
      requirements.map((requirement) => {
        const value = asObject(requirement);
        return [Object.keys(value).sort().join(' + ') || '(none)', value];
      }),
    );
  if (before.length === 0 && after.length > 0) return out.add('major', at, 'authentication is now required');
  if (before.length > 0 && after.length === 0) return out.add('minor', at, 'authentication is no longer required');
  const old = byKey(before);
  const now = byKey(after);
  for (const [key, requirement] of old) {
    const current = now.get(key);
    if (current === undefined) {
      out.add('major', at, `security requirement \`${key}\` removed (that credential no longer works)`);
      continue;
    }
    for (const scheme of Object.keys(requirement)) {
      const oldScopes = asArray(requirement[scheme]).map(String);
      const newScopes = asArray(current[scheme]).map(String);
      const added = newScopes.filter((scope) => !oldScopes.includes(scope));
      const removed = oldScopes.filter((scope) => !newScopes.includes(scope));
      if (added.length > 0)
        out.add('major', at, `\`${scheme}\` now requires scope ${added.map((s) => `\`${s}\``).join(', ')}`);
      if (removed.length > 0) {
        out.add('minor', at, `\`${scheme}\` no longer requires scope ${removed.map((s) => `\`${s}\``).join(', ')}`);
      }
    }
  }
  for (const key of now.keys()) {
    if (!old.has(key)) out.add('minor', at, `security requirement \`${key}\` added (one more way to authenticate)`);
  }
}
