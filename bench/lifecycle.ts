/**
 * What a whole ticket lifecycle costs on AWS: tickets driven from report to closed (acknowledged,
 * triaged, assessed, one visit, signed off, the survey answered, the statement confirmed and paid)
 * through the in-process local system, with every DynamoDB call priced by the service's rules
 * (bench/service-units.ts), every queue message, email and function invocation counted, and the
 * invocations' measured durations billed at the configured memory on arm64.
 */
import { onInvocation, type InvocationRecord } from '../local/lambda-runtime.ts';
import { STANDARD_SAFETY_CHECKLIST } from '../lib/dispatch/index.ts';
import { SIGNATURE_PNG } from '../local/demo-data.ts';
import { followUpKey, ticketAckKey, ticketKey, ticketStatementKey } from '../lib/platform/store/keys.ts';
import { functionSpec } from '../lib/wiring.ts';
import type { CapacityLedger } from './capacity.ts';

/** AWS list prices, us-east-1, USD (on-demand DynamoDB since November 2024). */
export const PRICES = {
  dynamodbWriteRequestUnit: 0.625 / 1e6,
  dynamodbReadRequestUnit: 0.125 / 1e6,
  /** Standard queue requests; a message costs a send (by the pipe), a receive and a delete (batched by Lambda: counted whole here). */
  sqsRequest: 0.4 / 1e6,
  sqsRequestsPerMessage: 3,
  /** EventBridge Pipes, per event that passes the filter. */
  pipeEvent: 0.4 / 1e6,
  sesEmail: 0.1 / 1000,
  lambdaRequest: 0.2 / 1e6,
  /** arm64, per GB-second. */
  lambdaGbSecond: 0.0000133334,
} as const;

interface System {
  apiUrl: string;
  mailboxUrl: string;
  /**
   * Reads an item with the bench's own client (not counted): the bench waits for the system's
   * background steps this way, so its polling adds no invocation or read to the ticket's cost.
   */
  read: (key: { PK: string; SK: string }) => Promise<Record<string, unknown> | undefined>;
}

async function call(system: System, method: string, path: string, body?: unknown, token?: string): Promise<any> {
  const response = await fetch(`${system.apiUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 300)}`);
  return text ? JSON.parse(text) : undefined;
}

async function until<T>(check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('lifecycle step did not complete in time');
}

async function mailbox(system: System): Promise<Array<{ destination: { to: string[] }; subject: string; body: { text?: string } }>> {
  return ((await (await fetch(`${system.mailboxUrl}/store`)).json()) as { emails: never[] }).emails;
}

/** One ticket from report to closed; returns the customer's address (its emails are counted apart). */
async function oneLifecycle(system: System, tokens: Record<string, string>, tag: string): Promise<string> {
  const email = `lifecycle-${tag}@bench.example.cn`;
  const created = await call(system, 'POST', '/v1/tickets', {
    customer: { name: '张伟', phone: '13812345678', email },
    site: { address: `上海市浦东新区星河路 ${tag} 号` },
    device: { system: 'cctv', model: 'DS-2CD2T47G2', serial: `SN-${tag}`, location: 'B1 入口' },
    symptom: '摄像机夜间画面全黑',
  });
  const id = created.id as string;
  await until(() => system.read(ticketAckKey(id)));
  await call(system, 'POST', `/v1/staff/tickets/${id}/contact`, { note: '已电话联系客户' }, tokens.cs);
  await call(system, 'POST', `/v1/staff/tickets/${id}/triage`, { classification: 'complex', notes: '需上门检修' }, tokens.cs);
  await call(system, 'POST', `/v1/staff/tickets/${id}/assessment`, {
    diagnosis: '红外灯板故障', repairPlan: '更换灯板', technicalMeasures: '断电作业', toolsNeeded: [], partsNeeded: [], skillRequired: 'cctv',
    complexity: 'simple', estimatedMinutes: 60, onSite: true, requiresWorkAtHeight: false, requiresElectrician: false,
  }, tokens.support);
  const now = new Date((await call(system, 'GET', '/__local/clock')).now as string);
  const from = new Date(Math.ceil((now.getTime() + 60_000) / 60_000) * 60_000);
  const scheduled = await call(system, 'POST', `/v1/staff/tickets/${id}/schedule`, { technicianId: 'staff-tech-chen', window: { from: from.toISOString(), to: new Date(from.getTime() + 7_200_000).toISOString() } }, tokens.manager);
  const jobId = scheduled.job.jobId as string;
  await call(system, 'POST', `/v1/staff/jobs/${jobId}/safety-check`, { items: STANDARD_SAFETY_CHECKLIST.map((item) => ({ item, ok: true })) }, tokens.chen);
  await call(system, 'PUT', '/__local/clock', { now: new Date(from.getTime() + 5 * 60_000).toISOString() });
  await call(system, 'POST', `/v1/staff/jobs/${jobId}/check-in`, {}, tokens.chen);
  await call(system, 'POST', `/v1/staff/jobs/${jobId}/work`, { diagnosis: '红外灯板虚焊', workDone: '补焊红外灯板' }, tokens.chen);
  await call(system, 'POST', `/v1/staff/jobs/${jobId}/sign-off`, { signerName: '张伟', testResult: '夜视画面正常', usageNotes: '镜头前勿遮挡', signaturePng: SIGNATURE_PNG }, tokens.chen);
  // The follow-up watch sends the survey when it is due; the customer answers it.
  const dueAt = await until(async () => (await system.read(followUpKey(id)))?.nextActionAt as string | undefined);
  await call(system, 'POST', '/__local/schedules/fire', { name: 'followup-sweep', now: dueAt });
  const survey = await until(async () => (await mailbox(system)).find((mail) => mail.destination.to.includes(email) && /survey\.html\?/.test(mail.body.text ?? '')));
  const link = new URL(/https?:\/\/\S+\/survey\.html\?\S+/.exec(survey.body.text!)![0]).searchParams;
  await call(system, 'POST', `/v1/surveys/${link.get('ticket')}?t=${link.get('t')}`, { satisfaction: 5, equipmentWorking: true });
  await until(() => system.read(ticketStatementKey(id)));
  const statement = (await call(system, 'GET', `/v1/staff/tickets/${id}/statement`, undefined, tokens.cs)).statement as { statementId: string; totalFen: number; revision: number };
  await call(system, 'POST', `/v1/staff/statements/${statement.statementId}/confirm`, { revision: statement.revision, note: '客户电话确认' }, tokens.cs);
  const paidOn = new Date(new Date((await call(system, 'GET', '/__local/clock')).now as string).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  await call(system, 'POST', `/v1/staff/statements/${statement.statementId}/payments`, { amountFen: statement.totalFen, paidOn, method: 'bank_transfer', reference: `B-${tag}` }, tokens.finance);
  await until(async () => (await system.read(ticketKey(id)))?.status === 'closed');
  return email;
}

export interface LifecycleCost {
  tickets: number;
  perTicket: {
    writeUnits: number;
    readUnits: number;
    dynamodbCalls: number;
    queueMessages: number;
    emails: number;
    emailsToTheCustomer: number;
    invocations: number;
    billedGbSeconds: number;
    usd: { dynamodb: number; sqs: number; pipes: number; lambda: number; ses: number; total: number; totalWithoutSes: number };
  };
  byFunction: Record<string, { invocations: number; medianMs: number; memoryMb: number }>;
  byCall: Record<string, { calls: number; writeUnits: number; readUnits: number }>;
}

export async function measureLifecycles(system: System & { forwarded: () => Promise<number> }, ledger: CapacityLedger, count: number, log: (message: string) => void): Promise<LifecycleCost> {
  const token = async (body: unknown) => (await call(system, 'POST', '/__local/token', body)).token as string;
  const tokens = {
    cs: await token({ role: 'customer_service' }),
    support: await token({ role: 'tech_support' }),
    manager: await token({ role: 'manager' }),
    finance: await token({ role: 'finance' }),
    chen: await token({ staffId: 'staff-tech-chen' }),
  };
  const invocations: InvocationRecord[] = [];
  const stop = onInvocation((record) => invocations.push(record));
  const emailsBefore = (await mailbox(system)).length;
  const forwardedBefore = await system.forwarded();
  const tag = Date.now().toString(36);
  const customers: string[] = [];
  ledger.phase = 'lifecycle';
  try {
    for (let i = 0; i < count; i++) {
      log(`lifecycle ${i + 1}/${count}`);
      customers.push(await oneLifecycle(system, tokens, `${tag}${i}`));
    }
    // The last queue steps (statement and settlement mail) finish after the ticket closed.
    await new Promise((resolve) => setTimeout(resolve, 3000));
  } finally {
    ledger.phase = 'done';
    stop();
  }
  const emails = await mailbox(system);
  const sent = emails.length - emailsBefore;
  const toCustomers = emails.slice(emailsBefore).filter((email) => email.destination.to.some((to) => customers.includes(to))).length;
  const units = ledger.rulesFor(['lifecycle'], ['intake', 'acknowledge', 'other']);
  const messages = (await system.forwarded()) - forwardedBefore;
  const billedGbSeconds = invocations.reduce((sum, record) => sum + (Math.max(1, Math.ceil(record.ms)) / 1000) * (functionSpec(record.name).memoryMb / 1024), 0);
  const per = (value: number) => value / count;
  const usd = {
    dynamodb: per(units.writeUnits * PRICES.dynamodbWriteRequestUnit + units.readUnits * PRICES.dynamodbReadRequestUnit),
    sqs: per(messages * PRICES.sqsRequestsPerMessage * PRICES.sqsRequest),
    pipes: per(messages * PRICES.pipeEvent),
    lambda: per(invocations.length * PRICES.lambdaRequest + billedGbSeconds * PRICES.lambdaGbSecond),
    ses: per(sent * PRICES.sesEmail),
  };
  const total = usd.dynamodb + usd.sqs + usd.pipes + usd.lambda + usd.ses;
  const byFunction: LifecycleCost['byFunction'] = {};
  for (const name of [...new Set(invocations.map((record) => record.name))].sort()) {
    const times = invocations.filter((record) => record.name === name).map((record) => record.ms).sort((a, b) => a - b);
    byFunction[name] = { invocations: times.length / count, medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, memoryMb: functionSpec(name).memoryMb };
  }
  return {
    tickets: count,
    perTicket: {
      writeUnits: per(units.writeUnits),
      readUnits: per(units.readUnits),
      dynamodbCalls: per(units.calls),
      queueMessages: per(messages),
      emails: per(sent),
      emailsToTheCustomer: per(toCustomers),
      invocations: per(invocations.length),
      billedGbSeconds: per(billedGbSeconds),
      usd: { ...usd, total, totalWithoutSes: total - usd.ses },
    },
    byFunction,
    byCall: Object.fromEntries(Object.entries(units.byCall).map(([label, u]) => [label, { calls: per(u.calls), writeUnits: per(u.writeUnits), readUnits: per(u.readUnits) }])),
  };
}
