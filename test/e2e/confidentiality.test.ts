/**
 * CONF-1/CONF-2: the customer's contact data is sealed in every item that holds it, while the staff
 * views, the find-by-phone list and the emails carry the real values; a ticket written before
 * encryption stays readable and the migration seals it.
 */
import { GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { STANDARD_SAFETY_CHECKLIST } from '../../lib/dispatch/index.ts';
import { customerIndexPartition, deviceKey, sentMailKey, statusIndexKeys } from '../../lib/platform/store/keys.ts';
import { factKeyHash } from '../../lib/platform/mail/send-once.ts';
import { SIGNATURE_PNG, api, dynamo, emailsTo, eventually, faultReport, local, onSiteAssessment, serverNow, staffToken, useLocalDataKeys, visitWindow } from '../support/local.ts';
import { encryptExisting } from '../../scripts/encrypt-existing.ts';

const unique = `${Date.now().toString(36)}${process.pid}`;
const digits = (n: number) => String(Date.now() * 7 + n).slice(-8);
const SECRET = {
  name: `欧阳保密${unique}`,
  organisation: `保密科技有限公司${unique}`,
  national: `139${digits(1)}`,
  email: `secret-${unique}@example.cn`,
  address: `北京市海淀区保密路${unique}号`,
  contactName: `林现场${unique}`,
  contactNational: `137${digits(2)}`,
};
const e164 = (national: string) => `+86${national}`;
const spaced = (national: string) => `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;

let cs: string, support: string, manager: string, finance: string, chen: string;

beforeAll(async () => {
  [cs, support, manager, finance] = await Promise.all([staffToken('customer_service'), staffToken('tech_support'), staffToken('manager'), staffToken('finance')]);
  chen = (await api('POST', '/__local/token', { body: { staffId: 'staff-tech-chen' } })).body.token;
  await useLocalDataKeys();
});

/** Every clear form of the customer's data that must not be in the table. */
function clearValues(address = SECRET.address): string[] {
  return [
    SECRET.name,
    SECRET.organisation,
    SECRET.national,
    e164(SECRET.national),
    SECRET.email,
    address,
    SECRET.contactName,
    SECRET.contactNational,
    e164(SECRET.contactNational),
  ];
}

function expectNoClearValue(items: unknown[], values: string[]): void {
  const text = JSON.stringify(items);
  for (const value of values) expect(text, `found ${value} in clear`).not.toContain(value);
}

const partition = async (pk: string) => (await dynamo.send(new QueryCommand({ TableName: local.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': pk } }))).Items ?? [];

describe('customer contact data', () => {
  it('is sealed in the ticket, its timeline, the customer index, the job, the device and the statement; staff and emails see the real values', async () => {
    const report = faultReport({
      customer: { name: SECRET.name, phone: spaced(SECRET.national), email: SECRET.email, organisation: SECRET.organisation },
      site: { address: SECRET.address, name: '保密小区', contactName: SECRET.contactName, contactPhone: SECRET.contactNational },
    });
    const created = (await api('POST', '/v1/tickets', { body: report })).body as { id: string; number: string };
    const id = created.id;
    await eventually(async () => Boolean((await api('GET', `/v1/staff/tickets/${id}`, { token: cs })).body.ticket.acknowledgedAt));

    // Facts corrected on the phone: the site's address before and after are on the timeline, sealed.
    const moved = `${SECRET.address}B座`;
    expect((await api('PATCH', `/v1/staff/tickets/${id}`, { token: cs, body: { site: { address: moved } } })).status).toBe(200);
    expect((await api('POST', `/v1/staff/tickets/${id}/contact`, { token: cs, body: { note: '已联系客户' } })).status).toBe(200);
    await api('POST', `/v1/staff/tickets/${id}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门' } });
    expect((await api('POST', `/v1/staff/tickets/${id}/assessment`, { token: support, body: onSiteAssessment([]) })).status).toBe(200);
    const scheduled = await api('POST', `/v1/staff/tickets/${id}/schedule`, { token: manager, body: { technicianId: 'staff-tech-chen', window: visitWindow(await serverNow(), 1, 5) } });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(201);
    const jobId = scheduled.body.job.jobId as string;
    await api('POST', `/v1/staff/jobs/${jobId}/safety-check`, { token: chen, body: { items: STANDARD_SAFETY_CHECKLIST.map((item) => ({ item, ok: true })) } });
    expect((await api('POST', `/v1/staff/jobs/${jobId}/check-in`, { token: chen, body: {} })).status).toBe(200);
    const signed = await api('POST', `/v1/staff/jobs/${jobId}/sign-off`, { token: chen, body: { signerName: SECRET.contactName, testResult: '正常', usageNotes: '勿遮挡', signaturePng: SIGNATURE_PNG } });
    expect(signed.status).toBe(200);
    expect((await api('POST', `/v1/staff/tickets/${id}/follow-up`, { token: cs, body: { satisfaction: 5, equipmentWorking: true } })).status).toBe(200);
    const statement = await eventually(async () => {
      const response = await api('GET', `/v1/staff/tickets/${id}/statement`, { token: cs });
      return response.status === 200 ? response.body : undefined;
    });
    const statementId = statement.statement.statementId as string;

    // The staff views show the real values.
    const view = (await api('GET', `/v1/staff/tickets/${id}`, { token: cs })).body;
    expect(view.ticket.customer).toEqual({ name: SECRET.name, phone: e164(SECRET.national), email: SECRET.email, organisation: SECRET.organisation });
    expect(view.ticket.site).toMatchObject({ address: moved, contactName: SECRET.contactName, contactPhone: e164(SECRET.contactNational) });
    const edited = view.events.find((event: { type: string }) => event.type === 'facts_edited');
    expect(edited.data.changes).toEqual([{ field: 'site.address', from: SECRET.address, to: moved }]);
    expect(statement.statement.customer).toMatchObject({ name: SECRET.name, organisation: SECRET.organisation });
    expect(statement.statement.site.address).toBe(moved);
    const job = (await api('GET', `/v1/staff/jobs/${jobId}`, { token: chen })).body;
    expect(JSON.stringify(job)).toContain(SECRET.contactName);

    // Every item of the ticket, the statement, the job, the device and the customer index: nothing in clear.
    const keys = await useLocalDataKeys();
    const indexes = [keys.blindIndex('phone', e164(SECRET.national)), keys.blindIndex('email', SECRET.email)];
    const [ticketItems, statementItems, jobItems, device, ...indexItems] = await Promise.all([
      partition(`TICKET#${id}`),
      partition(`STATEMENT#${statementId}`),
      partition(`JOB#${jobId}`),
      dynamo.send(new GetCommand({ TableName: local.tableName, Key: deviceKey('cctv', report.device.serial) })),
      ...indexes.map((index) => partition(customerIndexPartition(index))),
    ]);
    expect(ticketItems.length).toBeGreaterThan(5);
    expect(statementItems.length).toBeGreaterThan(2);
    expect(jobItems.length).toBeGreaterThan(0);
    expect(device.Item?.siteAddress).toMatch(/^enc:v1:/);
    for (const items of indexItems) expect(items.map((item) => item.ticketId)).toEqual([id]);
    expect(ticketItems.find((item) => item.SK === 'TICKET')!.customer.name).toMatch(/^enc:v1:k\d+:/);
    expectNoClearValue([ticketItems, statementItems, jobItems, device.Item, indexItems], [...clearValues(), moved]);

    // Found by phone, in any written form, by the roles that take the customer's calls only.
    for (const phone of [SECRET.national, spaced(SECRET.national), e164(SECRET.national)]) {
      const found = await api('GET', `/v1/staff/tickets?phone=${encodeURIComponent(phone)}`, { token: cs });
      expect(found.status).toBe(200);
      expect(found.body.items.map((ticket: { id: string }) => ticket.id)).toEqual([id]);
      expect(found.body.items[0].customer.name).toBe(SECRET.name);
    }
    expect((await api('GET', `/v1/staff/tickets?phone=${SECRET.national}`, { token: support })).status).toBe(200);
    expect((await api('GET', `/v1/staff/tickets?phone=${SECRET.national}`, { token: finance })).status).toBe(403);
    expect((await api('GET', '/v1/staff/tickets?phone=12', { token: cs })).status).toBe(400);
    expect((await api('GET', '/v1/staff/tickets', { token: cs })).status).toBe(400);

    // The emails are opened on the way out: the real address, name and site.
    const emails = await eventually(async () => {
      const all = await emailsTo(SECRET.email);
      return all.some((email) => (email.body.text ?? '').includes(moved)) ? all : undefined;
    });
    expect(emails.length).toBeGreaterThan(1);
    expect(emails.some((email) => (email.body.text ?? '').includes(SECRET.name))).toBe(true);
  });

  it('written before encryption stays readable, and the migration seals it and indexes it', async () => {
    const now = await serverNow();
    const id = crypto.randomUUID();
    const national = `136${digits(3)}`;
    const legacy = {
      id,
      number: `LEGACY-${unique}`,
      status: 'received',
      channel: 'phone',
      urgency: 'general',
      locale: 'zh-CN',
      customer: { name: `旧客户${unique}`, phone: e164(national), email: `legacy-${unique}@example.cn` },
      site: { address: `旧地址${unique}号` },
      device: { system: 'cctv', location: '大门' },
      symptom: '旧工单',
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      version: 1,
    };
    await dynamo.send(new PutCommand({ TableName: local.tableName, Item: { PK: `TICKET#${id}`, SK: 'TICKET', ...statusIndexKeys('received', id, legacy.createdAt), entity: 'Ticket', ...legacy } }));
    await dynamo.send(
      new PutCommand({
        TableName: local.tableName,
        Item: { PK: `TICKET#${id}`, SK: `EVENT#${legacy.createdAt}#legacy01`, entity: 'TicketEvent', ticketId: id, eventId: 'legacy01', at: legacy.createdAt, type: 'facts_edited', actor: 'staff-cs-wang', data: { changes: [{ field: 'site.address', from: `更旧地址${unique}`, to: legacy.site.address }] } },
      }),
    );

    // The record of an email sent once, written when it kept the suppressed recipients' addresses.
    const sentKey = sentMailKey(factKeyHash(`ack:${id}`));
    await dynamo.send(
      new PutCommand({ TableName: local.tableName, Item: { ...sentKey, status: 'COMPLETED', ttl: Math.floor(now.getTime() / 1000) + 3600, data: { messageId: `legacy-${unique}`, suppressed: [legacy.customer.email] } } }),
    );

    const before = (await api('GET', `/v1/staff/tickets/${id}`, { token: cs })).body;
    expect(before.ticket.customer.name).toBe(legacy.customer.name);

    const report = await encryptExisting(dynamo, local.tableName);
    expect(report.sealed).toBeGreaterThanOrEqual(2);
    const raw = await partition(`TICKET#${id}`);
    const ticketItem = raw.find((item) => item.SK === 'TICKET')!;
    expect(ticketItem.customer.phone).toMatch(/^enc:v1:/);
    expect(ticketItem.version).toBe(1);
    expectNoClearValue(raw, [legacy.customer.name, legacy.customer.phone, national, legacy.customer.email, legacy.site.address, `更旧地址${unique}`]);

    const sent = (await dynamo.send(new GetCommand({ TableName: local.tableName, Key: sentKey }))).Item!;
    expect(sent.data).toEqual({ messageId: `legacy-${unique}`, suppressedCount: 1 });

    const after = (await api('GET', `/v1/staff/tickets/${id}`, { token: cs })).body;
    expect(after.ticket.customer).toEqual(legacy.customer);
    expect(after.ticket.site.address).toBe(legacy.site.address);
    expect(after.events[0].data.changes[0].from).toBe(`更旧地址${unique}`);
    const found = await api('GET', `/v1/staff/tickets?phone=${national}`, { token: cs });
    expect(found.body.items.map((ticket: { id: string }) => ticket.id)).toEqual([id]);

    // Again: nothing left to do.
    const again = await encryptExisting(dynamo, local.tableName);
    expect(again.sealed).toBe(0);
  });

  it('a rotated data key seals new values; values sealed with the old key stay readable', async () => {
    const first = (await api('POST', '/v1/tickets', { body: faultReport() })).body as { id: string };
    const rotated = await api('POST', '/__local/data-keys/rotate');
    expect(rotated.status).toBe(200);
    const second = (await api('POST', '/v1/tickets', { body: faultReport() })).body as { id: string };
    const keyOf = async (id: string) => String((await dynamo.send(new GetCommand({ TableName: local.tableName, Key: { PK: `TICKET#${id}`, SK: 'TICKET' } }))).Item!.customer.name).split(':')[2];
    expect(await keyOf(second.id)).toBe(rotated.body.keyId);
    expect(await keyOf(first.id)).not.toBe(rotated.body.keyId);
    for (const { id } of [first, second]) expect((await api('GET', `/v1/staff/tickets/${id}`, { token: cs })).body.ticket.customer.name).toBe('张伟');
  });
});
