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
