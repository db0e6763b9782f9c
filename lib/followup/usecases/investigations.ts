/**
 * Corrective action (FLOW-4, ORG-2): the manager records root cause, corrective measures, owner and
 * due date; the outcome letter to the customer is drafted, approved by the manager, sent once
 * (customer-notices queue) and the investigation closed. Overdue open ones are flagged.
 */
import { outboxEvent, type OutboxEvent } from '../../platform/store/outbox.ts';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { InvalidTransitionError, NotFoundError } from '../../platform/errors.ts';
import { isOverdue, type Investigation } from '../domain/follow-up.ts';
import { localDate } from '../../platform/local-date.ts';
import type { SendOnce } from '../../platform/mail/send-once.ts';
import { investigationOutcomeMail } from '../mail/survey.ts';
import { eventPut, newEvent } from '../../tickets/server.ts';
import { transactWrite } from '../../platform/store/transact.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'config' | 'db' | 'tableName' | 'now' | 'followUps' | 'linkKeys' | 'openTicket' | 'sla' | 'settings' | 'staff' | 'surveyUrl' | 'tickets' | 'timers'>;

async function requireInvestigation(deps: Deps, id: string): Promise<Investigation> {
  const investigation = await deps.followUps.investigation(id);
  if (!investigation) throw new NotFoundError(`Investigation ${id} not found`);
  return investigation;
}

async function save(deps: Deps, before: Investigation, after: Investigation, event: { type: string; actor: string; data?: Record<string, unknown> }, announce?: OutboxEvent) {
  const now = deps.now();
  await transactWrite(deps.db, [
    deps.followUps.investigationPut(after, before.version),
    eventPut(deps.tableName, newEvent(before.ticketId, now.toISOString(), { ...event, data: { investigationId: before.investigationId, ...event.data } }), announce),
    deps.followUps.investigationFactPut(after),
  ]);
  return { ...after, version: before.version + 1 };
}

export async function listOpenInvestigations(deps: Deps) {
  const today = localDate(deps.now());
  return (await deps.followUps.openInvestigations()).map((i) => ({ ...i, overdue: isOverdue(i, today) }));
}

export async function recordAnalysis(
  deps: Deps,
  id: string,
  input: { rootCause: string; correctiveMeasures: string; owner: string; dueDate: string; upheld?: boolean | undefined; againstStaffId?: string | undefined },
  user: StaffUser,
) {
  const investigation = await requireInvestigation(deps, id);
  if (investigation.status === 'closed') throw new InvalidTransitionError(investigation.status, 'open');
  const { upheld, againstStaffId, ...analysis } = input;
  const finding = { ...(upheld !== undefined ? { upheld } : {}), ...(againstStaffId ? { againstStaffId } : {}) };
  return save(deps, investigation, { ...investigation, ...analysis, ...finding }, { type: 'investigation_analysed', actor: user.id, data: { owner: input.owner, dueDate: input.dueDate, ...finding } });
}

export async function draftOutcome(deps: Deps, id: string, input: { customerMessage: string }, user: StaffUser) {
  const investigation = await requireInvestigation(deps, id);
  if (investigation.status === 'closed' || !investigation.rootCause) throw new InvalidTransitionError(investigation.status, 'outcome_pending_approval');
  return save(deps, investigation, { ...investigation, customerMessage: input.customerMessage, status: 'outcome_pending_approval' }, { type: 'investigation_outcome_drafted', actor: user.id });
}

/** The manager approves the letter: it goes to the customer (once) and the investigation closes. */
export async function approveOutcome(deps: Deps, id: string, user: StaffUser) {
  const investigation = await requireInvestigation(deps, id);
  if (investigation.status !== 'outcome_pending_approval') throw new InvalidTransitionError(investigation.status, 'closed');
  const now = deps.now().toISOString();
  // The closing and the letter's event in one transaction (outbox, on the timeline event): the customer is told exactly once.
  return save(
    deps,
    investigation,
    { ...investigation, status: 'closed', approvedBy: user.id, approvedAt: now, closedAt: now },
    { type: 'investigation_closed', actor: user.id },
    outboxEvent('customer-notices', { type: 'investigation.outcome-approved', investigationId: id }),
  );
}

export async function sendOutcomeLetter(deps: Deps, sendOnce: SendOnce, investigationId: string): Promise<void> {
  const investigation = await requireInvestigation(deps, investigationId);
  if (investigation.status !== 'closed' || !investigation.customerMessage) return; // nothing approved to send
  const ticket = await deps.tickets.require(investigation.ticketId);
  if (!ticket.customer.email) return; // customer service tells the customer by phone (on the timeline)
  await sendOnce(`outcome:${investigationId}`, { to: [ticket.customer.email], ticketId: ticket.id, ...investigationOutcomeMail(ticket, investigation.customerMessage) });
}
