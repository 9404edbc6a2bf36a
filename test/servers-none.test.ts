import { describe, expect, it } from 'vitest';
import { createClientCore } from '../src/client/client-core.js';
import { ConfigurationError } from '../src/errors/errors.js';
import type { ApiDescription } from '../src/types/api-description.js';

// A spec may name no server: the API is one each user hosts, or the spec leaves the host to them.
// Its description has no servers and no default environment, and every client must say where to go.

const NO_SERVERS: ApiDescription = {
  name: 'selfhosted',
  title: 'Self-hosted API',
  servers: {},
  defaultableHeaders: [],
  security: { credentialPrefixes: {} },
};

describe('an API whose spec names no server', () => {
  it('needs a baseUrl: without one, creating a client is a ConfigurationError that says so', () => {
    const create = () => createClientCore(NO_SERVERS, { token: 'tok_selfhosted' });
    expect(create).toThrow(ConfigurationError);
    expect(create).toThrow('Self-hosted API: pass `baseUrl`; the spec names no server to default to.');
  });

  it('goes where baseUrl says', () => {
    const core = createClientCore(NO_SERVERS, { token: 'tok_selfhosted', baseUrl: 'https://api.example.test/v1/' });
    expect(core.baseUrl).toBe('https://api.example.test/v1');
  });
});
