// Media types: each request body and response is served as the documented media type, with an
// object schema.
// Sources are cited per row; the legend and the shared model: test/helpers/contract-places.ts.
import { describe, expect, it } from 'vitest';
import {
  PROVIDER,
  type Place,
  specOf,
  titled,
  INVOICE_STATUS,
  BILL_BODY,
  MOLLIE_BODY,
  MOLLIE_200,
  MOLLIE_ERRORS,
} from '../helpers/contract-places.js';

interface MediaRow extends Place {
  media: string;
  title: string;
}

const mediaRow = (place: Place, media: string): MediaRow => ({
  ...place,
  media,
  title: `${PROVIDER[place.op]} ${place.op} ${place.at} is served as ${media}`,
});

const mediaRows: MediaRow[] = [
  mediaRow(INVOICE_STATUS, 'application/json'), // seed 000 "Body application/json"
  mediaRow(BILL_BODY, 'application/json'), // seed 001 "Body application/json"
  mediaRow(MOLLIE_BODY, 'application/json'), // mollie-api.md §1 request media type
  mediaRow(MOLLIE_200, 'application/hal+json'), // seed 004 "application/hal+json"; mollie-api.md §1
  ...MOLLIE_ERRORS.map((place) => mediaRow(place, 'application/hal+json')), // mollie-api.md §4
];

describe('media types', () => {
  it.each(titled(mediaRows))('%s', (_title, row) => {
    const spec = specOf(row.op);
    expect(spec.mediaTypes(row.op, row.at), `${row.op} ${row.at} media types`).toContain(row.media);
    expect(spec.valueTypes(spec.bodySchema(row.op, row.at, row.media)), `${row.op} ${row.at} schema`).toEqual([
      'object',
    ]);
  });
});
