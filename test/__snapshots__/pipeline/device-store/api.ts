// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml
// Content sha256 620ea88b1cf86339 (of the text below this banner)

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
