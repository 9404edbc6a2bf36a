import { describe, expect, it } from 'vitest';
import type { ApiModel } from '../../scripts/codegen/api-model.js';
import { buildClientModule } from '../../scripts/codegen/build-client-module.js';
import { api, namesOf, operation, printed } from './model-fixture.js';

function clientOf(overrides: Partial<ApiModel>): string {
  const model = api(overrides);
  return printed(buildClientModule(model, namesOf(model), { fromApiDir: '../../src' }));
}

const TOKEN_URL = { clientCredentialsTokenUrl: '/oauth/token', credentialPrefixes: {}, tokenRequestFields: [] };
const TENANT_FIELD = { name: 'tenant_id', option: 'tenantId', required: false, description: 'The tenant.' };

describe('buildClientModule', () => {
  it('imports each operation’s function with the response, and makes every operation a method of the client', () => {
    const text = clientOf({
      operations: [operation(), operation({ operationId: 'list-widgets', summary: undefined })],
    });
    expect(text).toContain("import { getWidgetWithResponse } from './operations/get-widget.js';");
    expect(text).toContain("import { listWidgetsWithResponse } from './operations/list-widgets.js';");
    expect(text).toContain(
      '  /** list-widgets. See {@link listWidgets}; `.withResponse()` on the result gives the response too. */',
    );
    expect(text).toContain(
      '    getWidget: (request, callOptions) => apiPromise(getWidgetWithResponse(core, request, callOptions)),',
    );
  });

  it.each<[string, Partial<ApiModel>, string, string[]]>([
    [
      'a bearer token without a client-credentials flow',
      {},
      'export type WidgetsClientOptions = ClientOptions<WidgetsEnvironment, TokenAuthOptions>;',
      ['createClientCredentialsTokenSource'],
    ],
    [
      'client credentials alone with the runtime’s type',
      { security: TOKEN_URL },
      'export type WidgetsClientOptions = ClientOptions<WidgetsEnvironment>;',
      ['TokenAuthOptions', 'WidgetsClientCredentials'],
    ],
    [
      'a token or the API’s own client credentials with extra fields',
      { security: { ...TOKEN_URL, tokenRequestFields: [TENANT_FIELD] } },
      'export type WidgetsClientOptions = ClientOptions<\n  WidgetsEnvironment,\n  TokenAuthOptions | ClientCredentialsAuthOptions<WidgetsClientCredentials>\n>;',
      [],
    ],
  ])('authenticates with %s', (_label, overrides, options, absent) => {
    const text = clientOf(overrides);
    expect(text).toContain(options);
    for (const name of absent) expect(text).not.toContain(name);
  });

  it('declares the API’s client credentials with a property per extra token request field', () => {
    const text = clientOf({ security: { ...TOKEN_URL, tokenRequestFields: [TENANT_FIELD] } });
    expect(text).toContain('export interface WidgetsClientCredentials extends ClientCredentials {');
    expect(text).toContain('   * Sent as `tenant_id` in the token request.\n   */\n  readonly tenantId?: string;');
    expect(text).toContain('  createTokenSource: createClientCredentialsTokenSource,');
  });
});
