import { describe, expect, it } from 'vitest';
import { dropIgnoredHeaderParameters } from '../../scripts/codegen/ignored-parameters.js';

describe('dropIgnoredHeaderParameters', () => {
  it('removes Accept, Content-Type and Authorization headers, in any case and by $ref, and says where', () => {
    const limit = { name: 'limit', in: 'query', schema: { type: 'integer' } };
    const document = {
      paths: {
        '/pets': {
          parameters: [{ name: 'content-type', in: 'header' }, limit],
          get: { parameters: [{ $ref: '#/components/parameters/auth' }, { name: 'X-Trace', in: 'header' }] },
          post: { parameters: [{ name: 'Accept', in: 'query' }] },
        },
      },
      components: { parameters: { auth: { name: 'AUTHORIZATION', in: 'header' } } },
    };
    expect(dropIgnoredHeaderParameters(document)).toEqual([
      { place: '/pets', name: 'content-type' },
      { place: 'GET /pets', name: 'AUTHORIZATION' },
    ]);
    expect(document.paths['/pets'].parameters).toEqual([limit]);
    expect(document.paths['/pets'].get.parameters).toEqual([{ name: 'X-Trace', in: 'header' }]);
    // A query parameter called Accept is the spec's own.
    expect(document.paths['/pets'].post.parameters).toEqual([{ name: 'Accept', in: 'query' }]);
  });

  it('leaves a parameter whose reference does not resolve for the step that reports it', () => {
    const document = { paths: { '/pets': { get: { parameters: [{ $ref: '#/components/parameters/missing' }] } } } };
    expect(dropIgnoredHeaderParameters(document)).toEqual([]);
    expect(document.paths['/pets'].get.parameters).toHaveLength(1);
  });
});
