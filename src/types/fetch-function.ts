/** A `fetch` that takes a `Request`, as openapi-fetch calls it. */
export type FetchFunction = (request: Request) => Promise<Response>;
