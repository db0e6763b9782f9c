/**
 * The data keys of customer data (lib/platform/privacy/data-keys.ts), deployed beside the KMS key
 * (infra/customer-data-key.ts; not in the manifest). `{"action": "create"}` makes the first data key
 * and the blind index key when there are none (run once after the first deployment; a repeat does
 * nothing); `{"action": "rotate"}` adds a new data key, which seals new values once every instance
 * has had time to load it. The only code granted kms:GenerateDataKey.
 */
import { dataKeyStore, type DataKeyStore } from '../../lib/platform/privacy/data-keys.ts';
// Registers the KMS store dataKeyStore() builds in AWS.
import '../../lib/platform/privacy/data-keys-kms.ts';
import { logger } from '../../lib/platform/observability/logger.ts';

let store: DataKeyStore | undefined;

export const handler = async (event: { action?: 'create' | 'rotate' }): Promise<{ keyId?: string; activeFrom?: string; created: boolean }> => {
  store ??= dataKeyStore();
  if (event.action === 'rotate') {
    const rotated = await store.rotate();
    logger.info('data key rotated', rotated);
    return { ...rotated, created: true };
  }
  try {
    await store.load();
    return { created: false }; // keys exist: create is a no-op
  } catch {
    const created = await store.rotate();
    logger.info('first data key created', created);
    return { ...created, created: true };
  }
};
