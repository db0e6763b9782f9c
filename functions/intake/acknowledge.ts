/** Queue step after intake: acknowledgement email (once per ticket) and routing to triage. */
import { loadConfig } from '../../lib/config/env.ts';
import { SesMailer } from '../../lib/mail/mailer.ts';
import { sendOnce } from '../../lib/mail/send-once.ts';
import { createQueueHandler } from '../../lib/queue/batch-handler.ts';
import { ticketAcceptedMessage } from '../../lib/queue/messages.ts';
import { acknowledgeTicket } from '../../lib/usecases/acknowledge-ticket.ts';
import { dependencies } from '../../lib/usecases/dependencies.ts';
import { functions } from '../../lib/wiring.ts';

const deps = dependencies(loadConfig(functions['intake-acknowledge'].access));
const send = sendOnce(deps.tableName, new SesMailer(deps.config.mailFrom));

export const handler = createQueueHandler(ticketAcceptedMessage, async (message, _record, context) => {
  send.registerContext(context);
  await acknowledgeTicket({ ...deps, sendOnce: send }, message.ticketId);
});
