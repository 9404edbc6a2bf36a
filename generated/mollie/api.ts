// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml (sha256 eedae189bda1da7a4f55d6374fb8c7213e2765b11cd98ce64cc63f48e058d29a)

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
