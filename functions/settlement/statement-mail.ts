/** Queue step: an issued statement, its PDF attached, to the customer and to finance, each once. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { statementIssuedMessage } from '../../lib/platform/queue/messages.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { settlementAdapters } from '../../lib/settlement/server.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { deliverIssuedStatement } from '../../lib/settlement/usecases/statement-mail.ts';
import { settlementStatementMail } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(settlementStatementMail.access));
const deps = { ...base, ...ticketsAdapters(base), ...settlementAdapters(base) };
const send = sesSendOnce(deps);

export const handler = createQueueHandler(statementIssuedMessage, async (message, _record, context) => {
  send.registerContext(context);
  await deliverIssuedStatement(deps, send, message);
}).use(refreshLinkKeys(deps)).use(loadDataKeys());
