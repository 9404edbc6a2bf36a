// Compare two versions of one operation: parameters, request body, responses and security.
import { type Findings, pointer, reportUnclassified } from './change.js';
import { compareSchema } from './compare-schema.js';
import { DOC_KEYS, type Json, asArray, asObject, isObject, sameValue, shapeOf, show } from './json.js';
import { type OperationSubject, code, member, operationSubject } from './subjects.js';

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
  const was = operationSubject(old['operationId'], before.method, before.path);
  const is = operationSubject(now['operationId'], after.method, after.path);
  const fn = code(is.function);
  if (was.function !== is.function) {
    out.add(
      'major',
      pointer(at, 'operationId'),
      `function ${code(was.function)} renamed to ${fn} (${label}), and its types with it (\`${was.stem}…\` → \`${is.stem}…\`)`,
    );
  } else if (old['operationId'] !== now['operationId']) {
    out.add(
      'patch',
      pointer(at, 'operationId'),
      `${fn}: operationId changed from ${show(old['operationId'])} to ${show(now['operationId'])}; the exported names stay`,
    );
  }
  if (before.path !== after.path) {
    out.add('major', at, `${fn}: path changed from ${show(before.path)} to ${show(after.path)}`);
  }
  if (before.method !== after.method) {
    out.add('major', at, `${fn}: method changed from ${before.method.toUpperCase()} to ${after.method.toUpperCase()}`);
  }
  for (const key of [...DOC_KEYS, 'tags']) {
    if (!sameValue(old[key], now[key]))
      out.add('patch', pointer(at, key), `${fn}: ${documentation(key, old[key], now[key])}`);
  }
  if ((old['deprecated'] === true) !== (now['deprecated'] === true)) {
    out.add(
      'minor',
      pointer(at, 'deprecated'),
      `${fn}: ${now['deprecated'] === true ? 'deprecated' : 'no longer deprecated'}`,
    );
  }
  if (!sameValue(old['x-retry'], now['x-retry'])) {
    // Only whether the SDK sends a failed call again changes: no type, no request, no result.
    out.add(
      'minor',
      pointer(at, 'x-retry'),
      `${fn}: retry policy (\`x-retry\`): ${retryChanges(old['x-retry'], now['x-retry'])}`,
    );
  }
  if (!sameValue(old['x-stability'], now['x-stability'])) {
    out.add(
      'minor',
      pointer(at, 'x-stability'),
      `${fn}: stability changed from ${show(old['x-stability'] ?? 'stable')} to ${show(now['x-stability'] ?? 'stable')}`,
    );
  }
  compareParameters(before.parameters, after.parameters, at, is, out);
  compareRequestBody(old['requestBody'], now['requestBody'], pointer(at, 'requestBody'), is, out);
  compareResponses(asObject(old['responses']), asObject(now['responses']), pointer(at, 'responses'), is, out);
  compareSecurity(before.security, after.security, pointer(at, 'security'), is, out);
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (OPERATION_KEYS.has(key) || shapeOf(old[key]) === shapeOf(now[key])) continue;
    reportUnclassified(out, pointer(at, key), `${fn}: `, key);
  }
}

/** `` `summary` changed ``, or added/removed (an `x-assumption` withdrawn is worth knowing). */
export function documentation(key: string, before: unknown, after: unknown): string {
  const what = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
  return `\`${key}\` ${what}`;
}

/** What changed in an `x-retry` policy, key by key: `` `repeatable` `true` → `false` ``. */
function retryChanges(before: unknown, after: unknown): string {
  if (before === undefined) return `policy ${show(after)} added`;
  if (after === undefined) return `policy ${show(before)} removed (the default applies)`;
  const old = asObject(before);
  const now = asObject(after);
  const changes: string[] = [];
  for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
    if (sameValue(old[key], now[key])) continue;
    if (old[key] === undefined) changes.push(`\`${key}\` ${show(now[key])} added`);
    else if (now[key] === undefined) changes.push(`\`${key}\` ${show(old[key])} removed`);
    else if (Array.isArray(old[key]) && Array.isArray(now[key])) {
      const was = old[key] as unknown[];
      const is = now[key] as unknown[];
      const added = is.filter((entry) => !was.some((known) => sameValue(known, entry)));
      const removed = was.filter((entry) => !is.some((known) => sameValue(known, entry)));
      const parts = [
        ...added.map((entry) => `${show(entry)} added`),
        ...removed.map((entry) => `${show(entry)} removed`),
      ];
      changes.push(`\`${key}\`: ${parts.join(', ')}`);
    } else changes.push(`\`${key}\` ${show(old[key])} → ${show(now[key])}`);
  }
  return changes.join('; ');
}

/** The exported type of an operation's parameters in one location. */
function parameterType(operation: OperationSubject, location: unknown): string {
  const suffix = { path: 'PathParams', query: 'QueryParams', header: 'Headers' }[String(location)];
  return suffix === undefined ? `${operation.stem}Request` : `${operation.stem}${suffix}`;
}

function compareParameters(
  before: ReadonlyMap<string, Json>,
  after: ReadonlyMap<string, Json>,
  at: string,
  operation: OperationSubject,
  out: Findings,
): void {
  const where = pointer(at, 'parameters');
  const fn = code(operation.function);
  const subject = (parameter: Json): string =>
    member(parameterType(operation, parameter['in']), String(parameter['name']));
  const describe = (parameter: Json): string => `${String(parameter['in'])} parameter ${code(subject(parameter))}`;
  for (const [key, old] of before) {
    const name = describe(old);
    const now = after.get(key);
    if (now === undefined) {
      out.add('major', pointer(where, String(old['name'])), `${fn}: ${name} removed`);
      continue;
    }
    const location = pointer(where, String(now['name']));
    if ((old['required'] === true) !== (now['required'] === true)) {
      if (now['required'] === true) out.add('major', location, `${fn}: ${name} is now required`);
      else out.add('minor', location, `${fn}: ${name} is now optional`);
    }
    if ((old['deprecated'] === true) !== (now['deprecated'] === true)) {
      out.add(
        'minor',
        location,
        `${fn}: ${name} ${now['deprecated'] === true ? 'deprecated' : 'no longer deprecated'}`,
      );
    }
    for (const docKey of DOC_KEYS) {
      if (!sameValue(old[docKey], now[docKey]))
        out.add(
          'patch',
          pointer(location, docKey),
          `${fn}: ${name}: ${documentation(docKey, old[docKey], now[docKey])}`,
        );
    }
    compareSchema(old['schema'], now['schema'], pointer(location, 'schema'), subject(now), 'request', out);
    compareContent(old['content'], now['content'], pointer(location, 'content'), subject(now), 'request', out);
    for (const key of new Set([...Object.keys(old), ...Object.keys(now)])) {
      if (['name', 'in', 'required', 'deprecated', 'schema', 'content', ...DOC_KEYS].includes(key)) continue;
      // style, explode, allowReserved, allowEmptyValue: how the value is written on the wire.
      if (shapeOf(old[key]) !== shapeOf(now[key]))
        out.add(
          'major',
          pointer(location, key),
          `${fn}: ${name}: \`${key}\` changed from ${show(old[key])} to ${show(now[key])}`,
        );
    }
  }
  for (const [key, now] of after) {
    if (before.has(key)) continue;
    const location = pointer(where, String(now['name']));
    if (now['required'] === true) out.add('major', location, `${fn}: required ${describe(now)} added`);
    else out.add('minor', location, `${fn}: optional ${describe(now)} added`);
  }
}

function compareRequestBody(
  before: unknown,
  after: unknown,
  at: string,
  operation: OperationSubject,
  out: Findings,
): void {
  if (before === undefined && after === undefined) return;
  const fn = code(operation.function);
  if (!isObject(before)) {
    const required = asObject(after)['required'] === true;
    out.add(required ? 'major' : 'minor', at, `${fn}: ${required ? 'required' : 'optional'} request body added`);
    return;
  }
  if (!isObject(after)) return out.add('major', at, `${fn}: request body removed`);
  if ((before['required'] === true) !== (after['required'] === true)) {
    if (after['required'] === true) out.add('major', pointer(at, 'required'), `${fn}: request body is now required`);
    else out.add('minor', pointer(at, 'required'), `${fn}: request body is now optional`);
  }
  for (const key of DOC_KEYS) {
    if (!sameValue(before[key], after[key]))
      out.add('patch', pointer(at, key), `${fn}: request body ${documentation(key, before[key], after[key])}`);
  }
  compareContent(before['content'], after['content'], pointer(at, 'content'), `${operation.stem}Body`, 'request', out);
}

/** A `content` map: media types removed are breaking, added are minor; schemas compared within. */
function compareContent(
  before: unknown,
  after: unknown,
  at: string,
  subject: string,
  direction: 'request' | 'response',
  out: Findings,
): void {
  const of = code(subject);
  const old = asObject(before);
  const now = asObject(after);
  for (const mediaType of Object.keys(old)) {
    const location = pointer(at, mediaType);
    if (!(mediaType in now)) {
      out.add('major', location, `${of}: ${direction} media type \`${mediaType}\` removed`);
      continue;
    }
    const oldMedia = asObject(old[mediaType]);
    const newMedia = asObject(now[mediaType]);
    for (const key of ['example', 'examples']) {
      if (!sameValue(oldMedia[key], newMedia[key]))
        out.add(
          'patch',
          pointer(location, key),
          `${of}: ${direction} ${documentation(key, oldMedia[key], newMedia[key])}`,
        );
    }
    compareSchema(oldMedia['schema'], newMedia['schema'], pointer(location, 'schema'), subject, direction, out);
    for (const key of new Set([...Object.keys(oldMedia), ...Object.keys(newMedia)])) {
      if (['example', 'examples', 'schema'].includes(key)) continue;
      // encoding, and extensions of the media type object.
      if (shapeOf(oldMedia[key]) !== shapeOf(newMedia[key])) {
        reportUnclassified(out, pointer(location, key), `${of}: `, key);
      }
    }
  }
  for (const mediaType of Object.keys(now)) {
    if (!(mediaType in old))
      out.add('minor', pointer(at, mediaType), `${of}: ${direction} media type \`${mediaType}\` added`);
  }
}

const isSuccess = (status: string): boolean => /^2(\d\d|XX)$/i.test(status);

function compareResponses(before: Json, after: Json, at: string, operation: OperationSubject, out: Findings): void {
  const fn = code(operation.function);
  for (const status of Object.keys(before)) {
    const location = pointer(at, status);
    if (!(status in after)) {
      // The SDK resolves with the success body; error bodies are typed on ApiError but a client
      // cannot rely on a documented error never changing.
      if (isSuccess(status)) out.add('major', location, `${fn}: success response \`${status}\` removed`);
      else out.add('minor', location, `${fn}: error response \`${status}\` no longer documented`);
      continue;
    }
    compareResponse(asObject(before[status]), asObject(after[status]), location, status, operation, out);
  }
  for (const status of Object.keys(after)) {
    if (status in before) continue;
    const location = pointer(at, status);
    // A new success status means the client may receive another body than before.
    if (isSuccess(status)) out.add('major', location, `${fn}: new success response \`${status}\``);
    else out.add('minor', location, `${fn}: error response \`${status}\` documented`);
  }
}

function compareResponse(
  before: Json,
  after: Json,
  at: string,
  status: string,
  operation: OperationSubject,
  out: Findings,
): void {
  const fn = code(operation.function);
  const bodyType = isSuccess(status) ? `${operation.stem}Response` : `${operation.stem}Error`;
  const headersType = `${operation.stem}ResponseHeaders`;
  for (const key of DOC_KEYS) {
    if (!sameValue(before[key], after[key]))
      out.add(
        'patch',
        pointer(at, key),
        `${fn}: response \`${status}\`: ${documentation(key, before[key], after[key])}`,
      );
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
    const header = code(member(headersType, key));
    if (found === undefined) {
      out.add('major', location, `response header ${header} removed`);
      continue;
    }
    const now = found[1];
    if ((old['required'] === true) !== (now['required'] === true)) {
      if (now['required'] === true) out.add('minor', location, `response header ${header} is now always sent`);
      else out.add('major', location, `response header ${header} may now be absent`);
    }
    for (const docKey of DOC_KEYS) {
      if (!sameValue(old[docKey], now[docKey]))
        out.add(
          'patch',
          pointer(location, docKey),
          `response header ${header}: ${documentation(docKey, old[docKey], now[docKey])}`,
        );
    }
    compareSchema(old['schema'], now['schema'], pointer(location, 'schema'), member(headersType, key), 'response', out);
  }
  for (const [key, [name]] of newByName) {
    if (!oldByName.has(key))
      out.add('minor', pointer(at, 'headers', name), `response header ${code(member(headersType, key))} added`);
  }
  compareContent(before['content'], after['content'], pointer(at, 'content'), bodyType, 'response', out);
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (['headers', 'content', ...DOC_KEYS].includes(key)) continue;
    if (shapeOf(before[key]) !== shapeOf(after[key])) {
      reportUnclassified(out, pointer(at, key), `${fn}: response \`${status}\`: `, key);
    }
  }
}

/**
 * Security requirements: a list of alternatives, each naming schemes and their scopes. An
 * alternative removed means a credential that worked no longer does; a scope added means a token
 * that worked may lack it.
 */
function compareSecurity(
  before: readonly unknown[],
  after: readonly unknown[],
  at: string,
  operation: OperationSubject,
  out: Findings,
): void {
  const fn = code(operation.function);
  const byKey = (requirements: readonly unknown[]): Map<string, Json> =>
    new Map(
      requirements.map((requirement) => {
        const value = asObject(requirement);
        return [Object.keys(value).sort().join(' + ') || '(none)', value];
      }),
    );
  if (before.length === 0 && after.length > 0) return out.add('major', at, `${fn}: authentication is now required`);
  if (before.length > 0 && after.length === 0)
    return out.add('minor', at, `${fn}: authentication is no longer required`);
  const old = byKey(before);
  const now = byKey(after);
  for (const [key, requirement] of old) {
    const current = now.get(key);
    if (current === undefined) {
      out.add('major', at, `${fn}: security requirement \`${key}\` removed (that credential no longer works)`);
      continue;
    }
    for (const scheme of Object.keys(requirement)) {
      const oldScopes = asArray(requirement[scheme]).map(String);
      const newScopes = asArray(current[scheme]).map(String);
      const added = newScopes.filter((scope) => !oldScopes.includes(scope));
      const removed = oldScopes.filter((scope) => !newScopes.includes(scope));
      if (added.length > 0)
        out.add('major', at, `${fn}: \`${scheme}\` now requires scope ${added.map((s) => `\`${s}\``).join(', ')}`);
      if (removed.length > 0) {
        out.add(
          'minor',
          at,
          `${fn}: \`${scheme}\` no longer requires scope ${removed.map((s) => `\`${s}\``).join(', ')}`,
        );
      }
    }
  }
  for (const key of now.keys()) {
    if (!old.has(key))
      out.add('minor', at, `${fn}: security requirement \`${key}\` added (one more way to authenticate)`);
  }
}
