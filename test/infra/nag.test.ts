/**
 * cdk-nag's AwsSolutions and Serverless packs over the stacks: no unacknowledged error or warning. cdk-nag 3 is a
 * CDK policy-validation plugin (no longer an Aspect writing Annotations), so the pack is run directly
 * over the synthesized construct tree with `validateScope`; it skips findings acknowledged in infra/
 * through `Validations.of(construct).acknowledge({ id, reason })`.
 */
import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT_MS, synthesize, variantFunctions } from './infra-fixture.ts';

interface Finding {
  rule: string;
  severity: string;
  paths: string[];
  description: string;
}

function nagFindings(app: App): Finding[] {
  const violations = [new AwsSolutionsChecks(app, { verbose: true }), new ServerlessChecks(app, { verbose: true })].flatMap((pack) => pack.validateScope(app).violations);
  return violations
    .filter((violation) => /^(AwsSolutions|Serverless)-/.test(violation.ruleName))
    .map((violation) => ({
      rule: violation.ruleName,
      severity: violation.severity ?? 'error',
      paths: violation.violatingResources.map((resource) => resource.constructPath ?? '?'),
      description: violation.description,
    }));
}

/** Every acknowledgment recorded in the tree: rule id → reasons. */
function acknowledgments(root: IConstruct): Array<{ path: string; rule: string; reason: string }> {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([rule, reason]) => ({
          path: construct.node.path,
          rule: rule.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe.each([
  ['the deployed wiring manifest', () => synthesize({}, { cloudFormationValidation: true })],
  ['a manifest variant with a scheduled read-only function', () => synthesize({ functions: variantFunctions() })],
])('cdk-nag AwsSolutions and Serverless on %s', (_label, build) => {
  let app: App;
  let findings: Finding[];

  beforeAll(() => {
    ({ app } = build());
    findings = nagFindings(app);
  }, SYNTH_TIMEOUT_MS);

  it('has no unacknowledged errors', () => {
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('has no unacknowledged warnings', () => {
    expect(findings.filter((finding) => finding.severity !== 'error')).toEqual([]);
  });

  it('gives every acknowledgment a written reason', () => {
    const acknowledged = acknowledgments(app);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const { path, rule, reason } of acknowledged) {
      expect(rule, path).toMatch(/^(AwsSolutions-[A-Z]+\d+|Serverless-[A-Za-z]+)/);
      expect(reason.length, `${rule} at ${path}`).toBeGreaterThanOrEqual(60);
    }
  });
});
