/**
 * Email that goes out once per fact: the send is wrapped in Powertools idempotency keyed by a
 * caller-chosen fact key (for example `ack:<ticket>` or `sla:<ticket>:<timer>:<level>`). A
 * redelivered message or an overlapping schedule finds the completed record and sends nothing;
 * a concurrent duplicate finds it in progress and fails (retried later, and then finds it done).
 */
import { IdempotencyAlreadyInProgressError, IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { Context } from 'aws-lambda';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppConfig } from '../config/env.ts';
import { idempotencyStore } from '../queue/idempotency.ts';
import { DynamoSuppressionList } from './deliverability.ts';
import { SesMailer, type Mailer, type OutgoingMail, type SendResult } from './mailer.ts';

/**
 * What the idempotency record keeps of a send (and what a repeat answers): the message id and how
 * many recipients were left out, never an address (CONF-2: the record is not encrypted).
 */
export interface SentRecord {
  /** Empty when nothing was sent (every recipient suppressed). */
  messageId: string;
  suppressedCount?: number;
}

export type SendOnce = (factKey: string, mail: OutgoingMail) => Promise<SentRecord>;

const recordOf = (result: SendResult): SentRecord => ({ messageId: result.messageId, ...(result.suppressed?.length ? { suppressedCount: result.suppressed.length } : {}) });

/** Another invocation is sending this very fact right now: the caller may skip it or retry later. */
export class SendInProgressError extends Error {
  override name = 'SendInProgressError';
}

/**
 * Sends unless another invocation is sending the same fact right now (an overlapping scheduled run, a
 * redelivery): true when this call sent it (or found it sent), false when it was in progress elsewhere.
 */
export async function unlessInProgress(send: () => Promise<unknown>): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    if (error instanceof SendInProgressError) return false;
    throw error;
  }
}

export function sendOnce(tableName: string, mailer: Mailer, keepDays = 90): SendOnce & { registerContext(context: Context): void } {
  const config = new IdempotencyConfig({ eventKeyJmesPath: 'factKey', expiresAfterSeconds: keepDays * 86_400 });
  // The fact key doubles as the email's reference when it has none: its kind tags the send (mailTags).
  const once = makeIdempotent(async (request: { factKey: string; mail: OutgoingMail }) => recordOf(await mailer.send({ ...request.mail, reference: request.mail.reference ?? request.factKey })), {
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

/** What every email-sending function uses: SES through the configuration set, suppressed addresses skipped, once per fact. */
export function sesSendOnce(deps: { config: AppConfig; db: DynamoDBDocumentClient }, keepDays?: number) {
  const mailer = new SesMailer({
    from: deps.config.mailFrom,
    configurationSet: deps.config.mailConfigurationSet,
    suppression: new DynamoSuppressionList(deps.db, deps.config.tableName),
  });
  return sendOnce(deps.config.tableName, mailer, keepDays);
}
