// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml (sha256 62871305bc4771313eee9a7457226c7bf617cd6e2a47e33fbb5c997ae6497a3e)

import type { ApiDescription } from '../../src/internal.js';

/** Asset accounting API (invoice and bill updates) (spec version 0.1): its servers by environment, from the spec. */
export const assetApi = {
  name: 'asset',
  title: 'Asset accounting API (invoice and bill updates)',
  servers: { sandbox: 'https://api.sandbox.getasset.com', production: 'https://api.getasset.com' },
  defaultEnvironment: 'sandbox',
  defaultableHeaders: ['x-user-id'],
  security: { clientCredentialsTokenUrl: '/v0/auth/token', credentialPrefixes: {} },
} as const satisfies ApiDescription<'sandbox' | 'production'>;
