/**
 * What completing a ticket writes besides the ticket itself, the same way for a remote resolution
 * and an on-site repair: every running timer stops (met or late), the follow-up timer (STD-3)
 * starts at the completion instant, the follow-up is scheduled (survey after N working days), the
 * repair is recorded for STD-4a/4b, and settlement is told (outbox).
 */
import { assignTimer, stopTimer, type SlaTimer } from '../../sla/index.ts';
import { customerServiceAgentOf, type Ticket } from '../../tickets/index.ts';
import { changedTimerPut, newTimerPut, type TransactItem } from '../../sla/server.ts';
import type { Dependencies } from '../../dependencies.ts';
import { outboxPut } from '../../platform/store/outbox.ts';
import { addWorkingMinutes } from '../../calendar/index.ts';
import { quarterOf, type FollowUp } from '../domain/follow-up.ts';
import { localDate } from '../../platform/local-date.ts';
import { WORKING_DAY_MINUTES } from '../../sla/index.ts';

export async function completionItems(
  deps: Pick<Dependencies, 'sla' | 'tableName' | 'followUps' | 'devices'>,
  ticket: Ticket,
  /** The ticket's timers, read by the caller beside the ticket (one round trip for both). */
  timers: SlaTimer[],
  now: Date,
  /** Who fixed it (the technician, or customer service for a remote fix): STD-4a counts against them. */
  repairedBy: string,
): Promise<{ items: TransactItem[]; set: Partial<Ticket>; stopped: SlaTimer[] }> {
  const standards = await deps.sla.standards();
  // FLOW-4: the survey goes out after the configured working days in the ticket's business calendar.
  const calendar = await deps.sla.calendar(ticket.calendarId ?? standards.businessCalendarId);
  const surveyAt = addWorkingMinutes(calendar, now, standards.followUp.surveyDelayWorkingDays * WORKING_DAY_MINUTES);
  const followUp: FollowUp = {
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    state: 'scheduled',
    completedAt: now.toISOString(),
    repairedBy,
    nextActionAt: surveyAt.toISOString(),
    nextAction: 'send_survey',
    version: 0,
  };
  const open = timers.filter((t) => (t.state === 'running' || t.state === 'paused') && t.kind !== 'follow_up');
  // Attribution: a promise nobody was named for yet is the repairer's (repair service) or the ticket's agent's.
  const agent = customerServiceAgentOf(ticket);
  const stopped = open.map((t) => assignTimer(stopTimer(t, now), t.responsibleGroup === 'repair_service' ? repairedBy : t.responsibleGroup === 'customer_service' ? agent : undefined));
  const started = timers.some((t) => t.kind === 'follow_up') ? undefined : await deps.sla.start(ticket, 'follow_up', now);
  const followUpTimer = started && assignTimer(started, agent);
  return {
    items: [
      ...stopped.map((t, i) => changedTimerPut(deps.tableName, t, open[i]!.version, now)),
      ...(followUpTimer ? [newTimerPut(deps.tableName, followUpTimer, now)] : []),
      deps.followUps.followUpPut(followUp, undefined, now),
      ...repairRecordItems(deps, ticket, repairedBy, now),
      completionAnnouncement(deps.tableName, ticket.id, now),
    ],
    set: { completedAt: now.toISOString() },
    stopped,
  };
}

/**
 * Tells settlement that a ticket completed, in the completion's own transaction (outbox): it computes
 * the statement now only when the fee schedule says `statementAt: completion` (otherwise after the
 * follow-up).
 */
function completionAnnouncement(tableName: string, ticketId: string, now: Date): TransactItem {
  return outboxPut(tableName, 'ticket-followed-up', { type: 'ticket.completed', ticketId }, now);
}

/**
 * What a finished repair leaves behind for STD-4a/4b, the same for an on-site repair and a remote fix:
 * the device record (by serial, else by site + system + location) saying when, on which ticket and by
 * whom it was last repaired, and the repair as a fact of its quarter (a confirmed rework marks it later).
 */
function repairRecordItems(deps: Pick<Dependencies, 'devices' | 'followUps'>, ticket: Ticket, repairedBy: string, now: Date): TransactItem[] {
  const quarter = quarterOf(localDate(now));
  return [
    deps.devices.repairedItem({
      ...ticket.device,
      siteAddress: ticket.site.address,
      lastRepairedAt: now.toISOString(),
      lastRepairTicketId: ticket.id,
      lastRepairTicketNumber: ticket.number,
      lastRepairTechnicianId: repairedBy,
      lastRepairQuarter: quarter,
    }),
    deps.followUps.qualityFactPut(quarter, 'REPAIR', ticket.id, { ticketId: ticket.id, ticketNumber: ticket.number, technicianId: repairedBy, completedAt: now.toISOString(), device: ticket.device }),
  ];
}
