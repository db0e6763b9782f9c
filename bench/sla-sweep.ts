/**
 * Benchmark (not a test): what one breach-watch sweep reads with 1k, 10k and 100k open timers of
 * which 100 are due. Runs against DynamoDB Local with the real repositories and use case; prints
 * items read and read capacity units per sweep and writes bench/results/sla-sweep.json.
 *   npx tsx bench/sla-sweep.ts [--max 100000]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ALWAYS_CALENDAR } from '../lib/calendar/index.ts';
import { DEFAULT_SERVICE_STANDARDS, standardFor } from '../lib/sla/domain/service-standards.ts';
import { startTimer } from '../lib/sla/domain/sla-timer.ts';
import { ConfigRepository } from '../lib/sla/store/config-repository.ts';
import { SlaRepository, timerItem } from '../lib/sla/store/sla-repository.ts';
import { ticketKey } from '../lib/platform/store/keys.ts';
import { TicketRepository } from '../lib/tickets/store/ticket-repository.ts';
import { sweepSlaAlarms } from '../lib/sla/usecases/sweep.ts';
import { provisionTable } from '../local/provision.ts';
import { startDynamoDbLocal } from '../local/services/dynamodb-local.ts';
import { freePort } from '../local/services/ports.ts';
import { logger } from '../lib/platform/observability/logger.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
logger.setLogLevel('SILENT');
const maxFlag = process.argv.indexOf('--max');
const max = maxFlag > 0 ? Number(process.argv[maxFlag + 1]) : 100_000;
const sizes = [1_000, 10_000, 100_000].filter((n) => n <= max);
const DUE = 100;

const dynamo = await startDynamoDbLocal({ port: await freePort() });
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
process.env.AWS_ENDPOINT_URL_DYNAMODB = dynamo.endpoint;
process.env.AWS_REGION = 'us-east-1';
process.env.AWS_ACCESS_KEY_ID = 'local';
process.env.AWS_SECRET_ACCESS_KEY = 'local';
const raw = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'us-east-1', credentials });
const db = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
const standard = standardFor(DEFAULT_SERVICE_STANDARDS, 'on_site', 'urgent')!;
const results: Array<Record<string, number>> = [];

async function writeAll(items: Record<string, unknown>[], tableName: string): Promise<void> {
  const batches: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < batches.length) {
        let request = batches[next++]!.map((Item) => ({ PutRequest: { Item } }));
        while (request.length) {
          const result = await db.send(new BatchWriteCommand({ RequestItems: { [tableName]: request } }));
          request = (result.UnprocessedItems?.[tableName] ?? []) as typeof request;
        }
      }
    }),
  );
}

try {
  for (const size of sizes) {
    const tableName = `bench-sweep-${size}`;
    await provisionTable(raw, tableName);
    const now = new Date('2026-12-01T06:00:00Z');
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < size; i += 1) {
      const ticketId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      // The first 100 started 5 hours ago (their 4-hour deadline passed); the rest started within the last hour.
      const startedAt = new Date(now.getTime() - (i < DUE ? 5 * 3600_000 : (i % 3600) * 1000));
      const timer = startTimer({ ticketId, kind: 'on_site', at: startedAt, calendarId: '24x7', warnAtPercent: 80, standard }, ALWAYS_CALENDAR);
      items.push(timerItem(timer, startedAt));
      if (i < DUE) {
        items.push({
          ...ticketKey(ticketId),
          entity: 'Ticket',
          id: ticketId,
          number: `20261201-${String(i + 1).padStart(4, '0')}`,
          status: 'received',
          urgency: 'urgent',
          channel: 'api',
          locale: 'zh-CN',
          customer: { name: '测试', phone: '+8613812345678' },
          site: { address: '上海' },
          device: { system: 'cctv' },
          symptom: 'bench',
          createdAt: startedAt.toISOString(),
          updatedAt: startedAt.toISOString(),
          version: 1,
        });
      }
    }
    const loadStart = performance.now();
    await writeAll(items, tableName);
    const loadSeconds = (performance.now() - loadStart) / 1000;
    const deps = {
      tableName,
      db,
      timers: new SlaRepository(db, tableName),
      tickets: new TicketRepository(db, tableName),
      settings: new ConfigRepository(db, tableName),
    };
    let alerts = 0;
    const started = performance.now();
    const report = await sweepSlaAlarms(deps, async () => void (alerts += 1), now);
    const sweepMs = performance.now() - started;
    const second = await sweepSlaAlarms(deps, async () => void (alerts += 1), new Date(now.getTime() + 60_000));
    results.push({
      openTimers: size,
      due: DUE,
      itemsRead: report.itemsRead,
      readCapacityUnits: report.readCapacityUnits,
      breachesRecorded: report.breaches,
      sweepMs: Math.round(sweepMs),
      nextSweepItemsRead: second.itemsRead,
      loadSeconds: Math.round(loadSeconds),
    });
    console.log(`loaded ${size} timers in ${loadSeconds.toFixed(0)} s; sweep read ${report.itemsRead} items`);
  }
} finally {
  await dynamo.stop();
}

console.log('\nSLA sweep cost (one sweep, 100 due)');
console.log('open timers | items read | read units | breaches recorded | sweep ms | next sweep reads');
for (const r of results) {
  console.log(
    `${String(r.openTimers).padStart(11)} | ${String(r.itemsRead).padStart(10)} | ${String(r.readCapacityUnits).padStart(10)} | ${String(r.breachesRecorded).padStart(17)} | ${String(r.sweepMs).padStart(8)} | ${r.nextSweepItemsRead}`,
  );
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/sla-sweep.json', JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
