// Which statuses sendWithRetries retries, for requests that are repeatable and for those that are
// not. Shared servers and policies: test/helpers/send-with-retries.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionError } from '../../src/errors/errors.js';
import type { OutgoingRequest } from '../../src/transport/outgoing-request.js';
import { closeTestServers, closedPort } from '../helpers/test-server.js';
import { startServer, startScripted, fastPolicy, send, run, get } from '../helpers/send-with-retries.js';

afterEach(async () => {
  await closeTestServers();
});

describe('sendWithRetries: statuses', () => {
  it('retries 503, 503 and resolves with the 200 of the third attempt', async () => {
    const server = await startScripted([503, 503, 200]);
    const { response, events } = await run(get(server.url));
    expect(server.hits).toHaveLength(3);
    expect(response?.status).toBe(200);
    expect(await response?.json()).toEqual({ hit: 3, status: 200 });
    expect(events.map((event) => [event.attempt, event.reason])).toEqual([
      [1, 'status 503'],
      [2, 'status 503'],
    ]);
  });

  it.each([500, 502, 504, 408, 429])('retries %i when the request is repeatable', async (status) => {
    const server = await startScripted([status, 200]);
    const { response } = await run(get(server.url));
    expect(server.hits).toHaveLength(2);
    expect(response?.status).toBe(200);
  });

  it.each([400, 401, 404, 409, 422])('never retries %i', async (status) => {
    const server = await startScripted([status, 200]);
    const { response, events } = await run(get(server.url));
    expect(server.hits).toHaveLength(1);
    expect(response?.status).toBe(status);
    expect(events).toEqual([]);
  });

  it('resolves with the last response, body readable, when attempts run out', async () => {
    const server = await startScripted([503], { 'x-request-id': 'req_1' });
    const { response } = await run(get(server.url), { policy: fastPolicy({ maxAttempts: 3 }) });
    expect(server.hits).toHaveLength(3);
    expect(response?.status).toBe(503);
    expect(response?.headers.get('x-request-id')).toBe('req_1');
    expect(await response?.json()).toEqual({ hit: 3, status: 503 });
  });

  it('returns a 204 with a null body', async () => {
    const server = await startServer(() => ({ status: 204 }));
    const { response } = await run(get(server.url, { method: 'DELETE' }));
    expect(response?.status).toBe(204);
    expect(response?.body).toBeNull();
  });

  it('sends the same PATCH body on every attempt', async () => {
    const server = await startScripted([503, 502, 200]);
    const body = JSON.stringify({ status: 'paid', lines: [{ quantity: 2, description: 'Ünïcode €' }] });
    const request = get(server.url, { method: 'PATCH', body, headers: { 'content-type': 'application/json' } });
    const { response } = await run(request);
    expect(response?.status).toBe(200);
    expect(server.hits).toEqual([
      { method: 'PATCH', body },
      { method: 'PATCH', body },
      { method: 'PATCH', body },
    ]);
    // The body was read once, up front; every attempt was built from that copy.
    expect(request.bodyUsed).toBe(true);
  });
});

describe('sendWithRetries: requests that are not repeatable', () => {
  it('does not retry a 503', async () => {
    const server = await startScripted([503, 200]);
    const { response } = await run(get(server.url, { method: 'PATCH', body: '{}' }), { repeatable: false });
    expect(server.hits).toHaveLength(1);
    expect(response?.status).toBe(503);
  });

  it('retries a 429, which proves the request was not processed', async () => {
    const server = await startScripted([429, 200]);
    const { response } = await run(get(server.url, { method: 'PATCH', body: '{}' }), { repeatable: false });
    expect(server.hits).toHaveLength(2);
    expect(response?.status).toBe(200);
  });

  it('retries a refused connection and ends in ConnectionError with maybeSent false', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/v1/things`;
    let calls = 0;
    const counting = (request: OutgoingRequest): Promise<Response> => ((calls += 1), send(request));
    const { error, events } = await run(get(url, { method: 'PATCH', body: '{}' }), {
      repeatable: false,
      send: counting,
    });
    expect(calls).toBe(3);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({
      maybeSent: false,
      code: 'ECONNREFUSED',
      refusedBeforeSending: undefined,
      attempts: 3,
      method: 'PATCH',
      url,
    });
    expect((error as Error).message).toBe(
      `PATCH ${url}: no response (ECONNREFUSED, request not sent) after 3 attempts`,
    );
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expect(events.map((event) => event.reason)).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
  });

  it('does not retry a connection reset after the request arrived: ConnectionError with maybeSent true', async () => {
    const server = await startServer(() => ({ kind: 'close-before-headers' }));
    const { error } = await run(get(server.url, { method: 'PATCH', body: '{}' }), { repeatable: false });
    expect(server.hits).toHaveLength(1);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ maybeSent: true, attempts: 1 });
  });
});
