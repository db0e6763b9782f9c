/**
 * Email that goes out once per fact: the send is wrapped in Powertools idempotency keyed by a
 * caller-chosen fact key (for example `ack:<ticket>` or `sla:<ticket>:<timer>:<level>`). A
 * redelivered message or an overlapping schedule finds the completed record and sends nothing;
 * a concurrent duplicate finds it in progress and fails (retried later, and then finds it done).
 */
import { IdempotencyAlreadyInProgressError, IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { Context } from 'aws-lambda';
import { idempotencyStore } from '../queue/idempotency.ts';
import type { Mailer, OutgoingMail } from './mailer.ts';

export type SendOnce = (factKey: string, mail: OutgoingMail) => Promise<{ messageId: string }>;

/** Another invocation is sending this very fact right now: the caller may skip it or retry later. */
export class SendInProgressError extends Error {
  override name = 'SendInProgressError';
}

export function sendOnce(tableName: string, mailer: Mailer, keepDays = 90): SendOnce & { registerContext(context: Context): void } {
  const config = new IdempotencyConfig({ eventKeyJmesPath: 'factKey', expiresAfterSeconds: keepDays * 86_400 });
  const once = makeIdempotent(async (request: { factKey: string; mail: OutgoingMail }) => mailer.send(request.mail), {
    persistenceStore: idempotencyStore(tableName),
    config,
    keyPrefix: 'mail.send-once',
  });
  const send = (async (factKey: string, mail: OutgoingMail) => {
    try {
      return await once({ factKey, mail });
    } catch (error) {
      if (error instanceof IdempotencyAlreadyInProgressError) throw new SendInProgressError(`Email ${factKey} is being sent`, { cause: error });
      throw error;
    }
  }) as SendOnce & { registerContext(context: Context): void };
  send.registerContext = (context) => config.registerLambdaContext(context);
  return send;
}
