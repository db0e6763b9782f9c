/**
 * STD-1c's second half as transaction items for the use cases that decide it: scheduling a visit
 * stops the visit-agreement timer (met, or breached when late); a fault fixed without a visit
 * (triaged or assessed as remote) never needed one, so the timer is cancelled, counted neither way.
 */
import { assignTimer, currentTimer, isOpenTimer, notApplicableTimer, stopTimer, type SlaTimer } from '../domain/sla-timer.ts';
import { changedTimerPut, type TransactItem } from '../store/sla-repository.ts';

function openVisitAgreement(timers: SlaTimer[]) {
  const timer = currentTimer(timers, 'visit_agreement');
  return timer && isOpenTimer(timer) ? timer : undefined;
}

/** From the ticket's timers as the caller read them (scheduling reads them once for both its deadlines). */
export function visitAgreedItems(tableName: string, timers: SlaTimer[], now: Date, agent?: string): TransactItem[] {
  const timer = openVisitAgreement(timers);
  return timer ? [changedTimerPut(tableName, assignTimer(stopTimer(timer, now), agent), timer.version, now)] : [];
}

/** From the ticket's timers as the caller read them (beside the ticket, in the same round trip). */
export function noVisitNeededItems(tableName: string, timers: SlaTimer[], now: Date, by: string): TransactItem[] {
  const timer = openVisitAgreement(timers);
  return timer ? [changedTimerPut(tableName, notApplicableTimer(timer, now, 'no_visit_needed', by), timer.version, now)] : [];
}
