/** Queue step after intake: acknowledgement email (once per ticket) and routing to triage. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { ticketAcceptedMessage } from '../../lib/platform/queue/messages.ts';
import { acknowledgeTicket } from '../../lib/intake/usecases/acknowledge-ticket.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { intakeAcknowledge } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(intakeAcknowledge.access));
const deps = { ...base, ...ticketsAdapters(base) };
const send = sesSendOnce(deps);

export const handler = createQueueHandler(ticketAcceptedMessage, async (message, _record, context) => {
  send.registerContext(context);
  await acknowledgeTicket({ ...deps, sendOnce: send }, message.ticketId);
}).use(refreshLinkKeys(deps)).use(loadDataKeys());
