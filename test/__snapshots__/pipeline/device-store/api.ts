// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml (sha256 98c7965f289795cb5bd0e1fbc4b7aa88e36e597acac7f50d051d895e9fa142ae)

import type { ApiDescription } from '../../../../../src/client-core.js';

/** Device Store API (spec version 2.1): its servers by environment, from the spec. */
export const deviceStoreApi = {
  name: 'device-store',
  title: 'Device Store API',
  servers: { production: 'https://devices.test' },
  defaultEnvironment: 'production',
} as const satisfies ApiDescription<'production'>;
