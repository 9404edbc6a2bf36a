import { createRequire } from 'node:module';

// Redocly's YAML setup alone (js-yaml with its schema), not the whole of @redocly/openapi-core: loading
// that takes 0.3 s, and only a spec referring to other files needs it (see build-types.ts).
const { parseYaml } = createRequire(import.meta.url)('@redocly/openapi-core/lib/js-yaml/index.js') as {
  parseYaml: (text: string, options: { filename: string }) => unknown;
};

/**
 * A YAML or JSON file's content. YAML is read by Redocly's parser, the one the lint and
 * openapi-typescript read the specs with, so every step sees the same values (and it is several
 * times faster than the `yaml` package on a cold start). JSON is YAML too, but JSON.parse reads a
 * spec of many megabytes in a fraction of the time.
 */
export function parseDocument(text: string, file: string): unknown {
  return file.endsWith('.json') ? JSON.parse(text) : parseYaml(text, { filename: file });
}
