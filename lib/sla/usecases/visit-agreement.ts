/**
 * STD-1c's second half as transaction items for the use cases that decide it: scheduling a visit
 * stops the visit-agreement timer (met, or breached when late); a fault fixed without a visit
 * (triaged or assessed as remote) never needed one, so the timer is cancelled, counted neither way.
 */
import { currentTimer, isOpenTimer, notApplicableTimer, stopTimer } from '../domain/sla-timer.ts';
import { changedTimerPut, type TransactItem } from '../store/sla-repository.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'timers' | 'tableName'>;

async function openVisitAgreement(deps: Deps, ticketId: string) {
  const timer = currentTimer(await deps.timers.timersOf(ticketId), 'visit_agreement');
  return timer && isOpenTimer(timer) ? timer : undefined;
}

export async function visitAgreedItems(deps: Deps, ticketId: string, now: Date): Promise<TransactItem[]> {
  const timer = await openVisitAgreement(deps, ticketId);
  return timer ? [changedTimerPut(deps.tableName, stopTimer(timer, now), timer.version, now)] : [];
}

export async function noVisitNeededItems(deps: Deps, ticketId: string, now: Date, by: string): Promise<TransactItem[]> {
  const timer = await openVisitAgreement(deps, ticketId);
  return timer ? [changedTimerPut(deps.tableName, notApplicableTimer(timer, now, 'no_visit_needed', by), timer.version, now)] : [];
}
