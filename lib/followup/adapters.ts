/** The followup context's repositories, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { FollowUpRepository } from './store/follow-up-repository.ts';

export const followupAdapters = ({ db, tableName }: StoreAccess) => ({ followUps: new FollowUpRepository(db, tableName) });
