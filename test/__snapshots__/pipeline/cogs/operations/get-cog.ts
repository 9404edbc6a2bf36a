// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml
// Content sha256 5ed9d536f1f62a2e (of the text below this banner)

import {
  callOperation,
  callOperationWithResponse,
  type ApiResponse,
  type CallOptions,
  type ClientCore,
  type OperationDescription,
} from '../../../../../../src/internal.js';
import type { paths } from '../schema.js';
import type { GetCogError, GetCogRequest, GetCogResponse, GetCogResponseHeaders } from '../types.js';
import { getCogRequestSchema } from '../validation.js';

/** How getCog is called, from the spec; read by the runtime. */
export const getCogOperation: OperationDescription = {
  operationId: 'getCog',
  method: 'GET',
  path: '/v1/cogs/{cog_id}',
  pathParameters: { cog_id: /^cog_[a-z0-9]{1,16}$/u },
  accept: 'application/json',
  retry: { repeatable: true },
  successStatus: '200',
  requestSchema: getCogRequestSchema,
  errorShapes: [{ text: ['message'] }],
};

/**
 * Get a cog
 *
 * Reads a cog.
 * @see {@link https://cogs.test/docs/get | Cog docs}
 * @throws {@link ApiError} when the response status is not 2xx; its `body` is a {@link GetCogError}.
 * @throws {@link RequestValidationError} when the request breaks the spec; nothing is sent.
 * @deprecated The provider has deprecated this operation.
 */
export async function getCog(
  client: ClientCore<paths>,
  request: GetCogRequest,
  options?: CallOptions,
): Promise<GetCogResponse> {
  return callOperation<GetCogResponse, GetCogError, GetCogRequest>(
    client,
    getCogOperation,
    request,
    options,
    (init, sent) =>
      client.http.GET('/v1/cogs/{cog_id}', {
        params: { path: sent.path, ...(sent.query === undefined ? {} : { query: sent.query }) },
        ...init,
      }),
  );
}

/** The response headers getCogWithResponse reads, with the type each is read as. */
const getCogDeclaredHeaders = {} as const;

/**
 * {@link getCog}, resolving with the response as well: the body as `data`, the status,
 * the headers, the request id and the headers the spec declares, typed. One request, as the plain call.
 * @throws What {@link getCog} throws.
 */
export async function getCogWithResponse(
  client: ClientCore<paths>,
  request: GetCogRequest,
  options?: CallOptions,
): Promise<ApiResponse<GetCogResponse, GetCogResponseHeaders>> {
  return callOperationWithResponse(client, getCogOperation, request, options, getCogDeclaredHeaders, (init, sent) =>
    client.http.GET('/v1/cogs/{cog_id}', {
      params: { path: sent.path, ...(sent.query === undefined ? {} : { query: sent.query }) },
      ...init,
    }),
  );
}
