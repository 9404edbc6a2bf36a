/** JSON pointers (RFC 6901): the one place their `~0`/`~1` escaping is written, for the runtime and the generator. */

/** A key as one pointer segment: `~` as `~0`, `/` as `~1`. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** One pointer segment back to its key (`~1` first, so that `~01` reads as `~1`). */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The keys a pointer names, in order: `/a~1b/0` → `['a/b', '0']`; `''` → `[]`. */
export function pointerKeys(pointer: string): string[] {
  return pointer === '' ? [] : pointer.split('/').slice(1).map(unescapePointer);
}
