/**
 * The `ticket.accepted` step: email the customer an acknowledgement (once per ticket, even when the
 * message is delivered twice) and route the ticket to triage (recorded once on its timeline).
 */
import type { SendOnce } from '../../platform/mail/send-once.ts';
import { acknowledgementMail } from '../mail/acknowledgement.ts';
import type { TicketRepository } from '../../tickets/server.ts';
import { logger } from '../../platform/observability/logger.ts';

export interface AcknowledgeDeps {
  tickets: TicketRepository;
  sendOnce: SendOnce;
  /** The status page link the email carries (status.html?id=&t=). */
  statusPageUrl: (ticketId: string) => string;
  now: () => Date;
}

export async function acknowledgeTicket(deps: AcknowledgeDeps, ticketId: string): Promise<void> {
  const ticket = await deps.tickets.require(ticketId);
  logger.appendKeys({ ticketId });
  const email = ticket.customer.email;
  const sent = email ? await deps.sendOnce(`ack:${ticket.id}`, { to: [email], ticketId: ticket.id, ...acknowledgementMail(ticket, deps.statusPageUrl(ticket.id)) }) : undefined;
  const recorded = await deps.tickets.markAcknowledged(ticketId, deps.now(), {
    routedTo: 'triage',
    ...(!sent ? { email: 'none_given' } : sent.messageId ? { emailMessageId: sent.messageId } : { email: 'suppressed' }),
  });
  logger.info(recorded ? 'Ticket acknowledged and routed to triage' : 'Ticket was already acknowledged', { ticketId });
}
