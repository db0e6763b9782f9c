/**
 * What the holder of a ticket's signed status link may see: number, status, milestones, next step,
 * appointment window. Never the phone, email, address or any staff data. A wrong token is answered
 * exactly like an unknown ticket.
 */
import { checkLinkToken } from '../auth/signed-link.ts';
import { NotFoundError } from '../domain/errors.ts';
import { milestoneLabel, nextStep, statusLabel } from '../domain/status-text.ts';
import { PUBLIC_EVENT_TYPES, type Locale, type Ticket, type TicketEvent } from '../domain/ticket.ts';
import type { TicketRepository } from '../store/ticket-repository.ts';

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
  const found = await deps.tickets.getWithTimeline(ticketId);
  if (!found) throw new NotFoundError('Ticket not found');
  const { ticket, events } = found;
  const locale = requestedLocale ?? ticket.locale;
  return {
    number: ticket.number,
    status: ticket.status,
    statusLabel: statusLabel(ticket.status, locale),
    urgency: ticket.urgency,
    system: ticket.device.system,
    reportedAt: ticket.createdAt,
    milestones: events
      .filter((event: TicketEvent) => PUBLIC_EVENT_TYPES.has(event.type))
      .map((event) => ({ at: event.at, type: event.toStatus ?? event.type, label: milestoneLabel(event.type, event.toStatus, locale) })),
    nextStep: nextStep(ticket.status, locale),
    ...(ticket.appointment ? { appointment: ticket.appointment } : {}),
  };
}
