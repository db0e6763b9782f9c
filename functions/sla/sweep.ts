/** Breach watch, every minute: warnings at the configured share of the time, breaches at the deadline. */
import type { Context, ScheduledEvent } from 'aws-lambda';
import middy from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { loadConfig } from '../../lib/config/env.ts';
import { SesMailer } from '../../lib/mail/mailer.ts';
import { sendOnce } from '../../lib/mail/send-once.ts';
import { slaAlertMail } from '../../lib/mail/templates/sla-alert.ts';
import { logger } from '../../lib/observability/logger.ts';
import { dependencies } from '../../lib/usecases/dependencies.ts';
import { sweepSlaAlarms } from '../../lib/usecases/sla-sweep.ts';
import { functions } from '../../lib/wiring.ts';

const deps = dependencies(loadConfig(functions['sla-sweep'].access));
const send = sendOnce(deps.tableName, new SesMailer(deps.config.mailFrom));

export const handler = middy(async (event: ScheduledEvent, context: Context) => {
  send.registerContext(context);
  // "Now" is the schedule's firing time, as EventBridge states it: a late or replayed invocation
  // judges deadlines at the instant it was meant for.
  return sweepSlaAlarms(
    deps,
    ({ ticket, timer, level, to }) => send(`sla:${ticket.id}:${timer.kind}:${level}`, { to: [to], ...slaAlertMail(ticket, timer, level) }),
    new Date(event.time),
  );
}).use(injectLambdaContext(logger, { resetKeys: true }));
