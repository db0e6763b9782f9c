/** The settlement context's repositories, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { CoverageRepository } from './store/coverage-repository.ts';
import { FeeScheduleRepository } from './store/fee-schedule-repository.ts';
import { StatementRepository } from './store/statement-repository.ts';

export const settlementAdapters = ({ db, tableName }: StoreAccess) => ({ statements: new StatementRepository(db, tableName), coverage: new CoverageRepository(db, tableName), feeSchedule: new FeeScheduleRepository(db, tableName) });
