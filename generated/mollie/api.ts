// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml (sha256 9c4e1a043b66066f2e4a5e26e80fa64643368a62d0f99ad51b67ecb88ba49099)

import type { ApiDescription } from '../../src/internal.js';

/** Mollie Sales Invoices API (update) (spec version 2.0): its servers by environment, from the spec. */
export const mollieApi = {
  name: 'mollie',
  title: 'Mollie Sales Invoices API (update)',
  servers: { production: 'https://api.mollie.com' },
  defaultEnvironment: 'production',
  defaultableHeaders: [],
  idempotencyHeaders: ['Idempotency-Key'],
  security: { credentialPrefixes: { apiKey: ['live_', 'test_'], organizationAccessToken: ['access_'] } },
} as const satisfies ApiDescription<'production'>;
