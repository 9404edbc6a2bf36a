import { GenerationError } from './generation-error.js';
import { pointerKeys } from '../../src/validation/json-pointer.js';

type Json = Record<string, unknown>;

/**
 * Follow a local `$ref`, and the `$ref` its target may be in turn, to the object at the end of the
 * chain; a node that is no reference is returned as it is. The generator's one resolver: read-spec.ts
 * resolves every parameter, request body, response and header with it, once.
 *
 * It follows the chain only, not the references inside the object it arrives at: a recursive schema
 * (one whose properties refer back to it) is fine and stays a reference. A chain that comes back to
 * a pointer it passed through has no end, and fails naming that pointer.
 */
export function resolveRef(document: Json, node: unknown): unknown {
  const seen = new Set<string>();
  let current = node;
  for (let ref = refOf(current); ref !== undefined; ref = refOf(current)) {
    if (!ref.startsWith('#/')) throw new GenerationError(`Only local references are supported, found "${ref}".`);
    if (seen.has(ref)) throw new GenerationError(`Reference cycle at "${ref}".`);
    seen.add(ref);
    const target = pointerTarget(document, ref);
    if (target === undefined) throw new GenerationError(`Unresolved reference "${ref}".`);
    current = target;
  }
  return current;
}

/**
 * What a local reference's pointer arrives at, or undefined. A pointer may pass through a reference
 * on its way (`#/paths/~1teams/get/responses/200/content/application~1json/schema/properties/id`,
 * where `schema` is a `$ref` to a component): there it goes on in the reference's target, as the
 * lint resolves it. A reference passed through twice on the way ends the walk (undefined).
 */
export function pointerTarget(document: Json, ref: string): unknown {
  const passed = new Set<string>();
  let target: unknown = document;
  for (const key of pointerKeys(fragmentPointer(ref))) {
    for (let inner = refOf(target); inner?.startsWith('#/') === true && !hasKey(target, key); inner = refOf(target)) {
      if (passed.has(inner)) return undefined;
      passed.add(inner);
      target = pointerTarget(document, inner);
    }
    if (!hasKey(target, key)) return undefined;
    target = (target as Json)[key];
  }
  return target;
}

function hasKey(node: unknown, key: string): boolean {
  return typeof node === 'object' && node !== null && Object.hasOwn(node, key);
}

function refOf(node: unknown): string | undefined {
  const ref = (node as Json | undefined)?.['$ref'];
  return typeof ref === 'string' ? ref : undefined;
}

/**
 * The JSON pointer a `#…` reference holds. In a URI fragment the pointer is percent-encoded (RFC 6901,
 * section 6): `#/paths/~1users~1%7Bid%7D` names the path `/users/{id}`, as the lint reads it. A `%`
 * that starts no escape is read as itself, as a spec written by hand may mean it.
 */
export function fragmentPointer(ref: string): string {
  const pointer = ref.slice(1);
  try {
    return decodeURIComponent(pointer);
  } catch {
    return pointer;
  }
}
