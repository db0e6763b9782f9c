/** The intake context's adapters, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { MailTaskRepository } from './store/mail-task-repository.ts';
import { reportFault, type ReportFaultDeps, type ReportFaultInput } from './usecases/report-fault.ts';

export const intakeAdapters = ({ db, tableName }: StoreAccess) => ({ mailTasks: new MailTaskRepository(db, tableName) });

/**
 * Opens a ticket exactly as intake does (the follow-up's rework ticket). Passed in rather than
 * imported because intake sits above follow-up in the context order (it completes remote fixes).
 */
export const ticketOpener = (deps: ReportFaultDeps) => ({ openTicket: (input: ReportFaultInput) => reportFault(deps, input) });
