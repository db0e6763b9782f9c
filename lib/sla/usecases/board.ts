/**
 * The manager's SLA board (STD-1..3): timers at risk (warned, past the warning instant or overdue),
 * timers whose warning or deadline comes up within the next two days, paused timers, and the
 * breaches, exemptions and cancelled promises of the last days (every generation of a promise). Only Queries of the sparse GSI2 partitions that hold
 * exactly those timers (due-alarm buckets by day, the paused list, the outcome buckets by day), then
 * one BatchGetItem for the ticket numbers: the cost follows what is on the board, not the open tickets.
 */
import type { SlaTimer } from '../domain/sla-timer.ts';
import type { TicketStatus, Urgency } from '../../tickets/index.ts';
import type { Dependencies } from '../../dependencies.ts';
import { staffTimerViews, type StaffTimerView } from './timer-view.ts';

export interface BoardEntry extends StaffTimerView {
  ticketNumber?: string;
  ticketStatus?: TicketStatus;
  urgency?: Urgency;
}

export interface SlaBoard {
  now: string;
  days: number;
  atRisk: BoardEntry[];
  upcoming: BoardEntry[];
  paused: BoardEntry[];
  breached: BoardEntry[];
  exempt: BoardEntry[];
  /** Promises called off (counted neither way), with their reasons: on the board so none goes unseen. */
  cancelled: BoardEntry[];
}

const DAY = 86_400_000;
const utcDay = (at: Date, offsetDays: number) => new Date(at.getTime() + offsetDays * DAY).toISOString().slice(0, 10);

export function isAtRisk(timer: SlaTimer, now: Date): boolean {
  return timer.state === 'running' && (timer.warnedAt !== undefined || timer.warnAt <= now.toISOString() || timer.dueAt <= now.toISOString());
}

export async function slaBoard(deps: Pick<Dependencies, 'timers' | 'tickets' | 'sla'>, now: Date, days: number): Promise<SlaBoard> {
  // Alarms of yesterday (the sweep's catch-up window) through the day after tomorrow.
  const alarmDays = [-1, 0, 1, 2].map((offset) => utcDay(now, offset));
  // Today and the days before; tomorrow too, for a breach recorded by a sweep whose clock ran ahead.
  const outcomeDays = Array.from({ length: days + 1 }, (_, i) => utcDay(now, 1 - i));
  const [alarmed, paused, breached, exempt, cancelled] = await Promise.all([
    Promise.all(alarmDays.map((day) => deps.timers.alarmsOn(day))).then((lists) => lists.flat().filter((t) => t.state === 'running')),
    deps.timers.pausedTimers().then((list) => list.filter((t) => t.state === 'paused')),
    Promise.all(outcomeDays.map((day) => deps.timers.outcomesOn('breached', day))).then((lists) => lists.flat()),
    Promise.all(outcomeDays.map((day) => deps.timers.outcomesOn('exempt', day))).then((lists) => lists.flat()),
    Promise.all(outcomeDays.map((day) => deps.timers.outcomesOn('cancelled', day))).then((lists) => lists.flat()),
  ]);
  const tickets = await deps.tickets.summaries([...alarmed, ...paused, ...breached, ...exempt, ...cancelled].map((t) => t.ticketId));
  const entries = async (timers: SlaTimer[]): Promise<BoardEntry[]> =>
    (await staffTimerViews(deps.sla, timers, now)).map((timer) => {
      const ticket = tickets.get(timer.ticketId);
      return { ...timer, ...(ticket ? { ticketNumber: ticket.number, ticketStatus: ticket.status, urgency: ticket.urgency } : {}) };
    });
  const byDue = (a: SlaTimer, b: SlaTimer) => a.dueAt.localeCompare(b.dueAt);
  const newestFirst = (at: (t: SlaTimer) => string) => (a: SlaTimer, b: SlaTimer) => at(b).localeCompare(at(a));
  return {
    now: now.toISOString(),
    days,
    atRisk: await entries(alarmed.filter((t) => isAtRisk(t, now)).sort(byDue)),
    upcoming: await entries(alarmed.filter((t) => !isAtRisk(t, now)).sort(byDue)),
    paused: await entries(paused.sort(byDue)),
    breached: await entries(breached.sort(newestFirst((t) => t.breachedAt ?? t.dueAt))),
    exempt: await entries(exempt.sort(newestFirst((t) => t.exemption?.recordedAt ?? t.dueAt))),
    cancelled: await entries(cancelled.sort(newestFirst((t) => t.cancellation?.at ?? t.dueAt))),
  };
}
