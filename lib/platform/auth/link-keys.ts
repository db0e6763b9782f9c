/**
 * The link-signing key ring: the value of one Secrets Manager secret, JSON
 * `{"current": "...", "previous": "...", "next": "..."}`. Links are signed with `current`; a link
 * signed with any of the three verifies. Rotation (`rotateLinkKeys`) moves `current` to `previous`
 * and `next` to `current`, and makes a new `next`:
 * - `previous` keeps links already sent valid for one more rotation period;
 * - `next` is known one period before it signs anything, so an instance still holding the ring from
 *   before a rotation (functions cache it for minutes) accepts links that a fresher instance signed
 *   with the new `current`.
 * A key leaves the ring two rotations after it stopped signing.
 */
import { randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { checkLinkToken, signLinkToken, type LinkCheck, type LinkPurpose } from './signed-link.ts';

// Messages of our own: zod/mini carries no locale.
const key = z.string('a link-signing key is a string').check(z.minLength(32, 'a link-signing key has at least 32 characters'));
const linkKeysSchema = z.object({ current: key, previous: z.optional(key), next: z.optional(key) });

export type LinkKeys = z.output<typeof linkKeysSchema>;

/** Parses the secret's value; throws naming what is wrong (never the keys). */
export function parseLinkKeys(secretValue: string): LinkKeys {
  let json: unknown;
  try {
    json = JSON.parse(secretValue);
  } catch {
    throw new Error('The link-signing secret is not JSON {"current", "previous", "next"}');
  }
  const parsed = linkKeysSchema.safeParse(json);
  if (!parsed.success) throw new Error(`The link-signing secret is malformed: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  return parsed.data;
}

/** A new random key: 32 bytes, base64url (43 characters). */
export function newLinkKey(): string {
  return randomBytes(32).toString('base64url');
}

/** One rotation: previous ← current, current ← next (a new key if there was none), next ← a new key. */
export function rotateLinkKeys(keys: LinkKeys, fresh: () => string = newLinkKey): LinkKeys {
  return { current: keys.next ?? fresh(), previous: keys.current, next: fresh() };
}

/** What the use cases need of the ring: sign a link, check one. */
export interface LinkSigner {
  sign(purpose: LinkPurpose, subject: string, expiresAt?: Date): string;
}
export interface LinkVerifier {
  check(purpose: LinkPurpose, subject: string, token: string | undefined, now: Date): LinkCheck;
}

/**
 * The ring one function instance holds. `load` takes the secret's value (a middleware reads it before
 * each invocation, cached: link-keys-secret.ts); signing and checking stay synchronous.
 */
export class LinkKeyring implements LinkSigner, LinkVerifier {
  private keys: LinkKeys | undefined;
  private loadedValue: string | undefined;

  load(secretValue: string): void {
    if (secretValue === this.loadedValue) return;
    this.keys = parseLinkKeys(secretValue);
    this.loadedValue = secretValue;
  }

  sign(purpose: LinkPurpose, subject: string, expiresAt?: Date): string {
    return signLinkToken(this.loaded().current, purpose, subject, expiresAt);
  }

  check(purpose: LinkPurpose, subject: string, token: string | undefined, now: Date): LinkCheck {
    const { current, previous, next } = this.loaded();
    return checkLinkToken([current, previous, next].filter((k): k is string => k !== undefined), purpose, subject, token, now);
  }

  private loaded(): LinkKeys {
    if (!this.keys) throw new Error('Link keys are not loaded: the handler must use refreshLinkKeys (lib/platform/auth/link-keys-secret.ts)');
    return this.keys;
  }
}
