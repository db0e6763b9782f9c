/**
 * The `ticket.accepted` step: email the customer an acknowledgement (once per ticket, even when the
 * message is delivered twice) and route the ticket to triage (recorded once on its timeline).
 */
import type { Ticket } from '../domain/ticket.ts';
import type { Mailer } from '../mail/mailer.ts';
import { acknowledgementMail } from '../mail/templates/acknowledgement.ts';
import type { TicketRepository } from '../store/ticket-repository.ts';
import { logger } from '../observability/logger.ts';

export interface AcknowledgeDeps {
  tickets: TicketRepository;
  /** Sends at most once per ticket id (idempotent wrapper around the mailer). */
  sendAcknowledgementOnce: (ticket: Ticket) => Promise<{ messageId: string } | { skipped: 'no_email' }>;
  now: () => Date;
}

export async function acknowledgeTicket(deps: AcknowledgeDeps, ticketId: string): Promise<void> {
  const ticket = await deps.tickets.require(ticketId);
  logger.appendKeys({ ticketId });
  const sent = await deps.sendAcknowledgementOnce(ticket);
  const recorded = await deps.tickets.markAcknowledged(ticketId, deps.now(), {
    routedTo: 'triage',
    ...('messageId' in sent ? { emailMessageId: sent.messageId } : { email: sent.skipped }),
  });
  logger.info(recorded ? 'Ticket acknowledged and routed to triage' : 'Ticket was already acknowledged', { ticketId });
}

export function acknowledgementSender(mailer: Mailer, statusUrl: (ticketId: string) => string) {
  return async (ticket: Ticket): Promise<{ messageId: string } | { skipped: 'no_email' }> => {
    if (!ticket.customer.email) return { skipped: 'no_email' };
    return mailer.send({ to: [ticket.customer.email], ...acknowledgementMail(ticket, statusUrl(ticket.id)) });
  };
}
