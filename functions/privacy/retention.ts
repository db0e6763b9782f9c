/** Erasure by age (daily, 03:00 Asia/Shanghai): contact data of tickets that ended a retention period ago. */
import type { Context, ScheduledEvent } from 'aws-lambda';
import middy from '@middy/core';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { logger, logContext } from '../../lib/platform/observability/logger.ts';
import { recordScheduleCompleted } from '../../lib/platform/observability/metrics.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { settlementAdapters } from '../../lib/settlement/server.ts';
import { privacyAdapters } from '../../lib/privacy/server.ts';
import { eraseByAge } from '../../lib/privacy/usecases/retention.ts';
import { privacyRetention } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(privacyRetention.access));
const tickets = ticketsAdapters(base);
const deps = { ...base, ...tickets, ...settlementAdapters(base), ...privacyAdapters(base, tickets.tickets) };

export const handler = middy(async (event: ScheduledEvent, _context: Context) => {
  const report = await eraseByAge(deps, new Date(event.time)); // "now" is the schedule's firing time
  recordScheduleCompleted('privacy-retention');
  logger.info('Retention run', { ...report });
  return report;
}).use(logContext()).use(loadDataKeys());
