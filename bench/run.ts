/**
 * `npm run bench`: bundle size, module init time, intake throughput, per-report and per-lifecycle cost,
 * each beside its floor, in one run. Not part of the test suite and asserts nothing: it prints a table
 * with every target, the measured figure and PASS/MISS, writes bench/results/latest.json and exits 0.
 *
 * 1. Bundles: each manifest function bundled as infra/service-function.ts does (bench/bundles.ts),
 *    against a floor that only instantiates the same AWS SDK clients. Target: size <= 1.3x floor.
 * 2. Init: a fresh `node` importing the bundle, process start to after the import, median of N,
 *    with the Lambda platform env (NODE_OPTIONS=--enable-source-maps) and without. Target: <= 1.3x floor.
 * 3. Intake: the local system in this process, warmed until its rate is stable; then rounds of
 *    POST /v1/tickets at fixed concurrency, the same storage calls issued with the bare SDK, and bare
 *    PutItems, reported as median [min-max]; p50 and round trips at concurrency 1.
 * 4. Per report: DynamoDB units by the service's published rules (bench/service-units.ts).
 * 5. Per ticket lifecycle (report to closed): units, queue messages, invocations and their measured
 *    durations, emails, and the cost in USD at AWS list prices (bench/lifecycle.ts).
 *
 * Knobs (env): BENCH_REQUESTS (600 per round), BENCH_ROUNDS (3), BENCH_CONCURRENCY (8),
 * BENCH_SERIAL_REQUESTS (150), BENCH_WARMUP_BATCH (300), BENCH_WARMUP_MAX_BATCHES (8),
 * BENCH_LIFECYCLES (3), BENCH_INIT_RUNS (10), BENCH_INIT_REFERENCE_RUNS (5), BENCH_MAX_LOAD_SECONDS (20),
 * BENCH_DRAIN_SECONDS (60), BENCH_SKIP_BUNDLES=1 (sections 3-5 only).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, PutCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { FUNCTION_NAMES, functionSpec, type FunctionName } from '../lib/wiring.ts';
import {
  LAMBDA_BUILD_OPTIONS,
  LAMBDA_PLATFORM_ENV,
  bundleFloor,
  bundleFunction,
  extraPackages,
  floorName,
  lambdaLikeEnv,
  measureInitOnce,
  sdkClientsOf,
  type BundleResult,
  type InitSample,
} from './bundles.ts';
import { CapacityLedger, perUnit, sequentialRoundTrips } from './capacity.ts';
import { itemSize, serviceUnits } from './service-units.ts';
import { bareReportCalls, benchItem, createPoster, faultReport, median, queueDepth, runClosedLoop, waitForDrain, type LoadStats } from './intake-load.ts';
import { kb, ms, num, ratio, renderTable, target, verdict, type Row, type Target } from './report.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
// The shared Powertools logger takes its level when lib/platform/observability/logger.ts is first imported,
// and injectLambdaContext resets it to that level on every warm invocation, so the
// logger.setLogLevel() of startLocalSystem({ logLevel }) does not stick: set it before that import.
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const intOf = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
};
const CONFIG = {
  requests: intOf('BENCH_REQUESTS', 600),
  concurrency: intOf('BENCH_CONCURRENCY', 8),
  rounds: intOf('BENCH_ROUNDS', 3),
  serialRequests: intOf('BENCH_SERIAL_REQUESTS', 150),
  warmupBatch: intOf('BENCH_WARMUP_BATCH', 300),
  warmupMaxBatches: intOf('BENCH_WARMUP_MAX_BATCHES', 8),
  lifecycles: intOf('BENCH_LIFECYCLES', 3),
  initRuns: intOf('BENCH_INIT_RUNS', 10),
  initReferenceRuns: intOf('BENCH_INIT_REFERENCE_RUNS', 5),
  maxLoadSeconds: intOf('BENCH_MAX_LOAD_SECONDS', 20),
  drainSeconds: intOf('BENCH_DRAIN_SECONDS', 60),
  /** BENCH_SKIP_BUNDLES=1 runs sections 3-4 only. */
  skipBundles: process.env.BENCH_SKIP_BUNDLES === '1',
  bundleSizeTarget: 1.3,
  initTarget: 1.3,
  ownCallsTarget: 0.9,
  putTarget: 0.2,
  serialP50Target: 1.15,
  lifecycleUsdTarget: 0.0005,
};

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

// ---------------------------------------------------------------------------------------------
// 1 + 2: bundles and init

interface InitResult {
  name: string;
  runs: number;
  /** As deployed: PLATFORM_ENV includes NODE_OPTIONS=--enable-source-maps. */
  lambdaEnv: { medianTotalMs: number; minTotalMs: number; medianImportMs: number; samples: InitSample[] };
  /** Same without --enable-source-maps (reference only, no target; BENCH_INIT_REFERENCE_RUNS runs). */
  withoutSourceMaps: { medianTotalMs: number; minTotalMs: number; medianImportMs: number; samples: InitSample[] };
}

async function measureBundles(tmp: string) {
  // esbuild runs the builds side by side (it is multi-threaded anyway); timing comes later, one at a time.
  log(`bundling ${FUNCTION_NAMES.length} functions and their floors`);
  const floorClients = new Map(FUNCTION_NAMES.map((name) => sdkClientsOf(functionSpec(name).access)).map((clients) => [floorName(clients), clients]));
  const [functionBundles, floorBundles] = await Promise.all([
    Promise.all(FUNCTION_NAMES.map((name) => bundleFunction(root, tmp, name, functionSpec(name).entry, sdkClientsOf(functionSpec(name).access)))),
    Promise.all([...floorClients.values()].map((clients) => bundleFloor(root, tmp, clients))),
  ]);
  const floors = new Map(floorBundles.map((bundle) => [bundle.name, bundle]));

  // Interleaved (function, floor, function, …) so drift in machine load hits all alike.
  const all = [...functionBundles, ...floors.values()];
  const envOf = (bundle: BundleResult) =>
    bundle.kind === 'function' ? lambdaLikeEnv(functionSpec(bundle.name as FunctionName).access) : lambdaLikeEnv(undefined);
  const samples = new Map(all.map((bundle) => [bundle.name, { lambda: [] as InitSample[], plain: [] as InitSample[] }]));
  log(`init: ${CONFIG.initRuns} fresh node processes per bundle (+${CONFIG.initReferenceRuns} without source maps), ${all.length} bundles`);
  for (let i = 0; i < Math.max(CONFIG.initRuns, CONFIG.initReferenceRuns); i++) {
    for (const bundle of all) {
      const env = envOf(bundle);
      if (i < CONFIG.initRuns) samples.get(bundle.name)!.lambda.push(await measureInitOnce(bundle.outfile, env));
      const { NODE_OPTIONS: _ignored, ...plain } = env;
      if (i < CONFIG.initReferenceRuns) samples.get(bundle.name)!.plain.push(await measureInitOnce(bundle.outfile, plain));
    }
  }
  const init = new Map<string, InitResult>();
  for (const bundle of all) {
    const { lambda, plain } = samples.get(bundle.name)!;
    const summary = (list: InitSample[]) => ({
      medianTotalMs: round(median(list.map((s) => s.totalMs)), 1),
      minTotalMs: round(Math.min(...list.map((s) => s.totalMs)), 1),
      medianImportMs: round(median(list.map((s) => s.importMs)), 1),
      samples: list.map((s) => ({ totalMs: round(s.totalMs, 1), importMs: round(s.importMs, 1) })),
    });
    init.set(bundle.name, { name: bundle.name, runs: lambda.length, lambdaEnv: summary(lambda), withoutSourceMaps: summary(plain) });
  }
  return { functionBundles, floors, init };
}

// ---------------------------------------------------------------------------------------------
// 3 + 4: intake under load, bare puts, per-ticket cost

interface PhaseCpu {
  /** CPU time of this Node process (load generator + gateway + handlers + local SQS/SES) per wall second, in cores. */
  nodeCores: number;
  /** Same for the DynamoDB Local JVM (a child of this process), when /proc shows it. */
  javaCores: number | null;
  /** Busy cores of the whole machine (every process, including anything else running meanwhile). */
  machineBusyCores: number;
  /** Event loop utilisation of this process (1 = saturated). */
  eventLoopUtilisation: number;
}

function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const { user, nice, sys, irq, idle } = cpu.times;
    busy += user + nice + sys + irq;
    total += user + nice + sys + irq + idle;
  }
  return { busy, total };
}

/** utime + stime (ms) of this process's `java` children, from /proc (Linux only; null elsewhere). */
function javaCpuMs(): number | null {
  try {
    let sum = 0;
    let found = false;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      if (comm !== 'java' || Number(fields[1]) !== process.pid) continue;
      found = true;
      sum += ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks (USER_HZ = 100)
    }
    return found ? sum : null;
  } catch {
    return null;
  }
}

async function withCpu<T>(work: () => Promise<T>): Promise<{ result: T; cpu: PhaseCpu }> {
  const cpu0 = process.cpuUsage();
  const elu0 = performance.eventLoopUtilization();
  const machine0 = machineTimes();
  const java0 = javaCpuMs();
  const t0 = performance.now();
  const result = await work();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const elu = performance.eventLoopUtilization(elu0);
  const machine1 = machineTimes();
  const java1 = javaCpuMs();
  const cores = os.cpus().length;
  return {
    result,
    cpu: {
      nodeCores: round((cpu.user + cpu.system) / 1000 / wallMs, 2),
      javaCores: java0 !== null && java1 !== null ? round((java1 - java0) / wallMs, 2) : null,
      machineBusyCores: round(((machine1.busy - machine0.busy) / Math.max(1, machine1.total - machine0.total)) * cores, 2),
      eventLoopUtilisation: round(elu.utilization, 2),
    },
  };
}

/**
 * How DynamoDB Local counts capacity, on tiny items (< 1 KB) under BENCH#: the service charges 1 WCU
 * for a put and 2 WCU per item in a transaction (prepare + commit).
 */
async function capacityCalibration(db: DynamoDBDocumentClient, tableName: string, tag: string) {
  const item = (n: number) => ({ PK: `BENCH#${tag}#calibration#${n}`, SK: 'ITEM', x: 'tiny' });
  const wcu = (consumed: { CapacityUnits?: number; WriteCapacityUnits?: number } | Array<{ CapacityUnits?: number; WriteCapacityUnits?: number }> | undefined) =>
    [consumed ?? []].flat().reduce((sum, c) => sum + (c.WriteCapacityUnits ?? c.CapacityUnits ?? 0), 0);
  const put = await db.send(new PutCommand({ TableName: tableName, Item: item(1), ReturnConsumedCapacity: 'TOTAL' }));
  const txn1 = await db.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: tableName, Item: item(2) } }], ReturnConsumedCapacity: 'TOTAL' }));
  const txn3 = await db.send(
    new TransactWriteCommand({ TransactItems: [3, 4, 5].map((n) => ({ Put: { TableName: tableName, Item: item(n) } })), ReturnConsumedCapacity: 'TOTAL' }),
  );
  return {
    putTinyItem: { dynamodbLocalWcu: wcu(put.ConsumedCapacity), serviceWcu: 1 },
    transactionOneTinyItem: { dynamodbLocalWcu: wcu(txn1.ConsumedCapacity), serviceWcu: 2 },
    transactionThreeTinyItems: { dynamodbLocalWcu: wcu(txn3.ConsumedCapacity), serviceWcu: 6 },
  };
}

/** Runs batches of `call` until two in a row differ by less than 10 % in rate (DynamoDB Local's JIT has settled), at most `maxBatches`. */
async function warmUntilStable(label: string, call: (i: number) => Promise<'ok' | string>, offset: number): Promise<{ batches: number[]; stable: boolean }> {
  const rates: number[] = [];
  for (let batch = 0; batch < CONFIG.warmupMaxBatches; batch++) {
    const stats = await runClosedLoop(CONFIG.warmupBatch, CONFIG.concurrency, CONFIG.maxLoadSeconds * 1000, (i) => call(offset + batch * CONFIG.warmupBatch + i));
    rates.push(round(stats.perSecond, 1));
    log(`warm-up ${label}: batch ${batch + 1} at ${stats.perSecond.toFixed(1)}/s`);
    const [a, b] = rates.slice(-2);
    if (rates.length >= 2 && Math.abs(a! - b!) / Math.max(a!, b!) < 0.1) return { batches: rates, stable: true };
  }
  return { batches: rates, stable: false };
}

function transactionBreakdown(samples: Map<string, Record<string, unknown>>) {
  const transaction = [...samples.entries()].find(([label]) => label.startsWith('TransactWriteItems '))?.[1];
  return ((transaction?.TransactItems ?? []) as Array<Record<string, unknown>>).map((entry) => {
    const item = (entry.Put as { Item?: Record<string, unknown> } | undefined)?.Item;
    return {
      key: item ? `${String(item.PK).split('#')[0]}/${String(item.SK).split('#')[0]}` : Object.keys(entry)[0],
      indexes: item ? ['GSI1PK', 'GSI2PK'].filter((key) => item[key] !== undefined) : [],
      bytes: item ? itemSize(item) : undefined,
      writeUnits: serviceUnits('TransactWriteItems', { TransactItems: [entry] }, undefined).writeUnits,
    };
  });
}

/** Median and spread of one figure over the rounds. */
function spread(values: number[]) {
  return { median: round(median(values), 3), min: round(Math.min(...values), 3), max: round(Math.max(...values), 3), values: values.map((v) => round(v, 3)) };
}

async function measureIntake() {
  // Imported here, after POWERTOOLS_LOG_LEVEL is set: they load the shared logger.
  const { startLocalSystem } = await import('../local/system.ts');
  const { measureLifecycles } = await import('./lifecycle.ts');
  const ledger = new CapacityLedger();
  ledger.install();
  log('starting the local system (DynamoDB Local, SQS, SES, gateway, queue pollers) in this process');
  const system = await startLocalSystem({
    root,
    ports: { api: 0, ses: 0, dynamodb: 0, sqs: 0 },
    runSchedules: false,
    logLevel: 'SILENT',
    onError: (error) => log(`local system error: ${error instanceof Error ? error.message : String(error)}`),
  });
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const sqs = new SQSClient({ endpoint: system.sqsEndpoint, region: 'us-east-1', credentials });
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: system.dynamodbEndpoint, region: 'us-east-1', credentials }), {
    marshallOptions: { removeUndefinedValues: true },
  });
  ledger.ignored.add(sqs);
  ledger.ignored.add(db);
  const poster = createPoster(system.apiUrl, CONFIG.concurrency);
  const queueUrl = system.queueUrls.queue['ticket-accepted'];
  const dlqUrl = system.queueUrls.dlq['ticket-accepted'];
  const tag = Date.now().toString(36);
  const maxMs = CONFIG.maxLoadSeconds * 1000;

  const postTicket = (phaseTag: string) => async (i: number) => {
    const answer = await poster.post('/v1/tickets', JSON.stringify(faultReport(`${tag}${phaseTag}`, i)), {
      'idempotency-key': `bench-${tag}-${phaseTag}-${i}`,
    });
    return answer.status === 201 ? 'ok' : `HTTP ${answer.status}`;
  };
  const putItem = (phaseTag: string) => async (i: number) => {
    await db.send(new PutCommand({ TableName: system.tableName, Item: benchItem(`${tag}${phaseTag}`, i) }));
    return 'ok';
  };

  try {
    // The request path alone: the outbox's events wait in the table while a round runs (the
    // acknowledgement step would otherwise share DynamoDB Local with it), then are delivered and drained.
    const outbox = (action: 'pause' | 'resume') => fetch(`${system.apiUrl}/__local/outbox/${action}`, { method: 'POST' });
    const forwarded = async () => ((await (await fetch(`${system.apiUrl}/__local/outbox`)).json()) as { forwarded: number }).forwarded;
    /** The stream forwarder has caught up (nothing forwarded for 2 s) and the queue is empty. */
    const settle = async () => {
      const started = Date.now();
      let drain = await waitForDrain(sqs, queueUrl, CONFIG.drainSeconds * 1000);
      for (let before = await forwarded(); Date.now() - started < CONFIG.drainSeconds * 1000; ) {
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const now = await forwarded();
        if (now === before) break;
        before = now;
        drain = await waitForDrain(sqs, queueUrl, CONFIG.drainSeconds * 1000);
      }
      return { ...drain, ms: Date.now() - started };
    };
    ledger.phase = 'warmup';
    const warmup = {
      intake: await warmUntilStable('intake', postTicket('w'), 0),
      put: await warmUntilStable('bare PutItem', putItem('w'), 0),
    };
    const bare = bareReportCalls(db, ledger.intakeSamples, tag);
    const warmupBare = await warmUntilStable('bare report calls', bare.call, 0);
    await settle();

    const rounds: Array<{ intake: LoadStats & { cpu: PhaseCpu }; own: LoadStats; put: LoadStats; drainMs: number }> = [];
    for (let r = 1; r <= CONFIG.rounds; r++) {
      ledger.phase = `intake-${r}`;
      log(`round ${r}/${CONFIG.rounds}: ${CONFIG.requests} reports, the same storage calls bare, bare PutItems, at concurrency ${CONFIG.concurrency}`);
      await outbox('pause');
      const intake = await withCpu(() => runClosedLoop(CONFIG.requests, CONFIG.concurrency, maxMs, postTicket(`m${r}`)));
      await outbox('resume');
      ledger.phase = `drain-${r}`;
      const drain = await settle();
      ledger.phase = 'floor';
      const own = await runClosedLoop(CONFIG.requests, CONFIG.concurrency, maxMs, (i) => bare.call(r * 1_000_000 + i));
      const put = await runClosedLoop(CONFIG.requests, CONFIG.concurrency, maxMs, putItem(`m${r}`));
      rounds.push({ intake: { ...intake.result, cpu: intake.cpu }, own, put, drainMs: drain.ms });
    }

    log(`concurrency 1: ${CONFIG.serialRequests} reports and ${CONFIG.serialRequests} bare report calls`);
    ledger.phase = 'serial';
    await outbox('pause');
    const serialIntake = await runClosedLoop(CONFIG.serialRequests, 1, maxMs, postTicket('s'));
    await outbox('resume');
    ledger.phase = 'floor';
    const serialOwn = await runClosedLoop(CONFIG.serialRequests, 1, maxMs, (i) => bare.call(9_000_000 + i));
    ledger.phase = 'drain';
    await settle();
    const dlq = await queueDepth(sqs, dlqUrl);

    const roundPhases = rounds.map((_, i) => `intake-${i + 1}`);
    const accepted = rounds.reduce((sum, round) => sum + round.intake.ok, 0);
    const intakeUnits = ledger.rulesFor(roundPhases, ['intake']);
    const ackUnits = ledger.rulesFor([...roundPhases, ...rounds.map((_, i) => `drain-${i + 1}`)], ['acknowledge']);
    const calibration = await capacityCalibration(db, system.tableName, tag);

    log(`lifecycle cost: ${CONFIG.lifecycles} tickets from report to closed`);
    const lifecycle = await measureLifecycles(
      {
        apiUrl: system.apiUrl,
        mailboxUrl: system.mailboxUrl,
        read: async (key) => (await db.send(new GetCommand({ TableName: system.tableName, Key: key }))).Item,
        forwarded,
      },
      ledger,
      CONFIG.lifecycles,
      log,
    );
    ledger.phase = 'done';

    return {
      system: { apiUrl: system.apiUrl, dynamodbEndpoint: system.dynamodbEndpoint, tableName: system.tableName },
      warmup: { ...warmup, bareReportCalls: warmupBare },
      rounds,
      summary: {
        intakePerSecond: spread(rounds.map((x) => x.intake.perSecond)),
        ownCallsPerSecond: spread(rounds.map((x) => x.own.perSecond)),
        putPerSecond: spread(rounds.map((x) => x.put.perSecond)),
        intakeOverOwnCalls: spread(rounds.map((x) => x.intake.perSecond / x.own.perSecond)),
        intakeOverPut: spread(rounds.map((x) => x.intake.perSecond / x.put.perSecond)),
        intakeP99Ms: spread(rounds.map((x) => x.intake.p99Ms)),
        errors: rounds.reduce((sum, x) => sum + x.intake.errors, 0),
      },
      serial: { intake: serialIntake, ownCalls: serialOwn, p50Ratio: round(serialIntake.p50Ms / serialOwn.p50Ms), roundTripsPerReport: round(sequentialRoundTrips(ledger.intakeTimeline) / Math.max(1, serialIntake.ok), 2) },
      perReport: {
        accepted,
        byServiceRules: perUnit(intakeUnits, accepted),
        acknowledgeStepByServiceRules: perUnit(ackUnits, accepted),
        sqsMessagesSentOnRequestPath: round(ledger.messagesSent(roundPhases, 'intake') / Math.max(1, accepted)),
        /** The report's transaction item by item: key prefix, size and write units by the rules. */
        transactionItems: transactionBreakdown(ledger.intakeSamples),
      },
      dlqDepthAfter: dlq,
      capacityCalibration: calibration,
      lifecycle,
    };
  } finally {
    poster.close();
    ledger.uninstall();
    log('stopping the local system');
    await system.stop();
  }
}


async function main(): Promise<void> {
  const startedAt = new Date();
  const t0 = performance.now();
  const tmp = mkdtempSync(join(os.tmpdir(), 'elv-bench-'));
  const rows: Row[] = [];
  const targets: Target[] = [];
  const notes: string[] = [];
  let bundles: Awaited<ReturnType<typeof measureBundles>> | undefined;
  let intake: Awaited<ReturnType<typeof measureIntake>> | undefined;
  const failures: Record<string, string> = {};

  try {
    if (!CONFIG.skipBundles) bundles = await measureBundles(tmp);
  } catch (error) {
    failures.bundles = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`bundles/init failed: ${failures.bundles}`);
  }
  try {
    intake = await measureIntake();
  } catch (error) {
    failures.intake = error instanceof Error ? (error.stack ?? error.message) : String(error);
    log(`intake failed: ${failures.intake}`);
  }

  const bundleJson: unknown[] = [];
  if (bundles) {
    for (const fn of bundles.functionBundles) {
      const floor = bundles.floors.get(floorName(fn.sdkClients))!;
      const sizeRatio = fn.bytes / floor.bytes;
      // A function without SDK clients has a floor of a few bytes: its ratio says nothing, its size is reported.
      const t = fn.sdkClients.length
        ? target(`bundle-size:${fn.name}`, `${fn.name} bundle <= ${CONFIG.bundleSizeTarget}x ${floor.name}`, sizeRatio, '<=', CONFIG.bundleSizeTarget)
        : undefined;
      if (t) targets.push(t);
      const extras = extraPackages(fn, floor);
      rows.push({ section: '1 bundle size', metric: fn.name, measured: kb(fn.bytes), floor: kb(floor.bytes), ratio: ratio(sizeRatio), target: t ? `<= ${CONFIG.bundleSizeTarget}x` : '(no SDK floor)', verdict: t ? verdict(t) : '' });
      rows.push({
        section: '1 bundle size',
        metric: `  beyond floor: ${extras
          .slice(0, 3)
          .map((e, i) => `${e.pkg} ${kb(e.bytes)}${i === 0 && e.heaviestDirectory.path !== e.pkg ? ` (${e.heaviestDirectory.path.slice(e.pkg.length + 1)}/ ${kb(e.heaviestDirectory.bytes)})` : ''}`)
          .join(', ')}`,
        measured: '', floor: '', ratio: '', target: '', verdict: '',
      });
      bundleJson.push({
        name: fn.name,
        entry: fn.source,
        floor: floor.name,
        bytes: fn.bytes,
        floorBytes: floor.bytes,
        ratio: round(sizeRatio),
        sourceMapBytes: fn.mapBytes,
        buildMs: round(fn.buildMs, 0),
        bytesByPackage: fn.bytesByPackage,
        beyondFloor: extras,
      });
    }
    for (const fn of bundles.functionBundles) {
      const floor = bundles.floors.get(floorName(fn.sdkClients))!;
      const a = bundles.init.get(fn.name)!;
      const b = bundles.init.get(floor.name)!;
      const initRatio = a.lambdaEnv.medianTotalMs / b.lambdaEnv.medianTotalMs;
      const plainRatio = a.withoutSourceMaps.medianTotalMs / b.withoutSourceMaps.medianTotalMs;
      const t = target(`init:${fn.name}`, `${fn.name} init <= ${CONFIG.initTarget}x ${floor.name}`, initRatio, '<=', CONFIG.initTarget);
      targets.push(t);
      rows.push({ section: '2 init (median)', metric: fn.name, measured: `${ms(a.lambdaEnv.medianTotalMs)} (min ${ms(a.lambdaEnv.minTotalMs)})`, floor: `${ms(b.lambdaEnv.medianTotalMs)} (min ${ms(b.lambdaEnv.minTotalMs)})`, ratio: ratio(initRatio), target: `<= ${CONFIG.initTarget}x`, verdict: verdict(t) });
      rows.push({
        section: '2 init (median)',
        metric: `  same, without --enable-source-maps (median of ${b.withoutSourceMaps.samples.length})`,
        measured: ms(a.withoutSourceMaps.medianTotalMs),
        floor: ms(b.withoutSourceMaps.medianTotalMs),
        ratio: ratio(plainRatio),
        target: '(info)',
        verdict: '',
      });
    }
  }

  if (intake) {
    const { summary, serial, perReport, lifecycle } = intake;
    const band = (x: { median: number; min: number; max: number }, digits = 1) => `${num(x.median, digits)} [${num(x.min, digits)}-${num(x.max, digits)}]`;
    const s3 = `3 intake (${CONFIG.rounds} rounds of ${CONFIG.requests}, c=${CONFIG.concurrency}; median [min-max])`;
    const tOwn = target('intake-vs-own-calls', `intake >= ${CONFIG.ownCallsTarget}x its own storage calls issued bare`, summary.intakeOverOwnCalls.median, '>=', CONFIG.ownCallsTarget);
    const tPut = target('intake-vs-put', `intake >= ${CONFIG.putTarget}x bare PutItem`, summary.intakeOverPut.median, '>=', CONFIG.putTarget);
    const tP50 = target('intake-p50-c1', `p50 at concurrency 1 <= ${CONFIG.serialP50Target}x its own two round trips`, serial.p50Ratio, '<=', CONFIG.serialP50Target);
    const tErr = target('intake-errors', 'zero non-201 answers', summary.errors, '==', 0);
    const tTrips = target('intake-round-trips', 'sequential storage round trips per report <= 2', serial.roundTripsPerReport, '<=', 2);
    const tWru = target('intake-write-units', 'write units per report <= 12 (service rules)', perReport.byServiceRules.writeUnits, '<=', 12);
    targets.push(tOwn, tPut, tP50, tErr, tTrips, tWru);
    rows.push({ section: s3, metric: 'reports / s', measured: band(summary.intakePerSecond), floor: '', ratio: '', target: '', verdict: '' });
    rows.push({ section: s3, metric: 'vs the same storage calls issued bare (calls / s)', measured: band(summary.intakePerSecond), floor: band(summary.ownCallsPerSecond), ratio: band(summary.intakeOverOwnCalls, 2), target: `>= ${CONFIG.ownCallsTarget}x`, verdict: verdict(tOwn) });
    rows.push({ section: s3, metric: 'vs bare PutItem (puts / s)', measured: band(summary.intakePerSecond), floor: band(summary.putPerSecond), ratio: band(summary.intakeOverPut, 2), target: `>= ${CONFIG.putTarget}x`, verdict: verdict(tPut) });
    rows.push({ section: s3, metric: 'intake p99', measured: `${band(summary.intakeP99Ms)} ms`, floor: '', ratio: '', target: '(info)', verdict: '' });
    rows.push({ section: s3, metric: `errors`, measured: String(summary.errors), floor: '', ratio: '', target: '== 0', verdict: verdict(tErr) });
    rows.push({ section: s3, metric: `p50 at concurrency 1 (n=${serial.intake.completed})`, measured: ms(serial.intake.p50Ms), floor: ms(serial.ownCalls.p50Ms), ratio: ratio(serial.p50Ratio), target: `<= ${CONFIG.serialP50Target}x`, verdict: verdict(tP50) });
    rows.push({ section: s3, metric: 'sequential storage round trips per report', measured: num(serial.roundTripsPerReport), floor: '2', ratio: '', target: '<= 2', verdict: verdict(tTrips) });
    const warm = intake.warmup;
    rows.push({ section: s3, metric: 'warm-up batches (req/s each; stable = two within 10 %)', measured: `${warm.intake.batches.join(', ')}${warm.intake.stable ? '' : ' (not stable)'}`, floor: `${warm.put.batches.join(', ')}`, ratio: '', target: '(info)', verdict: '' });

    const s4 = '4 per report, by the service\'s rules';
    rows.push({ section: s4, metric: 'write / read units, intake request', measured: `${num(perReport.byServiceRules.writeUnits)} / ${num(perReport.byServiceRules.readUnits)}`, floor: '', ratio: '', target: '<= 12 WRU', verdict: verdict(tWru) });
    rows.push({ section: s4, metric: `  calls: ${Object.entries(perReport.byServiceRules.byCall).map(([label, u]) => `${label} ${num(u.writeUnits)}W/${num(u.readUnits)}R`).join('; ')}`, measured: '', floor: '', ratio: '', target: '', verdict: '' });
    rows.push({ section: s4, metric: `  transaction: ${perReport.transactionItems.map((i) => `${i.key}${i.indexes.length ? `+${i.indexes.join('+')}` : ''} ${i.bytes ?? '?'}B=${i.writeUnits}`).join(', ')}`, measured: '', floor: '', ratio: '', target: '', verdict: '' });
    rows.push({ section: s4, metric: 'write / read units, acknowledgement step', measured: `${num(perReport.acknowledgeStepByServiceRules.writeUnits)} / ${num(perReport.acknowledgeStepByServiceRules.readUnits)}`, floor: '', ratio: '', target: '(info)', verdict: '' });
    rows.push({ section: s4, metric: 'SQS messages sent on the request path', measured: num(perReport.sqsMessagesSentOnRequestPath), floor: '', ratio: '', target: 'expect 0', verdict: perReport.sqsMessagesSentOnRequestPath === 0 ? 'OK' : 'DIFF' });

    const s5 = `5 ticket lifecycle (${lifecycle.tickets} tickets, report to closed)`;
    const usd = lifecycle.perTicket.usd;
    const tCost = target('lifecycle-cost', `a lifecycle costs < USD ${CONFIG.lifecycleUsdTarget}`, usd.total, '<=', CONFIG.lifecycleUsdTarget);
    targets.push(tCost);
    const dollars = (value: number) => `$${value.toFixed(6)}`;
    rows.push({ section: s5, metric: 'DynamoDB write / read units', measured: `${num(lifecycle.perTicket.writeUnits)} / ${num(lifecycle.perTicket.readUnits)}`, floor: '', ratio: '', target: dollars(usd.dynamodb), verdict: '' });
    rows.push({ section: s5, metric: 'queue messages (outbox events)', measured: num(lifecycle.perTicket.queueMessages), floor: '', ratio: '', target: dollars(usd.sqs + usd.pipes), verdict: '' });
    rows.push({ section: s5, metric: `function invocations, billed GB-s (arm64)`, measured: `${num(lifecycle.perTicket.invocations)}, ${num(lifecycle.perTicket.billedGbSeconds, 3)}`, floor: '', ratio: '', target: dollars(usd.lambda), verdict: '' });
    rows.push({ section: s5, metric: `emails (to the customer: ${num(lifecycle.perTicket.emailsToTheCustomer)})`, measured: num(lifecycle.perTicket.emails), floor: '', ratio: '', target: dollars(usd.ses), verdict: '' });
    rows.push({ section: s5, metric: 'total USD per ticket (without SES)', measured: dollars(usd.total), floor: dollars(usd.totalWithoutSes), ratio: '', target: `< $${CONFIG.lifecycleUsdTarget}`, verdict: verdict(tCost) });

    notes.push(
      'Everything but DynamoDB Local (a Java child) runs in this one Node process: load generator, local gateway, handlers, local SQS and SES, queue pollers. While a round of reports runs, the outbox forwarding is paused (the events wait in the table), so the request path is measured alone; the acknowledgements are delivered and drained between rounds. Warm-up runs batches until two in a row differ by less than 10 % (DynamoDB Local\'s JIT settles after about a thousand requests).',
      '"The same storage calls issued bare" replays a real report\'s requests with the bare SDK (device read and day counter together, then the same transaction with the same items under bench keys): the ratio is what the application adds to its own storage work. Bare PutItem is the practical ceiling of DynamoDB Local, which serialises transactions.',
      'Units are priced by the service\'s published rules from the requests themselves (bench/service-units.ts: 2 WRU per KB per transactional write, 1 WRU per KB per index the item is in; updates, deletes and condition checks assumed 1 KB), not by DynamoDB Local\'s accounting (see the calibration in latest.json). Lifecycle prices: us-east-1 list prices in bench/lifecycle.ts; Lambda billed from the handlers\' measured durations here (not Lambda\'s), at their configured memory on arm64.',
    );
    if (intake.dlqDepthAfter.visible > 0) notes.push(`${intake.dlqDepthAfter.visible} messages ended in the ticket-accepted DLQ.`);
  }
  if (bundles) {
    notes.unshift(
      `Bundles: esbuild ${LAMBDA_BUILD_OPTIONS.format}/${LAMBDA_BUILD_OPTIONS.target}/minify, everything bundled incl. @aws-sdk, createRequire banner, source map external ('linked' .map file, sourcesContent off): sizes are the .mjs only. Init runs on this machine's Node ${process.version} (${process.arch}), not Lambda's node22/arm64; the main init row uses the Lambda platform env (NODE_OPTIONS=${LAMBDA_PLATFORM_ENV.NODE_OPTIONS}, which makes Node load the .map at import). Init is process start to after the import (Node's own start-up included, ~40 ms here); medians with the minimum beside them, as other load on the machine moves medians.`,
    );
  }

  const totalSeconds = round((performance.now() - t0) / 1000, 1);
  const result = {
    timestamp: startedAt.toISOString(),
    totalSeconds,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      totalMemoryMb: Math.round(os.totalmem() / 1024 / 1024),
      platform: `${os.platform()} ${os.release()}`,
      arch: process.arch,
      node: process.version,
    },
    config: CONFIG,
    targets,
    bundles: bundleJson,
    init: bundles ? [...bundles.init.values()] : [],
    intake: intake ?? null,
    notes,
    failures,
  };
  const resultsDir = join(root, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);
  rmSync(tmp, { recursive: true, force: true });

  const passed = targets.filter((t) => t.pass).length;
  console.log(
    [
      '',
      `Benchmark ${startedAt.toISOString()}  (${os.cpus().length} CPUs, Node ${process.version}, ${totalSeconds} s)`,
      '',
      renderTable(rows),
      '',
      `Targets: ${passed}/${targets.length} PASS${targets.length > passed ? `, MISS: ${targets.filter((t) => !t.pass).map((t) => t.id).join(', ')}` : ''}`,
      ...Object.keys(failures).map((part) => `FAILED to measure ${part}: ${failures[part]!.split('\n')[0]}`),
      '',
      ...notes.map((note) => `- ${note}`),
      '',
      'Written: bench/results/latest.json',
    ].join('\n'),
  );
}

main()
  .catch((error: unknown) => {
    console.error('[bench] failed:', error);
  })
  .finally(() => process.exit(0));
