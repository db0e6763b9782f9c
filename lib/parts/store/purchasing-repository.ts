/**
 * Suppliers, purchase orders with their receipts, supplier returns, transfers, stocktakes, the
 * purchasing settings and the reorder alert state. Documents are written with a condition on the
 * version read (or on not existing yet), so a retried or concurrent request never applies twice.
 */
import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDate } from '../../platform/local-date.ts';
import { queryAll, withoutKeys } from '../../platform/store/query.ts';
import {
  OPEN_SUPPLIER_RETURNS_PARTITION,
  PURCHASE_ORDER_RECEIPT_PREFIX,
  SUPPLIER_PREFIX,
  configKey,
  openSupplierReturnIndexKeys,
  purchaseOrderIndexKeys,
  purchaseOrderKey,
  purchaseOrderNumberCounterKey,
  purchaseOrderReceiptKey,
  purchaseOrderYearPartition,
  reorderStateKey,
  stocktakeIndexKeys,
  stocktakeKey,
  stocktakeMonthPartition,
  supplierKey,
  supplierReturnKey,
  transferIndexKeys,
  stockAdjustmentKey,
  transferKey,
  transferMonthPartition,
} from '../../platform/store/keys.ts';
import type { TransactItem } from '../../platform/store/transact.ts';
import type { PurchaseOrder, Supplier, SupplierReturn } from '../domain/purchasing.ts';
import type { TransferKind } from '../domain/ledger.ts';
import type { Stocktake } from '../domain/stocktake.ts';
import { DEFAULT_PARTS_SETTINGS, type PartsSettings } from '../schemas.ts';

type Key = { PK: string; SK: string };

/** The Asia/Shanghai day of an instant: lists are by local year or month, as staff count them. */
const localDay = (at: string) => localDate(new Date(at));

export interface Receipt {
  orderId: string;
  receipt: number;
  at: string;
  by: string;
  note?: string;
  lines: Array<{ line: number; sku: string; received: number; accepted: number; rejected: number; rejectReason?: string; serials?: string[]; returnId?: string }>;
}

export interface Transfer {
  id: string;
  from: string;
  to: string;
  kind: TransferKind;
  lines: Array<{ sku: string; quantity: number; serials?: string[] }>;
  reason?: string;
  at: string;
  by: string;
}

export interface StockAdjustment {
  id: string;
  location: string;
  sku: string;
  delta: number;
  kind: 'adjusted' | 'written_off';
  reason: string;
  at: string;
  by: string;
}

export interface ReorderState {
  sku: string;
  below: boolean;
  crossings: number;
  checkedAt: string;
}

export class PurchasingRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  private async get<T>(key: Key): Promise<T | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }));
    return result.Item ? withoutKeys<T>(result.Item) : undefined;
  }

  private async list<T>(partition: string, index?: 'GSI1'): Promise<T[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      ...(index ? { IndexName: index, KeyConditionExpression: 'GSI1PK = :pk' } : { KeyConditionExpression: 'PK = :pk' }),
      ExpressionAttributeValues: { ':pk': partition },
      ScanIndexForward: false,
    });
    return items.map((item) => withoutKeys<T>(item));
  }

  private async listWithPrefix<T>(key: Key, prefix: string): Promise<T[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': key.PK, ':prefix': prefix },
    });
    return items.map((item) => withoutKeys<T>(item));
  }

  /** A document put: new (condition: not there yet) or changed (condition: still at the version read). */
  private versionedPut(key: Key, entity: string, document: { version: number }, expectedVersion: number | undefined, extra: Record<string, unknown> = {}): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...key, ...extra, entity, ...document },
        ConditionExpression: expectedVersion === undefined ? 'attribute_not_exists(PK)' : 'version = :expected',
        ...(expectedVersion === undefined ? {} : { ExpressionAttributeValues: { ':expected': expectedVersion } }),
      },
    };
  }

  async putSupplier(supplier: Supplier): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...supplierKey(supplier.id), entity: 'Supplier', ...supplier } }));
  }

  getSupplier(id: string): Promise<Supplier | undefined> {
    return this.get<Supplier>(supplierKey(id));
  }

  listSuppliers(): Promise<Supplier[]> {
    return this.listWithPrefix<Supplier>(supplierKey('x'), SUPPLIER_PREFIX);
  }

  async nextOrderNumber(year: string): Promise<string> {
    const result = await this.db.send(
      new UpdateCommand({ TableName: this.tableName, Key: purchaseOrderNumberCounterKey(year), UpdateExpression: 'ADD #sequence :one', ExpressionAttributeNames: { '#sequence': 'sequence' }, ExpressionAttributeValues: { ':one': 1 }, ReturnValues: 'UPDATED_NEW' }),
    );
    return `PO${year}-${String(result.Attributes!.sequence).padStart(4, '0')}`;
  }

  orderPut(order: PurchaseOrder, expectedVersion?: number): TransactItem {
    return this.versionedPut(purchaseOrderKey(order.id), 'PurchaseOrder', order, expectedVersion, purchaseOrderIndexKeys(localDay(order.createdAt).slice(0, 4), order.createdAt, order.id));
  }

  getOrder(id: string): Promise<PurchaseOrder | undefined> {
    return this.get<PurchaseOrder>(purchaseOrderKey(id));
  }

  /** Orders created in a year, newest first. */
  listOrders(year: string): Promise<PurchaseOrder[]> {
    return this.list<PurchaseOrder>(purchaseOrderYearPartition(year), 'GSI1');
  }

  receiptPut(receipt: Receipt): TransactItem {
    return { Put: { TableName: this.tableName, Item: { ...purchaseOrderReceiptKey(receipt.orderId, receipt.receipt), entity: 'Receipt', ...receipt }, ConditionExpression: 'attribute_not_exists(PK)' } };
  }

  receipts(orderId: string): Promise<Receipt[]> {
    return this.listWithPrefix<Receipt>(purchaseOrderKey(orderId), PURCHASE_ORDER_RECEIPT_PREFIX);
  }

  /** An open return is listed (sparse GSI1) until it is closed. */
  returnPut(item: SupplierReturn, expectedVersion?: number): TransactItem {
    return this.versionedPut(supplierReturnKey(item.id), 'SupplierReturn', item, expectedVersion, item.status === 'closed' ? {} : openSupplierReturnIndexKeys(item.openedAt, item.id));
  }

  getReturn(id: string): Promise<SupplierReturn | undefined> {
    return this.get<SupplierReturn>(supplierReturnKey(id));
  }

  openReturns(): Promise<SupplierReturn[]> {
    return this.list<SupplierReturn>(OPEN_SUPPLIER_RETURNS_PARTITION, 'GSI1');
  }

  transferPut(transfer: Transfer): TransactItem {
    return this.versionedPut(transferKey(transfer.id), 'Transfer', { ...transfer, version: 1 }, undefined, transferIndexKeys(localDay(transfer.at).slice(0, 7), transfer.at, transfer.id));
  }

  getTransfer(id: string): Promise<Transfer | undefined> {
    return this.get<Transfer>(transferKey(id));
  }

  adjustmentPut(adjustment: StockAdjustment): TransactItem {
    return this.versionedPut(stockAdjustmentKey(adjustment.id), 'StockAdjustment', { ...adjustment, version: 1 }, undefined);
  }

  getAdjustment(id: string): Promise<StockAdjustment | undefined> {
    return this.get<StockAdjustment>(stockAdjustmentKey(id));
  }

  /** Transfers of a (Shanghai) month, newest first. */
  listTransfers(month: string): Promise<Transfer[]> {
    return this.list<Transfer>(transferMonthPartition(month), 'GSI1');
  }

  stocktakePut(session: Stocktake, expectedVersion?: number): TransactItem {
    return this.versionedPut(stocktakeKey(session.id), 'Stocktake', session, expectedVersion, stocktakeIndexKeys(localDay(session.openedAt).slice(0, 7), session.openedAt, session.id));
  }

  getStocktake(id: string): Promise<Stocktake | undefined> {
    return this.get<Stocktake>(stocktakeKey(id));
  }

  listStocktakes(month: string): Promise<Stocktake[]> {
    return this.list<Stocktake>(stocktakeMonthPartition(month), 'GSI1');
  }

  async settings(): Promise<PartsSettings> {
    const stored = await this.get<{ value: PartsSettings }>(configKey('parts-settings'));
    return { ...DEFAULT_PARTS_SETTINGS, ...stored?.value };
  }

  async putSettings(value: PartsSettings, by: string, at: Date): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...configKey('parts-settings'), entity: 'PartsSettings', value, updatedBy: by, updatedAt: at.toISOString() } }));
  }

  reorderStates(): Promise<ReorderState[]> {
    return this.list<ReorderState>(reorderStateKey('x').PK);
  }

  async putReorderState(state: ReorderState): Promise<void> {
    await this.db.send(new PutCommand({ TableName: this.tableName, Item: { ...reorderStateKey(state.sku), entity: 'ReorderState', ...state } }));
  }
}
