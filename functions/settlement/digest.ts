/**
 * Finance's monthly digest. EventBridge cron is UTC and Asia/Shanghai is UTC+8 all year, so the rule
 * fires daily at 16:05 UTC (00:05 in Shanghai) and the handler acts only when that is the 1st.
 */
import { recordScheduleCompleted } from '../../lib/platform/observability/metrics.ts';
import type { Context, ScheduledEvent } from 'aws-lambda';
import middy from '@middy/core';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { logContext } from '../../lib/platform/observability/logger.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { settlementAdapters } from '../../lib/settlement/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { sendMonthlyDigest } from '../../lib/settlement/usecases/digest.ts';
import { settlementDigest } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(settlementDigest.access));
const deps = { ...base, ...settlementAdapters(base), ...staffAdapters(base) };
const send = sesSendOnce(deps, 400);

export const handler = middy(async (event: ScheduledEvent, context: Context) => {
  send.registerContext(context);
  // "Now" is the schedule's firing time: a late or replayed invocation digests the month it was meant for.
  const result = await sendMonthlyDigest(deps, send, new Date(event.time));
  recordScheduleCompleted('settlement-monthly-digest'); // daily: the run itself acts only on the 1st
  return result;
}).use(logContext()).use(loadDataKeys());
