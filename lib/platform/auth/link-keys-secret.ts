/**
 * Reads the link-signing key ring from Secrets Manager before each invocation (Powertools
 * parameters, cached per instance), so use cases sign and check links synchronously. Only the
 * handlers whose manifest entry signs links import this module: the other bundles carry no Secrets
 * Manager client. Locally the same code reads the local runtime's stand-in
 * (AWS_ENDPOINT_URL_SECRETS_MANAGER).
 */
import { getSecret } from '@aws-lambda-powertools/parameters/secrets';
import type { MiddlewareObj } from '@middy/core';
import type { LinkKeyring } from './link-keys.ts';

/**
 * How long an instance keeps the ring before reading it again: a rotation reaches every instance
 * within this time, which the ring's `next` key covers (link-keys.ts). `LINK_KEYS_CACHE_SECONDS`
 * changes it (the test system reads it every time).
 */
export const LINK_KEYS_MAX_AGE_SECONDS = 300;

export async function loadLinkKeys(keyring: LinkKeyring, secretId: string): Promise<void> {
  const maxAge = Number(process.env.LINK_KEYS_CACHE_SECONDS ?? LINK_KEYS_MAX_AGE_SECONDS);
  const value = await getSecret(secretId, { maxAge });
  if (typeof value !== 'string') throw new Error(`The link-signing secret ${secretId} has no string value`);
  keyring.load(value);
}

/** middy middleware: the ring is current (within the cache age) before the handler runs. */
export function refreshLinkKeys<Event, Result>(deps: { linkKeys: LinkKeyring; config: { linkSigningSecretId: string } }): MiddlewareObj<Event, Result> {
  return { before: () => loadLinkKeys(deps.linkKeys, deps.config.linkSigningSecretId) };
}
