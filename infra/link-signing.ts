/**
 * The link-signing secret and its rotation (lib/platform/auth/link-keys.ts): a JSON key ring
 * `{current, previous, next}` that the functions read at runtime, rotated by a function of ours on a
 * schedule. Lives in the stateful stack: the secret must outlive the code, and its rotation belongs
 * beside it.
 */
import { Duration, RemovalPolicy, Validations, type Stack } from 'aws-cdk-lib';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { functionErrorsAlarm } from './operations.ts';
import { bundledFunction } from './service-function.ts';

/**
 * Days between rotations. A key signs for one period and is accepted for one more, so a link stays
 * valid at least this long after it was sent (statement links expire after 60 days, surveys after 14;
 * status links have no expiry and open for 90 to 180 days).
 */
export const LINK_KEYS_ROTATION_DAYS = 90;

export function linkSigningSecret(stack: Stack, topic: ITopic): Secret {
  const secret = new Secret(stack, 'LinkSigningSecret', {
    description: 'Key ring for signed customer links (status, survey, statement): JSON {current, previous, next}',
    // Created with a current key only; the first rotation, at deployment, adds previous and next.
    generateSecretString: { secretStringTemplate: '{}', generateStringKey: 'current', passwordLength: 64, excludePunctuation: true },
    removalPolicy: RemovalPolicy.RETAIN,
  });

  const scope = new Construct(stack, 'LinkKeysRotation');
  const rotation = bundledFunction(scope, {
    entry: 'functions/platform/rotate-link-keys.ts',
    description: 'Rotates the link-signing key ring: previous <- current <- next <- a new key',
    timeoutSeconds: 30,
    memoryMb: 256,
    roleDescription: 'Execution role of the link-signing secret rotation',
  });
  // Grants the four rotation calls on this secret and lets Secrets Manager invoke the function; rotates
  // once when created (rotateImmediatelyOnUpdate), so the ring is complete from the first deployment.
  secret.addRotationSchedule('Rotation', { rotationLambda: rotation.function, automaticallyAfter: Duration.days(LINK_KEYS_ROTATION_DAYS) });
  Validations.of(rotation.role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'secretsmanager:GetRandomPassword, which aws-cdk-lib grants every rotation function, has no resource to scope ' +
      'to; it returns random bytes and touches no secret. Every other rotation grant names this secret only.',
  });
  Validations.of(rotation.function).acknowledge({
    id: 'Serverless-LambdaDLQ',
    reason: 'Invoked synchronously by Secrets Manager, which marks a failed rotation and retries it; the function errors alarm (link-keys-rotation-errors) reports it. A Lambda DLQ serves asynchronous invocations only.',
  });
  functionErrorsAlarm(stack, 'link-keys-rotation', rotation.function, topic, 'the secret keeps its current ring until a rotation succeeds');
  return secret;
}
