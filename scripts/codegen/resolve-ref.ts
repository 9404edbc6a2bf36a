import { GenerationError } from './generation-error.js';
import { unescapePointer } from '../../src/validation/json-pointer.js';

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
    let target: unknown = document;
    for (const segment of ref.slice(2).split('/')) target = (target as Json | undefined)?.[unescapePointer(segment)];
    if (target === undefined) throw new GenerationError(`Unresolved reference "${ref}".`);
    current = target;
  }
  return current;
}

function refOf(node: unknown): string | undefined {
  const ref = (node as Json | undefined)?.['$ref'];
  return typeof ref === 'string' ? ref : undefined;
}
