// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: openapi/mollie.yaml (sha256 9ef928a0e9c340ee260c9e75ff04af050f229099e1509a6afc93e86f5fe8f84a)

import type { ApiDescription } from '../../src/client-core.js';

/** Mollie Sales Invoices API (update) (spec version 2.0): its servers by environment, from the spec. */
export const mollieApi = {
  name: 'mollie',
  title: 'Mollie Sales Invoices API (update)',
  servers: { production: 'https://api.mollie.com' },
  defaultEnvironment: 'production',
} as const satisfies ApiDescription<'production'>;
