/** The dispatch context's repositories, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { JobRepository } from './store/job-repository.ts';

export const dispatchAdapters = ({ db, tableName }: StoreAccess) => ({ jobs: new JobRepository(db, tableName) });
