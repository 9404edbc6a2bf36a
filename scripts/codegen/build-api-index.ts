import type { ApiModel, IgnoredHeaderParameter } from './api-model.js';
import { operationNames, operationTypeNames, SCHEMA_MODULE_EXPORTS, type ApiNames } from './names.js';
import type { Statements } from './print-module.js';
import { exportDeclaration } from './statements.js';

/** `<api>/index.ts`: the API's public surface, `invoicing-sdk/<api>`: every module's exports, by name. */
export function buildApiIndex(api: ApiModel, names: ApiNames): Statements {
  const operations = api.operations.map((operation) => operationNames(names, operation));
  return [
    // Where a naming rule gave a name (a spec that is not strict): scripts/README.md, "Specs we did not write".
    ...(names.namingNotes.length === 0
      ? []
      : [
          [
            "// Names given by the generator's naming rules (the spec is not strict; see the package's scripts/README.md):",
            ...names.namingNotes.map((note) => `//   - ${note}`),
            '',
          ].join('\n'),
        ]),
    ...(api.ignoredHeaderParameters === undefined
      ? []
      : [
          `// Left out, as OpenAPI says (the runtime writes these headers from the media types and security schemes): ${ignoredSummary(api.ignoredHeaderParameters)}.\n`,
        ]),
    exportDeclaration('./schema.js', [...SCHEMA_MODULE_EXPORTS], true),
    exportDeclaration('./types.js', [...names.schemaTypes.values(), ...operations.flatMap(operationTypeNames)], true),
    exportDeclaration('./api.js', [names.apiDescription]),
    // For a core that checks responses (`responseSchemas`); the operations' other schemas stay private.
    exportDeclaration('./validation.js', [names.responseSchemas]),
    exportDeclaration('./client.js', [
      names.createClient,
      names.createCore,
      ...[
        names.client,
        ...(names.clientCredentials === undefined ? [] : [names.clientCredentials]),
        ...(names.keyCredentials === undefined ? [] : [names.keyCredentials]),
        names.clientOptions,
        names.core,
        names.environment,
      ].map((name) => `type ${name}`),
    ]),
    // Not the operations' descriptions (`…Operation`): what the runtime reads of the spec is the
    // generator's business and changes with it, so it is not part of the public API.
    ...operations.map((operation) =>
      exportDeclaration(`./operations/${operation.file}.js`, [operation.function, operation.withResponse]),
    ),
  ];
}

/** `3 header parameters named Accept or Content-Type, of GET /pets and 1 other`. */
function ignoredSummary(dropped: readonly IgnoredHeaderParameter[]): string {
  const names = [...new Set(dropped.map((parameter) => parameter.name))].sort();
  const places = [...new Set(dropped.map((parameter) => parameter.place))];
  const others = places.length - 1;
  return `${dropped.length} header parameter${dropped.length === 1 ? '' : 's'} named ${names.join(' or ')}, of ${places[0]}${
    others === 0 ? '' : ` and ${others} other${others === 1 ? '' : 's'}`
  }`;
}
