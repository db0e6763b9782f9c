/**
 * Call tasks after an email failed (MAILTASK#<id>), listed while open from one sparse GSI1 partition.
 * The task id is derived from the SES message id and the address: a redelivered event writes nothing.
 */
import { createHash } from 'node:crypto';
import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MailTask } from '../domain/mail-task.ts';
import { mailTaskKey, OPEN_MAIL_TASKS_PARTITION, openMailTaskIndexKeys } from '../../platform/store/keys.ts';
import { withoutKeys } from '../../platform/store/query.ts';
import { TABLE_INDEXES } from '../../platform/store/table-definition.ts';
import { guard, transactWrite, type GuardedItem, type TransactItem } from '../../platform/store/transact.ts';
import { ConcurrentUpdateError } from '../../platform/errors.ts';
import { dataKeys } from '../../platform/privacy/field-crypto.ts';
import { ensureKeysFor } from '../../platform/privacy/data-keys.ts';

/** The failed address, the corrected one and the server's diagnostic (which usually repeats the address): sealed in the table. */
const SEALED = ['address', 'newAddress', 'diagnostic'] as const;

function taskData(task: MailTask, transform: (value: string | undefined, purpose: string) => string | undefined): MailTask {
  const copy = { ...task } as Record<string, unknown>;
  for (const field of SEALED) if (typeof copy[field] === 'string') copy[field] = transform(copy[field] as string, `mailTask.${field}`);
  return copy as unknown as MailTask;
}
export const sealTask = (task: MailTask) => taskData(task, (v, p) => dataKeys.seal(v, p));

async function taskOf(item: Record<string, unknown>): Promise<MailTask> {
  await ensureKeysFor(item);
  return taskData(withoutKeys<MailTask>(item), (v, p) => dataKeys.open(v, p));
}

export class MailTaskAlreadyRecordedError extends Error {
  override name = 'MailTaskAlreadyRecordedError';
}

export const mailTaskId = (messageId: string, address: string) => createHash('sha256').update(`${messageId}\n${address}`).digest('hex').slice(0, 32);

export class MailTaskRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Records the task (open unless it concerns no ticket) with `withItems` (the address's state, the ticket's mark) in one transaction; false when it exists already. */
  async open(task: MailTask, withItems: TransactItem[]): Promise<boolean> {
    try {
      await transactWrite(this.db, [
        guard(
          {
            Put: {
              TableName: this.tableName,
              Item: { ...mailTaskKey(task.taskId), ...(task.state === 'open' ? openMailTaskIndexKeys(task.openedAt, task.taskId) : {}), entity: 'MailTask', ...sealTask(task) },
              ConditionExpression: 'attribute_not_exists(PK)',
            },
          },
          (cause) => new MailTaskAlreadyRecordedError(`Mail task ${task.taskId} exists`, { cause }),
        ),
        ...withItems,
      ]);
      return true;
    } catch (error) {
      if (error instanceof MailTaskAlreadyRecordedError) return false;
      throw error;
    }
  }

  async get(taskId: string): Promise<MailTask | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: mailTaskKey(taskId) }));
    return result.Item ? taskOf(result.Item) : undefined;
  }

  /** Open tasks, oldest first. */
  async openTasks(limit: number): Promise<MailTask[]> {
    const result = await this.db.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: TABLE_INDEXES.lists.name,
        KeyConditionExpression: 'GSI1PK = :pk',
        ExpressionAttributeValues: { ':pk': OPEN_MAIL_TASKS_PARTITION },
        Limit: limit,
      }),
    );
    return Promise.all((result.Items ?? []).map(taskOf));
  }

  /** The task's closing (it leaves the open list), conditional on it being open still. */
  closeItem(closed: MailTask): GuardedItem {
    return guard(
      {
        Put: {
          TableName: this.tableName,
          Item: { ...mailTaskKey(closed.taskId), entity: 'MailTask', ...sealTask(closed) },
          ConditionExpression: '#state = :open',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':open': 'open' },
        },
      },
      (cause) => new ConcurrentUpdateError(`Mail task ${closed.taskId} was closed meanwhile`, { cause }),
    );
  }

  async close(closed: MailTask, withItems: Array<TransactItem | GuardedItem>): Promise<void> {
    await transactWrite(this.db, [this.closeItem(closed), ...withItems]);
  }
}
