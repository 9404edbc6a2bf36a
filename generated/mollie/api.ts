// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml
// Content sha256 b1f0d0c331907927 (of the text below this banner)

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
