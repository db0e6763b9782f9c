/**
 * Field-level encryption of customer contact data (CONF-1, CONF-2) and its blind index.
 *
 * A value is sealed with AES-256-GCM under the current data key, a random 96-bit IV per value and
 * the field's purpose (`ticket.customer.phone`) as additional authenticated data, so a ciphertext
 * moved to another field does not open. Stored as one compact string:
 *
 *   enc:v1:<keyId>:<iv base64url>:<ciphertext+tag base64url>
 *
 * The key id picks the key on reading, so values sealed under a data key that has since been
 * rotated stay readable. A string without the prefix is a value written before encryption (or a
 * value nobody sealed) and opens as itself: the migration (scripts/encrypt-existing.ts) re-writes
 * them sealed.
 *
 * The blind index is HMAC-SHA256 under a separate index key (never a data key, never rotated with
 * them, so an index stays valid across rotations) over a normalised value (E.164 phone, lower-case
 * email) and its kind: equal values find each other, the index reveals nothing else.
 *
 * The ring is process-wide (like the document client): keys are loaded once per cold start
 * (lib/platform/privacy/data-keys.ts) and everything here is synchronous after that, so the store
 * layer seals and opens without a round trip per request.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export const SEALED_PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface DataKey {
  /** Short id written into every value sealed with it ([A-Za-z0-9_-]). */
  id: string;
  /** 32 bytes (AES-256). */
  key: Buffer;
  /** From when it seals new values (ISO instant); the newest key already active is the current one. */
  activeFrom: string;
}

export interface DataKeyMaterial {
  keys: DataKey[];
  /** 32 bytes: the blind index's HMAC key. */
  indexKey: Buffer;
}

export class UnknownDataKeyError extends Error {
  override name = 'UnknownDataKeyError';
}

export class DataKeyring {
  private keys = new Map<string, DataKey>();
  private indexKey: Buffer | undefined;
  private loadedAt = 0;

  /** Replaces the ring's keys (a reload keeps nothing of the previous one). */
  load(material: DataKeyMaterial, at = Date.now()): void {
    if (material.indexKey.length !== 32) throw new Error('The blind index key must be 32 bytes');
    for (const key of material.keys) if (key.key.length !== 32 || !/^[A-Za-z0-9_-]+$/.test(key.id)) throw new Error(`Data key ${key.id} is malformed`);
    this.keys = new Map(material.keys.map((key) => [key.id, key]));
    this.indexKey = material.indexKey;
    this.loadedAt = at;
  }

  get loaded(): boolean {
    return this.indexKey !== undefined && this.keys.size > 0;
  }

  /** Milliseconds since the last load (Infinity before the first). */
  age(at = Date.now()): number {
    return this.loaded ? at - this.loadedAt : Number.POSITIVE_INFINITY;
  }

  has(keyId: string): boolean {
    return this.keys.has(keyId);
  }

  /** The key new values are sealed with: the newest one already active (the oldest when none is yet). */
  current(at = Date.now()): DataKey {
    this.requireLoaded();
    const all = [...this.keys.values()].sort((a, b) => a.activeFrom.localeCompare(b.activeFrom));
    const active = all.filter((key) => Date.parse(key.activeFrom) <= at);
    return active.at(-1) ?? all[0]!;
  }

  seal(value: string, purpose: string): string;
  seal(value: string | undefined, purpose: string): string | undefined;
  seal(value: string | undefined, purpose: string): string | undefined {
    if (value === undefined || value === '' || isSealed(value)) return value;
    const key = this.current();
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key.key, iv);
    cipher.setAAD(Buffer.from(purpose, 'utf8'));
    const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${SEALED_PREFIX}${key.id}:${iv.toString('base64url')}:${body.toString('base64url')}`;
  }

  open(value: string, purpose: string): string;
  open(value: string | undefined, purpose: string): string | undefined;
  open(value: string | undefined, purpose: string): string | undefined {
    if (value === undefined || !isSealed(value)) return value; // written before encryption: plain
    const [keyId, ivText, bodyText] = value.slice(SEALED_PREFIX.length).split(':');
    const key = keyId ? this.keys.get(keyId) : undefined;
    if (!key) throw new UnknownDataKeyError(`No data key ${keyId} loaded`);
    const iv = Buffer.from(ivText ?? '', 'base64url');
    const body = Buffer.from(bodyText ?? '', 'base64url');
    if (iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new Error('Malformed sealed value');
    const decipher = createDecipheriv('aes-256-gcm', key.key, iv);
    decipher.setAAD(Buffer.from(purpose, 'utf8'));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** HMAC-SHA256 (base64url) of an already normalised value of a kind, under the index key. */
  blindIndex(kind: 'phone' | 'email', normalised: string): string {
    this.requireLoaded();
    return createHmac('sha256', this.indexKey!).update(`${kind}:${normalised}`, 'utf8').digest('base64url');
  }

  private requireLoaded(): void {
    if (!this.loaded) throw new Error('Data keys not loaded: the handler must use loadDataKeys (lib/platform/privacy/data-keys.ts)');
  }
}

export const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(SEALED_PREFIX);

/** The key ids of every sealed string in a value (any depth). */
export function sealedKeyIds(value: unknown, into = new Set<string>()): Set<string> {
  if (isSealed(value)) into.add(value.slice(SEALED_PREFIX.length).split(':')[0]!);
  else if (Array.isArray(value)) for (const v of value) sealedKeyIds(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) sealedKeyIds(v, into);
  return into;
}

/** The process's ring: loaded by the handlers' middleware, used by the store layer. */
export const dataKeys = new DataKeyring();

/** Normalised email for the blind index and the deliverability records. */
export const normaliseEmail = (address: string) => address.trim().toLowerCase();
