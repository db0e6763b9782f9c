/**
 * Staff actions on a ticket's SLA timers (its current generation of a kind): pause with a reason
 * category and when and how the customer was told, resume, and exemption (reason + when and how the
 * customer was told), both only before the deadline.
 * Each change is written with its timeline event in one conditional transaction.
 */
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { ConcurrentUpdateError, NotFoundError } from '../../platform/errors.ts';
import type { TimerKind } from '../domain/service-standards.ts';
import { currentTimer, exemptTimer, pauseTimer, resumeTimer, type PauseInput, type SlaTimer, type ToldVia } from '../domain/sla-timer.ts';
import { checkEnteredTime } from '../../tickets/index.ts';
import { changedTimerPut } from '../store/sla-repository.ts';
import { eventPut, newEvent } from '../../tickets/server.ts';
import { guard, transactWrite } from '../../platform/store/transact.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'timers' | 'sla' | 'tableName' | 'now' | 'db'>;

export type TimerAction =
  | ({ type: 'pause' } & Omit<PauseInput, 'by'>)
  | { type: 'resume' }
  | { type: 'exempt'; reason: string; customerToldAt: Date; customerToldVia: ToldVia };

/** The promise that applies now: the latest generation of that kind. */
async function requireTimer(deps: Deps, ticketId: string, kind: TimerKind): Promise<SlaTimer> {
  const timer = currentTimer(await deps.timers.timersOf(ticketId), kind);
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
  // Told after the deadline is too late (422, from the domain) before it is anything else; then the
  // time itself must be a fact of the past of this timer (400 naming the field).
  const toldInBounds = (at: Date) => checkEnteredTime('customerToldAt', at, { now, notBefore: new Date(timer.startedAt), notBeforeIs: 'previous_event' });
  switch (action.type) {
    case 'pause': {
      const { type: _type, ...input } = action;
      const paused = pauseTimer(timer, now, { ...input, by: user.id });
      toldInBounds(action.customerToldAt);
      const pause = paused.pauses.at(-1)!;
      return saveTimerChange(
        deps,
        timer,
        paused,
        { type: 'sla_paused', actor: user.id, data: { reason: pause.reason, category: pause.category, customerToldAt: pause.customerToldAt, customerToldVia: pause.customerToldVia } },
        now,
      );
    }
    case 'resume': {
      const resumed = resumeTimer(timer, now, await deps.sla.calendar(timer.calendarId));
      return saveTimerChange(deps, timer, resumed, { type: 'sla_resumed', actor: user.id, data: { dueAt: resumed.dueAt } }, now);
    }
    case 'exempt': {
      const exempt = exemptTimer(timer, now, { reason: action.reason, customerToldAt: action.customerToldAt, customerToldVia: action.customerToldVia, by: user.id });
      toldInBounds(action.customerToldAt);
      return saveTimerChange(
        deps,
        timer,
        exempt,
        { type: 'sla_exempted', actor: user.id, data: { reason: action.reason, customerToldAt: action.customerToldAt.toISOString(), customerToldVia: action.customerToldVia } },
        now,
      );
    }
  }
}
