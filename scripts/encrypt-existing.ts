/**
 * One-off migration: seals the customer contact data of items written before field-level encryption
 * (lib/platform/privacy/field-crypto.ts) and writes the customer index items those tickets lack.
 *
 *   TABLE_NAME=... DATA_KEYS_SOURCE=kms:<key ARN> npm run migrate:encrypt
 *   (locally: DATA_KEYS_SOURCE=file:.data/data-keys.json, AWS_ENDPOINT_URL_DYNAMODB=http://localhost:8000)
 *
 * It Scans the table: it is run by an operator once, never by a request or a schedule (those only
 * Get and Query, docs/architecture.md). Items are read as they are and re-written only when a value
 * is still plain, each with a conditional write (on `version` where the item has one, else on the
 * changed attributes still holding what was read), so a change made meanwhile by the running system
 * is never overwritten: that item is counted as skipped and the next run takes it. Running it again
 * changes nothing (sealed values are left alone, the index items are the same keys).
 *
 * Until it has run, plain values stay readable: opening a value passes a plain string through.
 */
import { pathToFileURL } from 'node:url';
import { PutCommand, ScanCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure } from '../lib/platform/store/transact.ts';
import { customerIndexItems, sealEvent, sealTicket, type NewTicket } from '../lib/tickets/server.ts';
import type { Ticket, TicketEvent } from '../lib/tickets/index.ts';
import { sealFact, sealStatement } from '../lib/settlement/server.ts';
import type { Statement, StatementFact } from '../lib/settlement/index.ts';
import { sealTask } from '../lib/intake/server.ts';
import type { MailTask } from '../lib/intake/domain/mail-task.ts';
import { dataKeys } from '../lib/platform/privacy/field-crypto.ts';
import { ensureDataKeys } from '../lib/platform/privacy/data-keys.ts';
import { deliverabilityPut, type AddressDeliverability } from '../lib/platform/mail/deliverability.ts';
import { IDEMPOTENCY_PARTITION, LEGACY_EMAILADDR_PREFIX } from '../lib/platform/store/keys.ts';
import { getDocumentClient } from '../lib/platform/store/client.ts';

type Item = Record<string, unknown>;

export interface MigrationReport {
  scanned: number;
  sealed: number;
  indexed: number;
  rekeyed: number;
  skipped: number;
}

const KEY_ATTRIBUTES = new Set(['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK']);

/** The item with its customer data sealed (the same item when nothing was plain). */
function sealed(item: Item): Item {
  switch (item.entity) {
    case 'Ticket':
      return { ...item, ...sealTicket(item as unknown as Ticket) };
    case 'TicketEvent':
      return { ...item, ...sealEvent(item as unknown as TicketEvent) };
    case 'TicketEmailProblem':
      return { ...item, address: dataKeys.seal(String(item.address), 'ticket.emailProblem.address') };
    case 'Statement':
      return { ...item, ...sealStatement(item as unknown as Statement) };
    case 'StatementFact':
      return { ...item, ...sealFact(item as unknown as StatementFact) };
    case 'MailTask':
      return { ...item, ...sealTask(item as unknown as MailTask) };
    case 'Device':
      return typeof item.siteAddress === 'string' ? { ...item, siteAddress: dataKeys.seal(item.siteAddress, 'device.siteAddress') } : item;
    case 'Job': {
      const signOff = item.signOff as { signerName?: string } | undefined;
      return signOff?.signerName ? { ...item, signOff: { ...signOff, signerName: dataKeys.seal(signOff.signerName, 'job.signOff.signerName') } } : item;
    }
    default:
      return item;
  }
}

const changedAttributes = (before: Item, after: Item) => Object.keys(after).filter((name) => !KEY_ATTRIBUTES.has(name) && JSON.stringify(before[name]) !== JSON.stringify(after[name]));

/** A conditional Put of the sealed item: on the version read, else on the changed attributes as read. */
function conditionalPut(tableName: string, before: Item, after: Item) {
  if (typeof before.version === 'number') {
    return { TableName: tableName, Item: after, ConditionExpression: '#version = :version', ExpressionAttributeNames: { '#version': 'version' }, ExpressionAttributeValues: { ':version': before.version } };
  }
  const changed = changedAttributes(before, after);
  return {
    TableName: tableName,
    Item: after,
    ConditionExpression: changed.map((_, i) => `#a${i} = :a${i}`).join(' AND '),
    ExpressionAttributeNames: Object.fromEntries(changed.map((name, i) => [`#a${i}`, name])),
    ExpressionAttributeValues: Object.fromEntries(changed.map((name, i) => [`:a${i}`, before[name]])),
  };
}

async function migrateItem(db: DynamoDBDocumentClient, tableName: string, item: Item, report: MigrationReport): Promise<void> {
  // A deliverability record still keyed by the plain address: moved to its blind-index key.
  if (item.entity === 'EmailAddressDeliverability' && String(item.PK).startsWith(LEGACY_EMAILADDR_PREFIX) && String(item.PK).includes('@')) {
    const { PK: _pk, SK: _sk, entity: _entity, ...record } = item;
    await db.send(
      new TransactWriteCommand({
        TransactItems: [
          deliverabilityPut(tableName, record as unknown as AddressDeliverability),
          { Delete: { TableName: tableName, Key: { PK: item.PK, SK: item.SK }, ConditionExpression: 'messageId = :m', ExpressionAttributeValues: { ':m': item.messageId } } },
        ],
      }),
    );
    report.rekeyed += 1;
    return;
  }
  // The result of an email sent once (lib/platform/mail/send-once.ts) that kept the suppressed
  // recipients: a map, as written (a JSON string in records of older versions).
  const sent = item.PK === IDEMPOTENCY_PARTITION ? (typeof item.data === 'string' ? JSON.parse(item.data) : item.data) : undefined;
  if (sent && typeof sent === 'object' && Array.isArray((sent as { suppressed?: unknown }).suppressed)) {
    const { suppressed, ...rest } = sent as { messageId: string; suppressed: string[] };
    const data = { ...rest, ...(suppressed.length ? { suppressedCount: suppressed.length } : {}) };
    const after = { ...item, data: typeof item.data === 'string' ? JSON.stringify(data) : data };
    await db.send(new PutCommand(conditionalPut(tableName, item, after)));
    report.sealed += 1;
    return;
  }
  const after = sealed(item);
  if (changedAttributes(item, after).length === 0) return;
  const ticketIndex = item.entity === 'Ticket' ? customerIndexItems(tableName, item as unknown as Pick<NewTicket, 'customer'> & Ticket) : [];
  await db.send(new TransactWriteCommand({ TransactItems: [{ Put: conditionalPut(tableName, item, after) }, ...ticketIndex] }));
  report.sealed += 1;
  report.indexed += ticketIndex.length;
}

/** Seals every plain customer value in the table and writes the missing customer index items. */
export async function encryptExisting(db: DynamoDBDocumentClient, tableName: string): Promise<MigrationReport> {
  await ensureDataKeys();
  const report: MigrationReport = { scanned: 0, sealed: 0, indexed: 0, rekeyed: 0, skipped: 0 };
  let startKey: Item | undefined;
  do {
    // A one-off operator's script, not a request or scheduled path: the only Scan of the table.
    const page = await db.send(new ScanCommand({ TableName: tableName, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }));
    for (const item of page.Items ?? []) {
      report.scanned += 1;
      try {
        await migrateItem(db, tableName, item, report);
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        report.skipped += 1; // changed meanwhile: the next run takes it
      }
    }
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return report;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const tableName = process.env.TABLE_NAME;
  if (!tableName || !process.env.DATA_KEYS_SOURCE) {
    console.error('TABLE_NAME and DATA_KEYS_SOURCE (kms:<key ARN> or file:<path>) are required');
    process.exit(2);
  }
  const report = await encryptExisting(getDocumentClient(), tableName);
  console.log(JSON.stringify(report));
}
