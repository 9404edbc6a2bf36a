import type { ErrorShape } from '../../src/errors/error-summary.js';
import type { HeaderType } from '../../src/operation/with-response.js';

/**
 * The one picture of a spec that every builder works from, read once by read-spec.ts: parameters
 * (path-level ones merged with the operation's), request bodies and responses are resolved, so no
 * builder follows a `$ref` or reads the spec itself. Only types live here, and the list of HTTP
 * methods `HttpMethod` is made from.
 *
 * Names are not part of it: names.ts derives and claims every export name from this model, and the
 * builders take them from its table.
 */
export interface ApiModel {
  /** The key under `apis:` in redocly.yaml, e.g. `mollie`. */
  readonly name: string;
  /** `x-codegen.strict` of the API's entry: false for a spec we did not write (see scripts/README.md). */
  readonly strict: boolean;
  /** Absolute path of the spec file. */
  readonly specFile: string;
  /** Spec path relative to the project, with `/` separators (for banners and messages). */
  readonly specPath: string;
  /** The spec's `openapi` field, e.g. `3.0.3` (OpenAPI 3.0's `nullable` is understood only there). */
  readonly openapiVersion: string;
  readonly title: string;
  readonly version: string;
  /** In spec order; empty when the spec lists none (every client then needs a `baseUrl`). */
  readonly servers: readonly ServerModel[];
  /** The servers of the spec's list whose URL has `{variables}`: no environment, left to `baseUrl`. */
  readonly serverTemplates?: readonly string[];
  readonly security: SecurityModel;
  /** components/schemas, in spec order. */
  readonly schemas: readonly SchemaModel[];
  /** Sorted by operationId, so the order of paths in the file does not change the output. */
  readonly operations: readonly OperationModel[];
  /**
   * The header parameters named Accept, Content-Type or Authorization the spec declares, which
   * OpenAPI says to ignore and so were left out; absent when none.
   */
  readonly ignoredHeaderParameters?: readonly IgnoredHeaderParameter[];
}

/**
 * A JSON Schema as the spec writes it. Its `$ref`s to components/schemas are kept as they are:
 * recursive schemas stay references, and the validation module turns each into a shared constant.
 */
export type SpecSchema = unknown;

export interface ServerModel {
  readonly environment: string;
  /** A URL without `{variables}` (a server with them is no environment: `ApiModel.serverTemplates`). */
  readonly url: string;
}

/** What the runtime needs to know of the security schemes. */
export interface SecurityModel {
  /** The token URL of an OAuth2 client-credentials flow, if the spec has one (may be relative to the server). */
  readonly clientCredentialsTokenUrl: string | undefined;
  /** Per scheme name, the prefixes its credentials start with (`x-credential-prefixes`). */
  readonly credentialPrefixes: Readonly<Record<string, readonly string[]>>;
  /**
   * The client-credentials token request's form fields beyond the standard ones
   * (`x-token-request-fields` on the flow), in spec order; empty without the extension or without a
   * client-credentials flow. The API then has its own `clientCredentials` type.
   */
  readonly tokenRequestFields: readonly TokenRequestField[];
  /**
   * No operation requires a credential: the spec has no security requirement, or every one it
   * applies is empty or lists the empty requirement `{}` (credentials optional).
   */
  readonly optional?: boolean;
  /**
   * The HTTP basic and API key schemes, in spec order; empty when every scheme is a bearer token
   * (HTTP bearer, OAuth 2, OpenID Connect), and then nothing below about security is emitted.
   */
  readonly keys?: readonly KeySchemeModel[];
  /** The spec's own `security`, as alternatives of scheme names; undefined when it has none. */
  readonly requirement?: readonly (readonly string[])[] | undefined;
}

/** A security scheme whose credential is not a bearer token. */
export interface KeySchemeModel {
  /** The key under components/securitySchemes. */
  readonly name: string;
  readonly kind: 'basic' | 'apiKey';
  /** An API key's place and name (`in`, `name`). */
  readonly in?: 'header' | 'query' | 'cookie';
  readonly parameter?: string;
  readonly description: string | undefined;
}

/** One extra form field of the client-credentials token request (`x-token-request-fields`). */
export interface TokenRequestField {
  /** The field's name in the form-encoded token request, e.g. `business_id`. */
  readonly name: string;
  /** The property callers pass its value as in `clientCredentials`, e.g. `businessId`. */
  readonly option: string;
  /** Whether every token request must carry it. */
  readonly required: boolean;
  readonly description: string;
}

/** A header parameter left out: where it was declared (`GET /pets`, or `/pets` for the path), and its name. */
export interface IgnoredHeaderParameter {
  readonly place: string;
  readonly name: string;
}

export interface SchemaModel {
  /** The key under components/schemas. */
  readonly name: string;
  readonly description: string | undefined;
  readonly schema: SpecSchema;
}

/** The methods a path item may have, lower-case, as OpenAPI path items and openapi-typescript key them. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationModel {
  /** As the spec gives it, or (a spec that is not strict, which gives none) `derivedOperationId`'s. */
  readonly operationId: string;
  /** True when the spec gives no operationId: types then name the operation by path and method. */
  readonly operationIdDerived?: boolean;
  readonly method: HttpMethod;
  readonly path: string;
  readonly summary: string | undefined;
  readonly description: string | undefined;
  readonly deprecated: boolean;
  /** `x-stability`, e.g. `beta`. */
  readonly stability: string | undefined;
  readonly docs: { readonly url: string; readonly description: string | undefined } | undefined;
  /** The path item's parameters merged with the operation's (the operation's win), in that order. */
  readonly pathParameters: readonly PathParameterModel[];
  readonly queryParameters: readonly ParameterModel[];
  readonly headerParameters: readonly ParameterModel[];
  /** Cookie parameters (sent in one Cookie header, OpenAPI's `form` style). */
  readonly cookieParameters?: readonly ParameterModel[];
  readonly requestBody: RequestBodyModel | undefined;
  /**
   * The first 2xx response (for a spec that is not strict and declares none: its `default`, else a
   * `2XX` without a body).
   */
  readonly success: ResponseModel;
  /** The other 2xx responses, in spec order (each body is typed and checked by its own status). */
  readonly otherSuccesses?: readonly ResponseModel[];
  /** The response headers the success response declares, with the type the runtime reads each as. */
  readonly successHeaders: readonly ResponseHeaderModel[];
  /** The 4xx, 5xx and `default` responses that have a body. */
  readonly errors: readonly ContentModel[];
  /** How each documented error body says what went wrong (deduplicated), for `ApiError.message`. */
  readonly errorShapes: readonly ErrorShape[];
  readonly retry: RetryModel;
  /**
   * The operation's own server (its `servers`, else its path item's: the first, variables at their
   * defaults), which it is sent to instead of the API's; undefined when it has none.
   */
  readonly server?: string;
  /** The operation's security (its own, else the spec's), as alternatives of scheme names; undefined: none. */
  readonly security?: readonly (readonly string[])[] | undefined;
  /** Top-level body fields that only some credentials may send (`x-allowed-credentials`): field → scheme names. */
  readonly credentialRestrictedFields: Readonly<Record<string, readonly string[]>>;
}

export interface ParameterModel {
  readonly name: string;
  readonly required: boolean;
  /** As written (undefined when the parameter has none). */
  readonly schema: SpecSchema | undefined;
  /** `style`, `explode` and `allowReserved` as written (each undefined where the spec leaves OpenAPI's default). */
  readonly style?: string | undefined;
  readonly explode?: boolean | undefined;
  readonly allowReserved?: boolean | undefined;
}

export interface PathParameterModel extends ParameterModel {
  /**
   * What a value must match: the schema's `pattern` (after following a `$ref`), or for a spec that is
   * not strict and gives none, `DEFAULT_PATH_PARAMETER_PATTERN` (read-spec.ts).
   */
  readonly pattern: string;
}

export interface RequestBodyModel {
  readonly required: boolean;
  /** The first media type the spec lists. */
  readonly mediaType: string;
  /** The schema of that media type, as written. */
  readonly schema: SpecSchema | undefined;
  /** It has a field whose only value is `null`, which openapi-fetch types `never` (null-only-field.ts). */
  readonly hasNullOnlyField?: boolean;
}

export interface ContentModel {
  /** Status code key as written in the spec: `200`, `4XX`, `default`. */
  readonly status: string;
  /** The media type of the body (the first listed), or undefined for a response without a body. */
  readonly mediaType: string | undefined;
}

export interface ResponseModel extends ContentModel {
  /** The schema of the body's media type, as written. */
  readonly schema: SpecSchema | undefined;
}

export interface ResponseHeaderModel {
  /** As the spec writes it (header names are case-insensitive on the wire). */
  readonly name: string;
  /** The scalar type of its schema; any other schema is read as a string. */
  readonly type: HeaderType;
  /** Whether that type is the schema's own (so openapi-typescript's type for the header applies). */
  readonly typed: boolean;
}

/** `x-retry`: may the client send the operation again after a failure that may have reached the server? */
export interface RetryModel {
  readonly repeatable: boolean;
  readonly notRepeatableWhen: readonly RetryCondition[];
  /** The header parameter that carries an idempotency key, kept the same on every attempt. */
  readonly idempotencyHeader: string | undefined;
}

/** A body condition under which an operation must not be sent twice (`x-retry.notRepeatableWhen`). */
export interface RetryCondition {
  /** JSON pointer into the body. */
  readonly field: string;
  /** The condition holds when the field is a non-empty array... */
  readonly nonEmpty?: true;
  /** ...or when it has one of these values. */
  readonly in?: readonly unknown[];
}
