/**
 * Signed customer links: an HMAC over the purpose, the subject (a ticket id) and an optional expiry.
 * The holder of the link may see what the purpose allows; nothing else is needed (no login).
 * Token: `<expiresAtEpochSeconds or 0>.<base64url HMAC-SHA256>`. Which key signs and which keys are
 * accepted is the key ring's business (link-keys.ts); these two functions only sign and verify.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkPurpose = 'status' | 'survey' | 'statement';

function signature(key: string, purpose: LinkPurpose, subject: string, expires: number): Buffer {
  return createHmac('sha256', key).update(`${purpose}\n${subject}\n${expires}`).digest();
}

export function signLinkToken(key: string, purpose: LinkPurpose, subject: string, expiresAt?: Date): string {
  const expires = expiresAt ? Math.floor(expiresAt.getTime() / 1000) : 0;
  return `${expires}.${signature(key, purpose, subject, expires).toString('base64url')}`;
}

export type LinkCheck = 'valid' | 'invalid' | 'expired';

/** Valid when any of `keys` signed it (every key is compared, in constant time per key). */
export function checkLinkToken(keys: readonly string[], purpose: LinkPurpose, subject: string, token: string | undefined, now: Date): LinkCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match) return 'invalid';
  const expires = Number(match[1]);
  const given = Buffer.from(match[2]!, 'base64url');
  const signedByOne = keys
    .map((key) => signature(key, purpose, subject, expires))
    .reduce((found, expected) => (given.length === expected.length && timingSafeEqual(given, expected)) || found, false);
  if (!signedByOne) return 'invalid';
  if (expires !== 0 && now.getTime() / 1000 > expires) return 'expired';
  return 'valid';
}
