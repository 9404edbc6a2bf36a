// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml
// Content sha256 b01e60aba108ec08 (of the text below this banner)

export type { components, operations, paths } from './schema.js';
export type {
  Conflict,
  ArchiveDevicePathParams,
  ArchiveDeviceRequest,
  ArchiveDeviceResponse,
  ArchiveDeviceError,
  ArchiveDeviceResponseHeaders,
} from './types.js';
export { deviceStoreApi } from './api.js';
export { deviceStoreResponseSchemas } from './validation.js';
export {
  createDeviceStoreClient,
  createDeviceStoreCore,
  type DeviceStoreClient,
  type DeviceStoreClientOptions,
  type DeviceStoreCore,
  type DeviceStoreEnvironment,
} from './client.js';
export { archiveDevice, archiveDeviceWithResponse } from './operations/archive-device.js';
