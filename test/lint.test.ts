import { describe, expect, it } from 'vitest';
import { fixture, run, runRedocly } from './helpers/project.js';

/** `line:col  severity  rule  message` lines of Redocly's stylish report. */
function findings(report: string): { severity: string; rule: string }[] {
  return [...report.matchAll(/^\s+\d+:\d+\s+(error|warning)\s+(\S+)/gm)].map(([, severity, rule]) => ({
    severity: severity!,
    rule: rule!,
  }));
}

describe('npm run lint:spec', () => {
  it('passes both provider specs with zero errors and zero warnings', async () => {
    const result = await run('npm', ['run', '-s', 'lint:spec', '--', '--format', 'stylish']);
    // Redocly prints a boxed notice about Node 20's end of life; it is about the runtime, not the specs.
    const report = (result.stdout + result.stderr)
      .split('\n')
      .filter((line) => !/[╔╗╚╝║]/.test(line))
      .join('\n');
    expect(findings(report)).toEqual([]);
    expect(report).toContain("validating openapi/asset.yaml using lint rules for api 'asset'");
    expect(report).toContain("validating openapi/mollie.yaml using lint rules for api 'mollie'");
    expect(report).toMatch(/Your API descriptions are valid/);
    expect(report).not.toMatch(/warning/i);
    expect(result.code).toBe(0);
  });
});

describe('the lint rules', () => {
  it('fail a deliberately broken spec, naming each broken rule', async () => {
    const result = await runRedocly([
      'lint',
      '--config',
      fixture('broken-lint', 'redocly.yaml'),
      '--format',
      'stylish',
    ]);
    expect(result.code).toBe(1);
    const rules = new Set(findings(result.stdout + result.stderr).map((finding) => finding.rule));
    for (const rule of [
      'operation-operationId',
      'operation-summary',
      'operation-4xx-response',
      'no-invalid-media-type-examples',
      'rule/operation-tags',
      'rule/operation-security',
      'rule/operation-external-docs',
      'rule/server-environment',
      'codegen/property-description',
      'codegen/identifier-parameter-pattern',
      'codegen/id-prefix-matches-pattern',
    ]) {
      expect(rules, `expected a finding for ${rule}`).toContain(rule);
    }
  });
});

describe('npm run lint: the import layering of eslint.config.js', () => {
  // Linted as if they were files at these paths, so that the rule for each folder applies.
  const probes: [file: string, source: string, finding: RegExp | undefined][] = [
    [
      'src/transport/probe.ts',
      "import type { ClientCore } from '../client/client-core.js';\nexport type X = ClientCore<object>;\n",
      /may import only from itself and from the folders below it/,
    ],
    [
      'src/redaction/probe.ts',
      "import { ApiError } from '../errors/errors.js';\nexport const x = ApiError;\n",
      /may import only from itself/,
    ],
    [
      'src/operation/probe.ts',
      "import { ApiError } from '../errors/errors.js';\nexport const x = ApiError;\n",
      undefined,
    ],
    [
      'src/client/probe.ts',
      "import { x } from '../../scripts/codegen/names.js';\nexport const y = x;\n",
      /imports nothing from the generator/,
    ],
    [
      'generated/demo/operations/probe.ts',
      "import { callOperation } from '../../../src/operation/call-operation.js';\nexport const y = callOperation;\n",
      /through src\/internal.ts only/,
    ],
    [
      'generated/demo/probe.ts',
      "import type { ClientCore } from '../../src/internal.js';\nexport type Y = ClientCore<object>;\n",
      undefined,
    ],
  ];
  it.each(probes)('%s', async (file, source, finding) => {
    const { ESLint } = await import('eslint');
    const [result] = await new ESLint({ cwd: process.cwd() }).lintText(source, { filePath: file });
    const messages = result!.messages.filter((message) => message.ruleId === 'no-restricted-imports');
    if (finding === undefined) expect(messages).toEqual([]);
    else expect(messages.map((message) => message.message).join('\n')).toMatch(finding);
  });
});
