// Redocly plugin: lint rules that keep a spec fit for code generation and request validation.
// Loaded by redocly.yaml (`plugins:`); the rule names are `codegen/<rule>`.

/** True when a parameter carries an identifier: every path parameter, or a name ending in id. */
function isIdentifierParameter(parameter) {
  return parameter.in === 'path' || /(?:^|[_-])id$|[a-z]Id$/i.test(parameter.name ?? '');
}

/** Every property of every schema explains itself, directly or through the schema it references. */
function propertyDescription() {
  return {
    SchemaProperties: {
      enter(properties, ctx) {
        for (const [name, property] of Object.entries(properties)) {
          if (typeof property?.description === 'string' && property.description.trim() !== '') continue;
          const target = property?.$ref ? ctx.resolve(property).node : undefined;
          if (typeof target?.description === 'string' && target.description.trim() !== '') continue;
          ctx.report({
            message: `Property \`${name}\` needs a description (it becomes the field's JSDoc).`,
            location: ctx.location.child([name]).key(),
          });
        }
      },
    },
  };
}

/** Identifier parameters are constrained by a pattern, so no value can change the request's target. */
function identifierParameterPattern() {
  return {
    Parameter: {
      enter(parameter, ctx) {
        if (!isIdentifierParameter(parameter) || !parameter.schema) return;
        const schema = parameter.schema.$ref ? ctx.resolve(parameter.schema).node : parameter.schema;
        if (typeof schema?.pattern === 'string') return;
        ctx.report({
          message: `Identifier parameter \`${parameter.name}\` needs a schema \`pattern\`.`,
          location: ctx.location.child(['schema']),
        });
      },
    },
  };
}

/** `x-id-prefix` and `pattern` must agree, or the types and the validator would disagree. */
function idPrefixMatchesPattern() {
  return {
    Schema: {
      enter(schema, ctx) {
        const prefix = schema['x-id-prefix'];
        if (prefix === undefined) return;
        const escaped = String(prefix).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (
          typeof prefix === 'string' &&
          typeof schema.pattern === 'string' &&
          schema.pattern.startsWith(`^${escaped}`)
        )
          return;
        ctx.report({
          message: `\`x-id-prefix: ${prefix}\` needs a \`pattern\` that starts with \`^${prefix}\`.`,
          location: ctx.location.child(['x-id-prefix']),
        });
      },
    },
  };
}

export default function codegenRulesPlugin() {
  return {
    id: 'codegen',
    rules: {
      oas3: {
        'property-description': propertyDescription,
        'identifier-parameter-pattern': identifierParameterPattern,
        'id-prefix-matches-pattern': idPrefixMatchesPattern,
      },
    },
  };
}
