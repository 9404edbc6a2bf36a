// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml
// Content sha256 5f0227cd6e628778 (of the text below this banner)

import type { components, operations } from './schema.js';

/** A conflict. */
export type Conflict = components['schemas']['Conflict'];
/** Path parameters of {@link archiveDevice}. */
export type ArchiveDevicePathParams = NonNullable<operations['archive-device']['parameters']['path']>;

/** Everything {@link archiveDevice} sends: parameters and body. */
export interface ArchiveDeviceRequest {
  /** Path parameters. */
  readonly path: ArchiveDevicePathParams;
}

/** What {@link archiveDevice} resolves with: the 204 response body. */
export type ArchiveDeviceResponse = void;
/** The error bodies {@link archiveDevice} may receive (409), found on `ApiError.body`. */
export type ArchiveDeviceError = operations['archive-device']['responses'][409]['content']['application/json'];
/** The response headers the spec declares for the 204 response of {@link archiveDevice}, read by `withResponse()`. */
export type ArchiveDeviceResponseHeaders = Record<never, never>;
