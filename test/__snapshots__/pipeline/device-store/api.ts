// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml (sha256 e5eba3f2d6d57e1c50d50e010fb1f55a7fae1846196dd2e4b9c27620688f62be)

import type { ApiDescription } from '../../../../../src/internal.js';

/** Device Store API (spec version 2.1): its servers by environment, from the spec. */
export const deviceStoreApi = {
  name: 'device-store',
  title: 'Device Store API',
  servers: { production: 'https://devices.test' },
  defaultEnvironment: 'production',
  defaultableHeaders: [],
  security: { credentialPrefixes: {} },
} as const satisfies ApiDescription<'production'>;
