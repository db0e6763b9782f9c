/**
 * `npm start` itself: data kept on disk between runs, `--fresh` wipes it, Ctrl-C leaves no Java
 * process behind, and the local schedule trigger refuses nonsense.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { faultReport } from '../support/local.ts';
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
    expect(await stopLocal(first, 'SIGINT')).toBe(0);
    expect(await waitGone(first.info.dynamodbPid)).toBe(true);

    const second = await spawnLocal(args, { DATA_DIR: dataDir });
    try {
      const again = await fetch(`${second.info.api}${statusPath}`);
      expect(again.status).toBe(200); // same ticket, same signing secret, after a restart
    } finally {
      await stopLocal(second, 'SIGINT');
    }
    expect(await waitGone(second.info.dynamodbPid)).toBe(true);

    const third = await spawnLocal([...args, '--fresh'], { DATA_DIR: dataDir });
    try {
      expect((await fetch(`${third.info.api}${statusPath}`)).status).toBe(404);
      const badFire = await fetch(`${third.info.api}/__local/schedules/fire`, { method: 'POST', body: '{"name":"sla-sweep","now":"not a date"}' });
      expect(badFire.status).toBe(400);
    } finally {
      await stopLocal(third, 'SIGTERM');
    }
    expect(await waitGone(third.info.dynamodbPid)).toBe(true);
  }, 120_000);
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
