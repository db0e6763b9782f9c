/**
 * What the holder of a ticket's signed status link may see: number, status, milestones, next step,
 * appointment window. Never the phone, email, address or any staff data. A wrong token is answered
 * exactly like an unknown ticket.
 */
import { checkLinkToken } from '../../platform/auth/signed-link.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { milestoneLabel, nextStep, statusLabel } from '../../tickets/index.ts';
import { isPublicMilestone, type Locale, type Ticket, type TicketEvent } from '../../tickets/index.ts';
import type { TicketRepository } from '../../tickets/server.ts';
import type { SlaTimer } from '../../sla/index.ts';
import { toTimer } from '../../sla/server.ts';

export interface PublicTicketView {
  number: string;
  status: Ticket['status'];
  statusLabel: string;
  urgency: Ticket['urgency'];
  system: Ticket['device']['system'];
  reportedAt: string;
  milestones: Array<{ at: string; type: string; label: string }>;
  nextStep: string;
  appointment?: { from: string; to: string };
  /** What was promised and by when (service standards), without internal detail. */
  promises: Array<{ kind: string; label: string; dueAt?: string; done: boolean }>;
}

const PROMISE_LABELS: Record<string, Record<Locale, string>> = {
  first_contact: { 'zh-CN': '客服联系您', en: 'Customer service contacts you' },
  on_site: { 'zh-CN': '技术员到达现场', en: 'Technician on site' },
  simple_repair: { 'zh-CN': '现场修复完成', en: 'Repair finished on site' },
  agreed_completion: { 'zh-CN': '约定完成时间', en: 'Agreed completion' },
  follow_up: { 'zh-CN': '客服回访', en: 'Follow-up call' },
};

function promiseOf(timer: SlaTimer, locale: Locale) {
  const done = timer.state === 'met' || timer.state === 'breached' || timer.stoppedAt !== undefined;
  // A paused timer's deadline is moving; the customer is shown no time rather than a wrong one.
  const dueAt = timer.state === 'paused' ? undefined : timer.dueAt;
  return { kind: timer.kind, label: PROMISE_LABELS[timer.kind]?.[locale] ?? timer.kind, ...(dueAt ? { dueAt } : {}), done };
}

export async function publicTicketView(
  deps: { tickets: TicketRepository; linkSecret: string; now: () => Date },
  ticketId: string,
  token: string | undefined,
  requestedLocale: Locale | undefined,
): Promise<PublicTicketView> {
  if (checkLinkToken(deps.linkSecret, 'status', ticketId, token, deps.now()) !== 'valid') {
    throw new NotFoundError('Ticket not found');
  }
  const found = await deps.tickets.getWithTimeline(ticketId, toTimer);
  if (!found) throw new NotFoundError('Ticket not found');
  const { ticket, events, timers } = found;
  const locale = requestedLocale ?? ticket.locale;
  return {
    number: ticket.number,
    status: ticket.status,
    statusLabel: statusLabel(ticket.status, locale),
    urgency: ticket.urgency,
    system: ticket.device.system,
    reportedAt: ticket.createdAt,
    milestones: events
      .filter((event: TicketEvent) => isPublicMilestone(event))
      .map((event) => ({ at: event.at, type: event.type === 'received' ? 'received' : (event.toStatus ?? event.type), label: milestoneLabel(event.type, event.toStatus, locale) })),
    nextStep: nextStep(ticket.status, locale),
    ...(ticket.appointment ? { appointment: ticket.appointment } : {}),
    promises: timers.filter((t) => t.state !== 'exempt').map((t) => promiseOf(t, locale)),
  };
}
