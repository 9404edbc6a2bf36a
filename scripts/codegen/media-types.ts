/*
 * How a media type is written and read, as the runtime's body writers and response reading know it
 * (src/request/body-writers.ts, src/operation/read-response.ts): the one place that tells JSON from
 * forms, multipart, text and bytes.
 */

/** The runtime's writer for a request body of `mediaType`, or undefined for plain `application/json` (the default). */
export function bodyWriterFor(mediaType: string): string | undefined {
  const essence = mediaTypeEssence(mediaType);
  if (essence === 'application/json') return undefined;
  if (isJson(essence)) return 'jsonBody';
  if (essence === 'application/x-www-form-urlencoded') return 'formBody';
  if (essence.startsWith('multipart/')) return 'multipartBody';
  if (essence.startsWith('text/')) return 'textBody';
  return 'binaryBody';
}

/** How the runtime reads a success body of `mediaType`: undefined for JSON, `text` for `text/…`, else `binary`. */
export function responseBodyFor(mediaType: string | undefined): 'text' | 'binary' | undefined {
  if (mediaType === undefined) return undefined;
  const essence = mediaTypeEssence(mediaType);
  if (isJson(essence)) return undefined;
  return essence.startsWith('text/') ? 'text' : 'binary';
}

function isJson(essence: string): boolean {
  return essence === 'application/json' || essence.endsWith('+json');
}

function mediaTypeEssence(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}
