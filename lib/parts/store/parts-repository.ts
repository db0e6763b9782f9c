/**
 * Parts catalog, the stock ledger with the balances per location, and the issue register. Stock
 * keeps `onHand`, `reserved` and `available` (= onHand - reserved) because a DynamoDB condition
 * cannot do arithmetic: every change is an Update whose condition keeps the touched counter from
 * going below zero. Every change of `onHand` is a ledger entry written in the same transaction
 * (`movementItems`); reservations move only `reserved` and `available`.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll, withoutKeys } from '../../platform/store/query.ts';
import type { CatalogPart, IssueRegisterEntry, PartUse, StockLevel } from '../domain/parts.ts';
import type { DocumentType, LedgerEntry } from '../domain/ledger.ts';
import { PART_PREFIX, issueRegisterKey, ledgerDocumentIndexKeys, ledgerDocumentPartition, ledgerEntryKey, ledgerPartition, partKey, stockKey } from '../../platform/store/keys.ts';
import { guard, transactWrite, type GuardedItem, type TransactItem } from '../../platform/store/transact.ts';
import { DomainError } from '../../platform/errors.ts';
import { locationLabel } from '../../platform/labels.ts';
import type { Locale } from '../../platform/locale.ts';

export class InsufficientStockError extends DomainError {
  override name = 'InsufficientStockError';
  readonly code = 'insufficient_stock';
  constructor(readonly sku: string, readonly location: string, options?: { cause?: unknown }) {
    super(`Not enough ${sku} at ${location}`, options);
  }

  override messageParams(locale: Locale) {
    return { sku: this.sku, location: locationLabel(this.location, locale) };
  }

  override publicDetails() {
    return { sku: this.sku, location: this.location };
  }
}


/** The ledger entry of this id is already written: the movement it belongs to was applied before. */
export class EntryAlreadyWrittenError extends Error {
  override name = 'EntryAlreadyWrittenError';
}

export class PartsRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  async putPart(part: CatalogPart): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...partKey(part.sku), entity: 'CatalogPart', ...part } }));
  }

  async getPart(sku: string): Promise<CatalogPart | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: partKey(sku) }));
    return result.Item ? withoutKeys<CatalogPart>(result.Item) : undefined;
  }

  async listParts(): Promise<CatalogPart[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': partKey('x').PK, ':prefix': PART_PREFIX },
    });
    return items.map((item) => withoutKeys<CatalogPart>(item));
  }

  async stockAt(location: string): Promise<StockLevel[]> {
    const items = await queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': stockKey(location, '').PK } });
    return items.map((item) => withoutKeys<StockLevel>(item));
  }

  async stock(location: string, sku: string): Promise<StockLevel> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: stockKey(location, sku), ConsistentRead: true }));
    return result.Item ? withoutKeys<StockLevel>(result.Item) : { location, sku, onHand: 0, reserved: 0, available: 0 };
  }

  /** Reserve for a scheduled job: available must cover it. */
  reserveItem(location: string, sku: string, quantity: number): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: stockKey(location, sku),
        UpdateExpression: 'SET reserved = reserved + :q, available = available - :q',
        ConditionExpression: 'available >= :q',
        ExpressionAttributeValues: { ':q': quantity },
      },
    };
  }

  /** Give a reservation back (job cancelled, or parts not used). */
  releaseItem(location: string, sku: string, quantity: number): TransactItem {
    return {
      Update: {
        TableName: this.tableName,
        Key: stockKey(location, sku),
        UpdateExpression: 'SET reserved = reserved - :q, available = available + :q',
        ConditionExpression: 'reserved >= :q',
        ExpressionAttributeValues: { ':q': quantity },
      },
    };
  }

  /** A part taken from stock: from its reservation when there is one, else from what is available. */
  consumeItem(location: string, sku: string, quantity: number, fromReservation: number): TransactItem {
    const unreserved = quantity - fromReservation;
    return {
      Update: {
        TableName: this.tableName,
        Key: stockKey(location, sku),
        UpdateExpression: 'SET onHand = onHand - :q, reserved = reserved - :r, available = available - :u',
        ConditionExpression: 'onHand >= :q AND reserved >= :r AND available >= :u',
        ExpressionAttributeValues: { ':q': quantity, ':r': fromReservation, ':u': unreserved },
      },
    };
  }

  /** PARTS-4: who took which valuable part for which job, with serials. */
  registerItem(use: PartUse & { jobId: string; ticketId: string; line: number }): TransactItem {
    return this.registerEntryItem({ kind: 'used', ...use }, use.jobId, use.line);
  }

  /** PARTS-4: an issue register line of a document (a transfer out of or back to the store, a job). */
  registerEntryItem(entry: IssueRegisterEntry, documentId: string, line: number): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...issueRegisterKey(entry.sku, entry.at, documentId, line), entity: 'IssueRegisterEntry', ...entry },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }

  /**
   * A ledger entry and the balances it moves, for one transaction: the entry (never overwritten),
   * the `from` location (its available quantity must cover the movement; `fromReservation` of it
   * comes out of what is reserved there) and the `to` location.
   */
  movementItems(entry: LedgerEntry, fromReservation = 0): GuardedItem[] {
    const insufficient = (location: string) => (cause: unknown) => new InsufficientStockError(entry.sku, location, { cause });
    return [
      guard({
        Put: {
          TableName: this.tableName,
          Item: { ...ledgerEntryKey(entry.sku, entry.at, entry.entryId), ...ledgerDocumentIndexKeys(entry.document.type, entry.document.id, entry.at, entry.entryId), entity: 'LedgerEntry', ...entry },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      }, (cause) => new EntryAlreadyWrittenError(`Ledger entry ${entry.entryId} exists`, { cause })),
      ...(entry.from ? [guard(this.consumeItem(entry.from, entry.sku, entry.quantity, fromReservation), insufficient(entry.from))] : []),
      ...(entry.to
        ? [
            guard({
              Update: {
                TableName: this.tableName,
                Key: stockKey(entry.to, entry.sku),
                UpdateExpression: 'SET entity = :entity, #location = :location, sku = :sku ADD onHand :q, available :q, reserved :zero',
                ExpressionAttributeNames: { '#location': 'location' },
                ExpressionAttributeValues: { ':entity': 'Stock', ':location': entry.to, ':sku': entry.sku, ':q': entry.quantity, ':zero': 0 },
              },
            }),
          ]
        : []),
    ];
  }

  /**
   * Writes a movement's transaction. Two transactions on the same balance at the same instant may
   * cancel each other (TransactionConflict) rather than one failing its condition: such a write is
   * tried again, so that one of them wins and the other meets the condition it failed.
   */
  async writeMovements(items: Array<GuardedItem | TransactItem>, attempts = 6): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await transactWrite(this.db, items);
      } catch (error) {
        const conflict = error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((r) => r.Code === 'TransactionConflict');
        if (!conflict || attempt >= attempts) throw error;
        await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
      }
    }
  }

  /** A part's ledger in time order, from `since` (an ISO instant) when given. */
  async ledger(sku: string, since?: string): Promise<LedgerEntry[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: since ? 'PK = :pk AND SK >= :since' : 'PK = :pk',
      ExpressionAttributeValues: { ':pk': ledgerPartition(sku), ...(since ? { ':since': since } : {}) },
    });
    return items.map((item) => withoutKeys<LedgerEntry>(item));
  }

  /** The entries of one document (a purchase order's receipts, a transfer, a job, a stocktake). */
  async documentEntries(type: DocumentType, id: string): Promise<LedgerEntry[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: 'GSI1',
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': ledgerDocumentPartition(type, id) },
    });
    return items.map((item) => withoutKeys<LedgerEntry>(item));
  }

  async issueRegister(sku: string): Promise<Array<IssueRegisterEntry & { jobId?: string; ticketId?: string }>> {
    const items = await queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': issueRegisterKey(sku, '', '', 0).PK } });
    return items.map((item) => withoutKeys(item));
  }
}
