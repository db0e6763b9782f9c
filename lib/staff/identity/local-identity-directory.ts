/**
 * The local runtime's sign-in is the local issuer (local/issuer.ts), which reads the staff record
 * when it signs a token: it refuses an inactive member and puts the record's roles in the token. So
 * there is no separate directory to change; the record written is the change. Logged for the demo.
 */
import { logger } from '../../platform/observability/logger.ts';
import { hasIdentityChanges, type IdentityChanges, type IdentityDirectory } from '../domain/identity.ts';

export class LocalIdentityDirectory implements IdentityDirectory {
  async apply(staffId: string, changes: IdentityChanges): Promise<void> {
    if (hasIdentityChanges(changes)) logger.info('Local sign-in follows the staff record', { staffId, ...changes });
  }
}
