/**
 * Bounces and complaints end to end: the acknowledgement goes to SES's mailbox simulator addresses,
 * the local stand-in publishes the event SES would (through the configuration set the send named),
 * and the real consumer marks the ticket, blocks the address and opens customer service's call task.
 */
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { simulatedEvents } from '../../local/services/ses-simulator.ts';
import { api, dynamo, emailsTo, eventually, faultReport, local, serverNow, sqs, staffToken, useLocalDataKeys } from '../support/local.ts';
import { emailAddressKey } from '../../lib/platform/store/keys.ts';

// The deliverability records are keyed by the blind index of the address: computed with the system's index key.
beforeAll(() => useLocalDataKeys());

const label = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

interface MailTask {
  taskId: string;
  ticketId?: string;
  ticketNumber?: string;
  address: string;
  problem: string;
  bounceType?: string;
  mailKind?: string;
  subject?: string;
  messageId: string;
  customerAddress: boolean;
}

async function openTasks(): Promise<MailTask[]> {
  const response = await api<{ items: MailTask[] }>('GET', '/v1/staff/mail-tasks?limit=100', { token: await staffToken('customer_service') });
  expect(response.status).toBe(200);
  return response.body.items;
}

async function taskFor(ticketId: string): Promise<MailTask> {
  return eventually(async () => (await openTasks()).find((task) => task.ticketId === ticketId), 20_000);
}

async function staffTicket(ticketId: string) {
  return (await api('GET', `/v1/staff/tickets/${ticketId}`, { token: await staffToken('customer_service') })).body;
}

async function report(email: string) {
  const created = await api('POST', '/v1/tickets', { body: faultReport({ customer: { name: '王芳', phone: '13912345678', email } }) });
  expect(created.status).toBe(201);
  return created.body as { id: string; number: string };
}

async function queueDrained(queue: string): Promise<boolean> {
  const attributes = await sqs.send(
    new GetQueueAttributesCommand({ QueueUrl: local.queues.queue[queue], AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
  );
  return attributes.Attributes?.ApproximateNumberOfMessages === '0' && attributes.Attributes?.ApproximateNumberOfMessagesNotVisible === '0';
}

describe('an email that bounces', () => {
  it('ends with a call task, the ticket marked and the address blocked; a redelivered event changes nothing', async () => {
    const address = `bounce+${label()}@simulator.amazonses.com`;
    const ticket = await report(address);

    const task = await taskFor(ticket.id);
    expect(task).toMatchObject({ ticketNumber: ticket.number, address, problem: 'bounce', bounceType: 'Permanent', mailKind: 'ack', customerAddress: true });
    expect(task.subject).toContain(ticket.number);

    const view = await staffTicket(ticket.id);
    expect(view.ticket.emailUndeliverable).toMatchObject({ address, problem: 'bounce', taskId: task.taskId });
    expect(view.events.filter((event: { type: string }) => event.type === 'email_undeliverable')).toHaveLength(1);
    const blocked = await dynamo.send(new GetCommand({ TableName: local.tableName, Key: emailAddressKey(address) }));
    expect(blocked.Item).toMatchObject({ state: 'bounced', messageId: task.messageId, ticketId: ticket.id });

    // SES delivers events at least once: the same bounce again opens no second task.
    const [again] = simulatedEvents(
      { FromEmailAddress: 'service@elv-demo.cn', Destination: { ToAddresses: [address] }, ConfigurationSetName: 'elv-after-sales-mail', EmailTags: [{ Name: 'kind', Value: 'ack' }, { Name: 'ticket', Value: ticket.id }] },
      task.messageId,
      task.subject,
      await serverNow(),
    );
    await sqs.send(new SendMessageCommand({ QueueUrl: local.queues.queue['mail-events'], MessageBody: JSON.stringify(again) }));
    await eventually(() => queueDrained('mail-events'));
    expect((await openTasks()).filter((open) => open.ticketId === ticket.id)).toHaveLength(1);
    expect((await staffTicket(ticket.id)).events.filter((event: { type: string }) => event.type === 'email_undeliverable')).toHaveLength(1);
  });

  it('closing an older task leaves the block and the mark a later bounce set', async () => {
    const address = `bounce+${label()}@simulator.amazonses.com`;
    const ticket = await report(address);
    const first = await taskFor(ticket.id);
    // A later email to the same customer bounces too (another SES message).
    const [later] = simulatedEvents(
      { FromEmailAddress: 'service@elv-demo.cn', Destination: { ToAddresses: [address] }, ConfigurationSetName: 'elv-after-sales-mail', EmailTags: [{ Name: 'kind', Value: 'visit' }, { Name: 'ticket', Value: ticket.id }] },
      `later-${label()}`,
      undefined,
      await serverNow(),
    );
    await sqs.send(new SendMessageCommand({ QueueUrl: local.queues.queue['mail-events'], MessageBody: JSON.stringify(later) }));
    const second = await eventually(async () => (await openTasks()).find((open) => open.ticketId === ticket.id && open.taskId !== first.taskId));
    expect((await staffTicket(ticket.id)).ticket.emailUndeliverable.taskId).toBe(second.taskId);

    const closed = await api('POST', `/v1/staff/mail-tasks/${first.taskId}/close`, { token: await staffToken('customer_service'), body: { outcome: 'address_confirmed', note: '首封邮件已电话核实' } });
    expect(closed.status).toBe(200);
    expect((await staffTicket(ticket.id)).ticket.emailUndeliverable.taskId).toBe(second.taskId);
    const block = await dynamo.send(new GetCommand({ TableName: local.tableName, Key: emailAddressKey(address) }));
    expect(block.Item?.messageId).toBe(second.messageId);
  });

  it('a bounce of another address of the ticket (an invoice contact) opens a task but marks nothing and takes no new customer address', async () => {
    const ticket = await report(`customer-${label()}@example.cn`);
    const invoiceContact = `bounce+invoice${label()}@simulator.amazonses.com`;
    const [event] = simulatedEvents(
      { FromEmailAddress: 'service@elv-demo.cn', Destination: { ToAddresses: [invoiceContact] }, ConfigurationSetName: 'elv-after-sales-mail', EmailTags: [{ Name: 'kind', Value: 'invoice-issued' }, { Name: 'ticket', Value: ticket.id }] },
      `invoice-${label()}`,
      undefined,
      await serverNow(),
    );
    await sqs.send(new SendMessageCommand({ QueueUrl: local.queues.queue['mail-events'], MessageBody: JSON.stringify(event) }));
    const task = await taskFor(ticket.id);
    expect(task).toMatchObject({ address: invoiceContact, customerAddress: false, mailKind: 'invoice-issued' });
    expect((await staffTicket(ticket.id)).ticket.emailUndeliverable).toBeUndefined();
    const refused = await api('POST', `/v1/staff/mail-tasks/${task.taskId}/close`, {
      token: await staffToken('customer_service'),
      body: { outcome: 'new_address', newAddress: `finance-${label()}@example.cn`, note: '开票联系人换了邮箱' },
      headers: { 'accept-language': 'en' },
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toEqual([{ path: 'newAddress', message: expect.stringContaining("not the ticket's customer email") }]);
  });

  it('closing the task with a corrected address puts it on the ticket and clears the mark', async () => {
    const address = `bounce+${label()}@simulator.amazonses.com`;
    const ticket = await report(address);
    const task = await taskFor(ticket.id);
    const token = await staffToken('customer_service');

    const missing = await api('POST', `/v1/staff/mail-tasks/${task.taskId}/close`, { token, body: { outcome: 'new_address', note: '电话核实' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields.map((field: { path: string }) => field.path)).toContain('newAddress');

    const corrected = `corrected-${label()}@example.cn`;
    const closed = await api('POST', `/v1/staff/mail-tasks/${task.taskId}/close`, { token, body: { outcome: 'new_address', newAddress: corrected, note: '客户口误，已更正' } });
    expect(closed.status).toBe(200);
    expect(closed.body.task).toMatchObject({ state: 'closed', outcome: 'new_address', newAddress: corrected });

    const view = await staffTicket(ticket.id);
    expect(view.ticket.customer.email).toBe(corrected);
    expect(view.ticket.emailUndeliverable).toBeUndefined();
    expect(view.events.map((event: { type: string }) => event.type)).toContain('customer_email_corrected');
    expect((await openTasks()).some((open) => open.taskId === task.taskId)).toBe(false);

    const twice = await api('POST', `/v1/staff/mail-tasks/${task.taskId}/close`, { token, body: { outcome: 'phone_only', note: '再次关闭' } });
    expect(twice.status).toBe(409);
  });
});

describe('an email marked as spam', () => {
  it('stops every further send to the address until customer service confirms it with the customer', async () => {
    const address = `complaint+${label()}@simulator.amazonses.com`;
    const first = await report(address);
    const task = await taskFor(first.id);
    expect(task).toMatchObject({ problem: 'complaint', address, mailKind: 'ack' });
    expect(await emailsTo(address)).toHaveLength(1);

    // A second report with the same address: acknowledged without an email.
    const second = await report(address);
    const acknowledged = await eventually(async () => (await staffTicket(second.id)).events.find((event: { type: string }) => event.type === 'acknowledged'));
    expect(acknowledged.data).toMatchObject({ email: 'suppressed' });
    expect(await emailsTo(address)).toHaveLength(1);

    const closed = await api('POST', `/v1/staff/mail-tasks/${task.taskId}/close`, {
      token: await staffToken('customer_service'),
      body: { outcome: 'address_confirmed', note: '客户误点垃圾邮件，同意继续邮件联系' },
    });
    expect(closed.status).toBe(200);
    const lifted = await dynamo.send(new GetCommand({ TableName: local.tableName, Key: emailAddressKey(address) }));
    expect(lifted.Item).toBeUndefined();

    // Mailed again: the third report's acknowledgement goes out (and, to a simulator address, complains again).
    const third = await report(address);
    await eventually(async () => (await emailsTo(address)).length === 2);
    await taskFor(third.id);
  });

  it('lists tasks only for customer service', async () => {
    const response = await api('GET', '/v1/staff/mail-tasks', { token: await staffToken('technician') });
    expect(response.status).toBe(403);
  });
});
