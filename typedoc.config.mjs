// TypeDoc configuration for `npm run docs` (TypeScript API reference in docs/ts/).
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  entryPoints: ['src/index.ts'],
  tsconfig: 'tsconfig.json',
  out: 'docs/ts',
  name: 'invoicing-sdk',
  readme: 'none',
  excludePrivate: true,
  excludeInternal: true,
  disableSources: true,
  // Any warning (unknown tag, unresolvable link, ...) fails the build.
  treatWarningsAsErrors: true,
  validation: {
    // Internal types the public API refers to (the generated `paths`/`operations`, JsonSchema)
    // are deliberately not exported; they render as plain type names.
    notExported: false,
    invalidLink: true,
    rewrittenLink: true,
  },
  // {@link} to a symbol of this package that is deliberately not exported (e.g. resolveRetryPolicy)
  // resolves, but has no page; point it at the page itself instead of failing the build.
  externalSymbolLinkMappings: { 'invoicing-sdk': { '*': '#' } },
  // openapi-typescript's JSDoc uses @description, @example, @default, @enum, @constant; src/ uses @default.
  blockTags: [...OptionDefaults.blockTags, '@description', '@example', '@default', '@enum', '@constant', '@format'],
};
