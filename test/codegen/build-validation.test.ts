import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiModel, SpecSchema } from '../../scripts/codegen/api-model.js';
import { buildValidationModule } from '../../scripts/codegen/build-validation.js';
import type { JsonSchema } from '../../src/validation/schema.js';
import { validateValue } from '../../src/validation/validate.js';
import { PROJECT_DIR, scratchDir } from '../helpers/project.js';
import { api, namesOf, operation } from './model-fixture.js';

/** validation.ts for an API whose one operation sends `body` (as its JSON body) and receives `Widget`. */
function validationOf(body: SpecSchema, overrides: Partial<ApiModel> = {}): ReturnType<typeof buildValidationModule> {
  const model = api({
    operations: [operation({ requestBody: { required: true, mediaType: 'application/json', schema: body } })],
    ...overrides,
  });
  return buildValidationModule(model, namesOf(model), '../../src');
}

describe('buildValidationModule', () => {
  it('compiles each component once into a constant before its users, and the request as one closed object', () => {
    const { text, exports } = validationOf({ $ref: '#/components/schemas/Widget' });
    expect(text).toContain("import type { JsonSchema, ResponseSchemas } from '../../src/internal.js';");
    expect(text).toContain(
      "/** components/schemas/Widget */\nconst WidgetSchema: JsonSchema = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };",
    );
    expect(text.indexOf('const WidgetSchema')).toBeLessThan(text.indexOf('export const getWidgetRequestSchema'));
    expect(text).toContain("required: ['path', 'body'],");
    expect(text).toContain('    body: WidgetSchema,');
    expect(text).toContain(
      '/** The 200 body of getWidget. */\nexport const getWidgetResponseSchema: JsonSchema = WidgetSchema;',
    );
    expect(exports.get('getWidget')).toEqual({ checksResponse: true, notChecked: [] });
    // Every checked success body, by operationId and status: what a core is given to check responses.
    expect(text).toContain(
      "export const widgetsResponseSchemas: ResponseSchemas = {\n  api: 'widgets',\n  operations: { getWidget: { '200': getWidgetResponseSchema } },\n};",
    );
  });

  it.each<[string, SpecSchema, string]>([
    ['a pattern as a `u` regex', { type: 'string', pattern: '^a+$' }, "body: { type: 'string', pattern: /^a+$/u },"],
    [
      '`format: int64` on an integer as nothing more',
      { type: 'integer', format: 'int64' },
      "body: { type: 'integer' },",
    ],
    ['an annotation format as nothing', { type: 'string', format: 'password' }, "body: { type: 'string' },"],
    ['annotations and extensions as nothing', { description: 'Anything.', 'x-note': 1 }, 'body: {},'],
    ['`const`, wrapped', { const: 'on' }, "body: { const: { value: 'on' } },"],
  ])('compiles %s', (_label, body, line) => {
    expect(validationOf(body).text).toContain(line);
  });

  it('reads OpenAPI 3.0’s `nullable` as "null, or what the rest allows", in 3.1 only for a spec we did not write', () => {
    const nullable = { type: 'string', nullable: true };
    const read = "body: { anyOf: [{ type: 'null' }, { type: 'string' }] },";
    expect(validationOf(nullable, { openapiVersion: '3.0.3' }).text).toContain(read);
    // A 3.1 spec relabelled from 3.0 (Codat's): read as its types read it, not left unchecked.
    const relabelled = validationOf(nullable, { strict: false });
    expect(relabelled.text).toContain(read);
    expect(relabelled.exports.get('getWidget')?.notChecked).toEqual([]);
    expect(() => validationOf(nullable)).toThrow('keyword "nullable" is not supported by the request validator');
  });

  it.each<[string, SpecSchema, string | RegExp]>([
    [
      'a keyword the validator does not check',
      { type: 'array', $dynamicRef: '#items' },
      'specs/widgets.yaml operation getWidget request body: keyword "$dynamicRef" is not supported by the request validator; express the rule with supported keywords.',
    ],
    [
      'a format the validator does not check',
      { type: 'string', format: 'github-login' },
      'specs/widgets.yaml operation getWidget request body/format: format "github-login" is not one the validator checks (it checks byte, date, date-time, duration, email, hostname, int32, ipv4, ipv6, time, uri, uri-reference, uuid); replace it with a `pattern` that says what it means, or remove it if it only documents the value.',
    ],
    [
      'a pattern that is no regular expression',
      { type: 'string', pattern: '(' },
      /^specs\/widgets\.yaml operation getWidget request body\/pattern: "\(" is not a valid regular expression \(.+\)\.$/,
    ],
  ])('refuses %s in a strict spec', (_label, body, message) => {
    expect(() => validationOf(body)).toThrow(message);
  });

  it('compiles a recursive schema, its own constant read when a value is checked', () => {
    const schemas = [
      ...api().schemas,
      {
        name: 'Node',
        description: undefined,
        schema: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } },
      },
    ];
    const { text } = validationOf({ $ref: '#/components/schemas/Node' }, { schemas });
    expect(text).toContain("import { recursiveRef, type JsonSchema, type ResponseSchemas } from '");
    expect(text).toContain('properties: { next: { rules: [/* @__PURE__ */ recursiveRef(() => NodeSchema)] } },');
  });

  it('compiles a reference into a part of a schema in place, and refuses one into nothing', () => {
    const schemas = [
      ...api().schemas,
      {
        name: 'Folder',
        description: undefined,
        schema: { type: 'object', properties: { 'name/short': { type: 'string', maxLength: 8 } } },
      },
    ];
    const { text } = validationOf(
      { type: 'object', properties: { name: { $ref: '#/components/schemas/Folder/properties/name~1short' } } },
      { schemas },
    );
    expect(text).toContain("body: { type: 'object', properties: { name: { type: 'string', maxLength: 8 } } },");
    expect(() => validationOf({ $ref: '#/components/schemas/Folder/properties/size' }, { schemas })).toThrow(
      'specs/widgets.yaml operation getWidget request body: unresolved reference "#/components/schemas/Folder/properties/size".',
    );
  });

  describe('in a spec that is not strict, a part it cannot compile costs the check of that part only', () => {
    const DYNAMIC = { $dynamicRef: '#items' };
    const REASON = 'keyword "$dynamicRef" is not supported by the request validator';
    /** The request schema of `validationOf(body, { strict: false })`, loaded as the generated module. */
    async function looseRequest(body: SpecSchema, schemas?: ApiModel['schemas']) {
      const built = validationOf(body, { strict: false, ...(schemas === undefined ? {} : { schemas }) });
      const dir = await scratchDir('loose-validation');
      const file = path.join(dir, `validation-${(loaded += 1)}.ts`);
      await writeFile(
        file,
        built.text.replaceAll("'../../src/internal.js'", `'${path.join(PROJECT_DIR, 'src/internal.js')}'`),
      );
      const schema = ((await import(file)) as Record<string, JsonSchema>)['getWidgetRequestSchema']!;
      const check = (body: unknown) => validateValue(schema, { path: { widgetId: 'w1' }, body });
      return { ...built, schema, check };
    }
    let loaded = 0;

    it('checks every other field, and says which part is not checked and why', async () => {
      const { text, exports, check } = await looseRequest({
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, tags: { type: 'array', ...DYNAMIC } },
      });
      expect(check({ name: 'Cog', tags: 'anything' })).toEqual([]);
      expect(check({ name: 3, tags: 'anything' })).toEqual([
        { path: '/body/name', rule: 'type', message: 'must be a string' },
      ]);
      expect(check({ tags: [] })).toEqual([{ path: '/body/name', rule: 'required', message: 'is required' }]);
      expect(text).toContain(
        ` * PARTLY CHECKED: any value passes in one part. specs/widgets.yaml operation getWidget request body/properties/tags: ${REASON}`,
      );
      expect(exports.get('getWidget')!.notChecked).toEqual([
        `The request is checked before sending, except one part, where any value passes: specs/widgets.yaml operation getWidget request body/properties/tags: ${REASON}; express the rule with supported keywords.`,
      ]);
    });

    it('still checks the path when the whole body cannot be compiled', async () => {
      const { check, schema } = await looseRequest({ type: 'array', ...DYNAMIC });
      expect(check('anything')).toEqual([]);
      expect(validateValue(schema, { path: { widgetId: 5 }, body: 'anything' })).toEqual([
        { path: '/path/widgetId', rule: 'type', message: 'must be a string' },
      ]);
    });

    it('does not let `{}` under `not` refuse what the spec allows: the field it is in goes unchecked', async () => {
      const { check } = await looseRequest({
        type: 'object',
        properties: { code: { not: { type: 'string', ...DYNAMIC } }, name: { type: 'string' } },
      });
      expect(check({ code: 'abc' })).toEqual([]);
      expect(check({ code: 'abc', name: 3 })).toEqual([
        { path: '/body/name', rule: 'type', message: 'must be a string' },
      ]);
    });

    it('does not let a `oneOf` branch standing as `{}` match alongside another', async () => {
      const { check } = await looseRequest({
        oneOf: [
          { type: 'string', ...DYNAMIC },
          { type: 'string', minLength: 2 },
        ],
      });
      expect(check('ab')).toEqual([]);
    });

    it('does not let a loosened `allOf` member leave its fields to `unevaluatedProperties`', async () => {
      const { check } = await looseRequest({
        type: 'object',
        unevaluatedProperties: false,
        allOf: [{ properties: { a: { type: 'string' } }, ...DYNAMIC }],
      });
      expect(check({ a: 'x' })).toEqual([]);
    });

    it('uses a loosened component where that is safe, and not under `not`', async () => {
      const schemas = [{ name: 'Loose', description: undefined, schema: { type: 'string', minLength: 3, ...DYNAMIC } }];
      const { text, check } = await looseRequest(
        {
          type: 'object',
          properties: {
            plain: { $ref: '#/components/schemas/Loose' },
            negated: { not: { $ref: '#/components/schemas/Loose' } },
            name: { type: 'string' },
          },
        },
        schemas,
      );
      expect(text).toContain('const LooseSchema: JsonSchema = {};');
      expect(check({ plain: 1, negated: 'abcd' })).toEqual([]);
      expect(check({ name: 1 })).toEqual([{ path: '/body/name', rule: 'type', message: 'must be a string' }]);
    });
  });

  it('leaves out a response schema it cannot check in a spec that is not strict', () => {
    const model = api({
      strict: false,
      operations: [
        operation({
          success: { status: '200', mediaType: 'application/json', schema: { type: 'string', pattern: '(?i)^x$' } },
        }),
      ],
    });
    const { text, exports } = buildValidationModule(model, namesOf(model), '../../src');
    expect(text).not.toContain('getWidgetResponseSchema');
    expect(exports.get('getWidget')!.checksResponse).toBe(false);
  });
});
