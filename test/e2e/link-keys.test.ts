/**
 * Rotating the link-signing secret locally: the local Secrets Manager runs the very rotation function
 * deployed in AWS (functions/platform/rotate-link-keys.ts), step by step, and the handlers read the
 * ring at runtime (the test system reads it on every invocation; AWS within 5 minutes). A link sent
 * before a rotation still opens; new links are signed with the new key; two rotations later the old
 * key is gone.
 */
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLinkKeys } from '../../lib/platform/auth/link-keys.ts';
import { checkLinkToken, signLinkToken } from '../../lib/platform/auth/signed-link.ts';
import { LOCAL_LINK_SIGNING_SECRET_ID as SecretId } from '../../local/system.ts';
import { TEST_LINK_SECRET } from '../support/global-setup.ts';
import { api, faultReport, local, serverNow } from '../support/local.ts';

const secrets = new SecretsManagerClient({ endpoint: local.secretsManager, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
let original: string;

async function ring() {
  return parseLinkKeys((await secrets.send(new GetSecretValueCommand({ SecretId }))).SecretString ?? '');
}

async function reportWithLink(): Promise<{ id: string; path: string; token: string }> {
  const created = await api('POST', '/v1/tickets', { body: faultReport() });
  expect(created.status).toBe(201);
  const url = new URL(created.body.statusUrl);
  return { id: created.body.id, path: url.pathname + url.search, token: url.searchParams.get('t')! };
}

const rotate = async () => expect((await api('POST', '/__local/link-keys/rotate')).status).toBe(200);

beforeAll(async () => {
  original = (await secrets.send(new GetSecretValueCommand({ SecretId }))).SecretString!;
});

afterAll(async () => {
  // Other files mint links with TEST_LINK_SECRET: the ring goes back to what it was.
  await secrets.send(new PutSecretValueCommand({ SecretId, SecretString: original }));
});

describe('rotating the link-signing secret', () => {
  it('keeps links sent before a rotation, signs new ones with the new key, and forgets a key two rotations later', async () => {
    const before = await reportWithLink();
    expect(before.token).toBe(signLinkToken(TEST_LINK_SECRET, 'status', before.id));
    expect((await api('GET', before.path)).status).toBe(200);

    await rotate();
    const rotated = await ring();
    expect(rotated.previous).toBe(TEST_LINK_SECRET);
    expect(rotated.current).not.toBe(TEST_LINK_SECRET);
    expect(rotated.next).toBeDefined();
    // Staged as Secrets Manager does: the new version is current, the old one previous, nothing pending.
    const stages = Object.values((await secrets.send(new DescribeSecretCommand({ SecretId }))).VersionIdsToStages ?? {}).flat();
    expect(stages.sort()).toEqual(['AWSCURRENT', 'AWSPREVIOUS']);

    expect((await api('GET', before.path)).status).toBe(200);
    const after = await reportWithLink();
    expect(after.token).toBe(signLinkToken(rotated.current, 'status', after.id));
    expect(checkLinkToken([TEST_LINK_SECRET], 'status', after.id, after.token, await serverNow())).toBe('invalid');
    expect((await api('GET', after.path)).status).toBe(200);

    await rotate();
    expect((await ring()).previous).toBe(rotated.current);
    expect((await api('GET', before.path)).status).toBe(404);
    expect((await api('GET', after.path)).status).toBe(200);
  });
});
