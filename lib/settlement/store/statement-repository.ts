/**
 * Settlement statements in the single table: the head (status, totals, payments, invoice), one item
 * per revision and one per fact, all in the statement's partition; a pointer beside the ticket makes
 * "one statement per ticket" a conditional Put; numbers come from a per-year counter advanced in
 * the same transaction as the statement, so they are sequential without gaps. Every change of the
 * head is conditional on the version it was read at.
 */
import { randomUUID } from 'node:crypto';
import { BatchGetCommand, GetCommand, type BatchGetCommandOutput, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ConcurrentUpdateError, NotFoundError } from '../../platform/errors.ts';
import {
  formatStatementNumber,
  localMonth,
  localYear,
  type Statement,
  type StatementFact,
  type StatementRevision,
} from '../domain/statement.ts';
import type { TicketEvent } from '../../tickets/index.ts';
import { reportConsumedCapacity } from '../../platform/store/client.ts';
import {
  OPEN_DISPUTES_PARTITION,
  STATEMENT_FACT_PREFIX,
  STATEMENT_REVISION_PREFIX,
  openDisputeIndexKeys,
  settlementFactIndexKeys,
  settlementMonthPartition,
  statementFactKey,
  statementKey,
  statementNumberCounterKey,
  statementRevisionKey,
  ticketStatementKey,
} from '../../platform/store/keys.ts';
import type { OutboxEvent } from '../../platform/store/outbox.ts';
import { TABLE_INDEXES } from '../../platform/store/table-definition.ts';
import { eventPut } from '../../tickets/server.ts';
import { queryAll, withoutKeys } from '../../platform/store/query.ts';
import { dataKeys } from '../../platform/privacy/field-crypto.ts';
import { ensureKeysFor } from '../../platform/privacy/data-keys.ts';

type Transform = (value: string | undefined, purpose: string) => string | undefined;
const seal: Transform = (value, purpose) => dataKeys.seal(value, purpose);
const open: Transform = (value, purpose) => dataKeys.open(value, purpose);

/** The customer's name and organisation, the site's address and the invoice request's contact data: sealed in the table, plain in use. */
function statementData(statement: Statement, transform: Transform): Statement {
  const request = statement.invoiceRequest;
  return {
    ...statement,
    customer: {
      ...statement.customer,
      name: transform(statement.customer.name, 'statement.customer.name')!,
      ...(statement.customer.organisation ? { organisation: transform(statement.customer.organisation, 'statement.customer.organisation')! } : {}),
    },
    site: { ...statement.site, address: transform(statement.site.address, 'statement.site.address')! },
    ...(request
      ? {
          invoiceRequest: {
            ...request,
            ...(request.email ? { email: transform(request.email, 'statement.invoiceRequest.email')! } : {}),
            ...(request.phone ? { phone: transform(request.phone, 'statement.invoiceRequest.phone')! } : {}),
          },
        }
      : {}),
  };
}

const factData = (fact: StatementFact, transform: Transform): StatementFact => ({ ...fact, customerName: transform(fact.customerName, 'statement.fact.customerName')! });

/** A statement head's and a fact's sealed form (the repository writes them; the migration re-writes old ones). */
export const sealStatement = (statement: Statement) => statementData(statement, seal);
export const sealFact = (fact: StatementFact) => factData(fact, seal);

async function statementOf(item: Record<string, unknown>): Promise<Statement> {
  await ensureKeysFor(item);
  return statementData(withoutKeys<Statement>(item), open);
}

async function factOf(item: Record<string, unknown>): Promise<StatementFact> {
  await ensureKeysFor(item);
  return factData(withoutKeys<StatementFact>(item), open);
}
import { guard, transactWrite, type GuardedItem, type TransactItem } from '../../platform/store/transact.ts';



export type NewFact = Omit<StatementFact, 'factId' | 'statementId' | 'statementNumber' | 'ticketNumber' | 'customerName' | 'revision' | 'totalFen'> &
  Partial<Pick<StatementFact, 'revision' | 'totalFen'>>;

class CounterMovedError extends Error {}
class StatementExistsError extends Error {}

/** What a change writes besides the head: a revision, facts, the ticket's timeline event and the outbox event it carries. */
export type StatementChange = { facts: NewFact[]; revision?: StatementRevision } & ({ event: TicketEvent; announce?: OutboxEvent } | { event?: undefined; announce?: undefined });

export class StatementRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    readonly tableName: string,
  ) {}

  private headItem(statement: Statement) {
    return {
      ...statementKey(statement.statementId),
      ...(statement.status === 'disputed' && statement.dispute ? openDisputeIndexKeys(statement.dispute.at, statement.statementId) : {}),
      entity: 'Statement',
      ...statementData(statement, seal),
    };
  }

  private revisionPut(revision: StatementRevision): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...statementRevisionKey(revision.statementId, revision.revision), entity: 'StatementRevision', ...revision },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }

  /** A fact of `statement` (as it is after the change), listed in the month of its instant. */
  fact(statement: Statement, fact: NewFact): StatementFact {
    return {
      statementId: statement.statementId,
      factId: randomUUID().slice(0, 8),
      statementNumber: statement.number,
      ticketNumber: statement.ticketNumber,
      customerName: statement.customer.organisation ? `${statement.customer.organisation} ${statement.customer.name}` : statement.customer.name,
      revision: statement.revision,
      totalFen: statement.totalFen,
      ...fact,
    };
  }

  private factPut(fact: StatementFact): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: {
          ...statementFactKey(fact.statementId, fact.at, fact.factId),
          ...settlementFactIndexKeys(localMonth(new Date(fact.at)), fact.at, fact.statementId, fact.factId),
          entity: 'StatementFact',
          ...factData(fact, seal),
        },
      },
    };
  }

  async get(statementId: string): Promise<Statement | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: statementKey(statementId), ConsistentRead: true, ReturnConsumedCapacity: 'TOTAL' }));
    reportConsumedCapacity('GetItem', result.ConsumedCapacity);
    return result.Item ? statementOf(result.Item) : undefined;
  }

  async require(statementId: string): Promise<Statement> {
    const statement = await this.get(statementId);
    if (!statement) throw new NotFoundError(`Statement ${statementId} not found`);
    return statement;
  }

  async idOfTicket(ticketId: string): Promise<string | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: ticketStatementKey(ticketId), ConsistentRead: true }));
    return result.Item?.statementId as string | undefined;
  }

  async revision(statementId: string, revision: number): Promise<StatementRevision | undefined> {
    const result = await this.db.send(new GetCommand({ TableName: this.tableName, Key: statementRevisionKey(statementId, revision) }));
    return result.Item ? withoutKeys<StatementRevision>(result.Item) : undefined;
  }

  /** The head, every revision (oldest first) and every fact (in time order): one Query on the partition. */
  async withHistory(statementId: string): Promise<{ statement: Statement; revisions: StatementRevision[]; facts: StatementFact[] } | undefined> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': statementKey(statementId).PK },
      ConsistentRead: true,
    });
    const head = items.find((item) => item.SK === statementKey(statementId).SK);
    if (!head) return undefined;
    return {
      statement: await statementOf(head),
      revisions: items.filter((item) => String(item.SK).startsWith(STATEMENT_REVISION_PREFIX)).map((item) => withoutKeys<StatementRevision>(item)),
      facts: await Promise.all(items.filter((item) => String(item.SK).startsWith(STATEMENT_FACT_PREFIX)).map(factOf)),
    };
  }

  /**
   * Creates a ticket's statement with its first revision, once: the ticket's pointer is a conditional
   * Put, and the year's counter advances in the same transaction, conditional on the value read, so
   * a lost race retries with the next number and no number is ever skipped. Returns the existing
   * statement when the ticket already has one.
   */
  async createFirst(
    draft: Omit<Statement, 'number'>,
    revision: StatementRevision,
    event: (statement: Statement) => TicketEvent,
    now: Date,
    /** The outbox event of the creation (the statement's email), carried by its timeline event. */
    announce?: (statement: Statement) => OutboxEvent,
  ): Promise<{ statement: Statement; created: boolean }> {
    const year = localYear(now);
    for (let attempt = 0; attempt < 20; attempt += 1) {
      // The ticket's pointer and the year's counter: two independent reads, one round trip.
      const [existing, counter] = await Promise.all([
        this.idOfTicket(draft.ticketId),
        this.db.send(new GetCommand({ TableName: this.tableName, Key: statementNumberCounterKey(year), ConsistentRead: true })),
      ]);
      if (existing) return { statement: await this.require(existing), created: false };
      const current = Number(counter.Item?.sequence ?? 0);
      const statement: Statement = { ...draft, number: formatStatementNumber(year, current + 1) };
      try {
        await transactWrite(this.db, [
          guard(
            {
              Update: {
                TableName: this.tableName,
                Key: statementNumberCounterKey(year),
                UpdateExpression: 'SET #seq = :next, entity = :entity',
                ConditionExpression: current === 0 ? 'attribute_not_exists(PK)' : '#seq = :current',
                ExpressionAttributeNames: { '#seq': 'sequence' },
                ExpressionAttributeValues: { ':next': current + 1, ':entity': 'StatementNumberCounter', ...(current === 0 ? {} : { ':current': current }) },
              },
            },
            () => new CounterMovedError(),
          ),
          guard(
            {
              Put: {
                TableName: this.tableName,
                Item: { ...ticketStatementKey(draft.ticketId), entity: 'TicketStatement', statementId: draft.statementId, number: statement.number },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            () => new StatementExistsError(),
          ),
          { Put: { TableName: this.tableName, Item: this.headItem(statement), ConditionExpression: 'attribute_not_exists(PK)' } },
          this.revisionPut(revision),
          this.factPut(this.fact(statement, { kind: 'issued', at: statement.issuedAt, by: revision.issuedBy })),
          eventPut(this.tableName, event(statement), announce?.(statement)),
        ]);
        return { statement, created: true };
      } catch (error) {
        if (error instanceof CounterMovedError || error instanceof StatementExistsError) continue;
        throw error;
      }
    }
    throw new ConcurrentUpdateError(`Could not number the statement of ticket ${draft.ticketId}`);
  }

  /**
   * The writes of a change: the head conditional on the version read (bumped here), a new revision
   * if any, the facts and the ticket's timeline event. For a transaction with a ticket transition.
   */
  changeItems(before: Statement, after: Statement, change: StatementChange): Array<TransactItem | GuardedItem> {
    const saved: Statement = { ...after, version: before.version + 1 };
    return [
      guard(
        {
          Put: {
            TableName: this.tableName,
            Item: this.headItem(saved),
            ConditionExpression: '#version = :read',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':read': before.version },
          },
        },
        (cause) => new ConcurrentUpdateError(`Statement ${before.statementId} changed concurrently`, { cause }),
      ),
      ...(change.revision ? [this.revisionPut(change.revision)] : []),
      ...change.facts.map((fact) => this.factPut(this.fact(saved, fact))),
      ...(change.event ? [eventPut(this.tableName, change.event, change.announce)] : []),
    ];
  }

  async save(before: Statement, after: Statement, change: StatementChange): Promise<Statement> {
    await transactWrite(this.db, this.changeItems(before, after, change));
    return { ...after, version: before.version + 1 };
  }

  /** Every fact of a local month (the finance digest): one partition of the lists index, paged. */
  async factsOfMonth(month: string): Promise<StatementFact[]> {
    return Promise.all(await this.queryLists(settlementMonthPartition(month), factOf));
  }

  /** Statements disputed and not yet revised, oldest dispute first. */
  async openDisputes(): Promise<Statement[]> {
    return Promise.all(await this.queryLists(OPEN_DISPUTES_PARTITION, statementOf));
  }

  private async queryLists<T>(partition: string, map: (item: Record<string, unknown>) => T): Promise<T[]> {
    const items = await queryAll(this.db, {
      TableName: this.tableName,
      IndexName: TABLE_INDEXES.lists.name,
      KeyConditionExpression: 'GSI1PK = :pk',
      ExpressionAttributeValues: { ':pk': partition },
    });
    return items.map(map);
  }

  /** Heads of many statements (BatchGetItem in chunks of 100, unprocessed keys retried). */
  async getMany(statementIds: string[]): Promise<Statement[]> {
    const unique = [...new Set(statementIds)];
    const found: Statement[] = [];
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Array<Record<string, unknown>> | undefined = unique.slice(i, i + 100).map(statementKey);
      for (let attempt = 0; keys && keys.length > 0 && attempt < 8; attempt += 1) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt));
        const result: BatchGetCommandOutput = await this.db.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keys } }, ReturnConsumedCapacity: 'TOTAL' }));
        reportConsumedCapacity('BatchGetItem', result.ConsumedCapacity);
        found.push(...(await Promise.all((result.Responses?.[this.tableName] ?? []).map(statementOf))));
        keys = result.UnprocessedKeys?.[this.tableName]?.Keys;
      }
      if (keys && keys.length > 0) throw new Error(`${keys.length} statements could not be read`);
    }
    return found;
  }
}
