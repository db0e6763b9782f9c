/**
 * Erasure of one ticket's personal data (PIPL art. 47; also the retention job): the customer's and
 * the site contact's name, phone, email and address become a pseudonym on the ticket, in its timeline,
 * follow-up, visits (the signer's name; the signature image is removed), complaint investigations,
 * mail tasks and the device record. What the quality figures count (timers, quality facts, dates,
 * outcomes) is not touched, and the statement keeps what accounting law requires: the invoice title,
 * taxpayer data and the amounts.
 */
import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Dependencies } from '../../dependencies.ts';
import { queryAll } from '../../platform/store/query.ts';
import { isConditionFailure } from '../../platform/store/transact.ts';
import { TIMER_PREFIX, deviceIdentityKey, investigationKey, jobKey, mailTaskKey, signatureKey, statementKey, ticketKey } from '../../platform/store/keys.ts';
import type { Ticket } from '../../tickets/index.ts';
import { scrub } from '../domain/rights.ts';
import { isSealed } from '../../platform/privacy/field-crypto.ts';
import type { PrivacyAdapters } from '../adapters.ts';
import { personalValues, type TicketHoldings } from './holdings.ts';

export type ErasureDeps = Pick<Dependencies, 'tickets' | 'statements' | 'db' | 'tableName'> & Pick<PrivacyAdapters, 'privacy'>;

type Item = Record<string, unknown>;

/** Accounting keeps these on a statement whatever the person asks (the invoice's buyer and amounts). */
const KEPT_FOR_ACCOUNTING = new Set(['invoiceRequest', 'invoice']);

/**
 * The item with the person gone: a sealed value (lib/platform/privacy/field-crypto.ts) on an item of
 * the erased customer's ticket is their contact data by construction, so it becomes the pseudonym
 * without being opened; plain text (notes, comments) has their values replaced wherever they appear.
 */
function scrubItem(item: Item, values: string[], pseudonym: string, kept: ReadonlySet<string> = new Set()): Item {
  return Object.fromEntries(Object.entries(item).map(([key, value]) => [key, kept.has(key) || /^(PK|SK|GSI\dPK|GSI\dSK)$/.test(key) ? value : scrub(value, values, pseudonym, isSealed)]));
}

/** Every item of a partition that still holds one of the values (or a sealed one), written back scrubbed. */
async function scrubPartition(
  deps: ErasureDeps,
  pk: string,
  values: string[],
  pseudonym: string,
  options: { skip?: (sk: string) => boolean; kept?: ReadonlySet<string>; only?: (item: Item) => boolean } = {},
): Promise<number> {
  const items = await queryAll(deps.db, { TableName: deps.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } });
  let changed = 0;
  for (const raw of items) {
    if (options.skip?.(String(raw.SK)) || (options.only && !options.only(raw))) continue;
    const scrubbed = scrubItem(raw, values, pseudonym, options.kept);
    if (JSON.stringify(scrubbed) === JSON.stringify(raw)) continue;
    await deps.db.send(new PutCommand({ TableName: deps.tableName, Item: scrubbed }));
    changed += 1;
  }
  return changed;
}

async function removeSignature(db: DynamoDBDocumentClient, tableName: string, jobId: string, at: Date): Promise<void> {
  await db.send(
    new UpdateCommand({
      TableName: tableName,
      Key: signatureKey(jobId),
      UpdateExpression: 'REMOVE #data SET erasedAt = :at',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#data': 'data' },
      ExpressionAttributeValues: { ':at': at.toISOString() },
    }),
  ).catch((error: unknown) => {
    if (!isConditionFailure(error)) throw error;
  });
}

const investigationIdsIn = (held: Pick<TicketHoldings, 'events'>) => [...new Set(held.events.map((event) => event.data?.investigationId).filter((id): id is string => typeof id === 'string'))];

export async function eraseTicket(deps: ErasureDeps, held: Pick<TicketHoldings, 'ticket' | 'events'>, pseudonym: string, how: { actor: string; reason: string; now: Date }): Promise<void> {
  const { ticket } = held;
  if (ticket.erasedAt) return;
  const values = personalValues(ticket);
  // Free text on the ticket (triage notes, the symptom, a remote fix's guidance) may name the person too.
  const { customer: _customer, site: _site, ...rest } = ticket;
  const erased: Partial<Ticket> = {
    ...scrub(rest, values, pseudonym),
    customer: { name: pseudonym, phone: pseudonym },
    site: { address: pseudonym, ...(ticket.site.name ? { name: scrub(ticket.site.name, values, pseudonym) } : {}) },
    erasedAt: how.now.toISOString(),
  };
  // The repository seals the pseudonym like any contact data and drops the customer index entries
  // (a pseudonym is no phone or email): nobody finds the ticket by the person's phone or email any more.
  await deps.tickets.update(ticket, { actor: how.actor, at: how.now, type: 'personal_data_erased', data: { reason: how.reason }, set: erased });
  // The timeline, follow-up, acknowledgement and e-mail marks beside the ticket; its timers are figures and stay as they are.
  await scrubPartition(deps, ticketKey(ticket.id).PK, values, pseudonym, { skip: (sk) => sk === ticketKey(ticket.id).SK || sk.startsWith(TIMER_PREFIX) });
  for (const jobId of ticket.jobIds ?? []) {
    await scrubPartition(deps, jobKey(jobId).PK, values, pseudonym, { skip: (sk) => sk === signatureKey(jobId).SK });
    await removeSignature(deps.db, deps.tableName, jobId, how.now);
  }
  for (const investigationId of investigationIdsIn(held)) await scrubPartition(deps, investigationKey(investigationId).PK, values, pseudonym);
  const statementId = await deps.statements.idOfTicket(ticket.id);
  if (statementId) await scrubPartition(deps, statementKey(statementId).PK, values, pseudonym, { kept: KEPT_FOR_ACCOUNTING });
  const mailTaskIds = held.events.map((event) => event.data?.taskId).filter((id): id is string => typeof id === 'string');
  for (const taskId of new Set(mailTaskIds)) await scrubPartition(deps, mailTaskKey(taskId).PK, values, pseudonym);
  // The device record, while its last repair is this ticket (a later one belongs to whoever has the device now).
  await scrubPartition(deps, deviceIdentityKey(ticket.device, ticket.site.address).PK, values, pseudonym, { only: (item) => item.lastRepairTicketId === ticket.id });
  await deps.privacy.retentionDone(ticket.id, how.now);
}
