/**
 * What completing a ticket writes besides the ticket itself, the same way for a remote resolution
 * and an on-site repair: every running timer stops (met or late) and the follow-up timer (STD-3)
 * starts at the completion instant.
 */
import { stopTimer, type SlaTimer } from '../domain/sla-timer.ts';
import type { Ticket } from '../domain/ticket.ts';
import { changedTimerPut, newTimerPut, type TransactItem } from '../store/sla-repository.ts';
import type { Dependencies } from './dependencies.ts';

export async function completionItems(
  deps: Pick<Dependencies, 'timers' | 'sla' | 'tableName'>,
  ticket: Ticket,
  now: Date,
): Promise<{ items: TransactItem[]; set: Partial<Ticket>; stopped: SlaTimer[] }> {
  const timers = await deps.timers.timersOf(ticket.id);
  const open = timers.filter((t) => (t.state === 'running' || t.state === 'paused') && t.kind !== 'follow_up');
  const stopped = open.map((t) => stopTimer(t, now));
  const followUp = timers.some((t) => t.kind === 'follow_up') ? undefined : await deps.sla.start(ticket, 'follow_up', now);
  return {
    items: [
      ...stopped.map((t, i) => changedTimerPut(deps.tableName, t, open[i]!.version, now)),
      ...(followUp ? [newTimerPut(deps.tableName, followUp, now)] : []),
    ],
    set: { completedAt: now.toISOString() },
    stopped,
  };
}
