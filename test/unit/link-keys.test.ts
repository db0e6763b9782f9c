/**
 * The link-signing key ring (lib/platform/auth/link-keys.ts): sign with `current`, accept
 * `current`, `previous` and `next`, nothing else; a rotation keeps every link a still-running
 * instance may sign or have signed valid.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, functionSpec } from '../../lib/wiring.ts';
import { LinkKeyring, parseLinkKeys, rotateLinkKeys, type LinkKeys } from '../../lib/platform/auth/link-keys.ts';
import { signLinkToken } from '../../lib/platform/auth/signed-link.ts';

const now = new Date('2026-11-27T00:00:00Z');
const K = (n: number) => `key-${n}-`.padEnd(40, String(n));

function ring(keys: LinkKeys): LinkKeyring {
  const keyring = new LinkKeyring();
  keyring.load(JSON.stringify(keys));
  return keyring;
}

describe('the link key ring', () => {
  it('signs with the current key', () => {
    expect(ring({ current: K(1), previous: K(0) }).sign('status', 'ticket-1')).toBe(signLinkToken(K(1), 'status', 'ticket-1'));
  });

  it('accepts a link signed with the previous key (sent before the last rotation)', () => {
    const token = signLinkToken(K(0), 'status', 'ticket-1');
    expect(ring({ current: K(1), previous: K(0) }).check('status', 'ticket-1', token, now)).toBe('valid');
  });

  it('accepts a link signed with the next key (by an instance that already read the rotated ring)', () => {
    const token = signLinkToken(K(2), 'survey', 'ticket-1', new Date('2026-11-28T00:00:00Z'));
    expect(ring({ current: K(1), next: K(2) }).check('survey', 'ticket-1', token, now)).toBe('valid');
  });

  it('refuses a link signed with a key that is not in the ring, and keeps expiry and purpose checks', () => {
    const keyring = ring({ current: K(1), previous: K(0), next: K(2) });
    expect(keyring.check('status', 'ticket-1', signLinkToken(K(9), 'status', 'ticket-1'), now)).toBe('invalid');
    expect(keyring.check('survey', 'ticket-1', signLinkToken(K(0), 'status', 'ticket-1'), now)).toBe('invalid');
    expect(keyring.check('survey', 'ticket-1', signLinkToken(K(0), 'survey', 'ticket-1', new Date('2026-11-26T00:00:00Z')), now)).toBe('expired');
  });

  it('refuses to sign or check before the ring is loaded, naming the middleware', () => {
    expect(() => new LinkKeyring().sign('status', 'ticket-1')).toThrow(/refreshLinkKeys/);
  });

  it('takes a new value when the secret changes', () => {
    const keyring = ring({ current: K(1) });
    keyring.load(JSON.stringify({ current: K(2), previous: K(1) }));
    expect(keyring.sign('status', 't')).toBe(signLinkToken(K(2), 'status', 't'));
  });
});

describe('rotation', () => {
  let counter = 10;
  const fresh = () => K(counter++);

  it('moves current to previous and next to current, and makes a new next', () => {
    expect(rotateLinkKeys({ current: K(1), previous: K(0), next: K(2) }, fresh)).toEqual({ current: K(2), previous: K(1), next: K(10) });
  });

  it('makes a new current when the ring has no next yet (the secret as first created)', () => {
    expect(rotateLinkKeys({ current: K(1) }, fresh)).toEqual({ current: K(11), previous: K(1), next: K(12) });
  });

  it('keeps links of the instances on either side of a rotation valid on both sides', () => {
    const before = { current: K(1), previous: K(0), next: K(2) };
    const after = rotateLinkKeys(before, fresh);
    const stale = ring(before);
    const fresher = ring(after);
    expect(stale.check('status', 't', fresher.sign('status', 't'), now)).toBe('valid');
    expect(fresher.check('status', 't', stale.sign('status', 't'), now)).toBe('valid');
    // Two rotations later the key that signed before the first one is gone.
    expect(ring(rotateLinkKeys(after, fresh)).check('status', 't', stale.sign('status', 't'), now)).toBe('invalid');
  });
});

describe('the secret value', () => {
  it('is JSON with a current key of at least 32 characters', () => {
    expect(parseLinkKeys(JSON.stringify({ current: K(1), previous: K(0) }))).toEqual({ current: K(1), previous: K(0) });
    expect(() => parseLinkKeys(K(1))).toThrow(/not JSON/);
    expect(() => parseLinkKeys(JSON.stringify({ previous: K(0) }))).toThrow(/current/);
    expect(() => parseLinkKeys(JSON.stringify({ current: 'short' }))).toThrow(/at least 32/);
  });

  it('never shows a key in its error', () => {
    const short = 'abcdefgh';
    expect(() => parseLinkKeys(JSON.stringify({ current: K(1), next: short }))).toThrow(expect.not.objectContaining({ message: expect.stringContaining(short) }));
  });
});

describe('the handlers', () => {
  // Signing and checking are synchronous; the ring is read by a middleware before each invocation.
  it.each(FUNCTION_NAMES)('%s refreshes the key ring before each invocation exactly when its manifest entry signs links', (name) => {
    const source = readFileSync(new URL(`../../${functionSpec(name).entry}`, import.meta.url), 'utf8');
    expect(source.includes('.use(refreshLinkKeys(deps))'), name).toBe(functionSpec(name).access.signsLinks);
  });
});
