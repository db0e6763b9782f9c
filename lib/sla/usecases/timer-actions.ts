/**
 * Staff actions on a ticket's SLA timers: pause and resume with a reason (waiting for the customer's
 * access, for parts), and exemption (reason + when the customer was told, before the deadline).
 * Each change is written with its timeline event in one conditional transaction.
 */
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { ConcurrentUpdateError, NotFoundError } from '../../platform/errors.ts';
import type { TimerKind } from '../domain/service-standards.ts';
import { exemptTimer, pauseTimer, resumeTimer, type SlaTimer } from '../domain/sla-timer.ts';
import { changedTimerPut } from '../store/sla-repository.ts';
import { eventPut, newEvent } from '../../tickets/server.ts';
import { guard, transactWrite } from '../../platform/store/transact.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'timers' | 'sla' | 'tableName' | 'now' | 'db'>;

export type TimerAction =
  | { type: 'pause'; reason: string }
  | { type: 'resume' }
  | { type: 'exempt'; reason: string; customerToldAt: Date };

async function requireTimer(deps: Deps, ticketId: string, kind: TimerKind): Promise<SlaTimer> {
  const timer = (await deps.timers.timersOf(ticketId)).find((t) => t.kind === kind);
  if (!timer) throw new NotFoundError(`No ${kind} timer on ticket ${ticketId}`);
  return timer;
}

/** Writes a changed timer and its event; a concurrent change (or a sweep) makes it a 409. */
export async function saveTimerChange(deps: Pick<Deps, 'tableName' | 'db'>, before: SlaTimer, after: SlaTimer, event: { type: string; actor: string; data: Record<string, unknown> }, now: Date) {
  await transactWrite(deps.db, [
    guard(changedTimerPut(deps.tableName, after, before.version, now), (cause) => new ConcurrentUpdateError(`Timer ${before.kind} of ${before.ticketId} changed concurrently`, { cause })),
    eventPut(deps.tableName, newEvent(before.ticketId, now.toISOString(), { ...event, data: { timer: before.kind, ...event.data } })),
  ]);
  return { ...after, version: before.version + 1 };
}

export async function applyTimerAction(deps: Deps, ticketId: string, kind: TimerKind, action: TimerAction, user: StaffUser): Promise<SlaTimer> {
  const now = deps.now();
  const timer = await requireTimer(deps, ticketId, kind);
  switch (action.type) {
    case 'pause':
      return saveTimerChange(deps, timer, pauseTimer(timer, now, action.reason, user.id), { type: 'sla_paused', actor: user.id, data: { reason: action.reason } }, now);
    case 'resume': {
      const resumed = resumeTimer(timer, now, await deps.sla.calendar(timer.calendarId));
      return saveTimerChange(deps, timer, resumed, { type: 'sla_resumed', actor: user.id, data: { dueAt: resumed.dueAt } }, now);
    }
    case 'exempt': {
      const exempt = exemptTimer(timer, now, { reason: action.reason, customerToldAt: action.customerToldAt, by: user.id });
      return saveTimerChange(
        deps,
        timer,
        exempt,
        { type: 'sla_exempted', actor: user.id, data: { reason: action.reason, customerToldAt: action.customerToldAt.toISOString() } },
        now,
      );
    }
  }
}
