/**
 * The customer-data key in AWS (infra/customer-data-key.ts): a customer-managed KMS key with yearly
 * rotation of its material, kept when the stack goes; kms:Decrypt for exactly the functions whose
 * manifest entry handles customer data, kms:GenerateDataKey for the data-keys function alone.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { functions as manifest } from '../../lib/wiring.ts';
import { ENV } from '../../lib/platform/config/env.ts';
import {
  SYNTH_TIMEOUT_MS,
  actionsOf,
  crossStackLogicalId,
  lambdaLogicalIds,
  referencedLogicalId,
  resourcesOf,
  resourcesOfType,
  roleStatements,
  single,
  synthesize,
} from './infra-fixture.ts';

let synthesized: ReturnType<typeof synthesize>;
let keyId: string;

beforeAll(() => {
  synthesized = synthesize();
  const keys = Object.keys(resourcesOfType(synthesized.statefulTemplate, 'AWS::KMS::Key'));
  expect(keys).toHaveLength(1);
  keyId = keys[0]!;
}, SYNTH_TIMEOUT_MS);

const kmsActions = (template: typeof synthesized.statelessTemplate, functionId: string) => roleStatements(template, functionId).filter((s) => actionsOf([s]).some((a) => a.startsWith('kms:')));

describe('the customer-data key', () => {
  it('is customer managed, rotates its key material, and is kept when the stack goes', () => {
    const key = resourcesOfType(synthesized.statefulTemplate, 'AWS::KMS::Key')[keyId]!;
    expect(key.Properties.EnableKeyRotation).toBe(true);
    expect(key.Properties.KeySpec ?? 'SYMMETRIC_DEFAULT').toBe('SYMMETRIC_DEFAULT');
    expect(key.DeletionPolicy).toBe('Retain');
  });

  it('lets every function that handles customer data decrypt with it (and nothing else of KMS); the others not at all', () => {
    const lambdaIds = lambdaLogicalIds(synthesized.statelessTemplate);
    const handling = Object.entries(manifest).filter(([, spec]) => spec.access.customerData);
    expect(handling.length).toBeGreaterThan(10);
    for (const [name, spec] of Object.entries(manifest)) {
      const functionId = single(lambdaIds, name);
      const statements = kmsActions(synthesized.statelessTemplate, functionId);
      const env = resourcesOfType(synthesized.statelessTemplate, 'AWS::Lambda::Function')[functionId]!.Properties.Environment.Variables;
      if (!spec.access.customerData) {
        expect(statements, name).toEqual([]);
        expect(env[ENV.dataKeysSource], name).toBeUndefined();
        continue;
      }
      expect(actionsOf(statements), name).toEqual(['kms:Decrypt']);
      for (const resource of statements.flatMap(resourcesOf)) expect(crossStackLogicalId(resource, synthesized.statefulTemplate), name).toBe(keyId);
      expect(JSON.stringify(env[ENV.dataKeysSource]), name).toContain('kms:');
    }
  });

  it('lets only the data-keys function generate data keys, and it may touch the key partition of the table only', () => {
    const functions = resourcesOfType(synthesized.statefulTemplate, 'AWS::Lambda::Function');
    const generating = Object.keys(functions).filter((id) => actionsOf(kmsActions(synthesized.statefulTemplate, id)).includes('kms:GenerateDataKey'));
    expect(generating).toHaveLength(1);
    const statements = roleStatements(synthesized.statefulTemplate, generating[0]!);
    expect(actionsOf(kmsActions(synthesized.statefulTemplate, generating[0]!))).toEqual(['kms:GenerateDataKey']);
    expect(kmsActions(synthesized.statefulTemplate, generating[0]!).flatMap(resourcesOf).map(referencedLogicalId)).toEqual([keyId]);
    const table = statements.filter((s) => actionsOf([s]).some((a) => a.startsWith('dynamodb:')));
    expect(actionsOf(table).sort()).toEqual(['dynamodb:PutItem', 'dynamodb:Query']);
    expect(JSON.stringify(table[0]!)).toContain('DATAKEYS');
    for (const id of Object.keys(resourcesOfType(synthesized.statelessTemplate, 'AWS::Lambda::Function'))) {
      expect(actionsOf(roleStatements(synthesized.statelessTemplate, id))).not.toContain('kms:GenerateDataKey');
    }
  });
});
