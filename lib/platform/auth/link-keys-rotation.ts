/**
 * The rotation of the link-signing secret, as Secrets Manager drives it (one invocation per step,
 * each safe to repeat): createSecret stages the rotated ring (rotateLinkKeys) as AWSPENDING under the
 * rotation's token, setSecret has nothing outside the secret to update, testSecret checks the pending
 * ring parses, finishSecret moves AWSCURRENT to it. Functions pick the new ring up within their
 * cache age (link-keys-secret.ts); the ring's previous and next keys keep every link valid meanwhile.
 */
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceNotFoundException,
  UpdateSecretVersionStageCommand,
  type SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { SecretsManagerRotationEvent } from 'aws-lambda';
import { parseLinkKeys, rotateLinkKeys } from './link-keys.ts';

export async function rotateLinkKeysStep(client: SecretsManagerClient, event: SecretsManagerRotationEvent): Promise<void> {
  const { SecretId, ClientRequestToken: token, Step } = event;
  const metadata = await client.send(new DescribeSecretCommand({ SecretId }));
  if (!metadata.RotationEnabled) throw new Error(`Rotation is not enabled for ${SecretId}`);
  const stages = metadata.VersionIdsToStages ?? {};
  const tokenStages = stages[token];
  if (!tokenStages) throw new Error(`Version ${token} of ${SecretId} has no stage for rotation`);
  if (tokenStages.includes('AWSCURRENT')) return; // this rotation is already complete
  if (!tokenStages.includes('AWSPENDING')) throw new Error(`Version ${token} of ${SecretId} is not pending rotation`);

  switch (Step) {
    case 'createSecret': {
      const current = await client.send(new GetSecretValueCommand({ SecretId, VersionStage: 'AWSCURRENT' }));
      if (await pendingValue(client, SecretId, token)) return; // staged by an earlier attempt of this step
      const rotated = rotateLinkKeys(parseLinkKeys(current.SecretString ?? ''));
      await client.send(new PutSecretValueCommand({ SecretId, ClientRequestToken: token, SecretString: JSON.stringify(rotated), VersionStages: ['AWSPENDING'] }));
      return;
    }
    case 'setSecret':
      return; // the key ring lives only in this secret
    case 'testSecret': {
      parseLinkKeys((await pendingValue(client, SecretId, token)) ?? '');
      return;
    }
    case 'finishSecret': {
      const current = Object.entries(stages).find(([, labels]) => labels.includes('AWSCURRENT'))?.[0];
      await client.send(
        new UpdateSecretVersionStageCommand({ SecretId, VersionStage: 'AWSCURRENT', MoveToVersionId: token, ...(current ? { RemoveFromVersionId: current } : {}) }),
      );
      return;
    }
    default:
      throw new Error(`Unknown rotation step ${String(Step)}`);
  }
}

async function pendingValue(client: SecretsManagerClient, SecretId: string, token: string): Promise<string | undefined> {
  try {
    return (await client.send(new GetSecretValueCommand({ SecretId, VersionId: token, VersionStage: 'AWSPENDING' }))).SecretString;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}
