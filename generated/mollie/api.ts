// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml (sha256 7c0351b2a3d678d062eb1aa6c38bad08dac83f5c4c5f1c787ca6bec5d1bf5784)

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
