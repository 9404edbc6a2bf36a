import type { Rule, Validator } from '../rule.js';
import type { JsonSchema } from '../schema.js';
import { escapePointer } from '../json-pointer.js';
import { isPlainObject, plural } from './values.js';

/**
 * `patternProperties`, with the `additionalProperties` beside it (which then applies only to the
 * fields neither `properties` nor a pattern names). `additional`: `false` for a closed object, a
 * schema for the other fields' values, or absent.
 */
export function patternProperties(
  patterns: readonly (readonly [RegExp, JsonSchema])[],
  additional?: false | JsonSchema,
): Rule {
  /** Each schema a field's value must meet, or `false` when it may not be there. */
  const schemasOf = (key: string, schema: JsonSchema): JsonSchema[] | false => {
    const matching = patterns.filter(([pattern]) => pattern.test(key)).map(([, child]) => child);
    if (matching.length > 0 || (schema.properties !== undefined && Object.hasOwn(schema.properties, key)))
      return matching;
    return additional === undefined ? [] : additional === false ? false : [additional];
  };
  const each = (
    value: Record<string, unknown>,
    schema: JsonSchema,
    visit: (key: string, child: unknown, schemas: JsonSchema[] | false) => boolean,
  ): boolean => {
    for (const key of Object.keys(value)) {
      const child = value[key];
      if (child !== undefined && !visit(key, child, schemasOf(key, schema))) return false;
    }
    return true;
  };
  return {
    matches: (value, validator, schema) =>
      !isPlainObject(value) ||
      each(
        value,
        schema,
        (_, child, schemas) => schemas !== false && schemas.every((child_) => validator.matches(child_, child)),
      ),
    check: (value, path, issues, validator, schema) => {
      if (!isPlainObject(value)) return;
      each(value, schema, (key, child, schemas) => {
        const at = `${path}/${escapePointer(key)}`;
        if (schemas === false)
          issues.push({ path: at, rule: 'additionalProperties', message: 'is not a field the API accepts' });
        else for (const child_ of schemas) validator.check(child_, child, at, issues);
        return true;
      });
    },
    evaluatedProperties: (value) =>
      additional !== undefined ||
      (isPlainObject(value) ? Object.keys(value).filter((key) => patterns.some(([pattern]) => pattern.test(key))) : []),
  };
}

/** `maxProperties`: at most `limit` fields (fields set to `undefined` are not sent, so not counted). */
export function maxProperties(limit: number): Rule {
  const matches = (value: unknown): boolean =>
    !isPlainObject(value) || Object.values(value).filter((child) => child !== undefined).length <= limit;
  return {
    matches,
    check: (value, path, issues) => {
      if (!matches(value))
        issues.push({ path, rule: 'maxProperties', message: `must have at most ${limit} field${plural(limit)}` });
    },
  };
}

/** `propertyNames`: every field's name must meet `names` (a string schema). */
export function propertyNames(names: JsonSchema): Rule {
  return {
    matches: (value, validator) =>
      !isPlainObject(value) || Object.keys(value).every((key) => validator.matches(names, key)),
    check: (value, path, issues, validator) => {
      if (!isPlainObject(value)) return;
      for (const key of Object.keys(value)) {
        const found: Parameters<Validator['check']>[3] = [];
        validator.check(names, key, '', found);
        for (const issue of found)
          issues.push({
            path: `${path}/${escapePointer(key)}`,
            rule: 'propertyNames',
            message: `name ${issue.message}`,
          });
      }
    },
  };
}

/** `dependentRequired`: when the field `key` is present, the fields listed for it must be too. */
export function dependentRequired(dependencies: Readonly<Record<string, readonly string[]>>): Rule {
  const missing = (value: Record<string, unknown>): [string, string][] =>
    Object.entries(dependencies).flatMap(([key, needed]) =>
      value[key] === undefined || !Object.hasOwn(value, key)
        ? []
        : needed
            .filter((name) => !Object.hasOwn(value, name) || value[name] === undefined)
            .map((name) => [key, name] as [string, string]),
    );
  return {
    matches: (value) => !isPlainObject(value) || missing(value).length === 0,
    check: (value, path, issues) => {
      if (!isPlainObject(value)) return;
      for (const [key, name] of missing(value))
        issues.push({
          path: `${path}/${escapePointer(name)}`,
          rule: 'dependentRequired',
          message: `is required when ${key} is present`,
        });
    },
  };
}

/** `dependentSchemas`: when the field `key` is present, the whole object must meet its schema. */
export function dependentSchemas(dependencies: Readonly<Record<string, JsonSchema>>): Rule {
  const applying = (value: Record<string, unknown>): JsonSchema[] =>
    Object.entries(dependencies)
      .filter(([key]) => Object.hasOwn(value, key) && value[key] !== undefined)
      .map(([, schema]) => schema);
  return {
    matches: (value, validator) =>
      !isPlainObject(value) || applying(value).every((schema) => validator.matches(schema, value)),
    check: (value, path, issues, validator) => {
      if (isPlainObject(value)) for (const schema of applying(value)) validator.check(schema, value, path, issues);
    },
    appliedSchemas: (value) => (isPlainObject(value) ? applying(value) : []),
  };
}
