/** The provider's request id of a response: `x-request-id`, or `request-id` as Mollie and others name it. */
export function requestIdOf(headers: Headers): string | undefined {
  return headers.get('x-request-id') ?? headers.get('request-id') ?? undefined;
}
