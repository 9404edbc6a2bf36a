// Hostile input, property-based: for each operation, fast-check draws requests from valid,
// boundary and hostile values (test/reliability/helpers/arbitraries.ts) and sends each through the
// real client to a real test server on 127.0.0.1. Every input must end in exactly one of:
//   (a) the call resolves and the server received exactly one request: PATCH, to our host, on the
//       operation's path template with the ids the caller gave, and with headers and body that Ajv
//       fed the spec YAML (test/helpers/contract-server.ts, independent of the SDK's validator)
//       accepts; or
//   (b) the call rejects with RequestValidationError, whose message names every field at fault by
//       JSON pointer, and the server received nothing, then or later.
// Anything else fails the property: another error class, a second request, a request after a
// refusal. A refusal must also be one the spec agrees with: when the value could be sent as JSON
// unchanged, Ajv must reject the part (body, path id, header) the SDK refused.
// After every input the error (message, stack, String, JSON.stringify, util.inspect, causes), the
// log events and the requests are searched for the credentials.
import util from 'node:util';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RequestValidationError,
  createAssetClient,
  createMollieClient,
  isRequestValidationError,
  type LogEvent,
  type RetryPolicy,
} from '../../src/index.js';
import { contractViolations, type ContractSpecFile } from '../helpers/contract-server.js';
import { errorViews } from '../helpers/error-views.js';
import { responseExample } from '../helpers/examples.js';
import { startTestServer, type TestServer, type TestRequest } from '../helpers/test-server.js';
import { readSpec, specValidator } from '../helpers/spec-ajv.js';
import { updateBillRequest, updateInvoiceStatusRequest, updateSalesInvoiceRequest } from './helpers/arbitraries.js';
import { recordScenario } from './helpers/record.js';
import { FULL, SCALE } from './helpers/scale.js';

// Recognizable credentials of every kind the clients take. All are valid bearer tokens (RFC 6750),
// so that they are really sent and really could leak.
const ASSET_TOKEN = 'assetFixedToken-SECRET-7Qx2';
const ASSET_CLIENT_SECRET = 'assetClientSecret-SECRET-9Lm4';
const ASSET_ISSUED_TOKEN = 'assetIssuedToken-SECRET-3Vb8';
const MOLLIE_API_KEY = 'test_mollieApiKeySECRET5Rt1';
const MOLLIE_ACCESS_TOKEN = 'access_mollieOrgTokenSECRET8Kp6';
const SECRETS = [ASSET_TOKEN, ASSET_CLIENT_SECRET, ASSET_ISSUED_TOKEN, MOLLIE_API_KEY, MOLLIE_ACCESS_TOKEN] as const;

const TOKEN_PATH = '/v0/auth/token';

/** One attempt per call, so one input is at most one request; a hang becomes a TimeoutError, not a stuck run. */
const ONE_ATTEMPT: Partial<RetryPolicy> = { maxAttempts: 1, attemptTimeoutMs: 10_000, totalTimeoutMs: 10_000 };

type Credential = 'asset token' | 'asset client credentials' | 'mollie API key' | 'mollie access token';

/** The bearer token each kind of credential puts on API requests. */
const BEARER: Record<Credential, string> = {
  'asset token': ASSET_TOKEN,
  'asset client credentials': ASSET_ISSUED_TOKEN,
  'mollie API key': MOLLIE_API_KEY,
  'mollie access token': MOLLIE_ACCESS_TOKEN,
};

/** What the spec says about one operation, read from the YAML, with Ajv validators for its parts. */
interface SpecParts {
  readonly template: string;
  /** `path:<name>` or `header:<lower-case name>` → Ajv for that parameter's schema. */
  readonly parameters: ReadonlyMap<string, ValidateFunction>;
  /** Declared header parameter names, as the spec spells them. */
  readonly headerNames: readonly string[];
  readonly body: ValidateFunction;
}

interface OperationUnderTest {
  readonly operationId: 'updateInvoiceStatus' | 'updateBill' | 'updateSalesInvoice';
  readonly specFile: ContractSpecFile;
  readonly arbitrary: fc.Arbitrary<unknown>;
  readonly credentials: readonly Credential[];
}

const OPERATIONS: readonly OperationUnderTest[] = [
  {
    operationId: 'updateInvoiceStatus',
    specFile: 'asset.yaml',
    arbitrary: updateInvoiceStatusRequest,
    credentials: ['asset token', 'asset client credentials'],
  },
  {
    operationId: 'updateBill',
    specFile: 'asset.yaml',
    arbitrary: updateBillRequest,
    credentials: ['asset token', 'asset client credentials'],
  },
  {
    operationId: 'updateSalesInvoice',
    specFile: 'mollie.yaml',
    arbitrary: updateSalesInvoiceRequest,
    credentials: ['mollie API key', 'mollie access token'],
  },
];

type Json = Record<string, unknown>;

function pointerToken(key: string): string {
  return encodeURIComponent(key.replaceAll('~', '~0').replaceAll('/', '~1'));
}

const specPartsCache = new Map<string, SpecParts>();

function specParts(specFile: ContractSpecFile, operationId: string): SpecParts {
  const cached = specPartsCache.get(operationId);
  if (cached !== undefined) return cached;
  const parts = readSpecParts(specFile, operationId);
  specPartsCache.set(operationId, parts);
  return parts;
}

function readSpecParts(specFile: ContractSpecFile, operationId: string): SpecParts {
  const spec = readSpec(specFile);
  for (const [template, item] of Object.entries(spec['paths'] as Json)) {
    const operation = (item as Json)['patch'] as Json | undefined;
    if (operation?.['operationId'] !== operationId) continue;
    const opPointer = `#/paths/${pointerToken(template)}/patch`;
    const parameters = new Map<string, ValidateFunction>();
    const headerNames: string[] = [];
    ((operation['parameters'] as Json[] | undefined) ?? []).forEach((raw, index) => {
      const ref = raw['$ref'];
      const pointer = typeof ref === 'string' ? ref : `${opPointer}/parameters/${index}`;
      const parameter = (
        typeof ref === 'string'
          ? ref
              .slice(2)
              .split('/')
              .reduce<Json>((node, key) => node[key] as Json, spec)
          : raw
      ) as Json;
      const name = String(parameter['name']);
      const location = String(parameter['in']);
      if (location === 'header') headerNames.push(name);
      parameters.set(
        `${location}:${location === 'header' ? name.toLowerCase() : name}`,
        specValidator(specFile, `${pointer}/schema`),
      );
    });
    const body = specValidator(specFile, `${opPointer}/requestBody/content/application~1json/schema`);
    return { template, parameters, headerNames, body };
  }
  throw new Error(`${specFile} has no PATCH operation ${operationId}`);
}

// ---------------------------------------------------------------------------------------------
// Helpers that judge one input

/**
 * Whether JSON carries `value` unchanged, so that a validator's verdict on the JS value is also its
 * verdict on what would be sent: only plain objects, dense arrays, strings, finite numbers,
 * booleans and null. A property set to undefined is not carried (JSON drops the key); -0 is
 * (it becomes 0, the same number to both validators). Iterative: inputs nest 10,000 deep.
 */
function isJsonFaithful(root: unknown): boolean {
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const value = stack.pop();
    if (value === null || typeof value === 'string' || typeof value === 'boolean') continue;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return false;
      continue;
    }
    if (typeof value !== 'object') return false; // undefined in an array, bigint, symbol, function
    if (seen.has(value)) return false;
    seen.add(value);
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index += 1) {
        if (!(index in value)) return false;
        stack.push(value[index]);
      }
      continue;
    }
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return false;
    for (const key of Object.keys(value)) stack.push((value as Json)[key]);
  }
  return true;
}

/** A short, bounded description of any value (cycles, 10,000 levels, 1 MB strings) for failure messages. */
function summarize(value: unknown): string {
  return util.inspect(value, { depth: 6, maxStringLength: 120, maxArrayLength: 8, breakLength: 160 });
}

function ownField(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key) ? (value as Json)[key] : undefined;
}

/** Where a credential was found: "<view> contains <credential>". */
function secretHits(views: Record<string, string>): string[] {
  const hits: string[] = [];
  for (const [view, text] of Object.entries(views))
    for (const secret of SECRETS) if (text.includes(secret)) hits.push(`${view} contains ${secret}`);
  return hits;
}

/** Credentials must go only where they belong: the bearer token in Authorization, the client secret in the token request. */
function misplacedCredentials(request: TestRequest, credential: Credential): string[] {
  const problems: string[] = [];
  const where = `${request.method} ${request.url.slice(0, 80)}`;
  if (request.path === TOKEN_PATH) {
    if (!request.body.includes(`client_secret=${ASSET_CLIENT_SECRET}`))
      problems.push(`${where}: token request without the client secret`);
    const elsewhere = { url: request.url, headers: JSON.stringify(request.headers) };
    for (const hit of secretHits(elsewhere)) problems.push(`${where}: ${hit}`);
    for (const secret of SECRETS)
      if (secret !== ASSET_CLIENT_SECRET && request.body.includes(secret))
        problems.push(`${where}: token request body contains ${secret}`);
    return problems;
  }
  const { authorization, ...otherHeaders } = request.headers;
  if (authorization !== `Bearer ${BEARER[credential]}`)
    problems.push(`${where}: Authorization is not the ${credential} bearer token`);
  const elsewhere = { url: request.url, body: request.body, 'other headers': JSON.stringify(otherHeaders) };
  for (const hit of secretHits(elsewhere)) problems.push(`${where}: ${hit}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The server, the clients and what the run observed

const invoiceExample = responseExample('asset.yaml', 'updateInvoiceStatus', '200', 'paidInvoice');
const billExample = responseExample('asset.yaml', 'updateBill', '200', 'updatedBill');
const salesInvoiceExample = responseExample('mollie.yaml', 'updateSalesInvoice', '200', 'issuedInvoice');

let server: TestServer;
let events: LogEvent[] = [];
const clients = new Map<Credential, Record<string, (request: never) => Promise<unknown>>>();
const prototypeNamesBefore = Object.getOwnPropertyNames(Object.prototype).length;

interface Tally {
  inputs: number;
  sent: number;
  /** Sent after JSON changed the value (NaN→null, undefined/functions dropped): legal, but worth knowing. */
  sentLossy: number;
  refused: number;
  /** Refusals by the x-allowed-credentials rule (Mollie `testmode` with an API key). */
  refusedByCredentialRule: number;
  /** Inputs that broke the rule (the property stops at the first, then shrinks it). */
  broken: number;
  /** Set at the first failure, so that fast-check's shrinking runs are not counted as inputs. */
  frozen: boolean;
}

const secretSearch = { inputs: 0, errors: 0, events: 0, requests: 0, hits: [] as string[] };

beforeAll(async () => {
  server = await startTestServer((request) => {
    const json = (body: unknown, contentType = 'application/json') => ({
      status: 200,
      headers: { 'content-type': contentType },
      body,
    });
    if (request.method === 'POST' && request.path === TOKEN_PATH)
      return json({ access_token: ASSET_ISSUED_TOKEN, token_type: 'Bearer', expires_in: 3600 });
    if (request.path.startsWith('/v2/')) return json(salesInvoiceExample, 'application/hal+json');
    return json(request.path.includes('/bills/') ? billExample : invoiceExample);
  });
  const shared = {
    baseUrl: server.url,
    retry: ONE_ATTEMPT,
    logger: (event: LogEvent) => void events.push(event),
  };
  clients.set('asset token', createAssetClient({ ...shared, token: ASSET_TOKEN }) as never);
  clients.set(
    'asset client credentials',
    createAssetClient({
      ...shared,
      clientCredentials: { clientId: 'client_hostile', clientSecret: ASSET_CLIENT_SECRET },
    }) as never,
  );
  clients.set('mollie API key', createMollieClient({ ...shared, token: MOLLIE_API_KEY }) as never);
  clients.set('mollie access token', createMollieClient({ ...shared, token: MOLLIE_ACCESS_TOKEN }) as never);
});

afterAll(async () => {
  // A refused call must never send later: give a stray request time to arrive, then look.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const late = server.requests.map((request) => `${request.method} ${request.url.slice(0, 80)}`);
  await server.close();
  recordScenario({
    group: 'secrets',
    scenario:
      'credentials searched after every hostile input (token, client secret, issued token, API key, access token)',
    runs: secretSearch.inputs,
    outcome:
      secretSearch.hits.length === 0
        ? `no credential in ${secretSearch.errors} errors (message, stack, String, JSON.stringify, util.inspect, causes), ${secretSearch.events} log events or ${secretSearch.requests} requests outside Authorization / the token request`
        : `${secretSearch.hits.length} credential sightings`,
    failures: secretSearch.hits.length,
    ...(secretSearch.hits.length > 0 ? { details: secretSearch.hits.slice(0, 5).join('; ') } : {}),
  });
  expect(late, 'requests that arrived after every call had settled').toEqual([]);
});

/**
 * Send one input and judge it. Throws (failing the property) with a description of what broke;
 * otherwise returns how it ended.
 */
async function judgeInput(
  operation: OperationUnderTest,
  parts: SpecParts,
  input: unknown,
  credential: Credential,
): Promise<'sent' | 'sent lossy' | 'refused' | 'refused by credential rule'> {
  const stray = server.requests.map((request) => `${request.method} ${request.url.slice(0, 80)}`);
  if (stray.length > 0) throw new Error(`requests arrived after the previous input had settled: ${stray.join(', ')}`);
  events = [];
  const client = clients.get(credential)!;
  let error: unknown;
  let resolved = false;
  try {
    await client[operation.operationId]!(input as never);
    resolved = true;
  } catch (caught) {
    error = caught;
  }
  const received = [...server.requests];
  server.requests.length = 0;
  const logged = events;

  // Secrets first: a leak is a failure whatever else happened.
  const views: Record<string, string> = resolved ? {} : errorViews(error);
  views['log events'] = util.inspect(logged, { depth: 10, maxStringLength: Infinity });
  const hits = [...secretHits(views), ...received.flatMap((request) => misplacedCredentials(request, credential))];
  secretSearch.inputs += 1;
  secretSearch.errors += resolved ? 0 : 1;
  secretSearch.events += logged.length;
  secretSearch.requests += received.length;
  if (hits.length > 0) {
    secretSearch.hits.push(...hits);
    throw new Error(`credential leaked: ${hits.join('; ')}`);
  }
  if (Object.getOwnPropertyNames(Object.prototype).length !== prototypeNamesBefore || 'polluted' in {})
    throw new Error('Object.prototype was changed (prototype pollution)');

  const apiRequests = received.filter((request) => request.path !== TOKEN_PATH);
  const body = ownField(input, 'body');

  if (resolved) {
    if (apiRequests.length !== 1)
      throw new Error(`the call resolved after ${apiRequests.length} API requests instead of exactly one`);
    const sent = apiRequests[0]!;
    const problems: string[] = [];
    if (sent.method !== 'PATCH') problems.push(`method ${sent.method}`);
    if (sent.headers.host !== `127.0.0.1:${server.port}`) problems.push(`Host ${String(sent.headers.host)}`);
    const names: string[] = [];
    const templatePattern = new RegExp(
      `^${parts.template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
        names.push(name);
        return '([^/?#]+)';
      })}$`,
    );
    const match = templatePattern.exec(sent.url);
    if (match === null) problems.push(`URL ${summarize(sent.url)} does not fit ${parts.template}`);
    else
      names.forEach((name, index) => {
        let segment: string;
        try {
          segment = decodeURIComponent(match[index + 1]!);
        } catch {
          problems.push(`path segment ${summarize(match[index + 1])} is not valid percent-encoding`);
          return;
        }
        if (!parts.parameters.get(`path:${name}`)!(segment))
          problems.push(`path id ${name}=${summarize(segment)} breaks the spec`);
        if (segment !== ownField(ownField(input, 'path'), name))
          problems.push(`path id ${name}=${summarize(segment)} is not the one the caller gave`);
      });
    problems.push(...contractViolations(sent, [operation.specFile]));
    let sentBody: unknown;
    try {
      sentBody = JSON.parse(sent.body);
    } catch {
      problems.push('the body is not JSON');
    }
    if (!util.isDeepStrictEqual(sentBody, JSON.parse(JSON.stringify(body) ?? 'null')))
      problems.push(`the body sent ${summarize(sentBody)} is not the JSON of the body given`);
    if (problems.length > 0) throw new Error(`sent a request the spec does not allow: ${problems.join('; ')}`);
    return isJsonFaithful(body) ? 'sent' : 'sent lossy';
  }

  if (!(error instanceof RequestValidationError) || !isRequestValidationError(error))
    throw new Error(
      `rejected with ${summarize(error)} instead of RequestValidationError (${received.length} requests sent)`,
    );
  if (received.length > 0)
    throw new Error(`refused with RequestValidationError, yet ${received.length} requests were sent`);
  const problems: string[] = [];
  if (error.issues.length === 0) problems.push('no issue listed');
  let byCredentialRule = false;
  for (const issue of error.issues) {
    // '' is the JSON pointer of the request itself (a request that is not a plain object); the
    // message names it "(the whole value)".
    const shown = issue.path === '' ? '(the whole value)' : issue.path;
    if (!/^(\/|$)/.test(issue.path) || !error.message.includes(`  - ${shown}: `) || issue.rule === '')
      problems.push(`issue ${summarize(issue)} is not named by a JSON pointer in the message`);
    if (issue.rule === 'x-allowed-credentials') {
      byCredentialRule = true;
      if (
        issue.path !== '/body/testmode' ||
        credential !== 'mollie API key' ||
        ownField(body, 'testmode') === undefined
      )
        problems.push(`credential rule applied where it does not apply: ${summarize(issue)}`);
    }
    // The pointer names a place in the request (only the parameter check reports missing path ids
    // at a pointer below a missing or non-object `path`). Its control characters are written as
    // \uXXXX (a key may hold any), so they are read back first.
    const tokens = issue.path
      .split('/')
      .slice(1)
      .map((token) => token.replace(/\\u([0-9a-f]{4})/gu, (_, code: string) => String.fromCharCode(parseInt(code, 16))))
      .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
    if (tokens[0] !== 'path') {
      let node: unknown = input;
      for (const token of tokens.slice(0, -1)) {
        if (typeof node !== 'object' || node === null || !Object.hasOwn(node, token)) {
          problems.push(`issue ${summarize(issue.path)} points outside the request`);
          break;
        }
        node = (node as Json)[token];
      }
    }
  }
  problems.push(...unjustifiedRefusal(parts, input, error));
  if (problems.length > 0) throw new Error(`refusal is wrong: ${problems.join('; ')}\n${error.message.slice(0, 500)}`);
  return byCredentialRule ? 'refused by credential rule' : 'refused';
}

/**
 * A refusal the spec does not back: the SDK refused a body, path id or header value that Ajv
 * accepts, although JSON would have carried it unchanged.
 */
function unjustifiedRefusal(parts: SpecParts, input: unknown, error: RequestValidationError): string[] {
  const problems: string[] = [];
  const body = ownField(input, 'body');
  const bodyIssues = error.issues.filter(
    (issue) => (issue.path === '/body' || issue.path.startsWith('/body/')) && issue.rule !== 'x-allowed-credentials',
  );
  // By design, not a finding: the SDK holds date-times to RFC 3339's grammar (section 5.6: a "T"
  // and a ±hh:mm offset), while ajv-formats also takes a space, +hhmm and +hh. The provider's
  // parser is unknown, so the SDK sends only what the RFC defines.
  const onlyStricterDateTimes = bodyIssues.every(
    (issue) => issue.rule === 'format' && issue.message.includes('RFC 3339'),
  );
  if (bodyIssues.length > 0 && isJsonFaithful(body) && !onlyStricterDateTimes) {
    let wire: unknown;
    try {
      wire = JSON.parse(JSON.stringify(body) ?? 'null');
    } catch {
      wire = undefined; // too deep for JSON.stringify: it could not have been sent as is
    }
    if (wire !== undefined && parts.body(wire))
      problems.push(
        `the body is refused (${bodyIssues.map((issue) => `${issue.path} ${issue.rule}`).join(', ')}) but Ajv accepts it`,
      );
  }
  for (const issue of error.issues) {
    const [, location, name] = issue.path.split('/');
    if ((location !== 'path' && location !== 'header') || name === undefined || issue.path.split('/').length !== 3)
      continue;
    const value = ownField(ownField(input, location), name);
    const validate = parts.parameters.get(`${location}:${location === 'header' ? name.toLowerCase() : name}`);
    const declared = location === 'path' || parts.headerNames.includes(name);
    if (typeof value === 'string' && declared && validate?.(value))
      problems.push(`${issue.path} ${summarize(value)} is refused (${issue.rule}) but Ajv accepts it`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe('hostile input: every input is sent as the spec allows, or refused before sending', () => {
  for (const operation of OPERATIONS) {
    it(
      `${operation.operationId}: ${SCALE.propertyRuns} generated inputs`,
      async () => {
        const parts = specParts(operation.specFile, operation.operationId);
        const tally: Tally = {
          inputs: 0,
          sent: 0,
          sentLossy: 0,
          refused: 0,
          refusedByCredentialRule: 0,
          broken: 0,
          frozen: false,
        };
        // A fresh 32-bit seed each run (fast-check's own range), recorded so that a failure can be replayed.
        const seed = Number(process.env.RELIABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
        const started = performance.now();
        const details = await fc.check(
          fc.asyncProperty(
            operation.arbitrary,
            fc.constantFrom(...operation.credentials),
            async (input, credential) => {
              try {
                const verdict = await judgeInput(operation, parts, input, credential);
                if (!tally.frozen) {
                  tally.inputs += 1;
                  if (verdict === 'sent') tally.sent += 1;
                  else if (verdict === 'sent lossy') tally.sentLossy += 1;
                  else if (verdict === 'refused') tally.refused += 1;
                  else tally.refusedByCredentialRule += 1;
                }
              } catch (failure) {
                if (!tally.frozen) {
                  tally.inputs += 1;
                  tally.broken += 1;
                  tally.frozen = true;
                }
                throw failure;
              }
            },
          ),
          { numRuns: SCALE.propertyRuns, seed },
        );
        const seconds = (performance.now() - started) / 1000;
        const failure = details.failed
          ? `counterexample (seed ${details.seed}, path "${details.counterexamplePath}", after ${details.numShrinks} shrinks): ` +
            `${summarize(details.counterexample)}\n${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`
          : undefined;
        recordScenario({
          group: 'hostile input',
          scenario: `generated valid, boundary and hostile requests (${operation.operationId})`,
          operation: operation.operationId,
          runs: tally.inputs,
          outcome:
            `${tally.sent + tally.sentLossy} sent and accepted by the spec validator (Ajv)` +
            `${tally.sentLossy > 0 ? `, ${tally.sentLossy} of them after JSON dropped or nulled a value JSON cannot carry` : ''}; ` +
            `${tally.refused + tally.refusedByCredentialRule} refused with RequestValidationError before sending` +
            `${tally.refusedByCredentialRule > 0 ? ` (${tally.refusedByCredentialRule} by the testmode credential rule)` : ''}`,
          failures: tally.broken,
          details: `seed ${seed}; ${seconds.toFixed(1)} s${failure === undefined ? '' : `; ${failure.slice(0, 600)}`}`,
        });
        expect(failure, failure).toBeUndefined();
        // The property must really exercise both outcomes, or it proves nothing about one of them.
        expect(tally.sent, 'inputs sent').toBeGreaterThan(tally.inputs / 10);
        expect(tally.refused, 'inputs refused').toBeGreaterThan(tally.inputs / 10);
      },
      FULL ? 900_000 : 60_000,
    );
  }
});

// ---------------------------------------------------------------------------------------------
// Counterexamples the properties found, kept as named cases so that each is visible on its own
// (a property stops at its first counterexample, which may differ from run to run). Each must be
// sent as the spec allows or refused with RequestValidationError, like any generated input.

function nestedMetadata(depth: number): Json {
  let value: Json = { leaf: true };
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}
const circularMetadata: Json = { name: 'loop' };
circularMetadata['self'] = circularMetadata;

const billPath = { business_id: 'biz_1', bill_id: 'bil_1' };
const lineWith = (metadata: unknown) => ({
  path: billPath,
  body: { line_changes: { create_lines: [{ amount: 1, ledger_id: 'ldg_1', metadata_: metadata }] } },
});

const COUNTEREXAMPLES: readonly (readonly [string, OperationUnderTest['operationId'], unknown])[] = [
  ['a null request', 'updateInvoiceStatus', null],
  ['a null path', 'updateInvoiceStatus', { path: null, body: { status: 'paid' } }],
  ['metadata_ nested 10,000 deep', 'updateBill', lineWith(nestedMetadata(10_000))],
  ['metadata_ holding a BigInt', 'updateBill', lineWith({ count: 10n })],
  ['circular metadata_', 'updateBill', lineWith(circularMetadata)],
  ['metadata_ whose toJSON turns it into a string', 'updateBill', lineWith({ toJSON: () => 'not an object' })],
  [
    'a leap second at 12:30 (RFC 3339 allows :60 only at 23:59 UTC)',
    'updateBill',
    { path: billPath, body: { due_at: '2025-03-01T12:30:60Z' } },
  ],
  [
    'a date-time with a space separator (Ajv accepts it; refused by design, RFC 3339 grammar)',
    'updateBill',
    { path: billPath, body: { due_at: '2025-03-01 00:00:00Z' } },
  ],
  [
    'an offset without a colon (Ajv accepts it; refused by design, RFC 3339 grammar)',
    'updateBill',
    { path: billPath, body: { due_at: '2025-03-01T00:00:00+0100' } },
  ],
  [
    'a hole in delete_lines (sent as null)',
    'updateBill',
    // eslint-disable-next-line no-sparse-arrays -- the hole is what this case sends
    { path: billPath, body: { line_changes: { delete_lines: [, 'x'] } } },
  ],
];

describe('counterexamples found by the properties', () => {
  it.each(COUNTEREXAMPLES)('%s (%s)', async (_name, operationId, input) => {
    const operation = OPERATIONS.find((candidate) => candidate.operationId === operationId)!;
    const parts = specParts(operation.specFile, operation.operationId);
    await expect(judgeInput(operation, parts, input, operation.credentials[0]!)).resolves.toBeDefined();
  });
});
