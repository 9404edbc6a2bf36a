import { pointerTarget } from './resolve-ref.js';

type Json = Record<string, unknown>;

/** A reference to a whole component (`#/components/schemas/Pet`): a name every step knows it by. */
const WHOLE_COMPONENT = /^#\/components\/[^/]+\/[^/]+$/;
/** Values that are data, not parts of the description: a `$ref` key in them is an example's field. */
const DATA_KEYS: ReadonlySet<string> = new Set(['const', 'enum', 'example', 'examples', 'default']);
/**
 * Maps whose keys are names, not keywords: a property may be called `default`, and `default` in
 * `responses` is a response (DigitalOcean's refer to one another's).
 */
const NAME_MAPS: ReadonlySet<string> = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
  '$defs',
  'definitions',
  'responses',
  'headers',
  'content',
  'links',
  'callbacks',
]);
/** What an OpenAPI 3.1 reference object may say beside `$ref`, in place of the target's own. */
const REFERENCE_OVERRIDES: ReadonlySet<string> = new Set(['summary', 'description']);

/**
 * Replace every local `$ref` that points inside the document rather than at a whole component by a
 * copy of what it points to: `#/paths/~1teams/get/responses/200/content/application~1json/schema`,
 * `#/components/schemas/Connection/definitions/error` (a Swagger 2 spec converted to OpenAPI 3
 * keeps draft-04's `definitions`), `#/components/schemas/Pet/properties/id`. Specs we did not write
 * have them (Codat's do), and openapi-typescript types such a reference as an index into a type that
 * has no such key (`…['content']['application/json']['schema']`), which does not compile; the
 * validator compiles references to components. A copy means the same wherever it stands.
 *
 * A reference to a whole component stays, as do references to other files (bundled before this)
 * and one that comes back to a reference being inlined (a cycle: it is left for the steps that
 * report it). A `$ref` with keywords beside it (a JSON Schema 2020-12 schema) keeps them, the
 * target joining its `allOf`. Returns whether anything changed; the document is changed in place.
 */
export function inlineInnerReferences(document: Json): boolean {
  let changed = false;
  const inlining: string[] = [];
  /** `names`: the node is a map of names (`properties`), whose keys are not keywords. */
  const visit = (node: unknown, names = false): unknown => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) node[index] = visit(node[index]);
      return node;
    }
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Json;
    const ref = record['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/') && !WHOLE_COMPONENT.test(ref) && !inlining.includes(ref)) {
      const target = pointerTarget(document, ref);
      // Unresolved: left for the step that reports it, with where it is.
      if (target !== undefined) {
        changed = true;
        inlining.push(ref);
        try {
          return withSiblings(visit(structuredClone(target)), record);
        } finally {
          inlining.pop();
        }
      }
    }
    for (const [key, value] of Object.entries(record))
      if (names || !DATA_KEYS.has(key)) record[key] = visit(value, !names && NAME_MAPS.has(key));
    return record;
  };
  visit(document);
  return changed;
}

/** The target in place of `reference`, with what the reference says beside its `$ref`. */
function withSiblings(target: unknown, reference: Json): unknown {
  const { $ref: _ref, ...siblings } = reference;
  const names = Object.keys(siblings);
  if (names.length === 0) return target;
  if (names.every((name) => REFERENCE_OVERRIDES.has(name)) && typeof target === 'object' && target !== null)
    return { ...target, ...siblings };
  const allOf = Array.isArray(siblings['allOf']) ? siblings['allOf'] : [];
  return { ...siblings, allOf: [...allOf, target] };
}
