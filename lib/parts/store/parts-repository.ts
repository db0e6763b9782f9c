/**
 * Parts catalog, stock per location and the issue register. Stock keeps `onHand`, `reserved` and
 * `available` (= onHand - reserved) because a DynamoDB condition cannot do arithmetic: every change
 * is an Update whose condition keeps the touched counter from going below zero.
 */
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { queryAll, withoutKeys } from '../../platform/store/query.ts';
import type { CatalogPart, PartUse, StockLevel } from '../domain/parts.ts';
import { PART_PREFIX, issueRegisterKey, partKey, stockKey } from '../../platform/store/keys.ts';
import type { TransactItem } from '../../platform/store/transact.ts';
import { isConditionFailure } from '../../tickets/server.ts';
import { DomainError } from '../../platform/errors.ts';

export class InsufficientStockError extends DomainError {
  override name = 'InsufficientStockError';
  readonly code = 'insufficient_stock';
  constructor(readonly sku: string, readonly location: string, options?: { cause?: unknown }) {
    super(`Not enough ${sku} at ${location}`, options);
  }

  override messageParams() {
    return { sku: this.sku, location: this.location };
  }

  override publicDetails() {
    return { sku: this.sku, location: this.location };
  }
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
    return result.Item ? withoutKeys<StockLevel>(result.Item) : { location, sku, onHand: 0, reserved: 0 };
  }

  /** Receiving (+) or a stocktake correction (-): never below what is reserved. */
  async adjust(location: string, sku: string, delta: number): Promise<StockLevel> {
    try {
      const result = await this.db.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: stockKey(location, sku),
          UpdateExpression: 'SET entity = :entity, #location = :location, sku = :sku ADD onHand :delta, available :delta, reserved :zero',
          ConditionExpression: delta < 0 ? 'available >= :need' : 'attribute_not_exists(available) OR available >= :floor',
          ExpressionAttributeNames: { '#location': 'location' },
          ExpressionAttributeValues: {
            ':entity': 'Stock',
            ':location': location,
            ':sku': sku,
            ':delta': delta,
            ':zero': 0,
            ...(delta < 0 ? { ':need': -delta } : { ':floor': -delta }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return withoutKeys<StockLevel>(result.Attributes!);
    } catch (error) {
      if (isConditionFailure(error)) throw new InsufficientStockError(sku, location, { cause: error });
      throw error;
    }
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
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...issueRegisterKey(use.sku, use.at, use.jobId, use.line), entity: 'IssueRegisterEntry', ...use },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }

  async issueRegister(sku: string): Promise<Array<PartUse & { jobId: string; ticketId: string }>> {
    const items = await queryAll(this.db, { TableName: this.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': issueRegisterKey(sku, '', '', 0).PK } });
    return items.map((item) => withoutKeys(item));
  }
}
