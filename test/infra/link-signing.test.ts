/**
 * The link-signing secret in AWS (infra/link-signing.ts): a JSON key ring created with its current
 * key, rotated every LINK_KEYS_ROTATION_DAYS by our rotation function, which may touch this secret
 * only; the functions that sign links may read it and nothing more.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LINK_KEYS_ROTATION_DAYS } from '../../infra/link-signing.ts';
import { functions as manifest } from '../../lib/wiring.ts';
import {
  SYNTH_TIMEOUT_MS,
  actionsOf,
  lambdaLogicalIds,
  referencedLogicalId,
  resourcesOf,
  resourcesOfType,
  roleStatements,
  single,
  synthesize,
  crossStackLogicalId,
  type Resource,
} from './infra-fixture.ts';

let synthesized: ReturnType<typeof synthesize>;
let secretId: string;
let rotation: Resource;

beforeAll(() => {
  synthesized = synthesize();
  const secrets = Object.keys(resourcesOfType(synthesized.statefulTemplate, 'AWS::SecretsManager::Secret'));
  expect(secrets).toHaveLength(1);
  secretId = secrets[0]!;
  const schedules = Object.values(resourcesOfType(synthesized.statefulTemplate, 'AWS::SecretsManager::RotationSchedule'));
  expect(schedules).toHaveLength(1);
  rotation = schedules[0]!;
}, SYNTH_TIMEOUT_MS);

describe('the link-signing secret', () => {
  it('is created as JSON with a generated current key, and kept when the stack goes', () => {
    const secret = resourcesOfType(synthesized.statefulTemplate, 'AWS::SecretsManager::Secret')[secretId]!;
    expect(secret.Properties.GenerateSecretString).toMatchObject({ SecretStringTemplate: '{}', GenerateStringKey: 'current' });
    expect(secret.Properties.GenerateSecretString.PasswordLength).toBeGreaterThanOrEqual(32);
    expect(secret.DeletionPolicy).toBe('Retain');
  });

  it(`is rotated every ${LINK_KEYS_ROTATION_DAYS} days by our rotation function, which Secrets Manager may invoke`, () => {
    expect(referencedLogicalId(rotation.Properties.SecretId)).toBe(secretId);
    expect(rotation.Properties.RotationRules).toEqual({ ScheduleExpression: `rate(${LINK_KEYS_ROTATION_DAYS} days)` });
    expect(rotation.Properties.HostedRotationLambda).toBeUndefined();
    const functionId = referencedLogicalId(rotation.Properties.RotationLambdaARN)!;
    const fn = resourcesOfType(synthesized.statefulTemplate, 'AWS::Lambda::Function')[functionId]!;
    expect(fn.Properties.Runtime).toBe('nodejs22.x');
    const permissions = Object.values(resourcesOfType(synthesized.statefulTemplate, 'AWS::Lambda::Permission')).filter(
      (p) => referencedLogicalId(p.Properties.FunctionName) === functionId,
    );
    expect(permissions.map((p) => p.Properties.Principal)).toEqual(['secretsmanager.amazonaws.com']);
  });

  it('lets the rotation function change this secret only', () => {
    const statements = roleStatements(synthesized.statefulTemplate, referencedLogicalId(rotation.Properties.RotationLambdaARN)!);
    const onSecret = statements.filter((s) => actionsOf([s]).includes('secretsmanager:PutSecretValue'));
    expect(onSecret).toHaveLength(1);
    expect(actionsOf(onSecret).sort()).toEqual(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue', 'secretsmanager:PutSecretValue', 'secretsmanager:UpdateSecretVersionStage']);
    expect(resourcesOf(onSecret[0]!).map(referencedLogicalId)).toEqual([secretId]);
    // On "*" only CDK's grant of GetRandomPassword and the X-Ray writes of active tracing (both acknowledged in infra/).
    const wide = statements.filter((s) => resourcesOf(s).includes('*'));
    expect(actionsOf(wide).sort()).toEqual(['secretsmanager:GetRandomPassword', 'xray:PutTelemetryRecords', 'xray:PutTraceSegments']);
  });

  it('has an errors alarm on its rotation function', () => {
    const alarms = Object.values(resourcesOfType(synthesized.statefulTemplate, 'AWS::CloudWatch::Alarm'));
    const rotationAlarm = alarms.find((a) => JSON.stringify(a.Properties.AlarmName).includes('link-keys-rotation-errors'));
    expect(rotationAlarm?.Properties.MetricName).toBe('Errors');
    expect(referencedLogicalId(rotationAlarm?.Properties.Dimensions[0].Value)).toBe(referencedLogicalId(rotation.Properties.RotationLambdaARN));
  });

  it('may be read (GetSecretValue, DescribeSecret) by every function that signs links, on this secret only', () => {
    const lambdaIds = lambdaLogicalIds(synthesized.statelessTemplate);
    for (const [name, spec] of Object.entries(manifest)) {
      if (!spec.access.signsLinks) continue;
      const reads = roleStatements(synthesized.statelessTemplate, single(lambdaIds, name)).filter((s) => actionsOf([s]).some((a) => a.startsWith('secretsmanager:')));
      expect(actionsOf(reads).sort(), name).toEqual(['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue']);
      for (const resource of reads.flatMap(resourcesOf)) expect(crossStackLogicalId(resource, synthesized.statefulTemplate), name).toBe(secretId);
    }
  });
});
