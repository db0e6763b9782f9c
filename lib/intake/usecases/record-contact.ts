/**
 * First contact with the customer (FLOW-1): customer service (or the technician) records the call
 * and a first judgement; the ticket moves to triaged and the first-contact timer stops, together.
 */
import { assignTimer, currentTimer, isOpenTimer, stopTimer } from '../../sla/index.ts';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { checkEnteredTime } from '../../tickets/index.ts';
import { changedTimerPut } from '../../sla/server.ts';
import type { Dependencies } from '../../dependencies.ts';

export interface ContactInput {
  note: string;
  /** When the call happened; defaults to now (a call logged a few minutes late keeps its real time). */
  contactedAt?: Date;
}

export async function recordFirstContact(deps: Pick<Dependencies, 'tickets' | 'timers' | 'tableName' | 'now'>, ticketId: string, input: ContactInput, user: StaffUser) {
  const now = deps.now();
  // The ticket and its timers are read together: two independent reads, one round trip.
  const [ticket, timers] = await Promise.all([deps.tickets.require(ticketId), deps.timers.timersOf(ticketId)]);
  if (input.contactedAt) checkEnteredTime('contactedAt', input.contactedAt, { now, notBefore: new Date(ticket.createdAt) });
  // Within the tolerated skew a slightly "future" call is taken as now: a timer never stops in the future.
  const at = input.contactedAt && input.contactedAt < now ? input.contactedAt : now;
  const current = currentTimer(timers, 'first_contact');
  const contactTimer = current && isOpenTimer(current) ? current : undefined;
  const stopped = contactTimer ? assignTimer(stopTimer(contactTimer, at), user.id) : undefined;
  return deps.tickets.transition(ticket, 'triaged', {
    actor: user.id,
    at: now,
    type: 'first_contact',
    data: { note: input.note, contactedAt: at.toISOString(), ...(stopped ? { timer: { kind: stopped.kind, state: stopped.state } } : {}) },
    set: { contactedBy: user.id },
    withItems: stopped && contactTimer ? [changedTimerPut(deps.tableName, stopped, contactTimer.version, now)] : [],
  });
}
