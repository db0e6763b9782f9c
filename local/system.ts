/**
 * The whole system on one machine: DynamoDB Local, local SQS, local SES, the local gateway, queue
 * pollers and schedule timers, wired from the manifest, with the same handler modules as in AWS.
 * Handlers find the stand-ins through the standard AWS_ENDPOINT_URL_* variables only.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENV, LOCAL_USER_POOL_ID } from '../lib/platform/config/env.ts';
import { newLinkKey, parseLinkKeys, type LinkKeys } from '../lib/platform/auth/link-keys.ts';
import { now as clockNow, setClock } from '../lib/platform/clock.ts';
import { logger } from '../lib/platform/observability/logger.ts';
import { ensureDataKeys, rotateDataKeys } from '../lib/platform/privacy/data-keys.ts';
import { StaffRepository } from '../lib/staff/store/staff-repository.ts';
import { PeopleRepository } from '../lib/people/store/people-repository.ts';
import { FUNCTION_NAMES, STAFF_ROLES, functionSpec } from '../lib/wiring.ts';
import { DEMO_CERTIFICATES, DEMO_PARTS, DEMO_SAFETY_RESULTS, DEMO_SAFETY_SESSION, DEMO_STAFF, DEMO_STOCK, DEMO_SUPPLIERS, DEMO_TOOLS } from './demo-data.ts';
import { PartsRepository } from '../lib/parts/store/parts-repository.ts';
import { PurchasingRepository } from '../lib/parts/store/purchasing-repository.ts';
import { startGateway, type LocalRoute } from './gateway.ts';
import { staticFiles } from './static-files.ts';
import { WEB_DIST_DIR, buildWeb } from '../scripts/build-web.ts';
import { createLocalIssuer, type LocalIssuer } from './issuer.ts';
import { provisionQueues, provisionTable, type QueueUrls } from './provision.ts';
import { deliveryLog } from './deliveries.ts';
import { startPoller } from './queue-poller.ts';
import { startStreamForwarder } from './stream-forwarder.ts';
import { allSchedules, findSchedule, fireSchedule, startScheduler } from './scheduler.ts';
import { startDynamoDbLocal } from './services/dynamodb-local.ts';
import { freePort } from './services/ports.ts';
import { startSesLocal, startSqsLocal, storedSubject } from './services/sqs-ses-local.ts';
import { startSesSimulator } from './services/ses-simulator.ts';
import { startSecretsManagerLocal, type RotationFunction } from './services/secrets-manager-local.ts';

export interface LocalSystemOptions {
  /** Repository root (handler entries are relative to it). */
  root: string;
  /** 0 picks a free port. */
  ports: { api: number; ses: number; dynamodb: number; sqs: number };
  /** Persistent data (DynamoDB files, issuer key, link secret); in memory when absent. */
  dataDir?: string;
  fresh?: boolean;
  tableName?: string;
  retryDelaySeconds?: number;
  /** Run schedules on their rates (off in tests, which fire them at a chosen "now"). */
  runSchedules?: boolean;
  logLevel?: string;
  onError?: (error: unknown) => void;
  /** Where the web app is built at start and served from; web/dist with a data dir, else a temporary directory. */
  webDir?: string;
  /** Start the clock at this instant instead of the machine's time (lib/platform/clock.ts). */
  clock?: Date;
}

export interface LocalSystem {
  apiUrl: string;
  /** The staff form and the customer pages (same origin as the API, as behind CloudFront). */
  webUrl: string;
  mailboxUrl: string;
  dynamodbEndpoint: string;
  /** The Java process of DynamoDB Local (tests check it is gone after Ctrl-C). */
  dynamodbPid: number | undefined;
  sqsEndpoint: string;
  /** The local Secrets Manager (the link-signing secret, LOCAL_LINK_SIGNING_SECRET_ID). */
  secretsManagerEndpoint: string;
  /** The data keys of customer data (lib/platform/privacy/data-keys.ts): `.data/data-keys.json`, or a temporary file in memory. */
  dataKeysFile: string;
  tableName: string;
  queueUrls: QueueUrls;
  issuer: LocalIssuer;
  tableCreated: boolean;
  stop(): Promise<void>;
}

/** The link-signing secret's name in the local Secrets Manager (LINK_SIGNING_SECRET_ID). */
export const LOCAL_LINK_SIGNING_SECRET_ID = 'elv-after-sales/link-signing-keys';

/**
 * The link-signing key ring at start (lib/platform/auth/link-keys.ts), kept in `local-secrets.json`
 * under the data directory so links in old emails still open after a restart (a file holding the
 * single key of earlier versions becomes the ring's current key). Tests pass their own key so they
 * can mint links (an expired one, say) the system accepts.
 */
function localLinkKeys(file: string | undefined): string {
  const given = process.env.LOCAL_LINK_SIGNING_SECRET;
  if (given && given.length >= 32) return JSON.stringify({ current: given });
  if (file && existsSync(file)) {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { linkSigningKeys?: LinkKeys; linkSigningSecret?: string };
    if (stored.linkSigningKeys) return JSON.stringify(stored.linkSigningKeys);
    if (stored.linkSigningSecret) return JSON.stringify({ current: stored.linkSigningSecret });
  }
  const value = JSON.stringify({ current: newLinkKey() });
  keepLinkKeys(file, value);
  return value;
}

function keepLinkKeys(file: string | undefined, value: string): void {
  if (file) writeFileSync(file, JSON.stringify({ linkSigningKeys: parseLinkKeys(value) }), { mode: 0o600 });
}

function parseInstant(body: string): Date | undefined {
  try {
    const { now } = JSON.parse(body || '{}') as { now?: unknown };
    const at = typeof now === 'string' ? new Date(now) : undefined;
    return at && !Number.isNaN(at.getTime()) ? at : undefined;
  } catch {
    return undefined;
  }
}

const pick = async (port: number) => (port === 0 ? freePort() : port);

export async function startLocalSystem(options: LocalSystemOptions): Promise<LocalSystem> {
  const stops: Array<() => Promise<void> | void> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  const onError = options.onError ?? ((error: unknown) => console.error('[local]', error));
  // Requests that reach the gateway before everything below is up wait for this (local/gateway.ts).
  let markReady!: () => void;
  let markFailed!: (error: unknown) => void;
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  ready.catch(() => undefined);
  if (options.clock) setClock(options.clock);
  try {
    if (options.dataDir) {
      if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });
      mkdirSync(join(options.dataDir, 'dynamodb'), { recursive: true });
    }
    const tableName = options.tableName ?? 'elv-after-sales';
    const dynamo = await startDynamoDbLocal({
      port: await pick(options.ports.dynamodb),
      ...(options.dataDir ? { dataDir: join(options.dataDir, 'dynamodb') } : {}),
    });
    stops.push(dynamo.stop);
    const sqsServer = await startSqsLocal(await pick(options.ports.sqs));
    stops.push(sqsServer.stop);
    const ses = await startSesLocal(await pick(options.ports.ses), options.dataDir ? join(options.dataDir, 'mailbox.jsonl') : undefined);
    stops.push(ses.stop);
    // The handlers send through SES's mailbox simulator stand-in; its events go to `mail-events` once the queues exist.
    let publishMailEvent: (event: Record<string, unknown>) => Promise<void> = async () => undefined;
    const sesSimulator = await startSesSimulator({
      port: 0,
      target: ses.endpoint,
      publish: (event) => publishMailEvent(event),
      subjectOf: storedSubject,
      onError,
      now: clockNow,
    });
    stops.push(sesSimulator.stop);
    const secretsFile = options.dataDir ? join(options.dataDir, 'local-secrets.json') : undefined;
    // The rotation function deployed beside the secret in AWS (infra/link-signing.ts), loaded on first use.
    const rotationFunction: RotationFunction = async (event) =>
      ((await import(pathToFileURL(join(options.root, 'functions/platform/rotate-link-keys.ts')).href)) as { handler: RotationFunction }).handler(event);
    const secrets = await startSecretsManagerLocal({
      port: 0, // only the handlers in this process call it
      secrets: { [LOCAL_LINK_SIGNING_SECRET_ID]: { value: localLinkKeys(secretsFile), rotation: rotationFunction } },
      onCurrentChanged: (_name, value) => keepLinkKeys(secretsFile, value),
    });
    stops.push(secrets.stop);

    const issuer = await createLocalIssuer(options.dataDir ? join(options.dataDir, 'issuer-key.json') : undefined);
    const localRoutes: Record<string, LocalRoute> = {};
    // The web app, built from web/ at every start (esbuild, well under a second).
    const webDir = options.webDir ?? (options.dataDir ? WEB_DIST_DIR : mkdtempSync(join(tmpdir(), 'elv-web-')));
    buildWeb(webDir);
    if (!options.webDir && !options.dataDir) stops.push(() => rmSync(webDir, { recursive: true, force: true }));
    const gateway = await startGateway({
      port: options.ports.api,
      root: options.root,
      issuer,
      localRoutes,
      staticFiles: staticFiles(webDir, { '/config.json': { auth: { mode: 'local' }, privacy: { contact: '400-820-1234 · service@elv-demo.cn' } } }),
      ready,
    });
    stops.push(gateway.stop);

    // The data keys of customer data: a key file beside the table (locally there is no KMS to wrap them).
    const keysDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'elv-keys-'));
    if (!options.dataDir) stops.push(() => rmSync(keysDir, { recursive: true, force: true }));
    const dataKeysFile = join(keysDir, 'data-keys.json');

    // The standard SDK variables: the handlers' clients reach the stand-ins without knowing it.
    Object.assign(process.env, {
      AWS_REGION: 'us-east-1',
      // Lambda runs Node.js 22; this machine may run 20, which the SDK warns about on every start.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      AWS_ENDPOINT_URL_SQS: sqsServer.endpoint,
      AWS_ENDPOINT_URL_SES: sesSimulator.endpoint,
      AWS_ENDPOINT_URL_SESV2: sesSimulator.endpoint,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
      POWERTOOLS_LOG_LEVEL: options.logLevel ?? 'INFO',
      POWERTOOLS_SERVICE_NAME: 'elv-after-sales',
      // EMF metrics are for CloudWatch; locally they would only fill the console.
      POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
      [ENV.tableName]: tableName,
      [ENV.mailFrom]: 'service@elv-demo.cn',
      [ENV.mailConfigurationSet]: 'elv-after-sales-mail',
      [ENV.publicBaseUrl]: gateway.url,
      [ENV.linkSigningSecretId]: LOCAL_LINK_SIGNING_SECRET_ID,
      [ENV.staffUserPoolId]: LOCAL_USER_POOL_ID,
      [ENV.dataKeysSource]: `file:${dataKeysFile}`,
    });
    await ensureDataKeys(); // creates the key file with its first key when there is none

    logger.setLogLevel((options.logLevel ?? 'INFO') as Parameters<typeof logger.setLogLevel>[0]);

    const dynamodb = new DynamoDBClient({});
    const tableCreated = await provisionTable(dynamodb, tableName);
    const sqs = new SQSClient({});
    const queueUrls = await provisionQueues(sqs, '');
    publishMailEvent = async (event) => {
      await sqs.send(new SendMessageCommand({ QueueUrl: queueUrls.queue['mail-events'], MessageBody: JSON.stringify(event) }));
    };

    const documents = DynamoDBDocumentClient.from(dynamodb);
    const staff = new StaffRepository(documents, tableName);
    for (const member of DEMO_STAFF) await staff.put(member);
    const people = new PeopleRepository(documents, tableName);
    for (const certificate of DEMO_CERTIFICATES) await people.putCertificate(certificate);
    await people.recordResults(DEMO_SAFETY_SESSION, DEMO_SAFETY_RESULTS);
    if (tableCreated) {
      // The tool register once (inspections move its items on).
      for (const tool of DEMO_TOOLS) await people.saveTool(tool, undefined);
      // Catalog and opening stock once per fresh data directory (stock changes are not idempotent).
      const parts = new PartsRepository(documents, tableName);
      for (const part of DEMO_PARTS) await parts.putPart(part);
      for (const supplier of DEMO_SUPPLIERS) await new PurchasingRepository(documents, tableName).putSupplier(supplier);
      for (const [location, sku, quantity] of DEMO_STOCK) {
        const at = clockNow().toISOString();
        const entry = { entryId: randomUUID(), sku, kind: 'adjusted' as const, quantity, to: location, actor: 'seed', at, reason: '期初库存', document: { type: 'adjustment' as const, id: 'opening-stock' } };
        await parts.writeMovements(parts.movementItems(entry));
      }
    }

    localRoutes['POST /__local/schedules/fire'] = async ({ body }) => {
      const { name, now } = JSON.parse(body || '{}') as { name?: string; now?: string };
      const at = now ? new Date(now) : clockNow();
      if (!name || Number.isNaN(at.getTime())) return { status: 400, body: { error: 'body must be {"name": "...", "now": "ISO instant"}' } };
      if (!findSchedule(name)) return { status: 404, body: { error: `no schedule named ${name}`, schedules: allSchedules().map((s) => s.schedule.name) } };
      return { status: 200, body: { fired: name, now: at.toISOString(), result: await fireSchedule(name, at, options.root) } };
    };
    // The controllable clock (lib/platform/clock.ts): GET reads it, PUT {"now": ISO} sets it (it runs
    // on from there), DELETE returns to the machine's clock.
    localRoutes['GET /__local/clock'] = async () => ({ status: 200, body: { now: clockNow().toISOString() } });
    localRoutes['PUT /__local/clock'] = async ({ body }) => {
      const at = parseInstant(body);
      if (!at) return { status: 400, body: { error: 'body must be {"now": "ISO instant"}' } };
      setClock(at);
      return { status: 200, body: { now: clockNow().toISOString() } };
    };
    localRoutes['DELETE /__local/clock'] = async () => {
      setClock(undefined);
      return { status: 200, body: { now: clockNow().toISOString() } };
    };
    localRoutes['POST /__local/token'] = async ({ body }) => {
      const { role, staffId } = JSON.parse(body || '{}') as { role?: string; staffId?: string };
      // A demo staff member (by role or id), or by id anyone in the staff records: tests sign in as the
      // people they create. The record decides, as Cognito follows it in AWS: a deactivated member gets
      // no token, and the token carries the record's roles (the API reads the record on every call anyway).
      const id = staffId ?? DEMO_STAFF.find((m) => role && m.roles.includes(role as (typeof STAFF_ROLES)[number]))?.id;
      const member = id ? await staff.get(id) : undefined;
      if (!member) return { status: 404, body: { error: `no staff member for ${staffId ?? role}` } };
      if (!member.active) return { status: 403, body: { error: `staff member ${member.id} is deactivated` } };
      return { status: 200, body: { token: await issuer.issue(member), staff: member } };
    };
    localRoutes['GET /__local/staff'] = async () => ({
      status: 200,
      body: { items: DEMO_STAFF.map((m) => ({ id: m.id, name: m.name, roles: m.roles, lead: m.technician?.lead === true })) },
    });
    localRoutes['GET /__local/info'] = async () => ({
      status: 200,
      body: { api: gateway.url, mailbox: ses.endpoint, dynamodb: dynamo.endpoint, sqs: sqsServer.endpoint, secretsManager: secrets.endpoint, dataKeysFile, queues: queueUrls, tableName },
    });
    // Rotates the link-signing secret as Secrets Manager's schedule does in AWS: the same rotation function, step by step.
    // Rotates the data keys of customer data: a new key seals from now on, values sealed before stay readable.
    localRoutes['POST /__local/data-keys/rotate'] = async () => ({ status: 200, body: { rotated: 'data-keys', ...(await rotateDataKeys()) } });
    localRoutes['POST /__local/link-keys/rotate'] = async () => ({ status: 200, body: { rotated: LOCAL_LINK_SIGNING_SECRET_ID, version: await secrets.rotate(LOCAL_LINK_SIGNING_SECRET_ID) } });

    // The outbox's events reach their queues from the table's stream, as EventBridge Pipes do in AWS.
    const forwarder = await startStreamForwarder({
      dynamodb,
      sqs,
      tableName,
      queueUrls: queueUrls.queue,
      ...(options.dataDir ? { checkpointFile: join(options.dataDir, 'stream-positions.json') } : {}),
      onError,
    });
    stops.push(forwarder.stop);
    localRoutes['GET /__local/outbox'] = async () => ({ status: 200, body: { paused: forwarder.paused, forwarded: forwarder.forwarded } });
    localRoutes['POST /__local/outbox/pause'] = async () => (forwarder.pause(), { status: 200, body: { paused: true, forwarded: forwarder.forwarded } });
    localRoutes['POST /__local/outbox/resume'] = async () => (forwarder.resume(), { status: 200, body: { paused: false, forwarded: forwarder.forwarded } });
    // Every hand-over of an outbox event to its consumer, by event id (`?eventId=` repeated for some only).
    const deliveries = deliveryLog();
    localRoutes['GET /__local/deliveries'] = async ({ query }) => {
      const eventIds = query.getAll('eventId');
      return { status: 200, body: { deliveries: deliveries.byEvent(eventIds.length ? eventIds : undefined) } };
    };

    for (const name of FUNCTION_NAMES) {
      const trigger = functionSpec(name).queue;
      if (!trigger) continue;
      const poller = startPoller({
        sqs,
        functionName: name,
        queueUrl: queueUrls.queue[trigger.queue],
        root: options.root,
        retryDelaySeconds: options.retryDelaySeconds ?? 2,
        onError,
        onDelivery: deliveries.record,
      });
      stops.push(poller.stop);
    }
    if (options.runSchedules ?? true) {
      const scheduler = startScheduler(options.root, onError);
      stops.push(scheduler.stop);
    }

    markReady();
    return {
      apiUrl: gateway.url,
      webUrl: gateway.url,
      mailboxUrl: ses.endpoint,
      dynamodbEndpoint: dynamo.endpoint,
      dynamodbPid: dynamo.pid,
      sqsEndpoint: sqsServer.endpoint,
      secretsManagerEndpoint: secrets.endpoint,
      dataKeysFile,
      tableName,
      queueUrls,
      issuer,
      tableCreated,
      stop: stopAll,
    };
  } catch (error) {
    markFailed(error);
    await stopAll();
    throw error;
  }
}
