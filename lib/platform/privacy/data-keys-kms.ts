/**
 * The customer-data keys in AWS: wrapped in the table, unwrapped (and generated) by AWS KMS
 * (data-keys.ts says why in the table). A module of its own so that only the functions that handle
 * customer data (manifest `customerData`, the ones granted `kms:Decrypt`) carry the KMS client:
 * importing it registers the store, and `loadDataKeys` is the middleware those functions use.
 */
import type { MiddlewareObj } from '@middy/core';
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms';
import { PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DataKey, DataKeyMaterial } from './field-crypto.ts';
import { DATA_KEYS_PARTITION, dataKeyKey, dataIndexKeyKey } from '../store/keys.ts';
import { queryAll } from '../store/query.ts';
import { DATA_KEY_ACTIVATION_DELAY_MS, ensureDataKeys, nextKeyId, registerKmsDataKeyStore, type DataKeyStore } from './data-keys.ts';

/** Wrapped keys in the table, unwrapped by AWS KMS. */
export class KmsDataKeyStore implements DataKeyStore {
  private readonly unwrapped = new Map<string, Buffer>();
  private kms: KMSClient | undefined;

  constructor(
    private readonly kmsKeyId: string,
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  // Imported statically: a dynamic import of the package would bundle every one of its commands
  // (about 40 KB more); the client is still created only when keys are first loaded.
  private client() {
    this.kms ??= new KMSClient({});
    return this.kms;
  }

  private async unwrap(wrapped: string): Promise<Buffer> {
    const known = this.unwrapped.get(wrapped);
    if (known) return known;
    const result = await this.client().send(new DecryptCommand({ CiphertextBlob: Buffer.from(wrapped, 'base64'), KeyId: this.kmsKeyId }));
    const key = Buffer.from(result.Plaintext!);
    this.unwrapped.set(wrapped, key);
    return key;
  }

  private async items() {
    return queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': DATA_KEYS_PARTITION }, ConsistentRead: true });
  }

  async load(): Promise<DataKeyMaterial> {
    const items = await this.items();
    const index = items.find((item) => item.SK === dataIndexKeyKey().SK);
    const keyItems = items.filter((item) => item.SK !== dataIndexKeyKey().SK);
    if (!index || keyItems.length === 0) throw new Error('No data keys in the table yet: run the data-keys function (README, "Operating it")');
    const [indexKey, ...keys] = await Promise.all([
      this.unwrap(String(index.wrapped)),
      ...keyItems.map(async (item): Promise<DataKey> => ({ id: String(item.keyId), key: await this.unwrap(String(item.wrapped)), activeFrom: String(item.activeFrom) })),
    ]);
    return { indexKey: indexKey as Buffer, keys: keys as DataKey[] };
  }

  private async generate(): Promise<string> {
    const result = await this.client().send(new GenerateDataKeyCommand({ KeyId: this.kmsKeyId, KeySpec: 'AES_256' }));
    return Buffer.from(result.CiphertextBlob!).toString('base64');
  }

  async rotate(at = new Date()): Promise<{ keyId: string; activeFrom: string }> {
    const items = await this.items();
    if (!items.some((item) => item.SK === dataIndexKeyKey().SK)) {
      await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...dataIndexKeyKey(), entity: 'DataIndexKey', wrapped: await this.generate(), createdAt: at.toISOString() }, ConditionExpression: 'attribute_not_exists(PK)' }));
    }
    const existing = items.filter((item) => item.SK !== dataIndexKeyKey().SK);
    const keyId = nextKeyId(existing.map((item) => String(item.keyId)));
    // The first key seals at once; a later one once every instance has had time to load it.
    const activeFrom = new Date(existing.length === 0 ? at.getTime() : at.getTime() + DATA_KEY_ACTIVATION_DELAY_MS).toISOString();
    await this.db.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...dataKeyKey(keyId), entity: 'DataKey', keyId, wrapped: await this.generate(), activeFrom, createdAt: at.toISOString() },
        ConditionExpression: 'attribute_not_exists(PK)', // two rotations at once: one wins, the other fails
      }),
    );
    return { keyId, activeFrom };
  }
}

registerKmsDataKeyStore((kmsKeyId, db, tableName) => new KmsDataKeyStore(kmsKeyId, db, tableName));

/** middy middleware: the data keys are loaded before the handler runs (manifest `customerData`). */
export function loadDataKeys<Event, Result>(): MiddlewareObj<Event, Result> {
  return { before: () => ensureDataKeys() };
}
