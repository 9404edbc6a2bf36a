// What the logging hook receives for each call. Every request goes to a real HTTP server on
// 127.0.0.1 that checks it against the spec with Ajv (test/helpers/contract-server.ts). Shared
// fixtures: test/helpers/responses-and-secrets.ts.
import { describe, expect, it } from 'vitest';
import { isConnectionError, type LogEvent } from '../../src/index.js';
import { useContractServer } from '../helpers/contract-server.js';
import { closedPort, json, type Reply, type TestRequest } from '../helpers/test-server.js';
import {
  SALES_INVOICE_PATH,
  salesInvoiceExample,
  mollieUnavailable,
  rejection,
  mollieMemoCall,
} from '../helpers/responses-and-secrets.js';

let answer: (request: TestRequest) => Reply;
const server = useContractServer((request) => answer(request), { spec: 'both' });

describe('logging hook', () => {
  it('reports request then response, with operationId, attempt, method, URL and status', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json', { 'x-request-id': 'req-42' });
    const events: LogEvent[] = [];
    await mollieMemoCall(server.url, { logger: (event) => events.push(event) });
    const url = server.url + SALES_INVOICE_PATH;
    expect(events.map((event) => event.type)).toEqual(['request', 'response']);
    expect(events[0]).toMatchObject({
      type: 'request',
      operationId: 'updateSalesInvoice',
      attempt: 1,
      method: 'PATCH',
      url,
    });
    expect(events[1]).toMatchObject({
      type: 'response',
      operationId: 'updateSalesInvoice',
      attempt: 1,
      method: 'PATCH',
      url,
      status: 200,
      requestId: 'req-42',
    });
    expect((events[1] as { durationMs: number }).durationMs).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(events)).not.toContain('test_x');
  });

  it('reports each retry with its attempt, delay and reason between the attempts', async () => {
    let calls = 0;
    answer = () =>
      ++calls <= 2
        ? json(503, mollieUnavailable, 'application/hal+json')
        : json(200, salesInvoiceExample, 'application/hal+json');
    const events: LogEvent[] = [];
    await mollieMemoCall(server.url, {
      logger: (event) => events.push(event),
      retry: { initialDelayMs: 15, multiplier: 2, jitter: 0 },
    });
    expect(server.requests).toHaveLength(3);
    expect(events.map((event) => `${event.type}${'attempt' in event ? event.attempt : ''}`)).toEqual([
      'request1',
      'response1',
      'retry1',
      'request2',
      'response2',
      'retry2',
      'request3',
      'response3',
    ]);
    expect(events.filter((event) => event.type === 'response').map((event) => event.status)).toEqual([503, 503, 200]);
    expect(events.filter((event) => event.type === 'retry')).toEqual([
      { type: 'retry', operationId: 'updateSalesInvoice', attempt: 1, delayMs: 15, reason: 'status 503' },
      { type: 'retry', operationId: 'updateSalesInvoice', attempt: 2, delayMs: 30, reason: 'status 503' },
    ]);
  });

  it('redacts an Authorization header that is in the logged request headers', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    const events: LogEvent[] = [];
    await mollieMemoCall(server.url, {
      token: 'test_SECRETKEYxyz123456',
      headers: { Authorization: 'Bearer test_SECRETKEYxyz123456' },
      logger: (event) => events.push(event),
    });
    const request = events.find((event) => event.type === 'request');
    expect(request?.headers['authorization']).toBe('[redacted]');
    expect(JSON.stringify(events)).not.toContain('SECRETKEY');
    expect(server.requests[0]?.headers['authorization']).toBe('Bearer test_SECRETKEYxyz123456');
  });

  it('shows the Authorization header the SDK adds as [redacted]', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    const events: LogEvent[] = [];
    await mollieMemoCall(server.url, { token: 'test_SECRETKEYxyz123456', logger: (event) => events.push(event) });
    expect(server.requests[0]?.headers['authorization']).toBe('Bearer test_SECRETKEYxyz123456');
    const request = events.find((event) => event.type === 'request');
    expect(request?.headers['authorization']).toBe('[redacted]');
    expect(JSON.stringify(events)).not.toContain('SECRETKEY');
  });

  it('reports a connection failure: each attempt, each retry, then the error', async () => {
    const events: LogEvent[] = [];
    const error = await rejection(
      mollieMemoCall(`http://127.0.0.1:${await closedPort()}`, { logger: (event) => events.push(event) }),
    );
    expect(isConnectionError(error)).toBe(true);
    expect(events.map((event) => `${event.type}${'attempt' in event ? event.attempt : ''}`)).toEqual([
      'request1',
      'retry1',
      'request2',
      'retry2',
      'request3',
      'error',
    ]);
    expect(events.filter((event) => event.type === 'retry').map((event) => [event.delayMs, event.reason])).toEqual([
      [1, 'ECONNREFUSED'],
      [2, 'ECONNREFUSED'],
    ]);
    expect(events.at(-1)).toMatchObject({
      type: 'error',
      operationId: 'updateSalesInvoice',
      method: 'PATCH',
      errorName: 'ConnectionError',
      message: (error as Error).message,
    });
  });

  it('a logger that throws does not break the call', async () => {
    answer = () => json(200, salesInvoiceExample, 'application/hal+json');
    let called = 0;
    const result = await mollieMemoCall(server.url, {
      logger: () => {
        called += 1;
        throw new Error('logger broke');
      },
    });
    expect(result).toEqual(salesInvoiceExample);
    expect(called).toBe(2);
  });
});
