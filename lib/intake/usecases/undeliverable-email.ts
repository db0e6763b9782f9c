/**
 * Bounces and complaints: each failed recipient of an email about a ticket becomes a call task for
 * customer service, the ticket shows the mark, and the address is blocked for further sends when the
 * failure says so. Closing the task records what the call settled (a corrected address, the address
 * confirmed, or phone only). A redelivered event opens nothing twice.
 */
import { closingEffects, suppressionFor, type MailFailure, type MailTask } from '../domain/mail-task.ts';
import type { CloseMailTaskInput } from '../schemas.ts';
import { mailTaskId, type MailTaskRepository } from '../store/mail-task-repository.ts';
import type { MailEventMessage } from '../../platform/queue/messages.ts';
import { deliverabilityDelete, deliverabilityOf, deliverabilityPut, normaliseAddress } from '../../platform/mail/deliverability.ts';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { ConcurrentUpdateError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { TransactItem } from '../../platform/store/transact.ts';
import { logger } from '../../platform/observability/logger.ts';
import type { Ticket } from '../../tickets/index.ts';
import type { TicketRepository } from '../../tickets/server.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

interface Deps {
  db: DynamoDBDocumentClient;
  tickets: TicketRepository;
  mailTasks: MailTaskRepository;
  tableName: string;
  now: () => Date;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The failed recipients of an SES bounce or complaint event. */
export function failuresOf(message: MailEventMessage): MailFailure[] {
  const { detail } = message;
  const tag = (name: string) => detail.mail.tags?.[name]?.[0];
  const ticketId = tag('ticket');
  const kind = tag('kind');
  const common = {
    messageId: detail.mail.messageId,
    sentAt: new Date(detail.mail.timestamp).toISOString(),
    ...(kind ? { mailKind: kind } : {}),
    ...(detail.mail.commonHeaders?.subject ? { subject: detail.mail.commonHeaders.subject } : {}),
    ...(ticketId && UUID.test(ticketId) ? { ticketId: ticketId.toLowerCase() } : {}),
  };
  if (detail.eventType === 'Bounce' && detail.bounce) {
    const bounce = detail.bounce;
    return bounce.bouncedRecipients.map((recipient) => ({
      ...common,
      address: normaliseAddress(recipient.emailAddress),
      problem: 'bounce' as const,
      bounceType: bounce.bounceType,
      ...(recipient.diagnosticCode ? { diagnostic: recipient.diagnosticCode } : {}),
      at: new Date(bounce.timestamp).toISOString(),
    }));
  }
  if (detail.eventType === 'Complaint' && detail.complaint) {
    const complaint = detail.complaint;
    return complaint.complainedRecipients.map((recipient) => ({
      ...common,
      address: normaliseAddress(recipient.emailAddress),
      problem: 'complaint' as const,
      at: new Date(complaint.timestamp).toISOString(),
    }));
  }
  return [];
}

export async function recordMailEvent(deps: Deps, message: MailEventMessage): Promise<{ opened: number; blocked: number }> {
  const report = { opened: 0, blocked: 0 };
  for (const failure of failuresOf(message)) {
    const ticket = failure.ticketId ? await deps.tickets.get(failure.ticketId) : undefined;
    const state = suppressionFor(failure);
    const items: TransactItem[] = [];
    if (state) {
      items.push(deliverabilityPut(deps.tableName, { address: failure.address, state, at: failure.at, messageId: failure.messageId, ...(ticket ? { ticketId: ticket.id } : {}) }));
    }
    // Not about a ticket (a staff or finance address): nobody to call, so the task is recorded closed.
    const task = ticket ? taskFor(failure, ticket, deps.now()) : unattachedTask(failure, deps.now());
    if (!ticket) logger.warn('Email to an address outside any ticket failed', { problem: failure.problem, bounceType: failure.bounceType, mailKind: failure.mailKind });
    if (ticket && task.customerAddress) {
      items.push(...deps.tickets.emailUndeliverableItems(ticket.id, { address: failure.address, problem: failure.problem, at: failure.at, taskId: task.taskId }, { mailKind: failure.mailKind ?? 'email' }));
    }
    if (await deps.mailTasks.open(task, items)) {
      if (task.state === 'open') report.opened += 1;
      if (state) report.blocked += 1;
    }
  }
  return report;
}

function taskFor(failure: MailFailure, ticket: Ticket, now: Date): MailTask {
  return {
    ...failure,
    taskId: mailTaskId(failure.messageId, failure.address),
    ticketNumber: ticket.number,
    customerAddress: normaliseAddress(ticket.customer.email ?? '') === failure.address,
    state: 'open',
    openedAt: now.toISOString(),
  };
}

/** A failure outside any ticket is recorded closed at once: kept for the record, never on customer service's list. */
function unattachedTask(failure: MailFailure, now: Date): MailTask {
  const { ticketId: _unknownTicket, ...rest } = failure;
  return { ...rest, taskId: mailTaskId(failure.messageId, failure.address), customerAddress: false, state: 'closed', openedAt: now.toISOString(), closedAt: now.toISOString(), closedBy: 'system' };
}

export async function closeMailTask(deps: Deps, taskId: string, input: CloseMailTaskInput, user: StaffUser): Promise<MailTask> {
  const task = await deps.mailTasks.get(taskId);
  if (!task) throw new NotFoundError('Mail task not found');
  if (task.state !== 'open') throw new ConcurrentUpdateError(`Mail task ${taskId} is closed`);
  const at = deps.now().toISOString();
  const closed: MailTask = {
    ...task,
    state: 'closed',
    closedAt: at,
    closedBy: user.id,
    outcome: input.outcome,
    note: input.note,
    ...(input.outcome === 'new_address' && input.newAddress ? { newAddress: normaliseAddress(input.newAddress) } : {}),
  };
  if (input.outcome === 'new_address' && !task.customerAddress) throw new ValidationError([{ path: 'newAddress', key: 'not_customer_address' }]);
  const effects = closingEffects(task, input.outcome);
  // Only what this task set is undone: a block or mark a later bounce or complaint set stays.
  const [block, mark] = await Promise.all([
    effects.liftSuppression ? deliverabilityOf(deps.db, deps.tableName, task.address) : undefined,
    effects.clearTicketMark && task.ticketId ? deps.tickets.emailUndeliverable(task.ticketId) : undefined,
  ]);
  const items: TransactItem[] = [
    ...(block?.messageId === task.messageId ? [deliverabilityDelete(deps.tableName, task.address, task.messageId)] : []),
    ...(mark?.taskId === task.taskId && task.ticketId ? [deps.tickets.clearEmailUndeliverableItem(task.ticketId, task.taskId)] : []),
  ];
  if (effects.replaceEmail && task.ticketId && closed.newAddress) {
    const ticket = await deps.tickets.require(task.ticketId);
    await deps.tickets.update(ticket, {
      actor: user.id,
      at: new Date(at),
      type: 'customer_email_corrected',
      data: { from: task.address, to: closed.newAddress, taskId },
      set: { customer: { ...ticket.customer, email: closed.newAddress } },
      withItems: [deps.mailTasks.closeItem(closed), ...items],
    });
  } else {
    await deps.mailTasks.close(closed, items);
  }
  return closed;
}
