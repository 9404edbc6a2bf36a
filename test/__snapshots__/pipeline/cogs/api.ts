// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml
// Content sha256 2bd9d31b4677fdf4 (of the text below this banner)

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
