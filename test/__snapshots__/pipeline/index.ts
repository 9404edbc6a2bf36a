// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml
// Source: specs/device-store.yaml
// Content sha256 5b86697ee2339969 (of the text below this banner)

export {
  cogsResponseSchemas,
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
  deviceStoreResponseSchemas,
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
