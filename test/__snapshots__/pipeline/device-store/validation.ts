// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml (sha256 e5eba3f2d6d57e1c50d50e010fb1f55a7fae1846196dd2e4b9c27620688f62be)

import type { JsonSchema } from '../../../../../src/internal.js';

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
