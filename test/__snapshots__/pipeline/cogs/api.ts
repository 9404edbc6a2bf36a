// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/cogs.yaml (sha256 afa49c42e42d28cc14d035725bc9ec8325cf9afcf1ac6f16bc7492dc8167b40a)

import type { ApiDescription } from '../../../../../src/client-core.js';

/** Cogs API (spec version 1.0): its servers by environment, from the spec. */
export const cogsApi = {
  name: 'cogs',
  title: 'Cogs API',
  servers: { test: 'https://cogs.test', live: 'https://api.cogs.test' },
  defaultEnvironment: 'test',
} as const satisfies ApiDescription<'test' | 'live'>;
