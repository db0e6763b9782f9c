/**
 * FLOW-4 follow-up: the sweep sends the survey when due and opens a call task when it stays
 * unanswered; the survey answer or the phone outcome records the follow-up (ticket followed up,
 * STD-3 timer stopped, satisfaction counted), and a low score or equipment not working opens an
 * investigation for the manager (equipment not working also opens a linked rework ticket).
 */
import { randomUUID } from 'node:crypto';
import { addWorkingMinutes } from '../../calendar/index.ts';
import { DomainError, NotFoundError } from '../../platform/errors.ts';
import { needsInvestigation, quarterOf, type FollowUp, type FollowUpOutcome, type Investigation } from '../domain/follow-up.ts';
import { localDate } from '../../platform/local-date.ts';
import { WORKING_DAY_MINUTES } from '../../sla/index.ts';
import { assignTimer, currentTimer, isOpenTimer, stopTimer, type SlaTimer } from '../../sla/index.ts';
import { customerServiceAgentOf, type Ticket } from '../../tickets/index.ts';
import { SendInProgressError, type SendOnce } from '../../platform/mail/send-once.ts';
import { surveyMail } from '../mail/survey.ts';
import { qualityAlertMail } from '../mail/quality-alert.ts';
import { computeQualityFigures, targetCrossings } from './quality.ts';
import { logger } from '../../platform/observability/logger.ts';
import { followUpDueBucket } from '../../platform/store/keys.ts';
import { bucketsSince, readSweepState, writeSweepState } from '../../platform/store/sweep-state.ts';
import { changedTimerPut } from '../../sla/server.ts';
import { eventPut, newEvent } from '../../tickets/server.ts';
import { transactWrite } from '../../platform/store/transact.ts';
import { outboxEvent } from '../../platform/store/outbox.ts';
import type { Dependencies } from '../../dependencies.ts';

export class SurveyAlreadyAnsweredError extends DomainError {
  override name = 'SurveyAlreadyAnsweredError';
  readonly code = 'survey_already_answered';
}

export class LinkExpiredError extends DomainError {
  override name = 'LinkExpiredError';
  readonly code = 'link_expired';
}

type Deps = Pick<Dependencies, 'config' | 'db' | 'tableName' | 'now' | 'followUps' | 'linkKeys' | 'openTicket' | 'sla' | 'settings' | 'staff' | 'surveyUrl' | 'tickets' | 'timers'>;
const DAY_MS = 86_400_000;

function addDays(localDay: string, days: number): string {
  return new Date(Date.parse(`${localDay}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Survey and call-task actions due by `now`: the due index's day buckets since the last run (at
 * least yesterday's and today's; after an outage every day missed, up to a month).
 */
export async function sweepFollowUps(deps: Deps, sendOnce: SendOnce, now: Date): Promise<{ surveys: number; callTasks: number; skipped: number; qualityAlerts: number }> {
  const report = { surveys: 0, callTasks: 0, skipped: 0, qualityAlerts: 0 };
  // Two independent reads, one round trip.
  const [standards, state] = await Promise.all([deps.sla.standards({ fresh: true }), readSweepState(deps.db, deps.tableName, 'followup')]);
  const settings = standards.followUp;
  const buckets = bucketsSince(state?.lastSweepAt ? new Date(state.lastSweepAt as string) : undefined, now, followUpDueBucket);
  for (const bucket of buckets) {
    for (const due of await deps.followUps.dueActions(bucket, now)) {
      // The index may lag: act on the item itself (read with its ticket, one round trip).
      const [followUp, ticket] = await Promise.all([deps.followUps.get(due.ticketId), deps.tickets.get(due.ticketId)]);
      if (!followUp?.nextActionAt || followUp.nextActionAt > now.toISOString()) {
        report.skipped += 1;
        continue;
      }
      if (!ticket) throw new NotFoundError(`Ticket ${followUp.ticketId} not found`);
      try {
        if (followUp.nextAction === 'send_survey') {
          const expiresAt = new Date(now.getTime() + settings.surveyLinkValidDays * DAY_MS);
          if (ticket.customer.email) {
            await sendOnce(`survey:${ticket.id}`, { to: [ticket.customer.email], ticketId: ticket.id, ...surveyMail(ticket, deps.surveyUrl(ticket.id, expiresAt), expiresAt) });
          }
          const calendar = await deps.sla.calendar(ticket.calendarId ?? (await deps.sla.standards()).businessCalendarId);
          // Without an email address there is no survey: the call task is due at once.
          const callAt = ticket.customer.email ? addWorkingMinutes(calendar, now, settings.callTaskAfterWorkingDays * WORKING_DAY_MINUTES) : now;
          await saveFollowUp(deps, followUp, { ...followUp, state: 'surveyed', surveySentAt: now.toISOString(), surveyExpiresAt: expiresAt.toISOString(), nextAction: 'open_call_task', nextActionAt: callAt.toISOString() }, now, {
            type: ticket.customer.email ? 'survey_sent' : 'survey_skipped_no_email',
          });
          report.surveys += 1;
        } else {
          const { nextAction: _a, nextActionAt: _at, ...rest } = followUp;
          await saveFollowUp(deps, followUp, { ...rest, state: 'call_task', callTaskOpenedAt: now.toISOString() }, now, { type: 'call_task_opened' });
          report.callTasks += 1;
        }
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        report.skipped += 1; // changed meanwhile (answered, or another sweep): next sweep sees the truth
      }
    }
  }
  report.qualityAlerts = await alertQualityTargets(deps, sendOnce, now);
  await writeSweepState(deps.db, deps.tableName, 'followup', { lastSweepAt: now.toISOString() });
  logger.info('Follow-up sweep done', report);
  return report;
}

/** STD-4a: each level of the current quarter over the target emails the manager once (keyed by quarter and level). */
async function alertQualityTargets(deps: Deps, sendOnce: SendOnce, now: Date): Promise<number> {
  const quarter = quarterOf(localDate(now));
  // Only the quarter's facts: the SLA outcomes the quality view also shows are not needed here.
  const [facts, standards] = await Promise.all([deps.followUps.qualityFacts(quarter), deps.sla.standards()]);
  const figures = computeQualityFigures(quarter, facts, localDate(now), standards.repeatFailureTargetPercent / 100);
  let sent = 0;
  for (const crossing of targetCrossings(figures)) {
    const technicianName = crossing.technicianId ? ((await deps.staff.get(crossing.technicianId))?.name ?? crossing.technicianId) : undefined;
    try {
      await sendOnce(crossing.key, { to: [standards.groupEmails.manager], ...qualityAlertMail(quarter, figures.repeatFailure.target, { ...crossing, ...(technicianName ? { technicianName } : {}) }) });
      sent += 1;
    } catch (error) {
      if (!(error instanceof SendInProgressError)) throw error; // an overlapping sweep is sending it
    }
  }
  return sent;
}

async function saveFollowUp(deps: Deps, before: FollowUp, after: FollowUp, now: Date, event: { type: string; data?: Record<string, unknown> }) {
  await transactWrite(deps.db, [
    deps.followUps.followUpPut(after, before.version, now),
    eventPut(deps.tableName, newEvent(before.ticketId, now.toISOString(), { type: event.type, actor: 'system', ...(event.data ? { data: event.data } : {}) })),
  ]);
}

export interface SurveyView {
  ticketNumber: string;
  locale: Ticket['locale'];
  answered: boolean;
  expiresAt?: string;
}

/** The follow-up, the ticket and its timers: independent reads, one round trip. */
function followUpReads(deps: Deps, ticketId: string): Promise<[FollowUp | undefined, Ticket | undefined, SlaTimer[]]> {
  return Promise.all([deps.followUps.get(ticketId), deps.tickets.get(ticketId), deps.timers.timersOf(ticketId)]);
}

async function requireSurvey(deps: Deps, ticketId: string, token: string | undefined, now: Date): Promise<{ followUp: FollowUp; ticket: Ticket; timers: SlaTimer[] }> {
  const check = deps.linkKeys.check('survey', ticketId, token, now);
  if (check === 'invalid') throw new NotFoundError('Survey not found');
  const [followUp, ticket, timers] = await followUpReads(deps, ticketId);
  if (!followUp) throw new NotFoundError('Survey not found');
  if (followUp.outcome) throw new SurveyAlreadyAnsweredError('This survey was already answered');
  if (check === 'expired') throw new LinkExpiredError('The survey link has expired');
  if (!ticket) throw new NotFoundError(`Ticket ${ticketId} not found`);
  return { followUp, ticket, timers };
}

export async function surveyView(deps: Deps, ticketId: string, token: string | undefined): Promise<SurveyView> {
  const check = deps.linkKeys.check('survey', ticketId, token, deps.now());
  if (check === 'invalid') throw new NotFoundError('Survey not found');
  const [followUp, ticket] = await Promise.all([deps.followUps.get(ticketId), deps.tickets.get(ticketId)]);
  if (!followUp || !ticket) throw new NotFoundError('Survey not found');
  if (check === 'expired' && !followUp.outcome) throw new LinkExpiredError('The survey link has expired');
  return { ticketNumber: ticket.number, locale: ticket.locale, answered: followUp.outcome !== undefined, ...(followUp.surveyExpiresAt ? { expiresAt: followUp.surveyExpiresAt } : {}) };
}

export type FollowUpAnswer = Pick<FollowUpOutcome, 'satisfaction' | 'equipmentWorking' | 'comment'>;

export async function answerSurvey(deps: Deps, ticketId: string, token: string | undefined, answer: FollowUpAnswer): Promise<{ recorded: true }> {
  const now = deps.now();
  const { followUp, ticket, timers } = await requireSurvey(deps, ticketId, token, now);
  await recordFollowUp(deps, ticket, followUp, timers, { ...answer, via: 'survey', recordedAt: now.toISOString(), recordedBy: 'customer' }, now);
  return { recorded: true };
}

export async function recordPhoneFollowUp(deps: Deps, ticketId: string, answer: FollowUpAnswer, staffId: string): Promise<Ticket> {
  const now = deps.now();
  const [followUp, ticket, timers] = await followUpReads(deps, ticketId);
  if (!ticket) throw new NotFoundError(`Ticket ${ticketId} not found`);
  if (!followUp) throw new NotFoundError(`No follow-up for ticket ${ticketId}`);
  if (followUp.outcome) throw new SurveyAlreadyAnsweredError('The follow-up was already recorded');
  return recordFollowUp(deps, ticket, followUp, timers, { ...answer, via: 'phone', recordedAt: now.toISOString(), recordedBy: staffId }, now);
}

/**
 * One transaction: ticket followed up, follow-up done, STD-3 timer stopped, satisfaction counted,
 * investigation opened if needed. `timers` are the ticket's, read by the caller with the follow-up.
 */
async function recordFollowUp(deps: Deps, ticket: Ticket, followUp: FollowUp, timers: SlaTimer[], outcome: FollowUpOutcome, now: Date): Promise<Ticket> {
  const settings = (await deps.sla.standards()).followUp;
  const current = currentTimer(timers, 'follow_up');
  const timer = current && isOpenTimer(current) ? current : undefined;
  const quarter = quarterOf(localDate(now));
  const { nextAction: _a, nextActionAt: _at, ...rest } = followUp;
  const investigation: Investigation | undefined = needsInvestigation(outcome, settings)
    ? {
        investigationId: randomUUID(),
        ticketId: ticket.id,
        ticketNumber: ticket.number,
        source: outcome.via,
        trigger: { satisfaction: outcome.satisfaction, equipmentWorking: outcome.equipmentWorking, ...(outcome.comment ? { comment: outcome.comment } : {}) },
        assignedTo: 'manager',
        status: 'open',
        openedAt: now.toISOString(),
        dueDate: addDays(localDate(now), settings.investigationDueDays),
        version: 0,
      }
    : undefined;
  const updated = await deps.tickets.transition(ticket, 'followed_up', {
    actor: outcome.recordedBy,
    at: now,
    type: 'followed_up',
    data: { via: outcome.via, satisfaction: outcome.satisfaction, equipmentWorking: outcome.equipmentWorking, ...(investigation ? { investigationId: investigation.investigationId } : {}) },
    withItems: [
      deps.followUps.followUpPut({ ...rest, state: 'done', outcome }, followUp.version, now),
      ...(timer ? [changedTimerPut(deps.tableName, assignTimer(stopTimer(timer, now), outcome.via === 'phone' ? outcome.recordedBy : undefined), timer.version, now)] : []),
      deps.followUps.qualityFactPut(quarter, 'SATISFACTION', ticket.id, {
        ticketId: ticket.id,
        satisfaction: outcome.satisfaction,
        equipmentWorking: outcome.equipmentWorking,
        via: outcome.via,
        at: now.toISOString(),
        // Attribution (TRAIN-2): the technician of the repair and the customer-service agent (who called, else the ticket's agent).
        ...(followUp.repairedBy ? { technicianId: followUp.repairedBy } : {}),
        ...attributedAgent(outcome, ticket),
      }),
      ...(investigation ? investigationItems(deps, investigation) : []),
    ],
    announce: outboxEvent('ticket-followed-up', { type: 'ticket.followed-up', ticketId: ticket.id }),
  });
  if (investigation && !outcome.equipmentWorking) await openReworkTicket(deps, ticket, investigation, outcome);
  return updated;
}

function attributedAgent(outcome: FollowUpOutcome, ticket: Ticket): { csAgentId?: string } {
  const agent = outcome.via === 'phone' ? outcome.recordedBy : customerServiceAgentOf(ticket);
  return agent ? { csAgentId: agent } : {};
}

function investigationItems(deps: Deps, investigation: Investigation) {
  return [deps.followUps.investigationPut(investigation, undefined), deps.followUps.investigationFactPut(investigation)];
}

/** "Equipment not working": a new ticket for the same device, linked and free of charge. */
async function openReworkTicket(deps: Deps, ticket: Ticket, investigation: Investigation, outcome: FollowUpOutcome): Promise<void> {
  const created = await deps.openTicket({
    customer: ticket.customer,
    site: ticket.site,
    device: ticket.device,
    symptom: `回访反馈设备仍不正常（原工单 ${ticket.number}）：${outcome.comment ?? '无补充说明'}`,
    urgency: 'general',
    locale: ticket.locale,
    channel: 'follow_up',
    actor: 'system',
    reworkOf: { ofTicketId: ticket.id, ofTicketNumber: ticket.number, repairedAt: ticket.completedAt ?? outcome.recordedAt },
  });
  const fresh = await deps.followUps.investigation(investigation.investigationId);
  if (fresh) await transactWrite(deps.db, [deps.followUps.investigationPut({ ...fresh, reworkTicketId: created.id }, fresh.version)]);
}

/** A complaint registered by customer service on any ticket follows the investigation flow (and counts). */
export async function registerComplaint(deps: Deps, ticketId: string, input: { complaint: string; againstStaffId?: string | undefined }, staffId: string): Promise<Investigation> {
  const ticket = await deps.tickets.require(ticketId);
  const now = deps.now();
  const settings = (await deps.sla.standards()).followUp;
  const investigation: Investigation = {
    investigationId: randomUUID(),
    ticketId,
    ticketNumber: ticket.number,
    source: 'complaint',
    trigger: { complaint: input.complaint },
    assignedTo: 'manager',
    status: 'open',
    openedAt: now.toISOString(),
    dueDate: addDays(localDate(now), settings.investigationDueDays),
    ...(input.againstStaffId ? { againstStaffId: input.againstStaffId } : {}),
    version: 0,
  };
  await transactWrite(deps.db, [
    ...investigationItems(deps, investigation),
    eventPut(deps.tableName, newEvent(ticketId, now.toISOString(), { type: 'complaint_registered', actor: staffId, data: { investigationId: investigation.investigationId } })),
  ]);
  return { ...investigation, version: 1 };
}
