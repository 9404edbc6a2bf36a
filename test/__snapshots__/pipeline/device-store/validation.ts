// GENERATED FILE: do not edit by hand. Regenerate with `npm run generate`.
// Source: specs/device-store.yaml
// Content sha256 d27b2ea57b67c2ec (of the text below this banner)

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
