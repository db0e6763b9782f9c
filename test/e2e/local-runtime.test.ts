/**
 * `npm start` itself: data kept on disk between runs, `--fresh` wipes it, Ctrl-C leaves no Java
 * process behind, and the local schedule trigger refuses nonsense.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { invoke } from '../../local/lambda-runtime.ts';
import { freePort } from '../../local/services/ports.ts';
import { functions } from '../../lib/wiring.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually, faultReport } from '../support/local.ts';
import { spawnLocal, stopLocal } from '../support/spawn-local.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'elv-local-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitGone(pid: number): Promise<boolean> {
  for (let i = 0; i < 50 && alive(pid); i += 1) await new Promise((r) => setTimeout(r, 100));
  return !alive(pid);
}

describe('the local runtime', () => {
  it('keeps data across restarts, wipes it with --fresh, and stops DynamoDB Local on Ctrl-C', async () => {
    const args = ['--free-ports', '--no-schedules', '--no-demo', '--ready-json'];
    const first = await spawnLocal(args, { DATA_DIR: dataDir });
    const created = await fetch(`${first.info.api}/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(faultReport()),
    }).then((r) => r.json() as Promise<{ id: string; statusUrl: string }>);
    const statusPath = new URL(created.statusUrl).pathname + new URL(created.statusUrl).search;
    const acknowledgement = async (mailbox: string) => {
      const { emails } = (await fetch(`${mailbox}/store`).then((r) => r.json())) as { emails: Array<{ body: { text?: string } }> };
      return emails.filter((e) => e.body.text?.includes(created.id));
    };
    await eventually(async () => (await acknowledgement(first.info.mailbox)).length === 1);
    expect(await stopLocal(first, 'SIGINT')).toBe(0);
    expect(await waitGone(first.info.dynamodbPid)).toBe(true);

    const second = await spawnLocal(args, { DATA_DIR: dataDir });
    try {
      const again = await fetch(`${second.info.api}${statusPath}`);
      expect(again.status).toBe(200); // same ticket, same signing secret, after a restart
      expect(await acknowledgement(second.info.mailbox)).toHaveLength(1); // the mailbox is kept too, once
    } finally {
      await stopLocal(second, 'SIGINT');
    }
    expect(await waitGone(second.info.dynamodbPid)).toBe(true);

    const third = await spawnLocal([...args, '--fresh'], { DATA_DIR: dataDir });
    try {
      expect((await fetch(`${third.info.api}${statusPath}`)).status).toBe(404);
      expect(await acknowledgement(third.info.mailbox)).toHaveLength(0);
      const badFire = await fetch(`${third.info.api}/__local/schedules/fire`, { method: 'POST', body: '{"name":"sla-sweep","now":"not a date"}' });
      expect(badFire.status).toBe(400);
    } finally {
      await stopLocal(third, 'SIGTERM');
    }
    expect(await waitGone(third.info.dynamodbPid)).toBe(true);
  }, 120_000);
});

describe('start-up', () => {
  it('answers requests that arrive while it starts only once everything is up, and every handler works afterwards', async () => {
    const [api, ses, dynamodb, sqs] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    const env = { API_PORT: String(api), MAILBOX_PORT: String(ses), DYNAMODB_PORT: String(dynamodb), SQS_PORT: String(sqs) };
    const started = spawnLocal(['--in-memory', '--no-schedules', '--no-demo', '--ready-json'], env);
    // Poll health from the first moment, as a load balancer or an open staff page would.
    const early: number[] = [];
    let up = false;
    const polling = (async () => {
      while (!up) {
        const status = await fetch(`http://127.0.0.1:${api}/v1/health`).then((r) => r.status, () => 0);
        if (status !== 0) early.push(status);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const local = await started;
    up = true;
    await polling;
    try {
      expect(early.length).toBeGreaterThan(0); // the gateway listened before the system was ready
      expect(early.every((status) => status === 200 || status === 503)).toBe(true);
      expect((await fetch(`${local.info.api}/v1/health`)).status).toBe(200);
      const created = await fetch(`${local.info.api}/v1/tickets`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(faultReport()) });
      expect(created.status).toBe(201);
    } finally {
      await stopLocal(local, 'SIGINT');
    }
  }, 120_000);

  it('loads a handler module again after its cold start failed, as Lambda starts a new environment', async () => {
    const root = mkdtempSync(join(tmpdir(), 'elv-handler-'));
    const entry = join(root, functions['intake-public-api'].entry);
    mkdirSync(dirname(entry), { recursive: true });
    // A handler that, like ours, reads its configuration at module load and fails without it.
    writeFileSync(entry, "if (!process.env.ELV_TEST_COLD_START) throw new Error('missing configuration');\nexport const handler = async () => ({ statusCode: 200, body: process.env.ELV_TEST_COLD_START });\n");
    try {
      await expect(invoke('intake-public-api', {}, root)).rejects.toThrow('missing configuration');
      await expect(invoke('intake-public-api', {}, root)).rejects.toThrow('missing configuration');
      process.env.ELV_TEST_COLD_START = 'configured';
      expect(await invoke('intake-public-api', {}, root)).toEqual({ statusCode: 200, body: 'configured' });
    } finally {
      delete process.env.ELV_TEST_COLD_START;
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('without Java', () => {
  it('says in one line which package to install, and exits', async () => {
    const { spawn } = await import('node:child_process');
    const { symlinkSync } = await import('node:fs');
    const { REPO_ROOT } = await import('../support/spawn-local.ts');
    const bin = mkdtempSync(join(tmpdir(), 'elv-nojava-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts', '--in-memory', '--free-ports'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PATH: bin }, // node only: no java on the PATH
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n').filter((line) => !line.startsWith('(node:'));
    expect(lines).toEqual(['Java 17+ is required for DynamoDB Local: install it with `apt-get install -y openjdk-17-jre-headless`']);
    rmSync(bin, { recursive: true, force: true });
  });
});
