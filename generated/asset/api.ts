// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml (sha256 87992385b05532777c8a59ae5996faf54661f4107328c8956693ae91f1622adb)

import type { ApiDescription } from '../../src/internal.js';

/** Asset accounting API (invoice and bill updates) (spec version 0.1): its servers by environment, from the spec. */
export const assetApi = {
  name: 'asset',
  title: 'Asset accounting API (invoice and bill updates)',
  servers: { sandbox: 'https://api.sandbox.getasset.com', production: 'https://api.getasset.com' },
  defaultEnvironment: 'sandbox',
  defaultableHeaders: ['x-user-id'],
  security: {
    clientCredentialsTokenUrl: '/v0/auth/token',
    clientCredentialsFields: { businessId: { formField: 'business_id', required: false } },
    credentialPrefixes: {},
  },
} as const satisfies ApiDescription<'sandbox' | 'production'>;
