// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml (sha256 74e18959abe99134e001037c493c5015856690edd566d41da38dd34d02731855)

import type { ApiDescription } from '../../../../../src/internal.js';

/** Cogs API (spec version 1.0): its servers by environment, from the spec. */
export const cogsApi = {
  name: 'cogs',
  title: 'Cogs API',
  servers: { test: 'https://cogs.test', live: 'https://api.cogs.test' },
  defaultEnvironment: 'test',
  defaultableHeaders: ['x-request-tag'],
  security: { credentialPrefixes: {} },
} as const satisfies ApiDescription<'test' | 'live'>;
