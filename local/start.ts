/**
 * `npm start`: the whole system locally with demo data; prints where everything is.
 *   npm start -- --fresh        wipe .data/ first
 *   --in-memory                 keep nothing on disk (tests)
 *   --free-ports                pick free ports instead of the defaults (tests)
 *   --ready-json                print one line `READY {json}` when up (tests read it)
 *   --no-demo                   do not add demo fault reports
 *   --no-schedules              do not run schedules on their rates (tests fire them at a chosen now)
 *   --clock=2026-12-08T02:00:00Z   start the clock at that instant (it runs on from there; tests pin it)
 * Ports: API_PORT (3000), MAILBOX_PORT (8005), DYNAMODB_PORT (8000), SQS_PORT (9324); DATA_DIR (.data).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MissingJavaError } from './services/dynamodb-local.ts';
import { assertPortFree } from './services/ports.ts';
import { DEMO_REPORTS } from './demo-data.ts';
import { startLocalSystem, type LocalSystem } from './system.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true'; // see local/system.ts
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const args = new Set(argv);
const clockArg = argv.find((arg) => arg.startsWith('--clock='))?.slice('--clock='.length);
const clock = clockArg ? new Date(clockArg) : undefined;
if (clock && Number.isNaN(clock.getTime())) {
  console.error(`--clock needs an ISO instant, e.g. --clock=2026-12-08T02:00:00Z (got ${clockArg})`);
  process.exit(1);
}
const freePorts = args.has('--free-ports');
const port = (name: string, fallback: number) => (freePorts ? 0 : Number(process.env[name] ?? fallback));
const ports = { api: port('API_PORT', 3000), ses: port('MAILBOX_PORT', 8005), dynamodb: port('DYNAMODB_PORT', 8000), sqs: port('SQS_PORT', 9324) };

async function seedDemoReports(system: LocalSystem): Promise<string[]> {
  const numbers: string[] = [];
  for (const [i, report] of DEMO_REPORTS.entries()) {
    const response = await fetch(`${system.apiUrl}/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': `demo-report-${i}` },
      body: JSON.stringify(report),
    });
    if (response.ok) numbers.push(((await response.json()) as { number: string }).number);
  }
  return numbers;
}

async function main(): Promise<void> {
  if (!freePorts) {
    for (const [what, value] of Object.entries(ports)) await assertPortFree(value, what);
  }
  const system = await startLocalSystem({
    root,
    ports,
    ...(args.has('--in-memory') ? {} : { dataDir: resolve(root, process.env.DATA_DIR ?? '.data') }),
    fresh: args.has('--fresh'),
    runSchedules: !args.has('--no-schedules'),
    logLevel: process.env.LOG_LEVEL ?? (args.has('--ready-json') ? 'WARN' : 'INFO'),
    ...(clock ? { clock } : {}),
  });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await system.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('disconnect', () => void shutdown(0)); // the test runner that spawned us went away

  const demo = system.tableCreated && !args.has('--no-demo') ? await seedDemoReports(system) : [];
  const info = {
    api: system.apiUrl,
    web: system.webUrl,
    mailbox: system.mailboxUrl,
    dynamodb: system.dynamodbEndpoint,
    dynamodbPid: system.dynamodbPid,
    sqs: system.sqsEndpoint,
    secretsManager: system.secretsManagerEndpoint,
    dataKeysFile: system.dataKeysFile,
    tableName: system.tableName,
    queues: system.queueUrls,
  };
  if (args.has('--ready-json')) {
    console.log(`READY ${JSON.stringify(info)}`);
    return;
  }
  console.log(
    [
      '',
      'ELV after-sales service is running locally',
      `  Staff form     ${system.webUrl}/staff/   (sign in as a demo staff member)`,
      `  Report a fault ${system.webUrl}/report.html   (the public report page; status, survey and statement pages are reached by signed links)`,
      `  API            ${system.apiUrl}   (OpenAPI: ${system.apiUrl}/v1/openapi.json)`,
      `  Mailbox (SES)  ${system.mailboxUrl}   (every email the system sent; JSON at /store)`,
      `  DynamoDB Local ${system.dynamodbEndpoint}   table ${system.tableName}`,
      `  SQS (local)    ${system.sqsEndpoint}`,
      `  Staff token    npm run token -- --role customer_service`,
      `  Fire schedule  curl -XPOST ${system.apiUrl}/__local/schedules/fire -d '{"name":"...","now":"2026-12-01T09:00:00Z"}'`,
      demo.length ? `  Demo tickets   ${demo.join(', ')}` : '  Data kept in .data/ (npm start -- --fresh wipes it)',
      '  Ctrl-C stops everything.',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  if (error instanceof MissingJavaError) console.error(error.message);
  else console.error('Could not start the local system:', error instanceof Error ? error.message : error);
  process.exit(1);
});
