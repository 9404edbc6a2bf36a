// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml
// Content sha256 a29d11d79e1ad02b (of the text below this banner)

import {
  callOperation,
  callOperationWithResponse,
  type ApiResponse,
  type CallOptions,
  type ClientCore,
  type OperationDescription,
} from '../../../../../../src/internal.js';
import type { paths } from '../schema.js';
import type {
  ArchiveDeviceError,
  ArchiveDeviceRequest,
  ArchiveDeviceResponse,
  ArchiveDeviceResponseHeaders,
} from '../types.js';
import { archiveDeviceRequestSchema } from '../validation.js';

/** How archiveDevice is called, from the spec; read by the runtime. */
export const archiveDeviceOperation: OperationDescription = {
  operationId: 'archive-device',
  method: 'POST',
  path: '/v2/devices/{deviceId}/archive',
  pathParameters: { deviceId: /^dev_[0-9]+$/u },
  accept: '*/*',
  retry: { repeatable: false },
  requestSchema: archiveDeviceRequestSchema,
};

/**
 * Archive a device
 *
 * Archives a device.
 * @see {@link https://devices.test/docs/archive | Device docs}
 * @throws {@link ApiError} when the response status is not 2xx; its `body` is a {@link ArchiveDeviceError}.
 * @throws {@link RequestValidationError} when the request breaks the spec; nothing is sent.
 */
export async function archiveDevice(
  client: ClientCore<paths>,
  request: ArchiveDeviceRequest,
  options?: CallOptions,
): Promise<ArchiveDeviceResponse> {
  return callOperation<ArchiveDeviceResponse, ArchiveDeviceError, ArchiveDeviceRequest>(
    client,
    archiveDeviceOperation,
    request,
    options,
    (init, sent) =>
      client.http.POST('/v2/devices/{deviceId}/archive', {
        params: { path: sent.path },
        ...init,
      }),
  );
}

/** The response headers archiveDeviceWithResponse reads, with the type each is read as. */
const archiveDeviceDeclaredHeaders = {} as const;

/**
 * {@link archiveDevice}, resolving with the response as well: the body as `data`, the status,
 * the headers, the request id and the headers the spec declares, typed. One request, as the plain call.
 * @throws What {@link archiveDevice} throws.
 */
export async function archiveDeviceWithResponse(
  client: ClientCore<paths>,
  request: ArchiveDeviceRequest,
  options?: CallOptions,
): Promise<ApiResponse<ArchiveDeviceResponse, ArchiveDeviceResponseHeaders>> {
  return callOperationWithResponse(
    client,
    archiveDeviceOperation,
    request,
    options,
    archiveDeviceDeclaredHeaders,
    (init, sent) =>
      client.http.POST('/v2/devices/{deviceId}/archive', {
        params: { path: sent.path },
        ...init,
      }),
  );
}
