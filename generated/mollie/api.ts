// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml (sha256 8b70ff9323f29b2cee264c2fc044a539607077ddab18ac4a34787e81b851d750)

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
