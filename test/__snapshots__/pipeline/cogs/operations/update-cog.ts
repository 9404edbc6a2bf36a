// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml
// Content sha256 cfb45ee72a921816 (of the text below this banner)

import {
  callOperation,
  callOperationWithResponse,
  type ApiResponse,
  type CallOptions,
  type ClientCore,
  type OperationDescription,
} from '../../../../../../src/internal.js';
import type { paths } from '../schema.js';
import type { UpdateCogError, UpdateCogRequest, UpdateCogResponse, UpdateCogResponseHeaders } from '../types.js';
import { updateCogRequestSchema } from '../validation.js';

/** How updateCog is called, from the spec; read by the runtime. */
export const updateCogOperation: OperationDescription = {
  operationId: 'updateCog',
  method: 'PATCH',
  path: '/v1/cogs/{cog_id}',
  pathParameters: { cog_id: /^cog_[a-z0-9]{1,16}$/u },
  accept: 'application/json',
  retry: { repeatable: true, notRepeatableWhen: [{ field: '/state', in: ['retired'] }] },
  successStatus: '200',
  requestSchema: updateCogRequestSchema,
  errorShapes: [{ text: ['message'] }],
};

/**
 * Update a cog
 *
 * Changes a cog.
 * @see {@link https://cogs.test/docs/update | Cog docs}
 * @throws {@link ApiError} when the response status is not 2xx; its `body` is a {@link UpdateCogError}.
 * @throws {@link RequestValidationError} when the request breaks the spec; nothing is sent.
 */
export async function updateCog(
  client: ClientCore<paths>,
  request: UpdateCogRequest,
  options?: CallOptions,
): Promise<UpdateCogResponse> {
  return callOperation<UpdateCogResponse, UpdateCogError, UpdateCogRequest>(
    client,
    updateCogOperation,
    request,
    options,
    (init, sent) =>
      client.http.PATCH('/v1/cogs/{cog_id}', {
        params: { path: sent.path, ...(sent.header === undefined ? {} : { header: sent.header }) },
        body: sent.body,
        ...init,
      }),
  );
}

/** The response headers updateCogWithResponse reads, with the type each is read as. */
const updateCogDeclaredHeaders = {} as const;

/**
 * {@link updateCog}, resolving with the response as well: the body as `data`, the status,
 * the headers, the request id and the headers the spec declares, typed. One request, as the plain call.
 * @throws What {@link updateCog} throws.
 */
export async function updateCogWithResponse(
  client: ClientCore<paths>,
  request: UpdateCogRequest,
  options?: CallOptions,
): Promise<ApiResponse<UpdateCogResponse, UpdateCogResponseHeaders>> {
  return callOperationWithResponse(
    client,
    updateCogOperation,
    request,
    options,
    updateCogDeclaredHeaders,
    (init, sent) =>
      client.http.PATCH('/v1/cogs/{cog_id}', {
        params: { path: sent.path, ...(sent.header === undefined ? {} : { header: sent.header }) },
        body: sent.body,
        ...init,
      }),
  );
}
