// `x-token-request-fields`: the token request's extra form fields come from the spec, never from the
// runtime. The generator reads them from the client-credentials flow, refuses a malformed entry naming
// the scheme, puts them in the API description for the runtime and types them in the client's options.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeOutput, type OutputFile } from '../scripts/codegen/emit.js';
import { GenerationError, generate } from '../scripts/codegen/pipeline.js';
import { PROJECT_DIR, fixture, scratchDir } from './helpers/project.js';
import { differFromPrettier } from './helpers/layout.js';
import { typeScriptDiagnostics } from './helpers/typescript.js';

const RUNTIME_DIR = path.join(PROJECT_DIR, 'src');
const FLOW = 'specs/tenants.json: securitySchemes.oauth.flows.clientCredentials.x-token-request-fields';

type Json = Record<string, unknown>;

function contentOf(files: readonly OutputFile[], file: string): string {
  const found = files.find((candidate) => candidate.path === file);
  if (!found) throw new Error(`${file} was not generated`);
  return found.content;
}

/** The fixture spec as data, to change one part of it per case. */
async function fixtureSpec(): Promise<Json> {
  return parse(await readFile(fixture('token-fields', 'specs', 'tenants.yaml'), 'utf8')) as Json;
}

function oauthScheme(spec: Json): Json {
  return ((spec['components'] as Json)['securitySchemes'] as Json)['oauth'] as Json;
}

function clientCredentialsFlow(spec: Json): Json {
  return (oauthScheme(spec)['flows'] as Json)['clientCredentials'] as Json;
}

/** Generate (without the lint) from the fixture spec after `change`, written as JSON into a scratch project. */
async function generateChanged(name: string, change: (spec: Json) => void): Promise<OutputFile[]> {
  const scratch = await scratchDir(`token-fields-${name}`);
  const spec = await fixtureSpec();
  change(spec);
  await writeOutput(scratch, [
    { path: 'redocly.yaml', content: 'apis:\n  tenants:\n    root: specs/tenants.json\n' },
    { path: 'specs/tenants.json', content: JSON.stringify(spec, null, 2) },
  ]);
  return generate({
    configFile: path.join(scratch, 'redocly.yaml'),
    outDir: path.join(scratch, 'generated'),
    runtimeDir: RUNTIME_DIR,
    skipLint: true,
  });
}

/** Generate with the flow's `x-token-request-fields` replaced by `fields`. */
function generateWithFields(name: string, fields: unknown): Promise<OutputFile[]> {
  return generateChanged(name, (spec) => {
    clientCredentialsFlow(spec)['x-token-request-fields'] = fields;
  });
}

describe('x-token-request-fields, declared on the client-credentials flow', () => {
  let files: OutputFile[];
  let scratch: string;
  const byPath = (file: string): string => contentOf(files, file);

  beforeAll(async () => {
    scratch = await scratchDir('token-fields');
    // With the lint: the project's own rules accept the extension where it is declared.
    files = await generate({
      configFile: fixture('token-fields', 'redocly.yaml'),
      outDir: path.join(scratch, 'generated'),
      runtimeDir: RUNTIME_DIR,
    });
    await writeOutput(path.join(scratch, 'generated'), files);
  });

  it('puts each field in the API description, keyed by its option, with its form field and whether it is required', () => {
    expect(byPath('tenants/api.ts')).toContain(
      [
        '  security: {',
        "    clientCredentialsTokenUrl: '/v1/oauth/token',",
        '    clientCredentialsFields: {',
        "      tenantId: { formField: 'tenant', required: false },",
        "      region: { formField: 'region', required: true },",
        '    },',
        '    credentialPrefixes: {},',
        '  },',
      ].join('\n'),
    );
  });

  it("types them in the client's options: an interface over ClientCredentials, each field documented", () => {
    const client = byPath('tenants/client.ts');
    expect(client).toContain(
      [
        '/** The `clientCredentials` of {@link createTenantsClient}, with the token request fields its spec adds (`x-token-request-fields`). */',
        'export interface TenantsClientCredentials extends ClientCredentials {',
        '  /**',
        '   * Limits the token to one tenant.',
        '   *',
        '   * Sent as `tenant` in the token request.',
        '   */',
        '  readonly tenantId?: string;',
        '  /**',
        '   * The region whose servers issue the token.',
        '   *',
        '   * Sent as `region` in the token request.',
        '   */',
        '  readonly region: string;',
        '}',
      ].join('\n'),
    );
    expect(client).toContain(
      [
        'export type TenantsClientOptions = ClientOptions<',
        '  TenantsEnvironment,',
        '  TokenAuthOptions | ClientCredentialsAuthOptions<TenantsClientCredentials>',
        '>;',
      ].join('\n'),
    );
    // Through the runtime's one entry for generated code, with the token source and the base type.
    expect(client).toMatch(
      /import \{[^}]*\bcreateClientCredentialsTokenSource,[^}]*\btype ClientCredentials,[^}]*\} from '(\.\.\/)+src\/internal\.js';/u,
    );
    expect(byPath('tenants/index.ts')).toContain('type TenantsClientCredentials,');
    expect(byPath('index.ts')).toContain('type TenantsClientCredentials,');
  });

  it('compiles, and the credentials type takes the declared fields and refuses others', async () => {
    const consumer = path.join(scratch, 'consumer.ts');
    await writeFile(
      consumer,
      [
        "import { createTenantsClient, type TenantsClientCredentials } from './generated/index.js';",
        '',
        "const base = { clientId: 'id', clientSecret: 'secret' } as const;",
        "const credentials: TenantsClientCredentials = { ...base, tenantId: 'ten_1', region: 'eu' };",
        'createTenantsClient({ clientCredentials: credentials });',
        "createTenantsClient({ clientCredentials: { ...base, region: 'eu', scope: 'tenants:write' } });",
        "createTenantsClient({ token: 'a-token' });",
        '// @ts-expect-error a required field left out',
        'createTenantsClient({ clientCredentials: base });',
        '// @ts-expect-error not a string',
        "createTenantsClient({ clientCredentials: { ...base, region: 'eu', tenantId: 1 } });",
        '// @ts-expect-error a field the spec does not declare',
        "createTenantsClient({ clientCredentials: { ...base, region: 'eu', businessUnit: 'x' } });",
        '',
      ].join('\n'),
    );
    const rootNames = files
      .filter((file) => file.path.endsWith('.ts'))
      .map((file) => path.join(scratch, 'generated', file.path));
    expect(typeScriptDiagnostics([...rootNames, consumer])).toEqual([]);
  });

  it('is laid out as Prettier lays it out', async () => {
    expect(await differFromPrettier(files)).toEqual([]);
  });

  it("adds nothing for a flow without the extension: the runtime's ClientCredentials, no fields", async () => {
    const plain = await generateChanged('absent', (spec) => {
      delete clientCredentialsFlow(spec)['x-token-request-fields'];
    });
    expect(contentOf(plain, 'tenants/api.ts')).toContain(
      "security: { clientCredentialsTokenUrl: '/v1/oauth/token', credentialPrefixes: {} },",
    );
    const client = contentOf(plain, 'tenants/client.ts');
    expect(client).toContain('export type TenantsClientOptions = ClientOptions<TenantsEnvironment>;');
    expect(client).not.toContain('TenantsClientCredentials');
    expect(contentOf(plain, 'tenants/index.ts')).not.toContain('TenantsClientCredentials');
  });
});

describe('x-token-request-fields, refused when malformed, naming the scheme and the entry', () => {
  const entry = (changes: Json): Json => ({
    name: 'tenant',
    option: 'tenantId',
    required: false,
    description: 'Limits the token to one tenant.',
    ...changes,
  });

  it.each<[string, unknown, string]>([
    ['not a list', { name: 'tenant' }, `${FLOW} must be a list of { name, option, required, description } entries.`],
    ['an entry that is not a map', ['tenant'], `${FLOW}[0] must be a map with name, option, required and description.`],
    ['a non-string name', [entry({ name: 42 })], `${FLOW}[0].name must be a non-empty string`],
    ['an empty name', [entry({ name: ' ' })], `${FLOW}[0].name must be a non-empty string`],
    [
      'a name the client sets itself',
      [entry({ name: 'client_secret' })],
      `${FLOW}[0].name "client_secret" is a form field the client sets itself (grant_type, client_id, client_secret, scope).`,
    ],
    [
      'a name declared twice',
      [entry({}), entry({ option: 'otherTenant' })],
      `${FLOW}[1].name "tenant" is declared twice.`,
    ],
    ['a non-string option', [entry({ option: 7 })], `${FLOW}[0].option must be a JavaScript identifier`],
    [
      'an option that is not a JavaScript identifier',
      [entry({ option: 'tenant-id' })],
      `${FLOW}[0].option must be a JavaScript identifier (letters, digits, _ and $, not starting with a digit), the property callers pass the value as; "tenant-id" is not.`,
    ],
    [
      'an option that starts with a digit',
      [entry({ option: '2tenant' })],
      `${FLOW}[0].option must be a JavaScript identifier`,
    ],
    [
      'an option that collides with clientId',
      [entry({ option: 'clientId' })],
      `${FLOW}[0].option "clientId" collides with the client's own \`clientCredentials.clientId\`.`,
    ],
    [
      'an option that collides with clientSecret',
      [entry({ option: 'clientSecret' })],
      `${FLOW}[0].option "clientSecret" collides with the client's own \`clientCredentials.clientSecret\`.`,
    ],
    [
      'an option that collides with scope',
      [entry({ option: 'scope' })],
      `${FLOW}[0].option "scope" collides with the client's own \`clientCredentials.scope\`.`,
    ],
    [
      'an option every object has',
      [entry({ option: '__proto__' })],
      `${FLOW}[0].option "__proto__" collides with a property every JavaScript object has (Object.prototype.__proto__).`,
    ],
    [
      'an option declared twice',
      [entry({}), entry({ name: 'tenant_id' })],
      `${FLOW}[1].option "tenantId" is declared twice.`,
    ],
    ['a required that is not a boolean', [entry({ required: 'no' })], `${FLOW}[0].required must be true or false.`],
    [
      'no description',
      [entry({ description: undefined })],
      `${FLOW}[0].description must be a non-empty string (it documents the option).`,
    ],
    [
      'an unknown key',
      [entry({ in: 'form' })],
      `${FLOW}[0]: unknown key \`in\` (known: name, option, required, description).`,
    ],
  ])('refuses %s', async (label, fields, message) => {
    const attempt = generateWithFields(label.replace(/\W+/g, '-'), fields);
    await expect(attempt).rejects.toThrow(GenerationError);
    await expect(attempt).rejects.toThrow(message);
  });

  it('takes `required` as optional, false when left out', async () => {
    // Written as JSON, the undefined value leaves the key out.
    const files = await generateWithFields('required-left-out', [entry({ required: undefined })]);
    expect(contentOf(files, 'tenants/api.ts')).toContain(
      "clientCredentialsFields: { tenantId: { formField: 'tenant', required: false } },",
    );
  });

  it('refuses the extension on the scheme rather than on its flow', async () => {
    const attempt = generateChanged('on-scheme', (spec) => {
      const scheme = oauthScheme(spec);
      const flow = clientCredentialsFlow(spec);
      scheme['x-token-request-fields'] = flow['x-token-request-fields'];
      delete flow['x-token-request-fields'];
    });
    await expect(attempt).rejects.toThrow(
      "specs/tenants.json: securitySchemes.oauth.x-token-request-fields belongs on the scheme's flows.clientCredentials.",
    );
  });

  it('refuses the extension on a flow other than clientCredentials', async () => {
    const attempt = generateChanged('other-flow', (spec) => {
      (oauthScheme(spec)['flows'] as Json)['authorizationCode'] = {
        authorizationUrl: 'https://tenants.test/authorize',
        tokenUrl: '/v1/oauth/token',
        scopes: {},
        'x-token-request-fields': [entry({})],
      };
    });
    await expect(attempt).rejects.toThrow(
      'specs/tenants.json: securitySchemes.oauth.flows.authorizationCode.x-token-request-fields: the client requests tokens with the clientCredentials flow only.',
    );
  });

  it('refuses two client-credentials flows that declare different fields', async () => {
    const attempt = generateChanged('two-schemes', (spec) => {
      const schemes = (spec['components'] as Json)['securitySchemes'] as Json;
      const copy = JSON.parse(JSON.stringify(schemes['oauth'])) as Json;
      ((copy['flows'] as Json)['clientCredentials'] as Json)['x-token-request-fields'] = [entry({})];
      schemes['partnerOauth'] = copy;
    });
    await expect(attempt).rejects.toThrow(
      'specs/tenants.json: securitySchemes.oauth and partnerOauth declare different x-token-request-fields; the client sends one token request per API.',
    );
  });
});
