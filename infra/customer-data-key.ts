/**
 * The customer-managed KMS key that wraps the data keys of customer data (CONF-2,
 * lib/platform/privacy/data-keys.ts), with automatic yearly rotation of its key material, and the
 * function that creates and rotates the data keys (the only holder of kms:GenerateDataKey). The
 * service functions get kms:Decrypt on it when their manifest entry handles customer data
 * (`customerData`, infra/service-function.ts). Stateful: the key must outlive the code, and a
 * deleted key makes every sealed value unreadable, hence RETAIN.
 */
import { CfnOutput, RemovalPolicy, Validations, type Stack } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { ENV } from '../lib/platform/config/env.ts';
import { functionErrorsAlarm } from './operations.ts';
import { bundledFunction } from './service-function.ts';

export function customerDataKey(stack: Stack, table: ITable, topic: ITopic): Key {
  const key = new Key(stack, 'CustomerDataKey', {
    description: 'Wraps the data keys that seal customer contact data per field (AES-256-GCM) and the blind index key',
    enableKeyRotation: true,
    alias: 'alias/elv-after-sales/customer-data',
    removalPolicy: RemovalPolicy.RETAIN,
  });

  const scope = new Construct(stack, 'DataKeys');
  const dataKeys = bundledFunction(scope, {
    entry: 'functions/platform/data-keys.ts',
    description: 'Creates the first data key of customer data, or rotates to a new one (invoked by the operator)',
    timeoutSeconds: 30,
    memoryMb: 256,
    roleDescription: 'Execution role of the data-keys function',
  });
  dataKeys.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:GenerateDataKey'], resources: [key.keyArn] }));
  // Reads the key partition (DATAKEYS) and adds a key item; nothing else of the table.
  dataKeys.role.addToPrincipalPolicy(
    new PolicyStatement({
      actions: ['dynamodb:Query', 'dynamodb:PutItem'],
      resources: [table.tableArn],
      conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['DATAKEYS'] } },
    }),
  );
  dataKeys.function.addEnvironment(ENV.tableName, table.tableName);
  dataKeys.function.addEnvironment(ENV.dataKeysSource, `kms:${key.keyArn}`);
  Validations.of(dataKeys.function).acknowledge({
    id: 'Serverless-LambdaDLQ',
    reason: 'Invoked synchronously by the operator (README, "Operating it"), who sees the answer; a Lambda DLQ serves asynchronous invocations only.',
  });
  functionErrorsAlarm(stack, 'data-keys', dataKeys.function, topic, 'the data keys stay as they were until a run succeeds');
  new CfnOutput(stack, 'DataKeysFunctionName', { value: dataKeys.function.functionName, description: 'Invoke with {"action":"create"} once after the first deployment, {"action":"rotate"} to rotate' });
  return key;
}
