// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml
// Content sha256 5dc07135d8bdb21a (of the text below this banner)

import type { components, operations } from './schema.js';

/** A cog id. */
export type CogId = components['schemas']['CogId'];
/** A change to a cog; `state` retired needs a `reason`. */
export type CogUpdate = components['schemas']['CogUpdate'];
/** Every field of a change. */
export type CogFields = components['schemas']['CogFields'];
/** Retiring needs a reason. */
export type RetireRule = components['schemas']['RetireRule'];
/** Any other change. */
export type OtherStateRule = components['schemas']['OtherStateRule'];
/** A cog. */
export type Cog = components['schemas']['Cog'];
/** An error. */
export type Problem = components['schemas']['Problem'];
/** Path parameters of {@link getCog}. */
export type GetCogPathParams = NonNullable<operations['getCog']['parameters']['path']>;
/** Query parameters of {@link getCog}. */
export type GetCogQueryParams = NonNullable<operations['getCog']['parameters']['query']>;

/** Everything {@link getCog} sends: parameters and body. */
export interface GetCogRequest {
  /** Path parameters. */
  readonly path: GetCogPathParams;
  /** Query parameters. */
  readonly query?: GetCogQueryParams;
}

/** What {@link getCog} resolves with: the 200 response body. */
export type GetCogResponse = operations['getCog']['responses'][200]['content']['application/json'];
/** The error bodies {@link getCog} may receive (404), found on `ApiError.body`. */
export type GetCogError = operations['getCog']['responses'][404]['content']['application/json'];
/** The response headers the spec declares for the 200 response of {@link getCog}, read by `withResponse()`. */
export type GetCogResponseHeaders = Record<never, never>;
/** Path parameters of {@link updateCog}. */
export type UpdateCogPathParams = NonNullable<operations['updateCog']['parameters']['path']>;
/** Header parameters of {@link updateCog}. */
export type UpdateCogHeaders = NonNullable<operations['updateCog']['parameters']['header']>;
/** Request body of {@link updateCog} (`application/json`). */
export type UpdateCogBody = NonNullable<operations['updateCog']['requestBody']>['content']['application/json'];

/** Everything {@link updateCog} sends: parameters and body. */
export interface UpdateCogRequest {
  /** Path parameters. */
  readonly path: UpdateCogPathParams;
  /** Header parameters. */
  readonly header?: UpdateCogHeaders;
  /** Request body. */
  readonly body: UpdateCogBody;
}

/** What {@link updateCog} resolves with: the 200 response body. */
export type UpdateCogResponse = operations['updateCog']['responses'][200]['content']['application/json'];
/** The error bodies {@link updateCog} may receive (404), found on `ApiError.body`. */
export type UpdateCogError = operations['updateCog']['responses'][404]['content']['application/json'];
/** The response headers the spec declares for the 200 response of {@link updateCog}, read by `withResponse()`. */
export type UpdateCogResponseHeaders = Record<never, never>;
