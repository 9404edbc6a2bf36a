// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml (sha256 e5eba3f2d6d57e1c50d50e010fb1f55a7fae1846196dd2e4b9c27620688f62be)

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
export {
  createDeviceStoreClient,
  createDeviceStoreCore,
  type DeviceStoreClient,
  type DeviceStoreClientOptions,
  type DeviceStoreCore,
  type DeviceStoreEnvironment,
} from './client.js';
export { archiveDevice, archiveDeviceWithResponse } from './operations/archive-device.js';
