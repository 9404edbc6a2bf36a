// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml
// Content sha256 e49f1b32b668e583 (of the text below this banner)

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
