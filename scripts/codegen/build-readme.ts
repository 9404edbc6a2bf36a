import type { ApiModel } from './api-model.js';
import type { ModuleText } from './emit.js';
import { operationNames, type NameTable } from './names.js';

/** generated/README.md: what lives in the generated folder, per API. */
export function buildGeneratedReadme(apis: readonly ApiModel[], names: NameTable): ModuleText {
  const lines = [
    '# generated/',
    '',
    'Everything in this folder is written by `npm run generate` from the specs listed in `redocly.yaml`.',
    'Do not edit it: change the spec (or the generator in `scripts/`) and regenerate. `npm test` fails',
    'when this folder is stale (`npm run check:generated`).',
    '',
    'Per API, in `<api>/`:',
    '',
    '- `schema.ts`: the spec as TypeScript types (`paths`, `components`, `operations`), from openapi-typescript.',
    '- `types.ts`: a named type per schema, and per operation its `…Request`, `…Body`, `…Response` and `…Error` types.',
    '- `operations/<operation>.ts`: one function per operation, a thin typed call through openapi-fetch.',
    '- `validation.ts`: the schemas of every request and success body, precompiled for `src/validation/`; the success',
    '  bodies also as one `…ResponseSchemas` object, which only `validateResponses` reads (an operation imports its request schema alone).',
    '- `api.ts`: the servers by environment; `client.ts`: `create…Client` and `create…Core`; `index.ts`: the public surface.',
    '',
    '`index.ts` at the top re-exports what the package root offers. Generated code reaches the runtime',
    'through one module only, `src/internal.ts`.',
    '',
    ...table(
      ['API', 'spec', 'operations'],
      apis.map((api) => [
        `\`${api.name}\``,
        `\`${api.specPath}\``,
        api.operations
          .map(
            (operation) =>
              `\`${operationNames(names.get(api.name)!, operation).function}\` (${operation.method.toUpperCase()} \`${operation.path}\`)`,
          )
          .join(', '),
      ]),
    ),
    '',
  ];
  return { path: 'README.md', text: lines.join('\n'), sources: apis };
}

/** A Markdown table with its columns padded to one width, as Prettier lays tables out. */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, column) => Math.max(3, cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}
