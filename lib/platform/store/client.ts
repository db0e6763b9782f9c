/**
 * One DynamoDB document client per process. Endpoint and region come from the standard SDK
 * environment (AWS_ENDPOINT_URL_DYNAMODB locally), so there is no local branch here.
 */
import { DynamoDBClient, type ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export type CapacityListener = (operation: string, consumed: ConsumedCapacity[]) => void;
const capacityListeners = new Set<CapacityListener>();

/** Lets the benchmark (and debug logging) see the capacity every call consumed. */
export function onConsumedCapacity(listener: CapacityListener): () => void {
  capacityListeners.add(listener);
  return () => capacityListeners.delete(listener);
}

export function reportConsumedCapacity(operation: string, consumed: ConsumedCapacity | ConsumedCapacity[] | undefined): void {
  if (!consumed || capacityListeners.size === 0) return;
  const list = Array.isArray(consumed) ? consumed : [consumed];
  for (const listener of capacityListeners) listener(operation, list);
}

/** What a context's repositories are built from (each context's `adapters.ts`). */
export interface StoreAccess {
  db: DynamoDBDocumentClient;
  tableName: string;
}

let documentClient: DynamoDBDocumentClient | undefined;

export function getDocumentClient(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return documentClient;
}
