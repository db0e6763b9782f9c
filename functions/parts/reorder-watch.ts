/** The daily reorder check (EventBridge Scheduler, 08:00 in Shanghai): one email per part per crossing below its reorder point. */
import type { Context, ScheduledEvent } from 'aws-lambda';
import middy from '@middy/core';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { logContext } from '../../lib/platform/observability/logger.ts';
import { recordScheduleCompleted } from '../../lib/platform/observability/metrics.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { partsAdapters } from '../../lib/parts/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { reorderWatch } from '../../lib/parts/usecases/replenishment.ts';
import { partsReorderWatch } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(partsReorderWatch.access));
const deps = { ...base, ...partsAdapters(base), ...staffAdapters(base) };
const send = sesSendOnce(deps, 400);

export const handler = middy(async (event: ScheduledEvent, context: Context) => {
  send.registerContext(context);
  // "Now" is the schedule's firing time (a replayed run looks at the same consumption window).
  const result = await reorderWatch({ ...deps, now: () => new Date(event.time) }, send);
  recordScheduleCompleted('parts-reorder-watch');
  return result;
}).use(logContext()).use(loadDataKeys());
