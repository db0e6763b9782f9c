/** Secrets Manager rotation function of the link-signing secret (deployed beside it, infra/link-signing.ts). */
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { SecretsManagerRotationEvent } from 'aws-lambda';
import { rotateLinkKeysStep } from '../../lib/platform/auth/link-keys-rotation.ts';
import { logger } from '../../lib/platform/observability/logger.ts';

const client = new SecretsManagerClient({});

export const handler = async (event: SecretsManagerRotationEvent): Promise<void> => {
  logger.info('link-signing secret rotation', { step: event.Step, version: event.ClientRequestToken });
  await rotateLinkKeysStep(client, event);
};
