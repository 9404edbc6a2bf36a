import { createHash } from 'node:crypto';
import type { ApiModel, OperationModel } from './api-model.js';
import { GenerationError } from './generation-error.js';

/**
 * Every name the generator gives: the naming rules, and `claimNames`, which derives and claims every
 * export name of every module before anything is built, failing on a collision. The builders read
 * their names from its table; none derives or claims one itself.
 */

function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '');
}

/** `update-sales-invoice`, `updateSalesInvoice`, `update_sales_invoice` → `UpdateSalesInvoice`. */
export function pascalCase(text: string): string {
  const result = words(text)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
  if (!/^[A-Za-z_$]/.test(result))
    throw new GenerationError(`"${text}" cannot become a TypeScript identifier (it must start with a letter).`);
  return result;
}

/** `update-sales-invoice` → `updateSalesInvoice`. */
export function camelCase(text: string): string {
  const pascal = pascalCase(text);
  return pascal[0]!.toLowerCase() + pascal.slice(1);
}

/** `updateSalesInvoice` → `update-sales-invoice` (file names). */
export function kebabCase(text: string): string {
  return words(text)
    .map((word) => word.toLowerCase())
    .join('-');
}

/** The longest file name an operation module gets (file systems allow 255 bytes; archives and Windows fewer). */
const MAX_FILE_NAME = 100;

/**
 * An operation's module name: its name in kebab case, or when that is longer than `MAX_FILE_NAME`
 * (a derived name of a path with many parameters), its start and 8 hex digits of the whole name's
 * SHA-256, so it stays the same as long as the name does.
 */
export function fileName(name: string): string {
  const kebab = kebabCase(name);
  if (kebab.length <= MAX_FILE_NAME) return kebab;
  return withHash(kebab, kebab);
}

/** `stem`, cut to fit MAX_FILE_NAME, and 8 hex digits of the SHA-256 of `of`. */
function withHash(stem: string, of: string): string {
  const hash = createHash('sha256').update(of).digest('hex').slice(0, 8);
  return `${stem.slice(0, MAX_FILE_NAME - 9).replace(/-+$/, '')}-${hash}`;
}

/**
 * Module names for the operations' functions, in order. Two functions whose names differ only in
 * case (`getPet`, `getPET`) have one kebab-case name, and one file would overwrite the other (and
 * file systems that ignore case could not hold both anyway): the later one gets 8 hex digits of its
 * function name's SHA-256 after it, which depends on nothing else. Returns the notes to print.
 */
function claimFileNames(functionNames: readonly string[]): { files: Map<string, string>; notes: string[] } {
  const files = new Map<string, string>();
  const owners = new Map<string, string>();
  const notes: string[] = [];
  for (const name of functionNames) {
    let file = fileName(name);
    const taken = owners.get(file);
    if (taken !== undefined) {
      const clash = file;
      file = withHash(kebabCase(name), name);
      notes.push(`\`${name}\` is in operations/${file}.ts: operations/${clash}.ts is \`${taken}\`'s.`);
    }
    owners.set(file, name);
    files.set(name, file);
  }
  return { files, notes };
}

/**
 * The operationId of an operation whose spec gives none (only a spec that is not strict may): its
 * method and its path, each path parameter as `By<Name>`: `GET /pets/{petId}/toys` →
 * `getPetsByPetIdToys`, `GET /` → `getRoot`. It depends on nothing but the operation itself, so it
 * stays the same whatever else the spec gains or loses.
 */
export function derivedOperationId(method: string, path: string): string {
  const segments = path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replace(/\{([^}]*)\}/g, ' by $1 '));
  return camelCase([method, ...(segments.length === 0 ? ['root'] : segments)].join(' '));
}

/**
 * What a name that is taken becomes, for a spec that is not strict: the same name with the first of
 * these suffixes that is free. Operation-derived names yield to schema names, and a later schema to
 * an earlier one, so a name only changes when the spec element that produced it, or the one it
 * collides with, changes.
 */
const YIELD_SUFFIXES = { operation: ['Op', 'Operation'], schema: ['Schema', 'Model'] } as const;

/** The names of one operation's exports, across the modules that declare them. */
export interface OperationNames {
  /** `update-sales-invoice`: the module is `operations/<file>.ts`. */
  readonly file: string;
  /** In the operation module: the function, its description, the function resolving with the response. */
  readonly function: string;
  readonly description: string;
  readonly withResponse: string;
  /** The operation module's own (unexported) constant of the headers `withResponse` reads. */
  readonly declaredHeaders: string;
  /** In types.ts: a type per parameter location and for the body, where the operation has them. */
  readonly pathParams: string | undefined;
  readonly queryParams: string | undefined;
  readonly headers: string | undefined;
  /** Only for an operation with cookie parameters. */
  readonly cookies?: string | undefined;
  readonly body: string | undefined;
  readonly request: string;
  readonly response: string;
  readonly error: string;
  readonly responseHeaders: string;
  /** In validation.ts: the request's schema, and the success body's (exported only where it can be checked). */
  readonly requestSchema: string;
  readonly responseSchema: string;
}

/** Every export name of one API's modules (and the few module-private names the builders share). */
export interface ApiNames {
  /** types.ts: per component schema name, its type. */
  readonly schemaTypes: ReadonlyMap<string, string>;
  /** validation.ts: per component schema name, the (unexported) constant of its compiled schema. */
  readonly schemaConstants: ReadonlyMap<string, string>;
  /** Per operationId. */
  readonly operations: ReadonlyMap<string, OperationNames>;
  /** api.ts: the API description. */
  readonly apiDescription: string;
  /** validation.ts: every operation's response schemas, for `validateResponses` (exported from the index). */
  readonly responseSchemas: string;
  /** client.ts. */
  readonly environment: string;
  readonly clientOptions: string;
  readonly core: string;
  readonly client: string;
  readonly createCore: string;
  readonly createClient: string;
  /** Only for an API whose token request takes extra fields (`x-token-request-fields`). */
  readonly clientCredentials: string | undefined;
  /** Only for an API with HTTP basic or API key schemes: the type of its `credentials` option. */
  readonly keyCredentials: string | undefined;
  /** What the package root re-exports from the API's index, each list sorted. */
  readonly rootValues: readonly string[];
  readonly rootTypes: readonly string[];
  /**
   * For a spec that is not strict, one sentence per name a naming rule gave (a collision resolved,
   * an operationId derived, a name left out of the package root), which the API's index prints.
   */
  readonly namingNotes: readonly string[];
}

/** Per API name, its names. */
export type NameTable = ReadonlyMap<string, ApiNames>;

/**
 * Names a spec element cannot have in a generated module, claimed in every API's scope before any
 * name of the spec, so that a spec element named like one is renamed (a spec that is not strict:
 * the usual suffix, said in the index) or refused naming it (a strict spec), instead of producing
 * code that does not compile or misbehaves. They depend on nothing in the spec, so whether a name
 * yields never changes with the rest of the spec. The runtime names generated modules import
 * (src/internal.ts) are claimed the same way, by `claimNames`'s `importedNames`.
 */
export const UNUSABLE_NAMES: ReadonlyMap<string, string> = new Map([
  // ECMAScript's reserved words, those of strict mode (a module is strict) and the names strict
  // mode cannot bind, and the global values a module must not shadow.
  ...[
    ...['break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else'],
    ...['enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof'],
    ...['new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void'],
    ...['while', 'with', 'yield', 'let', 'static', 'implements', 'interface', 'package', 'private'],
    ...['protected', 'public', 'await', 'arguments', 'eval', 'undefined', 'globalThis'],
  ].map((word) => [word, 'a JavaScript reserved word'] as const),
  // A module exporting `then` is a thenable: `await import()` of the API's index would call it.
  ['then', 'the module namespace’s `then` (a module exporting it is awaited as a promise)'],
  // The global types generated modules refer to by name (a test holds this list to the modules).
  ...['NonNullable', 'Promise', 'Record'].map((type) => [type, `TypeScript's global type \`${type}\``] as const),
]);

/** The exports of schema.ts, which openapi-typescript names. */
export const SCHEMA_MODULE_EXPORTS = ['components', 'operations', 'paths'] as const;

/**
 * Derive every export name of every module and claim each in its scope: one scope per API (its
 * modules are re-exported together by its index), and the package root, which re-exports each API's
 * client factories, operation functions and operation types next to the runtime's own exports
 * (`reservedNames`). Schema types stay in `invoicing-sdk/<api>`, where two providers' `ErrorResponse`
 * cannot meet. The second claim of a name fails, naming both sources.
 */
export function claimNames(
  apis: readonly ApiModel[],
  reservedNames: ReadonlyMap<string, string>,
  importedNames: ReadonlyMap<string, string> = new Map(),
): NameTable {
  const table = new Map(apis.map((api) => [api.name, claimApiNames(api, importedNames)]));
  const root = new NameRegistry('the package root (src/index.ts and generated/index.ts)', true);
  for (const [name, owner] of reservedNames) root.claim(name, owner);
  for (const api of apis) {
    const names = table.get(api.name)!;
    const owner = `API "${api.name}" (${api.specPath})`;
    const notes = [...names.namingNotes];
    // A spec that is not strict keeps a name the root has already in its own subpath only.
    const kept = (name: string): boolean => {
      const taken = root.ownerOf(name);
      if (taken === undefined || api.strict) return root.claim(name, owner) === name;
      notes.push(
        `\`${name}\` is not re-exported by the package root, where ${taken} has it: import it from \`invoicing-sdk/${api.name}\`.`,
      );
      return false;
    };
    const rootValues = names.rootValues.filter(kept);
    const rootTypes = names.rootTypes.filter(kept);
    table.set(api.name, { ...names, rootValues, rootTypes, namingNotes: notes });
  }
  return table;
}

/** The names of an operation, from the table (which has every operation of the model). */
export function operationNames(names: ApiNames, operation: Pick<OperationModel, 'operationId'>): OperationNames {
  const found = names.operations.get(operation.operationId);
  if (found === undefined) throw new Error(`No names were claimed for operation ${operation.operationId}.`);
  return found;
}

function claimApiNames(api: ApiModel, importedNames: ReadonlyMap<string, string>): ApiNames {
  const registry = new NameRegistry(`API "${api.name}" (${api.specPath})`, api.strict);
  for (const name of SCHEMA_MODULE_EXPORTS) registry.claim(name, `openapi-typescript (\`${name}\`)`);
  for (const [name, owner] of [...UNUSABLE_NAMES, ...importedNames]) registry.claim(name, owner);
  // A spec that is not strict claims the client's names first: they are the same for every API, so
  // a schema called like one yields to it (a strict spec fails either way, naming both).
  const base = pascalCase(api.name);
  const claimClient = () => ({
    apiDescription: registry.claim(`${camelCase(api.name)}Api`, 'the API description'),
    responseSchemas: registry.claim(`${camelCase(api.name)}ResponseSchemas`, 'the response schemas'),
    environment: registry.claim(`${base}Environment`, 'the environment type'),
    clientOptions: registry.claim(`${base}ClientOptions`, 'the client options type'),
    core: registry.claim(`${base}Core`, 'the core type'),
    client: registry.claim(`${base}Client`, 'the client type'),
    createCore: registry.claim(`create${base}Core`, 'the core factory'),
    createClient: registry.claim(`create${base}Client`, 'the client factory'),
    // The spec's extra token-request fields make the API its own credentials type.
    clientCredentials:
      api.security.tokenRequestFields.length > 0
        ? registry.claim(`${base}ClientCredentials`, 'the client credentials type')
        : undefined,
    keyCredentials:
      (api.security.keys ?? []).length > 0 ? registry.claim(`${base}Credentials`, 'the credentials type') : undefined,
  });
  const earlyClient = api.strict ? undefined : claimClient();
  const schemaTypes = new Map(
    api.schemas.map((schema) => [
      schema.name,
      registry.claim(pascalCase(schema.name), `schema components/schemas/${schema.name}`, YIELD_SUFFIXES.schema),
    ]),
  );
  for (const operation of api.operations) {
    if (operation.operationIdDerived === true) {
      registry.note(
        `\`${camelCase(operation.operationId)}\`: ${operation.method.toUpperCase()} ${operation.path} has no operationId; it is named from its method and path.`,
      );
    }
  }
  const typeNames = new Map(
    api.operations.map((operation) => [operation.operationId, claimTypeNames(operation, registry)]),
  );
  // Each operation's function, description and `withResponse` claimed together, in operationId order.
  const claimed = api.operations.map((operation) => {
    const owner = `operation ${operation.operationId}`;
    const name = registry.claim(camelCase(operation.operationId), `${owner} (function)`, YIELD_SUFFIXES.operation);
    return {
      name,
      description: registry.claim(`${name}Operation`, `${owner} (description)`, YIELD_SUFFIXES.operation),
      withResponse: registry.claim(`${name}WithResponse`, `${owner} (with response)`, YIELD_SUFFIXES.operation),
    };
  });
  const { files, notes: fileNotes } = claimFileNames(claimed.map((names) => names.name));
  for (const note of fileNotes) registry.note(note);
  const operations = new Map(
    api.operations.map((operation, index) => {
      const { name, description, withResponse } = claimed[index]!;
      const names: OperationNames = {
        file: files.get(name)!,
        function: name,
        description,
        withResponse,
        declaredHeaders: `${name}DeclaredHeaders`,
        ...typeNames.get(operation.operationId)!,
        requestSchema: `${name}RequestSchema`,
        responseSchema: `${name}ResponseSchema`,
      };
      return [operation.operationId, names] as const;
    }),
  );
  const client = earlyClient ?? claimClient();
  const everyOperation = [...operations.values()];
  return {
    schemaTypes,
    schemaConstants: new Map([...schemaTypes].map(([schema, type]) => [schema, `${type}Schema`])),
    operations,
    ...client,
    rootValues: [
      ...everyOperation.flatMap((names) => [names.function, names.withResponse]),
      client.createCore,
      client.createClient,
      client.responseSchemas,
    ].sort(),
    rootTypes: [
      ...everyOperation.flatMap(operationTypeNames),
      client.environment,
      client.clientOptions,
      client.core,
      client.client,
      ...(client.clientCredentials === undefined ? [] : [client.clientCredentials]),
      ...(client.keyCredentials === undefined ? [] : [client.keyCredentials]),
    ].sort(),
    namingNotes: registry.notes,
  };
}

type TypeNames = Pick<
  OperationNames,
  'pathParams' | 'queryParams' | 'headers' | 'cookies' | 'body' | 'request' | 'response' | 'error' | 'responseHeaders'
>;

/** The operation's types in types.ts, claimed in the order the module declares them. */
function claimTypeNames(operation: OperationModel, registry: NameRegistry): TypeNames {
  const stem = pascalCase(operation.operationId);
  const claim = (suffix: string, what: string): string =>
    registry.claim(`${stem}${suffix}`, `operation ${operation.operationId} (${what})`, YIELD_SUFFIXES.operation);
  return {
    pathParams: operation.pathParameters.length > 0 ? claim('PathParams', 'path parameters') : undefined,
    queryParams: operation.queryParameters.length > 0 ? claim('QueryParams', 'query parameters') : undefined,
    headers: operation.headerParameters.length > 0 ? claim('Headers', 'header parameters') : undefined,
    cookies: (operation.cookieParameters ?? []).length > 0 ? claim('Cookies', 'cookie parameters') : undefined,
    body: operation.requestBody !== undefined ? claim('Body', 'request body') : undefined,
    request: claim('Request', 'request'),
    response: claim('Response', 'success response'),
    error: claim('Error', 'error responses'),
    responseHeaders: claim('ResponseHeaders', 'success response headers'),
  };
}

/** The operation's exports of types.ts, in the order the module declares them. */
export function operationTypeNames(names: TypeNames): string[] {
  return [
    names.pathParams,
    names.queryParams,
    names.headers,
    names.cookies,
    names.body,
    names.request,
    names.response,
    names.error,
    names.responseHeaders,
  ].filter((name): name is string => name !== undefined);
}

/**
 * Records which spec element produced each export name in one module scope, and fails on the
 * second claim of a name instead of renaming: a silent rename would change the public API.
 */
class NameRegistry {
  readonly #owners = new Map<string, string>();
  readonly notes: string[] = [];

  /** `strict`: a collision fails; otherwise a claim with fallback suffixes takes the first free one. */
  constructor(
    private readonly scope: string,
    private readonly strict: boolean,
  ) {}

  ownerOf(name: string): string | undefined {
    return this.#owners.get(name);
  }

  note(text: string): void {
    this.notes.push(text);
  }

  claim(name: string, owner: string, fallbacks: readonly string[] = []): string {
    const previous = this.#owners.get(name);
    if (previous !== undefined && !this.strict) {
      const free = fallbacks.map((suffix) => name + suffix).find((candidate) => !this.#owners.has(candidate));
      if (free !== undefined) {
        this.notes.push(`\`${free}\` (${owner}): \`${name}\` is ${previous}.`);
        this.#owners.set(free, owner);
        return free;
      }
    }
    if (previous !== undefined) {
      throw new GenerationError(
        `Export name collision in ${this.scope}: "${name}" is produced by ${previous} and by ${owner}. ` +
          'Rename one of them in the spec (a schema name or an operationId); the generator never renames silently.',
      );
    }
    this.#owners.set(name, owner);
    return name;
  }
}
