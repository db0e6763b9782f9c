/**
 * Starts the real local system once for the whole run, exactly as `npm start` does (DynamoDB Local,
 * local SQS and SES, gateway, pollers) but in memory, on free ports, without demo data and without
 * timers (tests fire schedules at a chosen "now"). Test files reach it over the network.
 */
import type { TestProject } from 'vitest/node';
import { spawnLocal, stopLocal, type StartedLocal } from './spawn-local.ts';

export interface LocalInfo {
  api: string;
  /** The web app (staff form, customer pages): the gateway's origin. */
  web: string;
  mailbox: string;
  dynamodb: string;
  sqs: string;
  /** The local Secrets Manager holding the link-signing key ring. */
  secretsManager: string;
  /** The data keys of customer data (a key file locally): tests open sealed values and compute blind indexes with it. */
  dataKeysFile: string;
  tableName: string;
  queues: { queue: Record<string, string>; dlq: Record<string, string> };
}

declare module 'vitest' {
  export interface ProvidedContext {
    local: LocalInfo;
  }
}

let started: StartedLocal | undefined;

/**
 * Where the test system's clock starts: Tuesday 10 November 2026, 10:00 in Shanghai, an ordinary
 * working week well inside the announced holiday data. Whatever the machine's clock says (a Shanghai
 * night, a Friday evening, a holiday eve), the system under test starts here and runs on.
 */
export const TEST_CLOCK_START = '2026-11-10T02:00:00.000Z';

/** The current link-signing key of the test system at start: tests mint signed links with it (e.g. expired ones). */
export const TEST_LINK_SECRET = 'test-link-signing-secret-0123456789abcdef';

export async function setup(project: TestProject): Promise<void> {
  started = await spawnLocal(['--in-memory', '--free-ports', '--no-demo', '--no-schedules', '--ready-json', `--clock=${TEST_CLOCK_START}`], {
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'ERROR',
    LOCAL_LINK_SIGNING_SECRET: TEST_LINK_SECRET,
    // Every invocation reads the ring, so a rotation in a test applies at once (in AWS: within 5 minutes).
    LINK_KEYS_CACHE_SECONDS: '0',
  });
  // Errors the local system logs while tests run are part of the test output.
  started.child.stdout!.on('data', (chunk) => process.stdout.write(chunk));
  started.child.stderr!.on('data', (chunk) => process.stderr.write(chunk));
  project.provide('local', started.info as LocalInfo);
}

export async function teardown(): Promise<void> {
  if (started) await stopLocal(started, 'SIGTERM');
}
