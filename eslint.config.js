// ESLint, run by `npm run lint` (part of `npm test`, which fails on any finding): typescript-eslint's
// recommended rules on all code, and the import layering that keeps the house easy to change:
//   - src/ never imports scripts/ or generated/ (only src/index.ts re-exports generated/index.ts);
//   - generated code imports the runtime through src/internal.ts only;
//   - a folder of src/ imports only from itself and from the folders below it in RUNTIME_LAYERS.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The runtime's folders, lowest first (src/README.md says what each holds). */
const RUNTIME_LAYERS = [
  'types',
  'redaction',
  'errors',
  'validation',
  'request',
  'transport',
  'auth',
  'client',
  'operation',
];

// Node's globals for the plain JavaScript files (benchmark server, size fixtures); TypeScript checks
// the rest, so `no-undef` is off there as typescript-eslint advises.
const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', 'Buffer', 'fetch', 'URL', 'setTimeout', 'clearTimeout'].map((name) => [name, 'readonly']),
);

const OUTSIDE_THE_RUNTIME = {
  group: ['**/scripts/**', '**/generated/**', '**/test/**', '**/bench/**'],
  message: 'The runtime (src/) imports nothing from the generator, the generated code, the tests or the benchmarks.',
};

/** For the files of one folder: every folder above it, and the two entries on top, are off limits. */
function layerRule(folder, index) {
  const above = [...RUNTIME_LAYERS.slice(index + 1).map((name) => `../${name}/*`), '../index.js', '../internal.js'];
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            OUTSIDE_THE_RUNTIME,
            {
              group: above,
              message: `src/${folder}/ may import only from itself and from the folders below it: ${RUNTIME_LAYERS.slice(0, index).join(', ') || 'none'}.`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'docs/', 'node_modules/', 'test/.output/', 'test/__snapshots__/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // A leading underscore names what is left unused on purpose (a removed field, a callback's argument).
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Matching control characters is the job here: escaping them, refusing them in headers and URIs.
      'no-control-regex': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], languageOptions: { globals: NODE_GLOBALS } },
  {
    files: ['src/*.ts'],
    ignores: ['src/index.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [OUTSIDE_THE_RUNTIME] }] },
  },
  ...RUNTIME_LAYERS.map(layerRule),
  {
    files: ['generated/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/**', '!**/src/internal.js'],
              message: 'Generated code imports the runtime through src/internal.ts only.',
            },
          ],
        },
      ],
    },
  },
);
