// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml (sha256 98c7965f289795cb5bd0e1fbc4b7aa88e36e597acac7f50d051d895e9fa142ae)

export type { components, operations, paths } from './schema.js';
export type {
  Conflict,
  ArchiveDevicePathParams,
  ArchiveDeviceRequest,
  ArchiveDeviceResponse,
  ArchiveDeviceError,
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
export { archiveDevice, archiveDeviceOperation } from './operations/archive-device.js';
