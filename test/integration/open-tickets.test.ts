/**
 * Counting open tickets per status for the operations dashboard (TicketRepository.countOpenByStatus)
 * against the real DynamoDB Local, in a table of its own so that only this file's tickets count:
 * transitions move a ticket from one count to the next, closed and cancelled tickets are not counted,
 * and a status list longer than one Query page (1 MB) is counted to its end, with Query only. Then
 * the breach watch of the test system, which counts on its runs at every fifth minute.
 */
import { randomUUID } from 'node:crypto';
import { DeleteTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { STATUS_SHARDS, statusIndexKeys, statusShard, ticketKey } from '../../lib/platform/store/keys.ts';
import { TABLE_INDEXES } from '../../lib/platform/store/table-definition.ts';
import { OPEN_STATUSES, type TicketStatus } from '../../lib/tickets/index.ts';
import { TicketRepository, type NewTicket } from '../../lib/tickets/server.ts';
import { provisionTable } from '../../local/provision.ts';
import { api, faultReport, fireSchedule, local, serverNow, useLocalDataKeys } from '../support/local.ts';

const tableName = `open-tickets-${Date.now().toString(36)}`;
const client = new DynamoDBClient({ endpoint: local.dynamodb, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const db = DynamoDBDocumentClient.from(client);
const tickets = new TicketRepository(db, tableName);
/** The instant the tickets are written at (a record's time; nothing here depends on the clock). */
const AT = new Date('2026-11-10T02:00:00.000Z');

const report: NewTicket = {
  urgency: 'general',
  channel: 'web',
  locale: 'zh-CN',
  customer: { name: '张伟', phone: '+8613812345678' },
  site: { address: '上海市浦东新区星河路 88 号' },
  device: { system: 'cctv' },
  symptom: '摄像机夜间画面全黑',
};

beforeAll(async () => {
  await useLocalDataKeys(); // the repository seals the customer's contact data
  await provisionTable(client, tableName);
});

afterAll(async () => {
  await client.send(new DeleteTableCommand({ TableName: tableName }));
  client.destroy();
});

describe('open tickets by status', () => {
  it('counts every open status, follows transitions and leaves closed and cancelled tickets out', async () => {
    const [a, b, c, d, e] = await Promise.all(Array.from({ length: 5 }, async () => tickets.create(report, { now: AT, number: await tickets.nextTicketNumber(AT) }, 'customer')));
    const move = async (ticket: Awaited<ReturnType<typeof tickets.create>>, ...path: TicketStatus[]) => {
      for (const to of path) ticket = await tickets.transition(ticket, to, { actor: 'staff-cs-li', at: AT });
    };
    await move(b!, 'triaged');
    await move(c!, 'triaged', 'in_assessment', 'awaiting_dispatch');
    await move(d!, 'cancelled');
    await move(e!, 'triaged', 'remote_resolution', 'completed', 'followed_up', 'settled', 'closed');
    expect(a!.status).toBe('received');

    expect(await tickets.countOpenByStatus()).toEqual({
      received: 1,
      triaged: 1,
      remote_resolution: 0,
      in_assessment: 0,
      awaiting_dispatch: 1,
      scheduled: 0,
      on_site: 0,
      completed: 0,
      followed_up: 0,
      settled: 0,
    });
  });

  it('reads a list longer than one page to its end, with COUNT queries on the status index only', async () => {
    // 25 tickets of about 60 KB in each shard of `scheduled`: 1.5 MB a shard, more than one page.
    const perShard = 25;
    const ids: string[] = [];
    const filled = new Array<number>(STATUS_SHARDS).fill(0);
    while (ids.length < perShard * STATUS_SHARDS) {
      const id = randomUUID();
      const shard = statusShard(id);
      if (filled[shard]! === perShard) continue;
      filled[shard]! += 1;
      ids.push(id);
    }
    const padding = 'x'.repeat(60_000);
    for (let i = 0; i < ids.length; i += 25) {
      const items = ids.slice(i, i + 25).map((id) => ({ ...ticketKey(id), ...statusIndexKeys('scheduled', id, AT.toISOString()), entity: 'Ticket', id, status: 'scheduled', padding }));
      await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: items.map((Item) => ({ PutRequest: { Item } })) } }));
    }

    const sent = vi.spyOn(db, 'send');
    const counts = await tickets.countOpenByStatus();
    expect(counts.scheduled).toBe(perShard * STATUS_SHARDS);
    const inputs = sent.mock.calls.map(([command]) => ({ name: command.constructor.name, input: command.input as Record<string, any> }));
    sent.mockRestore();
    for (const { name, input } of inputs) {
      expect(name).toBe('QueryCommand');
      expect(input).toMatchObject({ TableName: tableName, IndexName: TABLE_INDEXES.lists.name, Select: 'COUNT', KeyConditionExpression: 'GSI1PK = :pk' });
    }
    const scheduledPages = inputs.filter(({ input }) => String(input.ExpressionAttributeValues[':pk']).startsWith('STATUS#scheduled#'));
    expect(scheduledPages.length).toBeGreaterThan(STATUS_SHARDS);
    expect(scheduledPages.filter(({ input }) => input.ExclusiveStartKey).length).toBe(scheduledPages.length - STATUS_SHARDS);
  });

  it('are counted by the breach watch on its runs at every fifth minute only', async () => {
    const fifth = new Date(Math.floor((await serverNow()).getTime() / 300_000) * 300_000);
    const sweep = async (at: Date) => ((await fireSchedule('sla-sweep', at)) as { result: { openTickets?: Record<string, number> } }).result;
    const before = (await sweep(fifth)).openTickets!;
    expect(Object.keys(before)).toEqual([...OPEN_STATUSES]);
    expect((await api('POST', '/v1/tickets', { body: faultReport() })).status).toBe(201);
    expect((await sweep(fifth)).openTickets).toEqual({ ...before, received: before.received! + 1 });
    expect((await sweep(new Date(fifth.getTime() + 60_000))).openTickets).toBeUndefined();
  });
});
