/** Spawns `local/start.ts` (what `npm start` runs) and resolves with its READY info. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface StartedLocal {
  child: ChildProcess;
  info: Record<string, any>;
  output: () => string;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export function spawnLocal(args: string[], env: Record<string, string> = {}): Promise<StartedLocal> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, LOG_LEVEL: 'ERROR', ...env },
  });
  let out = '';
  let err = '';
  return new Promise((resolveStarted, reject) => {
    const timer = setTimeout(() => reject(new Error(`local system did not start in 60 s:\n${out}\n${err}`)), 60_000);
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('READY '));
      if (line) {
        clearTimeout(timer);
        resolveStarted({ child, info: JSON.parse(line.slice('READY '.length)), output: () => out + err });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local system exited with ${code}:\n${out}\n${err}`));
    });
  });
}

export function stopLocal(started: StartedLocal, signal: NodeJS.Signals = 'SIGINT'): Promise<number | null> {
  if (started.child.exitCode !== null) return Promise.resolve(started.child.exitCode);
  const exited = new Promise<number | null>((r) => started.child.once('exit', (code) => r(code)));
  started.child.kill(signal);
  return exited;
}
