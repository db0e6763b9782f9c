/**
 * TransactWriteItems with meaningful failures: each item may say which domain error its failed
 * condition means (the ticket changed meanwhile, stock would go negative, ...). The first failed
 * item with such an error decides what is thrown.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConcurrentUpdateError } from '../errors.ts';
import { reportConsumedCapacity } from './client.ts';
/** One item of a TransactWriteItems request, as lib-dynamodb takes it. */
export type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

export interface GuardedItem {
  item: TransactItem;
  /** The error a failed condition on this item means; a ConcurrentUpdateError when absent. */
  onConflict?: (cause: unknown) => Error;
}

/** True when a write (or any item of a transaction) failed its condition: someone else changed it first. */
export function isConditionFailure(error: unknown): boolean {
  if (error instanceof TransactionCanceledException) {
    return (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed');
  }
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

export const guard = (item: TransactItem, onConflict?: (cause: unknown) => Error): GuardedItem => ({ item, ...(onConflict ? { onConflict } : {}) });

export async function transactWrite(db: DynamoDBDocumentClient, items: Array<GuardedItem | TransactItem>): Promise<void> {
  const guarded = items.map((entry) => ('item' in entry ? entry : { item: entry }));
  try {
    const result = await db.send(new TransactWriteCommand({ TransactItems: guarded.map((g) => g.item), ReturnConsumedCapacity: 'TOTAL' }));
    reportConsumedCapacity('TransactWriteItems', result.ConsumedCapacity);
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const reasons = error.CancellationReasons ?? [];
    const failed = reasons.findIndex((reason) => reason.Code === 'ConditionalCheckFailed');
    if (failed === -1) throw error;
    throw guarded[failed]?.onConflict?.(error) ?? new ConcurrentUpdateError('An item changed concurrently', { cause: error });
  }
}
