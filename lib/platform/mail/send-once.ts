/**
 * Email that goes out once per fact, keyed by a caller-chosen fact key (for example `ack:<ticket>` or
 * `sla:<ticket>:<timer>:<level>`). A record is claimed with a conditional Put before the send and
 * completed after it: a redelivered message or an overlapping schedule finds the completed record and
 * sends nothing; a concurrent duplicate finds it in progress and fails (retried later, and then finds
 * it done). A send that fails gives the claim back, so the retry sends.
 *
 * This is what Powertools idempotency did here, in the same record layout (keys.sentMailKey; status,
 * `ttl`, `in_progress_expiration` in epoch ms, `data`), written directly: the utility was
 * 37 KB of every email-sending function's bundle for one Put, one Update and one Delete.
 */
import { createHash } from 'node:crypto';
import type { Context } from 'aws-lambda';
import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { AppConfig } from '../config/env.ts';
import { sentMailKey } from '../store/keys.ts';
import { TTL_ATTRIBUTE } from '../store/table-definition.ts';
import { isConditionFailure } from '../store/transact.ts';
import { DynamoSuppressionList } from './deliverability.ts';
import { SesMailer, type Mailer, type OutgoingMail, type SendResult } from './mailer.ts';

/**
 * What the record keeps of a send (and what a repeat answers): the message id and how many recipients
 * were left out, never an address (CONF-2: the record is not encrypted).
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

const IN_PROGRESS = 'INPROGRESS';
const COMPLETED = 'COMPLETED';
/** A claim outside Lambda (no context registered) is taken over after the longest a Lambda can run. */
const DEFAULT_CLAIM_MS = 15 * 60_000;

/** The record's sort key part: md5 of the JSON fact key, base64 (as Powertools hashed `factKey`). */
export const factKeyHash = (factKey: string) => createHash('md5').update(JSON.stringify(factKey)).digest('base64');

export function sendOnce(db: DynamoDBDocumentClient, tableName: string, mailer: Mailer, keepDays = 90): SendOnce & { registerContext(context: Context): void } {
  // The claim lasts as long as the invocation may: a crashed one leaves it to the next after that.
  let remainingMs = () => DEFAULT_CLAIM_MS;

  const send = (async (factKey: string, mail: OutgoingMail): Promise<SentRecord> => {
    const key = sentMailKey(factKeyHash(factKey));
    const now = Date.now();
    const expires = Math.round(now / 1000 + keepDays * 86_400);
    try {
      await db.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...key, status: IN_PROGRESS, [TTL_ATTRIBUTE]: expires, in_progress_expiration: now + remainingMs() },
          // Free, expired (TTL deletes lazily), or claimed by an invocation that has run out of time.
          ConditionExpression: 'attribute_not_exists(PK) OR #ttl < :now OR (#status = :inProgress AND #claim < :nowMs)',
          ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE, '#status': 'status', '#claim': 'in_progress_expiration' },
          ExpressionAttributeValues: { ':now': now / 1000, ':nowMs': now, ':inProgress': IN_PROGRESS },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const old = (error as { Item?: Parameters<typeof unmarshall>[0] }).Item;
      const existing = old ? unmarshall(old) : undefined;
      if (existing?.status === COMPLETED && existing.data) return existing.data as SentRecord;
      throw new SendInProgressError(`Email ${factKey} is being sent`, { cause: error });
    }

    let sent: SentRecord;
    try {
      // The fact key doubles as the email's reference when it has none: its kind tags the send (mailTags).
      sent = recordOf(await mailer.send({ ...mail, reference: mail.reference ?? factKey }));
    } catch (error) {
      await db.send(new DeleteCommand({ TableName: tableName, Key: key })).catch(() => undefined); // the claim times out otherwise
      throw error;
    }
    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'SET #status = :completed, #data = :data, #ttl = :expires REMOVE #claim',
        ExpressionAttributeNames: { '#status': 'status', '#data': 'data', '#ttl': TTL_ATTRIBUTE, '#claim': 'in_progress_expiration' },
        ExpressionAttributeValues: { ':completed': COMPLETED, ':data': sent, ':expires': expires },
      }),
    );
    return sent;
  }) as SendOnce & { registerContext(context: Context): void };
  send.registerContext = (context) => {
    remainingMs = () => context.getRemainingTimeInMillis();
  };
  return send;
}

/** What every email-sending function uses: SES through the configuration set, suppressed addresses skipped, once per fact. */
export function sesSendOnce(deps: { config: AppConfig; db: DynamoDBDocumentClient }, keepDays?: number) {
  const mailer = new SesMailer({
    from: deps.config.mailFrom,
    configurationSet: deps.config.mailConfigurationSet,
    suppression: new DynamoSuppressionList(deps.db, deps.config.tableName),
  });
  return sendOnce(deps.db, deps.config.tableName, mailer, keepDays);
}
