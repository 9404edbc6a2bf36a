// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml (sha256 afa49c42e42d28cc14d035725bc9ec8325cf9afcf1ac6f16bc7492dc8167b40a)
// Source: specs/device-store.yaml (sha256 98c7965f289795cb5bd0e1fbc4b7aa88e36e597acac7f50d051d895e9fa142ae)

export {
  createCogsClient,
  createCogsCore,
  getCog,
  updateCog,
  type CogsClient,
  type CogsClientOptions,
  type CogsCore,
  type CogsEnvironment,
  type GetCogError,
  type GetCogPathParams,
  type GetCogQueryParams,
  type GetCogRequest,
  type GetCogResponse,
  type UpdateCogBody,
  type UpdateCogError,
  type UpdateCogHeaders,
  type UpdateCogPathParams,
  type UpdateCogRequest,
  type UpdateCogResponse,
} from './cogs/index.js';
export {
  archiveDevice,
  createDeviceStoreClient,
  createDeviceStoreCore,
  type ArchiveDeviceError,
  type ArchiveDevicePathParams,
  type ArchiveDeviceRequest,
  type ArchiveDeviceResponse,
  type DeviceStoreClient,
  type DeviceStoreClientOptions,
  type DeviceStoreCore,
  type DeviceStoreEnvironment,
} from './device-store/index.js';
