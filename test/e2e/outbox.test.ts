/**
 * The transactional outbox end to end: events are written with the changes they report and reach
 * their queues from DynamoDB Local's stream (local/stream-forwarder.ts, what EventBridge Pipes do in
 * AWS). Stopped, nothing is lost; resumed, each event is delivered once.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { api, dynamo, emailsTo, eventually, faultReport, local, staffToken } from '../support/local.ts';
import { REPO_ROOT } from '../support/spawn-local.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('the outbox', () => {
  it('keeps the events written while forwarding is stopped and delivers each once when it resumes', async () => {
    const acknowledgements = async (email: string) => (await emailsTo(email)).filter((e) => e.subject.includes('报修已受理') || e.subject.includes('received'));
    expect((await api('POST', '/__local/outbox/pause')).body.paused).toBe(true);
    let reports: Array<Record<string, any>> = [];
    try {
      reports = [faultReport(), faultReport(), faultReport()];
      const created = await Promise.all(reports.map((body) => api('POST', '/v1/tickets', { body })));
      expect(created.map((r) => r.status)).toEqual([201, 201, 201]);
      await new Promise((r) => setTimeout(r, 1500)); // long enough for a delivery, had anything been sent
      for (const report of reports) expect(await acknowledgements(report.customer.email)).toEqual([]);
    } finally {
      await api('POST', '/__local/outbox/resume');
    }
    for (const report of reports) await eventually(async () => (await acknowledgements(report.customer.email)).length === 1);
    await new Promise((r) => setTimeout(r, 1500));
    for (const report of reports) expect(await acknowledgements(report.customer.email)).toHaveLength(1);
  });

  it("rides on the ticket's first timeline entry, which nobody reads it from", async () => {
    const created = await api('POST', '/v1/tickets', { body: faultReport() });
    const { Items: items = [] } = await dynamo.send(
      new QueryCommand({ TableName: local.tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `TICKET#${created.body.id}` } }),
    );
    const carriers = items.filter((item) => item.queue !== undefined);
    expect(carriers).toHaveLength(1);
    expect(carriers[0]).toMatchObject({ entity: 'TicketEvent', type: 'received', queue: 'ticket-accepted' });
    expect(JSON.parse(String(carriers[0]!.body))).toEqual({ type: 'ticket.accepted', ticketId: created.body.id });
    const view = await api('GET', `/v1/staff/tickets/${created.body.id}`, { token: await staffToken('customer_service') });
    expect(view.body.events.length).toBeGreaterThan(0);
    for (const event of view.body.events) {
      expect(event).not.toHaveProperty('queue');
      expect(event).not.toHaveProperty('body');
    }
  });

  it('is the only way to a queue: no handler or use case sends to SQS', () => {
    const offenders = ['lib', 'functions']
      .flatMap((dir) => sourceFiles(join(REPO_ROOT, dir)))
      .filter((file) => /@aws-sdk\/client-sqs|SendMessage/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
