/**
 * Loads handler modules the way Lambda does (once, on first use: the "cold start" reads config)
 * and invokes them with a Lambda-like context and the function's timeout from the manifest.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { functions, type FunctionName } from '../lib/wiring.ts';

type Handler = (event: unknown, context: Context) => Promise<unknown>;
const loaded = new Map<FunctionName, Promise<Handler>>();
const attempts = new Map<FunctionName, number>();

export class FunctionTimeoutError extends Error {
  override name = 'FunctionTimeoutError';
}

/**
 * A module whose cold start failed (configuration missing, say) is loaded again on the next
 * invocation, as Lambda starts a fresh execution environment. Node keeps a failed ES module in its
 * cache, so each retry imports the entry under a new URL (`?attempt=n`); its dependencies are shared.
 */
function load(name: FunctionName, root: string): Promise<Handler> {
  let handler = loaded.get(name);
  if (!handler) {
    const attempt = attempts.get(name) ?? 0;
    attempts.set(name, attempt + 1);
    const url = pathToFileURL(resolve(root, functions[name].entry));
    if (attempt > 0) url.search = `attempt=${attempt}`;
    handler = import(url.href).then((module: { handler?: Handler }) => {
      if (typeof module.handler !== 'function') throw new Error(`${functions[name].entry} does not export a handler`);
      return module.handler;
    });
    handler.catch(() => loaded.delete(name));
    loaded.set(name, handler);
  }
  return handler;
}

export interface InvocationRecord {
  name: FunctionName;
  /** Wall time of the handler, as Lambda would bill it (module load excluded). */
  ms: number;
  ok: boolean;
}
const invocationListeners = new Set<(record: InvocationRecord) => void>();

/** Every invocation as it ends (the benchmark prices them); returns the unsubscribe. */
export function onInvocation(listener: (record: InvocationRecord) => void): () => void {
  invocationListeners.add(listener);
  return () => invocationListeners.delete(listener);
}

export async function invoke(name: FunctionName, event: unknown, root: string): Promise<unknown> {
  const handler = await load(name, root);
  const started = performance.now();
  let ok = false;
  const timeoutMs = functions[name].timeoutSeconds * 1000;
  const deadline = Date.now() + timeoutMs;
  const context = {
    callbackWaitsForEmptyEventLoop: false,
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: String(functions[name].memoryMb),
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  } satisfies Context;
  let timer: NodeJS.Timeout | undefined;
  try {
    const result = await Promise.race([
      handler(event, context),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new FunctionTimeoutError(`${name} timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    ok = true;
    return result;
  } finally {
    clearTimeout(timer);
    if (invocationListeners.size) {
      const record = { name, ms: performance.now() - started, ok };
      for (const listener of invocationListeners) listener(record);
    }
  }
}
