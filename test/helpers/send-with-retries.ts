/*
 * Shared by test/send-with-retries/: the retry engine against a real HTTP server on 127.0.0.1
 * (./test-server.ts), sending with Node's own fetch. Each test scripts the server per request (by
 * its 1-based hit number) and asserts how many requests the server saw and how the call ended.
 * Policies use delays of a few milliseconds.
 */
import { requestInit, type OutgoingRequest } from '../../src/transport/outgoing-request.js';
import { resolveRetryPolicy, type RetryPolicy } from '../../src/transport/retry-policy.js';
import {
  sendWithRetries,
  type RetryEvent,
  type SendWithRetriesOptions,
} from '../../src/transport/send-with-retries.js';
import { startTestServer, type Answer } from './test-server.js';

export interface Hit {
  readonly method: string;
  readonly body: string;
}

/** Answers request number `hit` (1-based): a reply, or a fault (hang, drip, drop the connection). */
export type Handler = (hit: number) => Answer;

export interface Server {
  readonly url: string;
  readonly hits: Hit[];
}

export async function startServer(handler: Handler): Promise<Server> {
  let hit = 0;
  const server = await startTestServer(() => handler((hit += 1)));
  return {
    url: `${server.url}/v1/things`,
    get hits() {
      return server.requests.map(({ method, body }) => ({ method, body }));
    },
  };
}

/** A server answering the given statuses in turn (the last one repeats). */
export function startScripted(statuses: readonly number[], headers: Record<string, string> = {}): Promise<Server> {
  return startServer((hit) => {
    const status = statuses[Math.min(hit, statuses.length) - 1] ?? 200;
    return { status, headers: { 'content-type': 'application/json', ...headers }, body: { hit, status } };
  });
}

/** Small delays everywhere, no jitter unless a test asks for it. */
export function fastPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  return resolveRetryPolicy({
    initialDelayMs: 10,
    maxDelayMs: 40,
    attemptTimeoutMs: 2000,
    totalTimeoutMs: 5000,
    ...overrides,
  });
}

export const send = (request: OutgoingRequest): Promise<Response> => fetch(request.url, requestInit(request));

/** Run the engine, recording RetryEvents and the elapsed time. */
export async function run(
  request: Request,
  options: Partial<SendWithRetriesOptions> & { readonly send?: (request: OutgoingRequest) => Promise<Response> } = {},
): Promise<{ response?: Response; error?: unknown; events: RetryEvent[]; elapsedMs: number }> {
  const events: RetryEvent[] = [];
  const startedAt = performance.now();
  try {
    const response = await sendWithRetries(request, options.send ?? send, {
      policy: options.policy ?? fastPolicy(),
      repeatable: options.repeatable ?? true,
      signal: options.signal,
      onRetry: (event) => events.push(event),
      random: options.random ?? (() => 0),
    });
    return { response, events, elapsedMs: performance.now() - startedAt };
  } catch (error) {
    return { error, events, elapsedMs: performance.now() - startedAt };
  }
}

export const get = (url: string, init?: RequestInit): Request => new Request(url, init);

/** A server that accepts the request and never answers. */
export const hang: Handler = () => ({ kind: 'hang' });

/** Headers at once, then one byte of a 20-byte body every 200 ms. */
export const drip: Handler = () => ({
  kind: 'drip',
  status: 200,
  headers: { 'content-type': 'text/plain' },
  body: 'x'.repeat(20),
  intervalMs: 200,
});
