/**
 * Signed customer links: an HMAC over the purpose, the subject (a ticket id) and an optional expiry.
 * The holder of the link may see what the purpose allows; nothing else is needed (no login).
 * Token: `<expiresAtEpochSeconds or 0>.<base64url HMAC-SHA256>`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkPurpose = 'status' | 'survey' | 'statement';

function signature(secret: string, purpose: LinkPurpose, subject: string, expires: number): Buffer {
  return createHmac('sha256', secret).update(`${purpose}\n${subject}\n${expires}`).digest();
}

export function signLinkToken(secret: string, purpose: LinkPurpose, subject: string, expiresAt?: Date): string {
  const expires = expiresAt ? Math.floor(expiresAt.getTime() / 1000) : 0;
  return `${expires}.${signature(secret, purpose, subject, expires).toString('base64url')}`;
}

export type LinkCheck = 'valid' | 'invalid' | 'expired';

export function checkLinkToken(secret: string, purpose: LinkPurpose, subject: string, token: string | undefined, now: Date): LinkCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token ?? '');
  if (!match) return 'invalid';
  const expires = Number(match[1]);
  const expected = signature(secret, purpose, subject, expires);
  const given = Buffer.from(match[2]!, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  if (expires !== 0 && now.getTime() / 1000 > expires) return 'expired';
  return 'valid';
}
