/**
 * Starts the real local system once for the whole run, exactly as `npm start` does (DynamoDB Local,
 * local SQS and SES, gateway, pollers) but in memory, on free ports, without demo data and without
 * timers (tests fire schedules at a chosen "now"). Test files reach it over the network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

export interface LocalInfo {
  api: string;
  mailbox: string;
  dynamodb: string;
  sqs: string;
  tableName: string;
  queues: { queue: Record<string, string>; dlq: Record<string, string> };
}

declare module 'vitest' {
  export interface ProvidedContext {
    local: LocalInfo;
  }
}

let child: ChildProcess | undefined;

export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts', '--in-memory', '--free-ports', '--no-demo', '--no-schedules', '--ready-json'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'ERROR' },
  });
  const info = await new Promise<LocalInfo>((resolveInfo, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`local system did not start in 60 s:\n${out}\n${err}`)), 60_000);
    child!.stderr!.on('data', (chunk) => {
      err += chunk;
      process.stderr.write(chunk);
    });
    child!.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (line) {
        clearTimeout(timer);
        resolveInfo(JSON.parse(line.slice('READY '.length)) as LocalInfo);
      } else if (!line && out.length > 0) {
        process.stdout.write(chunk);
      }
    });
    child!.once('exit', (code) => reject(new Error(`local system exited with ${code}:\n${out}\n${err}`)));
  });
  child.stdout!.on('data', (chunk) => process.stdout.write(chunk));
  project.provide('local', info);
}

export async function teardown(): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child!.once('exit', r));
  child.kill('SIGTERM');
  await exited;
}
