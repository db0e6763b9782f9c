/**
 * Email once per fact (lib/platform/mail/send-once.ts) on the real DynamoDB Local and local SES: a
 * repeat answers the first send, a send in progress elsewhere is refused, a failed send gives its
 * claim back, a claim whose invocation ran out of time is taken over, and records in the layout
 * Powertools idempotency wrote keep their effect.
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoSuppressionList } from '../../lib/platform/mail/deliverability.ts';
import { SesMailer } from '../../lib/platform/mail/mailer.ts';
import { SendInProgressError, factKeyHash, sendOnce } from '../../lib/platform/mail/send-once.ts';
import { sentMailKey } from '../../lib/platform/store/keys.ts';
import { dynamo, emailsTo, eventually, local, useLocalDataKeys } from '../support/local.ts';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const mailerTo = (endpoint: string) =>
  new SesMailer({
    from: 'service@example.com',
    configurationSet: 'local',
    suppression: new DynamoSuppressionList(dynamo, local.tableName),
    ses: new SESv2Client({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1 }),
  });
const working = sendOnce(dynamo, local.tableName, mailerTo(local.mailbox));
const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const mail = (to: string) => ({ to: [to], subject: '报修已受理', text: '您好', html: '<p>您好</p>' });
const record = async (factKey: string) => (await dynamo.send(new GetCommand({ TableName: local.tableName, Key: sentMailKey(factKeyHash(factKey)), ConsistentRead: true }))).Item;

describe('email once per fact', () => {
  // The suppression list is read by the blind index of each address.
  beforeAll(useLocalDataKeys);

  it('keys the record as Powertools idempotency did, so records written before keep their effect', () => {
    expect(sentMailKey(factKeyHash('ack:compat-check'))).toEqual({ PK: 'IDEMPOTENCY', SK: 'mail.send-once#JmQLiBzTrjW1uS2zfBKNCw==' });
  });

  it('sends once and answers a repeat with the first send, without a second email', async () => {
    const to = `once-${unique()}@example.com`;
    const factKey = `ack:${unique()}`;
    const first = await working(factKey, mail(to));
    expect(first.messageId).not.toBe('');
    const stored = await record(factKey);
    expect(stored).toMatchObject({ status: 'COMPLETED', data: { messageId: first.messageId } });
    expect(stored?.in_progress_expiration).toBeUndefined();
    expect(await working(factKey, mail(to))).toEqual(first);
    expect(await emailsTo(to)).toHaveLength(1);
  });

  it('lets one of two concurrent sends of a fact through; the other is refused or finds it sent', async () => {
    const to = `race-${unique()}@example.com`;
    const factKey = `visit:${unique()}`;
    const results = await Promise.allSettled([working(factKey, mail(to)), working(factKey, mail(to))]);
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(SendInProgressError);
    expect(await emailsTo(to)).toHaveLength(1);
  });

  it('gives the claim back when the send fails, so the retry sends', async () => {
    const to = `retry-${unique()}@example.com`;
    const factKey = `survey:${unique()}`;
    const failing = sendOnce(dynamo, local.tableName, mailerTo('http://127.0.0.1:9'));
    await expect(failing(factKey, mail(to))).rejects.toThrow();
    expect(await record(factKey)).toBeUndefined();
    await working(factKey, mail(to));
    expect(await emailsTo(to)).toHaveLength(1);
  });

  it("refuses a fact another invocation is sending, and takes it over once that invocation's time is up", async () => {
    const to = `claim-${unique()}@example.com`;
    const factKey = `report:${unique()}`;
    const claim = (untilMs: number) =>
      dynamo.send(new PutCommand({ TableName: local.tableName, Item: { ...sentMailKey(factKeyHash(factKey)), status: 'INPROGRESS', ttl: Math.round(Date.now() / 1000) + 3600, in_progress_expiration: untilMs } }));
    await claim(Date.now() + 60_000);
    await expect(working(factKey, mail(to))).rejects.toBeInstanceOf(SendInProgressError);
    expect(await emailsTo(to)).toHaveLength(0);
    await claim(Date.now() - 1);
    await working(factKey, mail(to));
    expect(await emailsTo(to)).toHaveLength(1);
    expect((await record(factKey))?.status).toBe('COMPLETED');
  });

  it('claims for as long as the registered invocation has left', async () => {
    // The real mailer, held at a gate, so the claim can be read while the send is in flight.
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const ses = mailerTo(local.mailbox);
    const send = sendOnce(dynamo, local.tableName, { send: async (m) => (await gate, ses.send(m)) });
    send.registerContext({ getRemainingTimeInMillis: () => 123_000 } as Parameters<typeof send.registerContext>[0]);
    const factKey = `handoff:${unique()}`;
    const before = Date.now();
    const sending = send(factKey, mail(`lease-${unique()}@example.com`));
    const claim = await eventually(async () => (await record(factKey))?.in_progress_expiration as number | undefined);
    expect(claim).toBeGreaterThanOrEqual(before + 123_000);
    expect(claim).toBeLessThanOrEqual(Date.now() + 123_000);
    open();
    await sending;
    expect((await record(factKey))?.status).toBe('COMPLETED');
  });

  it('answers a completed record in the layout Powertools wrote (data as a map), sending nothing', async () => {
    const to = `legacy-${unique()}@example.com`;
    const factKey = `ack:${unique()}`;
    await dynamo.send(
      new PutCommand({ TableName: local.tableName, Item: { ...sentMailKey(factKeyHash(factKey)), status: 'COMPLETED', ttl: Math.round(Date.now() / 1000) + 3600, data: { messageId: 'legacy-1' } } }),
    );
    expect(await working(factKey, mail(to))).toEqual({ messageId: 'legacy-1' });
    expect(await emailsTo(to)).toHaveLength(0);
  });
});
