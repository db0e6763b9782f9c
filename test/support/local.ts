/** Helpers for tests that talk to the running local system (see global-setup.ts). */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { inject } from 'vitest';
import { OPENAPI_PATH, type StaffRole } from '../../lib/wiring.ts';
import { responseProblems } from './contract.ts';
import { dataKeys, type DataKeyring } from '../../lib/platform/privacy/field-crypto.ts';
import { FileDataKeyStore } from '../../lib/platform/privacy/data-keys.ts';
import { openTicket } from '../../lib/tickets/store/customer-data.ts';

export const local = inject('local');

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
export const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: local.dynamodb, region: 'us-east-1', credentials }));
export const sqs = new SQSClient({ endpoint: local.sqs, region: 'us-east-1', credentials });

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export async function api<T = any>(
  method: string,
  path: string,
  options: { body?: unknown; rawBody?: string; headers?: Record<string, string>; token?: string } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined || options.rawBody !== undefined) headers['content-type'] ??= 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const response = await fetch(`${local.api}${path}`, {
    method,
    headers,
    ...(options.rawBody !== undefined ? { body: options.rawBody } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  const body = text ? (JSON.parse(text) as T) : (undefined as T);
  // Every answer of the API is checked against the published document: a drift fails the test that saw it.
  if (path.startsWith('/v1/') && !path.startsWith(OPENAPI_PATH)) {
    const problems = responseProblems(method, path, response.status, body);
    if (problems.length > 0) throw new ContractViolation(problems);
  }
  return { status: response.status, headers: response.headers, body };
}

/** A response the OpenAPI document does not describe (status not documented, or body not matching). */
export class ContractViolation extends Error {
  override name = 'ContractViolation';
  constructor(readonly problems: string[]) {
    super(`Response outside the OpenAPI document:\n${problems.join('\n')}`);
  }
}

/** A binary answer (the PDFs) through the gateway: status, headers and the bytes as sent. */
export async function download(path: string, options: { token?: string } = {}): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const response = await fetch(`${local.api}${path}`, { headers: options.token ? { authorization: `Bearer ${options.token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const tokens = new Map<string, string>();
export async function staffToken(role: StaffRole): Promise<string> {
  const cached = tokens.get(role);
  if (cached) return cached;
  const response = await api<{ token: string }>('POST', '/__local/token', { body: { role } });
  tokens.set(role, response.body.token);
  return response.body.token;
}

/**
 * "Now" on the local system's clock (lib/platform/clock.ts), which global-setup pins to
 * TEST_CLOCK_START and which runs on from there. Tests compute their expectations from it, never
 * from this machine's clock, so the suite behaves the same at any hour of any day.
 */
export async function serverNow(): Promise<Date> {
  return new Date((await api<{ now: string }>('GET', '/__local/clock')).body.now);
}

/** Moves the local system's clock to `at` (it runs on from there). */
export async function setServerClock(at: Date): Promise<void> {
  const response = await api('PUT', '/__local/clock', { body: { now: at.toISOString() } });
  if (response.status !== 200) throw new Error(`could not set the clock: ${JSON.stringify(response.body)}`);
}

/**
 * A two-hour visit window `daysAhead` days after `after`, starting at `utcHour` o'clock UTC
 * (1 = 09:00 in Shanghai): what the dispatch tests schedule, on the system's clock, never the machine's.
 */
export function visitWindow(after: Date, daysAhead = 1, utcHour = 1): { from: string; to: string } {
  const from = new Date(after.getTime() + daysAhead * 86_400_000);
  from.setUTCHours(utcHour, 0, 0, 0);
  return { from: from.toISOString(), to: new Date(from.getTime() + 2 * 3_600_000).toISOString() };
}

export async function fireSchedule(name: string, now: Date): Promise<unknown> {
  return (await api('POST', '/__local/schedules/fire', { body: { name, now: now.toISOString() } })).body;
}

export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments: Array<{ filename?: string; content: string; contentType?: string }>;
  at: number;
}

export async function mailbox(): Promise<StoredEmail[]> {
  const response = await fetch(`${local.mailbox}/store`);
  return ((await response.json()) as { emails: StoredEmail[] }).emails;
}

export async function emailsTo(address: string): Promise<StoredEmail[]> {
  return (await mailbox()).filter((email) => email.destination.to.includes(address));
}

/** Polls until `check` returns a value (not undefined/false) or the time is up. */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 15_000, everyMs = 200): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`Condition not met within ${timeoutMs} ms${lastError ? `: ${String(lastError)}` : ''}`);
}

let counter = 0;
/** A valid fault report with a unique customer email, so tests can find their own emails. */
export function faultReport(overrides: Record<string, unknown> = {}): Record<string, any> {
  counter += 1;
  const unique = `${Date.now().toString(36)}-${process.pid}-${counter}`;
  return {
    customer: { name: '张伟', phone: '138 1234 5678', email: `customer-${unique}@example.cn`, organisation: '星河湾物业' },
    site: { address: '上海市浦东新区星河路 88 号', name: '星河湾小区' },
    device: { system: 'cctv', model: 'DS-2CD2T47G2', serial: `SN-${unique}`, location: 'B1 入口' },
    symptom: '摄像机夜间画面全黑',
    ...overrides,
  };
}

/** An on-site assessment by technical support (FLOW-2): a simple CCTV repair of an hour, with these parts. */
export function onSiteAssessment(partsNeeded: Array<{ sku: string; quantity: number }> = []): Record<string, unknown> {
  return {
    diagnosis: '摄像机损坏',
    repairPlan: '更换摄像机',
    technicalMeasures: '断电作业',
    toolsNeeded: ['万用表'],
    partsNeeded,
    skillRequired: 'cctv',
    complexity: 'simple',
    estimatedMinutes: 60,
    onSite: true,
    requiresWorkAtHeight: false,
    requiresElectrician: false,
  };
}

export { SIGNATURE_PNG } from '../../local/demo-data.ts';

/**
 * The test process's data keys: the local system's key file (read again on each call, so a rotation
 * in a test is seen), loaded into this process's ring. Tests open sealed values and compute blind
 * indexes with it, the way the handlers do.
 */
export async function useLocalDataKeys(): Promise<DataKeyring> {
  process.env.DATA_KEYS_SOURCE = `file:${local.dataKeysFile}`;
  dataKeys.load(await new FileDataKeyStore(local.dataKeysFile).load());
  return dataKeys;
}

/** A raw ticket item with the customer's contact data opened (what the repository reads). */
export async function openedTicketItem(item: Record<string, unknown> | undefined): Promise<Record<string, unknown> | undefined> {
  if (!item) return item;
  await useLocalDataKeys();
  return openTicket(item as never) as Record<string, unknown>;
}
