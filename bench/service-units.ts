/**
 * DynamoDB capacity by the service's published rules, computed from the requests themselves (DynamoDB
 * Local's own accounting differs: it charges transactions like plain writes). On-demand pricing bills
 * write request units (WRU) and read request units (RRU):
 * - a write: 1 WRU per started KB of the item; in TransactWriteItems 2 WRU per KB (ConditionCheck too);
 * - every global secondary index the written item belongs to: 1 WRU per KB of the projected item
 *   (projection ALL here, so the item's size), not doubled by the transaction;
 * - a read: 0.5 RRU per started 4 KB eventually consistent, 1 RRU strongly consistent; a Query or
 *   BatchGetItem sums the items it returns (Query per 4 KB of all items together); TransactGetItems 2x.
 * Item size: attribute names and values in bytes (strings UTF-8, numbers about 1 byte per two digits
 * plus 1, booleans and nulls 1, maps and lists 3 plus 1 per element plus their contents).
 * What the request does not show is assumed, and the assumption is named: an UpdateItem, DeleteItem or
 * ConditionCheck counts 1 KB (our updates touch counters, markers and small records).
 */
import { TABLE_INDEXES } from '../lib/platform/store/table-definition.ts';

export interface ServiceUnits {
  writeUnits: number;
  readUnits: number;
}

const KB = 1024;
const INDEX_KEYS = Object.values(TABLE_INDEXES).map((index) => index.partitionKey);

/** Size of a native (lib-dynamodb) or marshalled (client-dynamodb) value, in bytes. */
export function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (typeof value === 'number' || typeof value === 'bigint') return Math.ceil(String(value).replace(/[-.]/g, '').length / 2) + 1;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Set) return [...value].reduce((sum: number, element) => sum + valueSize(element), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, element) => sum + 1 + valueSize(element), 0);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const marshalled = entries.length === 1 && /^(S|N|B|BOOL|NULL|M|L|SS|NS|BS)$/.test(entries[0]![0]);
    if (marshalled) {
      const [type, inner] = entries[0]!;
      if (type === 'N') return Math.ceil(String(inner).replace(/[-.]/g, '').length / 2) + 1;
      if (type === 'M') return 3 + Object.entries(inner as Record<string, unknown>).reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + valueSize(v), 0);
      if (type === 'L') return 3 + (inner as unknown[]).reduce((sum: number, v) => sum + 1 + valueSize(v), 0);
      return valueSize(inner);
    }
    return 3 + entries.reduce((sum, [k, v]) => sum + 1 + Buffer.byteLength(k) + valueSize(v), 0);
  }
  return 1;
}

export function itemSize(item: Record<string, unknown>): number {
  return Object.entries(item).reduce((sum, [name, value]) => (value === undefined ? sum : sum + Buffer.byteLength(name) + valueSize(value)), 0);
}

const kbUnits = (bytes: number) => Math.max(1, Math.ceil(bytes / KB));
const indexCount = (item: Record<string, unknown>) => INDEX_KEYS.filter((key) => item[key] !== undefined).length;

function putUnits(item: Record<string, unknown>, transactional: boolean): number {
  const units = kbUnits(itemSize(item));
  return units * (transactional ? 2 : 1) + units * indexCount(item);
}

function writeItemUnits(entry: Record<string, unknown>, transactional: boolean): number {
  if (entry.Put) return putUnits((entry.Put as { Item: Record<string, unknown> }).Item, transactional);
  // Update, Delete, ConditionCheck: 1 KB assumed (see above).
  return transactional ? 2 : 1;
}

/** A read is charged at least one 4 KB unit even when it finds nothing (a GetItem of a missing key, an empty Query). */
function readUnits(items: Array<Record<string, unknown>>, consistent: boolean, perItem: boolean): number {
  const rate = consistent ? 1 : 0.5;
  if (perItem) return items.length === 0 ? rate : items.reduce((sum, item) => sum + Math.max(1, Math.ceil(itemSize(item) / (4 * KB))) * rate, 0);
  const bytes = items.reduce((sum, item) => sum + itemSize(item), 0);
  return Math.max(1, Math.ceil(bytes / (4 * KB))) * rate;
}

/** Units of one call from its input and output (operation names as the API's: PutItem, Query...). */
export function serviceUnits(operation: string, input: Record<string, unknown>, output: Record<string, unknown> | undefined): ServiceUnits {
  switch (operation) {
    case 'PutItem':
      return { writeUnits: putUnits(input.Item as Record<string, unknown>, false), readUnits: 0 };
    case 'UpdateItem':
    case 'DeleteItem':
      return { writeUnits: 1, readUnits: 0 };
    case 'BatchWriteItem': {
      const requests = Object.values((input.RequestItems ?? {}) as Record<string, Array<{ PutRequest?: { Item: Record<string, unknown> } }>>).flat();
      return { writeUnits: requests.reduce((sum, r) => sum + (r.PutRequest ? putUnits(r.PutRequest.Item, false) : 1), 0), readUnits: 0 };
    }
    case 'TransactWriteItems':
      return { writeUnits: ((input.TransactItems ?? []) as Array<Record<string, unknown>>).reduce((sum, entry) => sum + writeItemUnits(entry, true), 0), readUnits: 0 };
    case 'GetItem': {
      const item = output?.Item as Record<string, unknown> | undefined;
      return { writeUnits: 0, readUnits: readUnits(item ? [item] : [], input.ConsistentRead === true, true) };
    }
    case 'Query':
    case 'Scan': {
      const items = (output?.Items ?? []) as Array<Record<string, unknown>>;
      // A COUNT query reads the items it counts; the response does not carry them, so 4 KB per page is assumed.
      return { writeUnits: 0, readUnits: input.Select === 'COUNT' ? (input.ConsistentRead ? 1 : 0.5) : readUnits(items, input.ConsistentRead === true, false) };
    }
    case 'BatchGetItem': {
      const items = Object.values((output?.Responses ?? {}) as Record<string, Array<Record<string, unknown>>>).flat();
      return { writeUnits: 0, readUnits: readUnits(items, false, true) };
    }
    case 'TransactGetItems': {
      const items = ((output?.Responses ?? []) as Array<{ Item?: Record<string, unknown> }>).map((r) => r.Item).filter((i): i is Record<string, unknown> => Boolean(i));
      return { writeUnits: 0, readUnits: 2 * readUnits(items, true, true) };
    }
    default:
      return { writeUnits: 0, readUnits: 0 };
  }
}
