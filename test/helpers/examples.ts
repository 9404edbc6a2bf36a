import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_DIR } from './project.js';

type Json = Record<string, unknown>;

/**
 * The named example of an operation's response from a spec in openapi/, so the tests answer with
 * exactly what the contract documents.
 */
export function responseExample(specFile: string, operationId: string, status: string, name: string): unknown {
  const spec = parse(readFileSync(path.join(PROJECT_DIR, 'openapi', specFile), 'utf8')) as Json;
  for (const pathItem of Object.values(spec['paths'] as Json) as Json[]) {
    for (const operation of Object.values(pathItem) as Json[]) {
      if (operation['operationId'] !== operationId) continue;
      let response = (operation['responses'] as Json)[status] as Json;
      const ref = response['$ref'];
      if (typeof ref === 'string')
        response = ref
          .split('/')
          .slice(1)
          .reduce<Json>((node, key) => node[key] as Json, spec);
      const content = Object.values(response['content'] as Json)[0] as Json;
      return ((content['examples'] as Json)[name] as Json)['value'];
    }
  }
  throw new Error(`${specFile}: no example ${name} for ${operationId} ${status}`);
}
