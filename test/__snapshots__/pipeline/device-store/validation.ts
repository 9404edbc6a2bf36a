// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml (sha256 98c7965f289795cb5bd0e1fbc4b7aa88e36e597acac7f50d051d895e9fa142ae)

import type { JsonSchema } from '../../../../../src/validation/schema.js';

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
