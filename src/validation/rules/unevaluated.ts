import type { Rule, Validator } from '../rule.js';
import type { JsonSchema } from '../schema.js';
import { escapePointer } from '../json-pointer.js';
import { isPlainObject } from './values.js';

/**
 * Which fields of an object (or items of an array) the schema's other keywords evaluated, as JSON
 * Schema 2020-12 collects annotations: its own `properties`, `patternProperties`,
 * `additionalProperties`, `prefixItems`, `items`, `contains`, and those of every subschema applied
 * in place that the value passes (`allOf`, the `anyOf`/`oneOf` branches it matches, `if` with
 * `then` or `else`, `dependentSchemas`, `$ref`); `not` contributes nothing. `true`: all of them.
 */
type Evaluated = true | Set<string>;

function evaluated(schema: JsonSchema, value: unknown, validator: Validator, items: boolean, self: Rule): Evaluated {
  const found = new Set<string>();
  const visit = (current: JsonSchema): boolean => {
    if (!items && current.additionalProperties !== undefined) return true;
    if (items && current.items !== undefined) return true;
    if (!items && current.properties !== undefined && isPlainObject(value))
      for (const key of Object.keys(value)) if (Object.hasOwn(current.properties, key)) found.add(key);
    for (const rule of current.rules ?? []) {
      if (rule === self) continue;
      const own = (items ? rule.evaluatedItems : rule.evaluatedProperties)?.(value, validator);
      if (own === true) return true;
      for (const key of own ?? []) found.add(key);
      for (const applied of rule.appliedSchemas?.(value, validator) ?? []) if (visit(applied)) return true;
    }
    const passing = [
      ...(current.allOf ?? []),
      ...[...(current.anyOf ?? []), ...(current.oneOf ?? [])].filter((branch) => validator.matches(branch, value)),
    ];
    return passing.some(visit);
  };
  return visit(schema) ? true : found;
}

/**
 * `unevaluatedProperties`: the fields no other keyword of the schema evaluated must meet `rest`
 * (`false`: there may be none, a closed object across `allOf` and its branches).
 */
export function unevaluatedProperties(rest: JsonSchema | false): Rule {
  // eslint-disable-next-line prefer-const -- assigned once, below, and read by `others` on calls
  let self: Rule;
  const others = (value: Record<string, unknown>, validator: Validator, schema: JsonSchema): string[] => {
    const seen = evaluated(schema, value, validator, false, self);
    return seen === true ? [] : Object.keys(value).filter((key) => !seen.has(key) && value[key] !== undefined);
  };
  self = {
    matches: (value, validator, schema) =>
      !isPlainObject(value) ||
      others(value, validator, schema).every((key) => rest !== false && validator.matches(rest, value[key])),
    check: (value, path, issues, validator, schema) => {
      if (!isPlainObject(value)) return;
      for (const key of others(value, validator, schema)) {
        const at = `${path}/${escapePointer(key)}`;
        if (rest === false)
          issues.push({ path: at, rule: 'unevaluatedProperties', message: 'is not a field the API accepts' });
        else validator.check(rest, value[key], at, issues);
      }
    },
    evaluatedProperties: () => true,
  };
  return self;
}

/** `unevaluatedItems`: the items no other keyword evaluated must meet `rest` (`false`: there may be none). */
export function unevaluatedItems(rest: JsonSchema | false): Rule {
  // eslint-disable-next-line prefer-const -- assigned once, below, and read by `others` on calls
  let self: Rule;
  const others = (value: readonly unknown[], validator: Validator, schema: JsonSchema): number[] => {
    const seen = evaluated(schema, value, validator, true, self);
    return seen === true ? [] : value.map((_, index) => index).filter((index) => !seen.has(String(index)));
  };
  self = {
    matches: (value, validator, schema) =>
      !Array.isArray(value) ||
      others(value, validator, schema).every((index) => rest !== false && validator.matches(rest, value[index])),
    check: (value, path, issues, validator, schema) => {
      if (!Array.isArray(value)) return;
      for (const index of others(value, validator, schema)) {
        if (rest === false)
          issues.push({
            path: `${path}/${index}`,
            rule: 'unevaluatedItems',
            message: 'is not an item the API accepts',
          });
        else validator.check(rest, value[index], `${path}/${index}`, issues);
      }
    },
    evaluatedItems: () => true,
  };
  return self;
}
