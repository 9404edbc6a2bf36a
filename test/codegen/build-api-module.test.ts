import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../../scripts/codegen/api-model.js';
import { buildApiModule } from '../../scripts/codegen/build-api-module.js';
import { api, namesOf, operation, printed } from './model-fixture.js';

function apiModuleOf(overrides: Partial<ApiModel>): string {
  const model = api(overrides);
  return printed(buildApiModule(model, namesOf(model), { fromApiDir: '../../src' }));
}

const TENANT_FIELD = { name: 'tenant_id', option: 'tenantId', required: true, description: 'The tenant.' };

describe('buildApiModule', () => {
  it('describes the servers by environment, the first the default', () => {
    const text = apiModuleOf({});
    expect(text).toContain("import type { ApiDescription } from '../../src/internal.js';");
    expect(text).toContain('export const widgetsApi = {');
    expect(text).toContain("  servers: { live: 'https://api.widgets.test', sandbox: 'https://sandbox.widgets.test' },");
    expect(text).toContain("  defaultEnvironment: 'live',");
    expect(text).toContain("} as const satisfies ApiDescription<'live' | 'sandbox'>;");
  });

  it('lets clients default every header parameter but the idempotency keys', () => {
    const text = apiModuleOf({
      operations: [
        operation({
          headerParameters: [
            { name: 'X-Tenant', required: true, schema: {} },
            { name: 'Idempotency-Key', required: false, schema: {} },
          ],
          retry: { repeatable: false, notRepeatableWhen: [], idempotencyHeader: 'Idempotency-Key' },
        }),
      ],
    });
    expect(text).toContain("  defaultableHeaders: ['X-Tenant'],\n  idempotencyHeaders: ['Idempotency-Key'],");
  });

  it.each<[string, ApiModel['security'], string | undefined]>([
    [
      'no client-credentials flow',
      { clientCredentialsTokenUrl: undefined, credentialPrefixes: {}, tokenRequestFields: [] },
      undefined,
    ],
    [
      'a client-credentials flow',
      { clientCredentialsTokenUrl: '/oauth/token', credentialPrefixes: {}, tokenRequestFields: [] },
      "clientCredentialsTokenUrl: '/oauth/token'",
    ],
    [
      'extra token request fields',
      { clientCredentialsTokenUrl: '/oauth/token', credentialPrefixes: {}, tokenRequestFields: [TENANT_FIELD] },
      "clientCredentialsFields: { tenantId: { formField: 'tenant_id', required: true } }",
    ],
  ])('tells the runtime of %s', (_label, security, expected) => {
    const text = apiModuleOf({ security });
    if (expected === undefined) expect(text).toContain('  security: { credentialPrefixes: {} },');
    else expect(text).toContain(expected);
  });
});
