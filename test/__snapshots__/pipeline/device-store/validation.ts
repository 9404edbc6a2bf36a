// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml
// Content sha256 a9a5438331c9ae9b (of the text below this banner)

import type { JsonSchema, ResponseSchemas } from '../../../../../src/internal.js';

/** Everything archiveDevice sends, as one value: `{ path, query, header, body }`. */
export const archiveDeviceRequestSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['path'],
  properties: {
    path: {
      type: 'object',
      additionalProperties: false,
      required: ['deviceId'],
      properties: { deviceId: { type: 'string', minLength: 4, maxLength: 40, pattern: /^dev_[0-9]+$/u } },
    },
  },
};
/**
 * Every success body `validateResponses` checks, by operationId and status. A full client has them;
 * pass them to a core as `responseSchemas`. Only an app that imports them carries them.
 */
export const deviceStoreResponseSchemas: ResponseSchemas = { api: 'device-store', operations: {} };
