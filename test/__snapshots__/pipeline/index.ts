// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml (sha256 74e18959abe99134e001037c493c5015856690edd566d41da38dd34d02731855)
// Source: specs/device-store.yaml (sha256 e5eba3f2d6d57e1c50d50e010fb1f55a7fae1846196dd2e4b9c27620688f62be)

export {
  createCogsClient,
  createCogsCore,
  getCog,
  getCogWithResponse,
  updateCog,
  updateCogWithResponse,
  type CogsClient,
  type CogsClientOptions,
  type CogsCore,
  type CogsEnvironment,
  type GetCogError,
  type GetCogPathParams,
  type GetCogQueryParams,
  type GetCogRequest,
  type GetCogResponse,
  type GetCogResponseHeaders,
  type UpdateCogBody,
  type UpdateCogError,
  type UpdateCogHeaders,
  type UpdateCogPathParams,
  type UpdateCogRequest,
  type UpdateCogResponse,
  type UpdateCogResponseHeaders,
} from './cogs/index.js';
export {
  archiveDevice,
  archiveDeviceWithResponse,
  createDeviceStoreClient,
  createDeviceStoreCore,
  type ArchiveDeviceError,
  type ArchiveDevicePathParams,
  type ArchiveDeviceRequest,
  type ArchiveDeviceResponse,
  type ArchiveDeviceResponseHeaders,
  type DeviceStoreClient,
  type DeviceStoreClientOptions,
  type DeviceStoreCore,
  type DeviceStoreEnvironment,
} from './device-store/index.js';
