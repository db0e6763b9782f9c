/**
 * Who consumed which DynamoDB capacity, and how many SQS messages were sent, while the local system
 * runs in this process.
 *
 * Two views, kept apart:
 * - `reported`: what the repositories hand to `onConsumedCapacity` (lib/platform/store/client.ts);
 * - `sdk`: every DynamoDB call made through the SDK clients, seen by wrapping their `send`. Calls that
 *   did not ask for ReturnConsumedCapacity get `TOTAL` added (it only adds a field to the response), so
 *   this is the ground truth, including calls nobody reports (Powertools idempotency records,
 *   writes made without ReturnConsumedCapacity).
 * Every call is attributed to `intake` (the POST /v1/tickets path) or `acknowledge` (the queue step)
 * by the module files on its (async) stack, and labelled `Operation Caller` (e.g. `GetItem
 * ConfigRepository.getCalendar`), so the two views can be compared call by call.
 */
import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { onConsumedCapacity } from '../lib/platform/store/client.ts';
import { IDEMPOTENCY_PARTITION } from '../lib/platform/store/keys.ts';
import { serviceUnits } from './service-units.ts';

export type Source = 'intake' | 'acknowledge' | 'other';

export interface Units {
  calls: number;
  readUnits: number;
  writeUnits: number;
}

export interface Tally extends Units {
  /** Calls whose response carried no ConsumedCapacity at all. */
  callsWithoutCapacity: number;
  byCall: Record<string, Units>;
}

const emptyUnits = (): Units => ({ calls: 0, readUnits: 0, writeUnits: 0 });
const emptyTally = (): Tally => ({ ...emptyUnits(), callsWithoutCapacity: 0, byCall: {} });

function addUnits(into: Units, from: Units): void {
  into.calls += from.calls;
  into.readUnits += from.readUnits;
  into.writeUnits += from.writeUnits;
}

const WRITE_OPERATIONS = /^(Put|Update|Delete|BatchWrite|TransactWrite)/;

/** lib-dynamodb command names (Get, TransactWrite…) as the API operations they call. */
const API_NAMES: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  TransactGet: 'TransactGetItems',
  TransactWrite: 'TransactWriteItems',
};

/** Units of one call; TOTAL may give CapacityUnits only, then split into read/write by the kind of operation. */
function unitsOf(operation: string, consumed: ConsumedCapacity[]): Units {
  const units = emptyUnits();
  units.calls = 1;
  for (const entry of consumed) {
    if (entry.ReadCapacityUnits !== undefined || entry.WriteCapacityUnits !== undefined) {
      units.readUnits += entry.ReadCapacityUnits ?? 0;
      units.writeUnits += entry.WriteCapacityUnits ?? 0;
    } else if (WRITE_OPERATIONS.test(operation)) units.writeUnits += entry.CapacityUnits ?? 0;
    else units.readUnits += entry.CapacityUnits ?? 0;
  }
  return units;
}

const INTAKE_FILES = ['functions/intake/public-api', 'functions/intake/staff-api', 'usecases/report-fault'];
const ACK_FILES = ['functions/intake/acknowledge', 'usecases/acknowledge-ticket'];

/** The current stack, async frames included (V8 follows `await` chains), as call sites. */
function callSites(): NodeJS.CallSite[] {
  const previousPrepare = Error.prepareStackTrace;
  const previousLimit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 80;
    Error.prepareStackTrace = (_error, sites) => sites;
    const holder: { stack?: unknown } = {};
    Error.captureStackTrace(holder);
    return holder.stack as NodeJS.CallSite[];
  } finally {
    Error.prepareStackTrace = previousPrepare;
    Error.stackTraceLimit = previousLimit;
  }
}

function siteName(site: NodeJS.CallSite | undefined): string {
  if (!site) return '?';
  const fn = site.getFunctionName() ?? site.getMethodName() ?? '<anonymous>';
  const type = site.getTypeName();
  return type && type !== 'Object' && !fn.startsWith(`${type}.`) ? `${type}.${fn}` : fn;
}

/**
 * Source of the call, and its caller: the frame after `after` (the listener: whoever called
 * reportConsumedCapacity), or the first frame of this repository outside this file (an SDK send).
 */
function inspectStack(after?: string): { source: Source; caller: string } {
  const sites = callSites();
  const files = sites.map((site) => site.getFileName() ?? '');
  const source: Source = files.some((file) => INTAKE_FILES.some((part) => file.includes(part)))
    ? 'intake'
    : files.some((file) => ACK_FILES.some((part) => file.includes(part)))
      ? 'acknowledge'
      : 'other';
  let callerSite: NodeJS.CallSite | undefined;
  if (after) {
    const at = sites.findIndex((site) => site.getFunctionName() === after);
    callerSite = at >= 0 ? sites[at + 1] : undefined;
  } else {
    callerSite = sites.find((_, i) => {
      const file = files[i]!;
      return file !== '' && !file.includes('/node_modules/') && !file.includes('bench/capacity') && !file.startsWith('node:');
    });
  }
  return { source, caller: siteName(callerSite) };
}

/** Send-once records live under PK = IDEMPOTENCY, SK = `<prefix>#<hash>` (keys.sentMailKey). */
function idempotencyPrefix(input: Record<string, unknown>): string | undefined {
  const key = (input.Key ?? input.Item) as Record<string, { S?: string } | string | undefined> | undefined;
  const text = (value: { S?: string } | string | undefined) => (typeof value === 'string' ? value : value?.S);
  if (text(key?.PK) !== IDEMPOTENCY_PARTITION) return undefined;
  return text(key?.SK)?.split('#')[0] ?? '?';
}

type Sendable = { send: (command: unknown, ...rest: unknown[]) => Promise<unknown> };

export class CapacityLedger {
  /** Label of the current phase (warmup, intake, drain, floor…): every record lands under it. */
  phase = 'setup';
  private readonly reported = new Map<string, Tally>();
  private readonly sdk = new Map<string, Tally>();
  /** The same calls priced by the service's published rules (bench/service-units.ts). */
  private readonly rules = new Map<string, Tally>();
  private readonly messages = new Map<string, number>();
  private readonly undo: Array<() => void> = [];
  /** The last request of each call label (`GetItem DeviceRepository.find`) made on the intake path (lib-dynamodb form): the bare replay copies them. */
  readonly intakeSamples = new Map<string, Record<string, unknown>>();
  /** The phases whose intake-path requests are fault reports (not the staff actions of a lifecycle). */
  samplePhases = /^(warmup|intake-\d+|serial)$/;
  /** Start and end (ms) of every intake-path DynamoDB call in the phase named here: sequential round trips are read from it. */
  timelinePhase = 'serial';
  readonly intakeTimeline: Array<{ start: number; end: number }> = [];
  /** Clients whose calls are not the system's (the load generator's own puts, queue polling). */
  readonly ignored = new WeakSet<object>();

  install(): void {
    this.undo.push(
      onConsumedCapacity((operation, consumed) => {
        const { source, caller } = inspectStack('reportConsumedCapacity');
        this.add(this.reported, this.phase, source, `${operation} ${caller}`, unitsOf(operation, consumed), false);
      }),
    );
    this.wrap(DynamoDBClient.prototype as unknown as Sendable, 'dynamodb');
    this.wrap(DynamoDBDocumentClient.prototype as unknown as Sendable, 'dynamodb');
    this.wrap(SQSClient.prototype as unknown as Sendable, 'sqs');
  }

  uninstall(): void {
    for (const undo of this.undo.splice(0).reverse()) undo();
  }

  private wrap(proto: Sendable, service: 'dynamodb' | 'sqs'): void {
    const hadOwn = Object.prototype.hasOwnProperty.call(proto, 'send');
    const original = proto.send;
    const ledger = this;
    proto.send = function (this: object, command: unknown, ...rest: unknown[]) {
      const cmd = command as { constructor: { name: string }; input?: Record<string, unknown> } | undefined;
      // Callback style, or our own clients: untouched.
      if (ledger.ignored.has(this) || typeof rest[rest.length - 1] === 'function' || !cmd?.input) {
        return original.call(this, command, ...rest);
      }
      const name = cmd.constructor.name.replace(/Command$/, '');
      const operation = API_NAMES[name] ?? name;
      const input = cmd.input;
      const { source, caller } = inspectStack();
      const phase = ledger.phase;
      if (service === 'sqs') {
        if (operation === 'SendMessage' || operation === 'SendMessageBatch') {
          const count = operation === 'SendMessage' ? 1 : ((input.Entries as unknown[] | undefined)?.length ?? 0);
          const key = `${phase}|${source}`;
          ledger.messages.set(key, (ledger.messages.get(key) ?? 0) + count);
        }
        return original.call(this, command, ...rest);
      }
      if (input.ReturnConsumedCapacity === undefined || input.ReturnConsumedCapacity === 'NONE') input.ReturnConsumedCapacity = 'TOTAL';
      const prefix = idempotencyPrefix(input);
      const label = prefix ? `${operation} idempotency(${prefix})` : `${operation} ${caller}`;
      if (source === 'intake' && ledger.samplePhases.test(phase) && this instanceof DynamoDBDocumentClient) ledger.intakeSamples.set(label, structuredClone(input));
      const startedAt = performance.now();
      return original.call(this, command, ...rest).then((output) => {
        if (source === 'intake' && phase === ledger.timelinePhase && this instanceof DynamoDBDocumentClient) ledger.intakeTimeline.push({ start: startedAt, end: performance.now() });
        const consumed = (output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] }).ConsumedCapacity;
        const list = consumed === undefined ? [] : Array.isArray(consumed) ? consumed : [consumed];
        ledger.add(ledger.sdk, phase, source, label, unitsOf(operation, list), list.length === 0);
        ledger.add(ledger.rules, phase, source, label, { calls: 1, ...serviceUnits(operation, input, output as Record<string, unknown>) }, false);
        return output;
      });
    };
    this.undo.push(() => {
      if (hadOwn) proto.send = original;
      else delete (proto as Partial<Sendable>).send;
    });
  }

  private add(map: Map<string, Tally>, phase: string, source: Source, label: string, units: Units, missing: boolean): void {
    const key = `${phase}|${source}`;
    let tally = map.get(key);
    if (!tally) map.set(key, (tally = emptyTally()));
    addUnits(tally, units);
    if (missing) tally.callsWithoutCapacity += 1;
    addUnits((tally.byCall[label] ??= emptyUnits()), units);
  }

  private static sum(map: Map<string, Tally>, phases: string[], source: Source): Tally {
    const total = emptyTally();
    for (const phase of phases) {
      const tally = map.get(`${phase}|${source}`);
      if (!tally) continue;
      addUnits(total, tally);
      total.callsWithoutCapacity += tally.callsWithoutCapacity;
      for (const [label, units] of Object.entries(tally.byCall)) addUnits((total.byCall[label] ??= emptyUnits()), units);
    }
    return total;
  }

  reportedFor(phases: string[], source: Source): Tally {
    return CapacityLedger.sum(this.reported, phases, source);
  }

  sdkFor(phases: string[], source: Source): Tally {
    return CapacityLedger.sum(this.sdk, phases, source);
  }

  /** Units by the service's rules, of every source together when `sources` lists them all. */
  rulesFor(phases: string[], sources: Source[]): Tally {
    const total = emptyTally();
    for (const source of sources) {
      const tally = CapacityLedger.sum(this.rules, phases, source);
      addUnits(total, tally);
      for (const [label, units] of Object.entries(tally.byCall)) addUnits((total.byCall[label] ??= emptyUnits()), units);
    }
    return total;
  }

  messagesSent(phases: string[], source: Source): number {
    return phases.reduce((sum, phase) => sum + (this.messages.get(`${phase}|${source}`) ?? 0), 0);
  }
}

/** Sequential round trips in a timeline of calls: a call that starts after every earlier one ended starts a new one. */
export function sequentialRoundTrips(timeline: Array<{ start: number; end: number }>): number {
  let trips = 0;
  let lastEnd = -Infinity;
  for (const call of [...timeline].sort((a, b) => a.start - b.start)) {
    if (call.start >= lastEnd) trips += 1;
    lastEnd = Math.max(lastEnd, call.end);
  }
  return trips;
}

/** `all` minus `reported`, call label by call label: the capacity nobody hands to onConsumedCapacity. */
export function notReported(all: Tally, reported: Tally): Tally {
  const missing = emptyTally();
  for (const [label, units] of Object.entries(all.byCall)) {
    const seen = reported.byCall[label] ?? emptyUnits();
    const diff: Units = {
      calls: units.calls - seen.calls,
      readUnits: units.readUnits - seen.readUnits,
      writeUnits: units.writeUnits - seen.writeUnits,
    };
    if (diff.calls === 0 && diff.readUnits === 0 && diff.writeUnits === 0) continue;
    missing.byCall[label] = diff;
    addUnits(missing, diff);
  }
  missing.callsWithoutCapacity = all.callsWithoutCapacity;
  return missing;
}

const per = (value: number, count: number) => (count > 0 ? Math.round((value / count) * 1000) / 1000 : 0);
const unitsPer = (units: Units, count: number): Units => ({
  calls: per(units.calls, count),
  readUnits: per(units.readUnits, count),
  writeUnits: per(units.writeUnits, count),
});

/** A tally divided by a count (per ticket), rounded for printing. */
export function perUnit(tally: Tally, count: number) {
  return {
    ...unitsPer(tally, count),
    byCall: Object.fromEntries(Object.entries(tally.byCall).map(([label, units]) => [label, unitsPer(units, count)])),
  };
}
