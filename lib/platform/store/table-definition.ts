/**
 * The single table's shape, as plain data: the CDK stack and the local runtime both create the
 * table from this, so key attributes and indexes cannot differ between AWS and DynamoDB Local.
 * Index names say which access pattern they serve (see docs/architecture.md, "Access patterns").
 */
export const TABLE_KEY = { partitionKey: 'PK', sortKey: 'SK' } as const;

export const TABLE_INDEXES = {
  /**
   * Write-sharded lists: tickets by status (sorted by creation time) and open SLA timers by
   * calendar (to recompute them when the calendar changes). Overloaded by key prefix.
   */
  lists: { name: 'GSI1', partitionKey: 'GSI1PK', sortKey: 'GSI1SK' },
  /** Sparse, bucketed by day: SLA alarms (warning / breach instants) of running timers only. */
  dueAlarms: { name: 'GSI2', partitionKey: 'GSI2PK', sortKey: 'GSI2SK' },
} as const;

/**
 * The table's stream carries new images: the transactional outbox's events reach their queues from it
 * (EventBridge Pipes in AWS, local/stream-forwarder.ts locally).
 */
export const TABLE_STREAM_VIEW = 'NEW_IMAGE' as const;

/** Items with this attribute (epoch seconds) expire: idempotency records, stale work markers. */
export const TTL_ATTRIBUTE = 'ttl';

export type IndexName = (typeof TABLE_INDEXES)[keyof typeof TABLE_INDEXES]['name'];
