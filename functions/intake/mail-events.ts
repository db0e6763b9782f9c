/** Queue step: SES bounces and complaints (through EventBridge) become call tasks and blocked addresses. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { mailEventMessage } from '../../lib/platform/queue/messages.ts';
import { logger } from '../../lib/platform/observability/logger.ts';
import { recordMailEvent } from '../../lib/intake/usecases/undeliverable-email.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { intakeAdapters } from '../../lib/intake/server.ts';
import { intakeMailEvents } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(intakeMailEvents.access));
const deps = { ...base, ...ticketsAdapters(base), ...intakeAdapters(base) };

export const handler = createQueueHandler(mailEventMessage, async (message) => {
  const report = await recordMailEvent(deps, message);
  logger.info('Mail event recorded', { eventType: message.detail.eventType, ...report });
}).use(loadDataKeys());
