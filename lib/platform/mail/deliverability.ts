/**
 * Which addresses must not be mailed any more. SES publishes a bounce or a complaint through the
 * configuration set every send names (EventBridge, then the `mail-events` queue); the consumer records
 * the address here, and every send reads it first (lib/platform/mail/mailer.ts). SES's own account
 * suppression list does the same in AWS; this record is what the staff pages show and can lift, and
 * what the local stand-in honours.
 */
import { BatchGetCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { emailAddressKey } from '../store/keys.ts';
import { dataKeys } from '../privacy/field-crypto.ts';

const ADDRESS_PURPOSE = 'deliverability.address';

/** `bounced`: a permanent bounce (the mailbox does not exist); `complained`: the customer marked our email as spam. */
export type AddressState = 'bounced' | 'complained';

export interface AddressDeliverability {
  address: string;
  state: AddressState;
  at: string;
  /** The SES message that bounced or was complained about. */
  messageId: string;
  ticketId?: string;
}

export const normaliseAddress = (address: string) => address.trim().toLowerCase();

/** The put of an address's state, for the transaction that records the event that caused it. */
export function deliverabilityPut(tableName: string, record: AddressDeliverability) {
  const address = normaliseAddress(record.address);
  return { Put: { TableName: tableName, Item: { ...emailAddressKey(address), entity: 'EmailAddressDeliverability', ...record, address: dataKeys.seal(address, ADDRESS_PURPOSE) } } };
}

export interface SuppressionList {
  /** The recipients among `addresses` that must not be mailed. */
  suppressed(addresses: string[]): Promise<Set<string>>;
}

export class DynamoSuppressionList implements SuppressionList {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async suppressed(addresses: string[]): Promise<Set<string>> {
    const unique = [...new Set(addresses.map(normaliseAddress))];
    if (unique.length === 0) return new Set();
    const byKey = new Map(unique.map((address) => [emailAddressKey(address).PK, address]));
    const result = await this.db.send(
      new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: unique.map(emailAddressKey), ProjectionExpression: 'PK' } } }),
    );
    // Unprocessed keys count as deliverable: a throttled read must not stop a customer's email.
    return new Set((result.Responses?.[this.tableName] ?? []).map((item) => byKey.get(String(item.PK))).filter((a): a is string => a !== undefined));
  }
}

/** An address's current state, if it is blocked. */
export async function deliverabilityOf(db: DynamoDBDocumentClient, tableName: string, address: string): Promise<AddressDeliverability | undefined> {
  const { Item } = await db.send(new GetCommand({ TableName: tableName, Key: emailAddressKey(address) }));
  return Item ? ({ ...(Item as AddressDeliverability), address: dataKeys.open(String(Item.address), ADDRESS_PURPOSE) } as AddressDeliverability) : undefined;
}

/**
 * Lifts an address's block set by `messageId` (customer service confirmed the address with the
 * customer). Conditional: a block set meanwhile by a later bounce or complaint is not lifted.
 */
export function deliverabilityDelete(tableName: string, address: string, messageId: string) {
  return {
    Delete: {
      TableName: tableName,
      Key: emailAddressKey(address),
      ConditionExpression: 'messageId = :messageId',
      ExpressionAttributeValues: { ':messageId': messageId },
    },
  };
}
