/** Queue step: a signed-off job's repair report, as a PDF, to customer service and the customer, each once. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { repairReportMessage } from '../../lib/platform/queue/messages.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { dispatchAdapters } from '../../lib/dispatch/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { deliverRepairReport } from '../../lib/dispatch/usecases/repair-report-mail.ts';
import { dispatchReportMail } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(dispatchReportMail.access));
const deps = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...dispatchAdapters(base), ...staffAdapters(base) };
const send = sesSendOnce(deps);

export const handler = createQueueHandler(repairReportMessage, async (message, _record, context) => {
  send.registerContext(context);
  await deliverRepairReport(deps, send, message);
}).use(loadDataKeys());
