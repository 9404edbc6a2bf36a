// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml
// Content sha256 54de4860826cc266 (of the text below this banner)

import {
  apiPromise,
  createClientCore,
  type ApiPromise,
  type CallOptions,
  type ClientCore,
  type ClientOptions,
  type TokenAuthOptions,
} from '../../../../../src/internal.js';
import { deviceStoreApi } from './api.js';
import { deviceStoreResponseSchemas } from './validation.js';
import type { paths } from './schema.js';
import { archiveDeviceWithResponse } from './operations/archive-device.js';
import type { ArchiveDeviceRequest, ArchiveDeviceResponse, ArchiveDeviceResponseHeaders } from './types.js';

/** The servers of Device Store API, by their `x-environment` name in the spec. */
export type DeviceStoreEnvironment = keyof typeof deviceStoreApi.servers;
/** Options of {@link createDeviceStoreClient}. */
export type DeviceStoreClientOptions = ClientOptions<DeviceStoreEnvironment, TokenAuthOptions>;
/** The transport of Device Store API; pass it to the standalone operation functions. */
export type DeviceStoreCore = ClientCore<paths>;

/** Device Store API: every operation as a method, over one {@link DeviceStoreCore}. */
export interface DeviceStoreClient extends DeviceStoreCore {
  /** Archive a device. See {@link archiveDevice}; `.withResponse()` on the result gives the response too. */
  readonly archiveDevice: (
    request: ArchiveDeviceRequest,
    options?: CallOptions,
  ) => ApiPromise<ArchiveDeviceResponse, ArchiveDeviceResponseHeaders>;
}

/**
 * The transport alone, for the standalone operation functions: a bundle then holds only the operations it imports.
 *
 * @throws {@link ConfigurationError} for options that cannot work.
 */
export function createDeviceStoreCore(options: DeviceStoreClientOptions): DeviceStoreCore {
  return createClientCore<paths, DeviceStoreEnvironment>(deviceStoreApi, options, {
    responseSchemasExport: 'deviceStoreResponseSchemas',
  });
}

/**
 * A client for Device Store API with every operation as a method.
 *
 * @throws {@link ConfigurationError} for options that cannot work.
 */
export function createDeviceStoreClient(options: DeviceStoreClientOptions): DeviceStoreClient {
  const core = createClientCore<paths, DeviceStoreEnvironment>(deviceStoreApi, options, {
    responseSchemas: deviceStoreResponseSchemas,
    responseSchemasExport: 'deviceStoreResponseSchemas',
  });
  return {
    ...core,
    archiveDevice: (request, callOptions) => apiPromise(archiveDeviceWithResponse(core, request, callOptions)),
  };
}
