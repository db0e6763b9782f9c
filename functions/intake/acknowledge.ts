/** Queue step after intake: acknowledgement email (once per ticket) and routing to triage. */
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { signLinkToken } from '../../lib/auth/signed-link.ts';
import { loadConfig } from '../../lib/config/env.ts';
import type { Ticket } from '../../lib/domain/ticket.ts';
import { SesMailer } from '../../lib/mail/mailer.ts';
import { createQueueHandler } from '../../lib/queue/batch-handler.ts';
import { idempotencyStore } from '../../lib/queue/idempotency.ts';
import { ticketAcceptedMessage } from '../../lib/queue/messages.ts';
import { getDocumentClient } from '../../lib/store/client.ts';
import { TicketRepository } from '../../lib/store/ticket-repository.ts';
import { acknowledgeTicket, acknowledgementSender } from '../../lib/usecases/acknowledge-ticket.ts';
import { functions } from '../../lib/wiring.ts';

const config = loadConfig(functions['intake-acknowledge'].access);
const tickets = new TicketRepository(getDocumentClient(), config.tableName);
const statusUrl = (ticketId: string) =>
  `${config.publicBaseUrl}/v1/tickets/${ticketId}?t=${signLinkToken(config.linkSigningSecret, 'status', ticketId)}`;

// Keyed by ticket id and kept for 30 days: a redelivered message finds the completed record and
// gets the first send's result back instead of sending again.
const emailIdempotency = new IdempotencyConfig({ eventKeyJmesPath: 'id', expiresAfterSeconds: 30 * 24 * 60 * 60 });
const sendAcknowledgement = acknowledgementSender(new SesMailer(config.mailFrom), statusUrl);
const sendAcknowledgementOnce = makeIdempotent((ticket: Ticket) => sendAcknowledgement(ticket), {
  persistenceStore: idempotencyStore(config.tableName),
  config: emailIdempotency,
  keyPrefix: 'intake.acknowledgement-email',
});

export const handler = createQueueHandler(ticketAcceptedMessage, async (message, _record, context) => {
  emailIdempotency.registerLambdaContext(context);
  await acknowledgeTicket({ tickets, sendAcknowledgementOnce, now: () => new Date() }, message.ticketId);
});
