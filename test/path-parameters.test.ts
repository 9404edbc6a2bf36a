import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClientCore, type ClientCore } from '../src/client/client-core.js';
import { RequestValidationError } from '../src/errors/errors.js';
import { callOperation } from '../src/operation/call-operation.js';
import type { OperationDescription } from '../src/operation/operation-types.js';
import type { ApiDescription } from '../src/types/api-description.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

// A path parameter is sent as the text it was checked as: a string as it is, and a number or a
// boolean, where its schema's type allows one, as `String(value)`, which is what the types
// (openapi-typescript's `petId: number`) have callers pass. GitHub's spec has 37 operations with
// an integer path parameter that could not be called before.

const API: ApiDescription<'test'> = {
  name: 'pets',
  title: 'Pets',
  servers: { test: 'http://127.0.0.1:1' },
  defaultEnvironment: 'test',
  defaultableHeaders: [],
  security: { credentialPrefixes: {} },
};

/** As the generator writes it for `GET /pets/{petId}/{flag}` of a spec without patterns (strict: false). */
const GET_PET: OperationDescription = {
  operationId: 'getPet',
  method: 'GET',
  path: '/pets/{petId}/{flag}',
  pathParameters: { petId: /^(?!\.{1,2}$).+$/u, flag: /^(?!\.{1,2}$).+$/u },
  accept: 'application/json',
  retry: { repeatable: true },
  requestSchema: {
    type: 'object',
    properties: {
      path: {
        type: 'object',
        properties: { petId: { type: 'integer' }, flag: { type: ['boolean', 'string'] } },
        required: ['petId', 'flag'],
      },
    },
  },
};

interface Paths {
  '/pets/{petId}/{flag}': {
    get: {
      parameters: { path: { petId: number; flag: boolean | string } };
      responses: { 200: { content: { 'application/json': { ok: boolean } } } };
    };
  };
}
type PetRequest = { readonly path: { readonly petId: unknown; readonly flag: unknown } };

let server: TestServer;
let core: ClientCore<Paths>;
beforeAll(async () => {
  server = await startTestServer(() => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body: { ok: true },
  }));
  core = createClientCore<Paths, 'test'>(API, { baseUrl: server.url, token: 'tok_path_params', retry: false });
});
afterAll(() => server.close());

function getPet(request: PetRequest, options?: { validateRequest?: boolean }): Promise<unknown> {
  return callOperation<unknown, unknown, PetRequest>(core, GET_PET, request, options, (init, sent) =>
    core.http.GET('/pets/{petId}/{flag}', {
      params: { path: sent.path as Paths['/pets/{petId}/{flag}']['get']['parameters']['path'] },
      ...init,
    }),
  );
}

describe('a path parameter of a scalar type', () => {
  it.each([
    [{ petId: 1, flag: true }, '/pets/1/true'],
    [{ petId: 0, flag: 'x y' }, '/pets/0/x%20y'],
    [{ petId: -42, flag: false }, '/pets/-42/false'],
  ])('is sent as its text: %j → %s', async (path, sentPath) => {
    const before = server.requests.length;
    await expect(getPet({ path })).resolves.toEqual({ ok: true });
    expect(server.requests.slice(before).map((request) => request.url)).toEqual([sentPath]);
  });

  it.each([
    [{ petId: '1', flag: true }, '/path/petId: must be an integer (type)'],
    [{ petId: 1.5, flag: true }, '/path/petId: must be an integer (type)'],
    [{ petId: Number.NaN, flag: true }, '/path/petId: must be an integer (type)'],
    [{ petId: 1, flag: 3 }, '/path/flag: must be a boolean or a string (type)'],
    [{ petId: {}, flag: true }, '/path/petId: must be an integer (type)'],
  ])('of the wrong type is refused before sending: %j', async (path, issue) => {
    const before = server.requests.length;
    const error = await getPet({ path }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as Error).message).toContain(issue);
    expect(server.requests.length).toBe(before);
  });

  it('is still refused when it cannot be written, with the spec check off', async () => {
    const before = server.requests.length;
    for (const petId of [Number.POSITIVE_INFINITY, {}, [], null]) {
      const error = await getPet({ path: { petId, flag: true } }, { validateRequest: false }).catch(
        (caught: unknown) => caught,
      );
      expect(error, String(petId)).toBeInstanceOf(RequestValidationError);
    }
    expect(server.requests.length).toBe(before);
  });

  it('keeps a string-typed parameter a string: a number is refused', async () => {
    const stringTyped: OperationDescription = {
      ...GET_PET,
      requestSchema: {
        type: 'object',
        properties: { path: { type: 'object', properties: { petId: { type: 'string' }, flag: { type: 'string' } } } },
      },
    };
    const error = await callOperation(
      core,
      stringTyped,
      { path: { petId: 1, flag: 'x' } },
      { validateRequest: false },
      () => {
        throw new Error('must not be sent');
      },
    ).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain('/path/petId: must be a string (type)');
  });
});
