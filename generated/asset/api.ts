// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/asset.yaml (sha256 fc3644469cf757401b30e493e742754e5db41f34e344b41a9ebdafbeb9ee9e16)

import type { ApiDescription } from '../../src/client-core.js';

/** Asset accounting API (invoice and bill updates) (spec version 0.1): its servers by environment, from the spec. */
export const assetApi = {
  name: 'asset',
  title: 'Asset accounting API (invoice and bill updates)',
  servers: { sandbox: 'https://api.sandbox.getasset.com', production: 'https://api.getasset.com' },
  defaultEnvironment: 'sandbox',
} as const satisfies ApiDescription<'sandbox' | 'production'>;
