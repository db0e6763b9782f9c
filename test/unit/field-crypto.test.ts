/** Field-level encryption and the blind index (lib/platform/privacy/field-crypto.ts), and rotation of the local key file. */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { DataKeyring, SEALED_PREFIX, UnknownDataKeyError, isSealed, sealedKeyIds } from '../../lib/platform/privacy/field-crypto.ts';
import { FileDataKeyStore } from '../../lib/platform/privacy/data-keys.ts';

const dir = mkdtempSync(join(tmpdir(), 'field-crypto-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ring = (keys: Array<{ id: string; key?: Buffer; activeFrom?: string }>, indexKey = Buffer.alloc(32, 7)) => {
  const r = new DataKeyring();
  r.load({ indexKey, keys: keys.map((k, i) => ({ id: k.id, key: k.key ?? randomBytes(32), activeFrom: k.activeFrom ?? new Date(i).toISOString() })) });
  return r;
};

describe('sealing a field', () => {
  const keys = ring([{ id: 'k1' }]);

  it('is AES-256-GCM in the compact form enc:v1:<keyId>:<iv>:<ciphertext+tag>, a fresh IV each time', () => {
    const a = keys.seal('13812345678', 'ticket.customer.phone');
    const b = keys.seal('13812345678', 'ticket.customer.phone');
    expect(a.startsWith(`${SEALED_PREFIX}k1:`)).toBe(true);
    const [, , keyId, iv, body] = a.split(':');
    expect(keyId).toBe('k1');
    expect(Buffer.from(iv!, 'base64url')).toHaveLength(12);
    expect(Buffer.from(body!, 'base64url')).toHaveLength(Buffer.byteLength('13812345678') + 16);
    expect(a).not.toBe(b);
    expect(a).not.toContain('13812345678');
    expect(keys.open(a, 'ticket.customer.phone')).toBe('13812345678');
    expect(keys.open(b, 'ticket.customer.phone')).toBe('13812345678');
  });

  it('opens only for the purpose it was sealed for, and refuses a changed ciphertext', () => {
    const sealed = keys.seal('张三', 'ticket.customer.name');
    expect(() => keys.open(sealed, 'statement.customer.name')).toThrow();
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BA' : 'AA');
    expect(() => keys.open(tampered, 'ticket.customer.name')).toThrow();
  });

  it('passes plain values (written before encryption) through, and does not seal twice', () => {
    expect(keys.open('上海市浦东新区', 'ticket.site.address')).toBe('上海市浦东新区');
    const sealed = keys.seal('a@b.cn', 'ticket.customer.email');
    expect(keys.seal(sealed, 'ticket.customer.email')).toBe(sealed);
    expect(keys.seal(undefined, 'x')).toBeUndefined();
    expect(isSealed(sealed)).toBe(true);
    expect(sealedKeyIds({ a: [sealed, 'plain'], b: { c: sealed } })).toEqual(new Set(['k1']));
  });

  it('names an unknown key instead of failing silently', () => {
    const other = ring([{ id: 'k9' }]);
    expect(() => keys.open(other.seal('x', 'p'), 'p')).toThrow(UnknownDataKeyError);
  });
});

describe('the blind index', () => {
  it('is an HMAC of the kind and normalised value under the index key, stable across data keys', () => {
    const indexKey = randomBytes(32);
    const before = ring([{ id: 'k1' }], indexKey);
    const after = ring([{ id: 'k1' }, { id: 'k2' }], indexKey);
    expect(before.blindIndex('phone', '+8613812345678')).toBe(after.blindIndex('phone', '+8613812345678'));
    expect(before.blindIndex('phone', '+8613812345678')).not.toBe(before.blindIndex('email', '+8613812345678'));
    expect(before.blindIndex('phone', '+8613812345678')).not.toContain('13812345678');
    expect(ring([{ id: 'k1' }]).blindIndex('phone', '+8613812345678')).not.toBe(before.blindIndex('phone', '+8613812345678'));
  });
});

describe('rotation', () => {
  it('writes with key 1, rotates, writes with key 2, and reads both (the key id picks the key)', async () => {
    const store = new FileDataKeyStore(join(dir, 'data-keys.json'));
    const keys = new DataKeyring();
    keys.load(await store.load());
    const first = keys.seal('13800000001', 'ticket.customer.phone');
    expect(first.split(':')[2]).toBe('k1');
    const index = keys.blindIndex('phone', '+8613800000001');

    expect((await store.rotate()).keyId).toBe('k2');
    keys.load(await store.load());
    const second = keys.seal('13800000002', 'ticket.customer.phone');
    expect(second.split(':')[2]).toBe('k2');

    expect(keys.open(first, 'ticket.customer.phone')).toBe('13800000001');
    expect(keys.open(second, 'ticket.customer.phone')).toBe('13800000002');
    expect(keys.blindIndex('phone', '+8613800000001')).toBe(index); // the index key is not rotated
    expect(statSync(join(dir, 'data-keys.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'data-keys.json'), 'utf8')).keys.map((k: { id: string }) => k.id)).toEqual(['k1', 'k2']);
  });

  it('makes the newest key already active the current one (a key written ahead of its activation seals later)', () => {
    const keys = ring([
      { id: 'k1', activeFrom: '2026-01-01T00:00:00.000Z' },
      { id: 'k2', activeFrom: '2026-06-01T00:00:00.000Z' },
      { id: 'k3', activeFrom: '2026-12-01T00:00:00.000Z' },
    ]);
    expect(keys.current(Date.parse('2026-07-01T00:00:00.000Z')).id).toBe('k2');
    expect(keys.current(Date.parse('2026-12-02T00:00:00.000Z')).id).toBe('k3');
  });
});

describe('the handlers that handle customer data', () => {
  it('load the data keys before each invocation, exactly those the manifest grants them to', async () => {
    const { functions } = await import('../../lib/wiring.ts');
    for (const [name, spec] of Object.entries(functions)) {
      const source = readFileSync(join(import.meta.dirname, '../..', spec.entry), 'utf8');
      expect(source.includes('.use(loadDataKeys())'), name).toBe(spec.access.customerData);
      // The KMS store comes with that middleware only: a function without customer data cannot unwrap the keys.
      expect(source.includes('lib/platform/privacy/data-keys-kms.ts'), name).toBe(spec.access.customerData);
    }
  });
});
