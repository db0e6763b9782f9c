/**
 * Load generation for the intake benchmark: a closed loop of N workers over a fixed number of
 * requests, with a small keep-alive HTTP client (node:http rather than fetch, so the generator takes
 * as little of the shared CPU as it can), valid fault reports, the bare-PutItem floor and the queue
 * drain / mailbox helpers.
 */
import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { GetQueueAttributesCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { GetCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface LoadStats {
  requested: number;
  completed: number;
  ok: number;
  errors: number;
  /** Non-OK answers by status (`network` for transport errors). */
  errorsByStatus: Record<string, number>;
  durationMs: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  meanMs: number;
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Runs `count` calls of `call(i)` with `concurrency` in flight; stops issuing new ones after
 * `maxMs`. `call` resolves to the outcome label: `ok`, or an error label such as the HTTP status.
 */
export async function runClosedLoop(
  count: number,
  concurrency: number,
  maxMs: number,
  call: (i: number) => Promise<'ok' | string>,
): Promise<LoadStats> {
  const latencies: number[] = [];
  const errorsByStatus: Record<string, number> = {};
  let next = 0;
  let ok = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count && performance.now() - started < maxMs) {
      const i = next++;
      const t0 = performance.now();
      let outcome: string;
      try {
        outcome = await call(i);
      } catch (error) {
        outcome = `network: ${error instanceof Error ? error.message : String(error)}`.slice(0, 80);
      }
      latencies.push(performance.now() - t0);
      if (outcome === 'ok') ok += 1;
      else errorsByStatus[outcome] = (errorsByStatus[outcome] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const durationMs = performance.now() - started;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requested: count,
    completed: sorted.length,
    ok,
    errors: sorted.length - ok,
    errorsByStatus,
    durationMs: round(durationMs, 1),
    perSecond: round((sorted.length / durationMs) * 1000, 1),
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
    meanMs: round(sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length)),
  };
}

export interface HttpAnswer {
  status: number;
  body: string;
}

/** POST over a keep-alive agent (one socket per worker). */
export function createPoster(baseUrl: string, sockets: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const base = new URL(baseUrl);
  const post = (path: string, body: string, headers: Record<string, string> = {}): Promise<HttpAnswer> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          agent,
          host: base.hostname,
          port: base.port,
          path,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { post, close: () => agent.destroy() };
}

/** A valid, distinct fault report (the shape of test/support/local.ts faultReport); the email carries the tag. */
export function faultReport(tag: string, i: number): Record<string, unknown> {
  const unique = `${tag}-${i}`;
  return {
    customer: { name: '张伟', phone: '138 1234 5678', email: `bench-${unique}@example.cn`, organisation: '星河湾物业' },
    site: { address: '上海市浦东新区星河路 88 号', name: '星河湾小区' },
    device: { system: 'cctv', model: 'DS-2CD2T47G2', serial: `SN-${unique}`, location: 'B1 入口' },
    symptom: `摄像机夜间画面全黑 (${unique})`,
  };
}

/**
 * The item the floor puts: the ticket item's attributes (as TicketRepository.create writes them) with
 * its own `BENCH#` key and no index keys, so it has the size of a ticket item but is one plain put.
 */
export function benchItem(tag: string, i: number): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    PK: `BENCH#${tag}#${i}`,
    SK: 'ITEM',
    entity: 'Bench',
    ...faultReport(tag, i),
    channel: 'api',
    urgency: 'general',
    locale: 'zh-CN',
    id: randomUUID(),
    number: `20260101-${String(i).padStart(4, '0')}`,
    status: 'received',
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

export interface QueueDepth {
  visible: number;
  inFlight: number;
  delayed: number;
}

export async function queueDepth(sqs: SQSClient, queueUrl: string): Promise<QueueDepth> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible', 'ApproximateNumberOfMessagesDelayed'],
    }),
  );
  return {
    visible: Number(Attributes.ApproximateNumberOfMessages ?? 0),
    inFlight: Number(Attributes.ApproximateNumberOfMessagesNotVisible ?? 0),
    delayed: Number(Attributes.ApproximateNumberOfMessagesDelayed ?? 0),
  };
}

/**
 * Waits until the queue is empty (visible + in flight + delayed = 0) on two polls in a row, and
 * `done()` (if given) holds. Returns the time it took and whether it drained before the timeout.
 */
export async function waitForDrain(
  sqs: SQSClient,
  queueUrl: string,
  timeoutMs: number,
  done: () => Promise<boolean> = async () => true,
): Promise<{ drained: boolean; ms: number; last: QueueDepth }> {
  const started = performance.now();
  let emptyPolls = 0;
  let last: QueueDepth = { visible: -1, inFlight: -1, delayed: -1 };
  while (performance.now() - started < timeoutMs) {
    last = await queueDepth(sqs, queueUrl);
    emptyPolls = last.visible + last.inFlight + last.delayed === 0 ? emptyPolls + 1 : 0;
    if (emptyPolls >= 2 && (await done())) return { drained: true, ms: Math.round(performance.now() - started), last };
    await new Promise((r) => setTimeout(r, 250));
  }
  return { drained: false, ms: Math.round(performance.now() - started), last };
}

interface StoredEmail {
  destination?: { to?: string[] };
}

/** Emails in the local SES mailbox addressed to `bench-<tag>-…`. */
export async function emailsTagged(mailboxUrl: string, tag: string): Promise<number> {
  const response = await fetch(`${mailboxUrl}/store`);
  const { emails = [] } = (await response.json()) as { emails?: StoredEmail[] };
  const prefix = `bench-${tag}-`;
  return emails.filter((email) => (email.destination?.to ?? []).some((to) => to.includes(prefix))).length;
}

/**
 * The storage calls of one fault report, issued with the bare SDK: the device read and the day counter
 * together, then the same transaction (the items of a real report copied under bench keys, index keys
 * included, so the index writes are the same). `samples` are the intake path's last requests by call
 * label (bench/capacity.ts); the comparison shows what the application adds to its own storage work.
 */
export function bareReportCalls(db: DynamoDBDocumentClient, samples: Map<string, Record<string, unknown>>, tag: string) {
  const find = (operation: string, caller?: string) => [...samples.entries()].find(([label]) => label.startsWith(`${operation} `) && (!caller || label.includes(caller)))?.[1];
  const device = find('GetItem', 'Device');
  const counter = find('UpdateItem', 'nextTicketNumber');
  const transaction = find('TransactWriteItems');
  if (!counter || !transaction) throw new Error(`no intake samples to replay (have: ${[...samples.keys()].join(', ')})`);
  const rekey = (item: Record<string, unknown>, i: number) => {
    const copy: Record<string, unknown> = { ...item, PK: `BENCH#${tag}#${i}#${String(item.PK)}` };
    for (const key of ['GSI1PK', 'GSI2PK']) if (copy[key] !== undefined) copy[key] = `BENCH#${tag}#${String(copy[key])}`;
    return copy;
  };
  const items = transaction.TransactItems as Array<{ Put?: { Item: Record<string, unknown> } & Record<string, unknown> }>;
  return {
    roundTrips: 2,
    call: async (i: number): Promise<'ok'> => {
      await Promise.all([
        device ? db.send(new GetCommand(device as never)) : Promise.resolve(),
        db.send(new UpdateCommand({ ...(counter as never as Record<string, unknown>), Key: { PK: `BENCH#${tag}#COUNTER`, SK: 'COUNTER' } } as never)),
      ]);
      await db.send(new TransactWriteCommand({ TransactItems: items.map((entry) => (entry.Put ? { Put: { ...entry.Put, Item: rekey(entry.Put.Item, i) } } : entry)) as never }));
      return 'ok';
    },
  };
}
