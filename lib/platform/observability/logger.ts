/**
 * One structured JSON logger per process: a JSON line per entry with the level, the service, the
 * invocation (request id, cold start, function) and the keys a handler adds (message, ticket, staff
 * ids), which `logContext()` clears after each invocation. Errors, also inside values, are written as
 * name, message, stack and cause.
 *
 * Written here rather than with Powertools Logger, which printed the same fields: the utility was
 * 21 KB of every function's bundle for what these few lines do (the bundle budget is 1.3x the
 * SDK-only floor, measured by `npm run bench`). Same environment variables (POWERTOOLS_SERVICE_NAME,
 * POWERTOOLS_LOG_LEVEL) and the same field names, so log queries keep working.
 */
import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';

const LEVELS = { DEBUG: 8, INFO: 12, WARN: 16, ERROR: 20, SILENT: 28 } as const;
export type LogLevel = keyof typeof LEVELS;
type Extra = Record<string, unknown> | Error | undefined;

const levelOf = (name: string | undefined): LogLevel => (name && name.toUpperCase() in LEVELS ? (name.toUpperCase() as LogLevel) : 'INFO');

/** An Error as data (JSON.stringify writes `{}` for one), its causes included. */
function errorData(error: Error): Record<string, unknown> {
  return {
    name: error.name,
    message: error.message,
    ...(error.stack ? { stack: error.stack } : {}),
    ...(error.cause !== undefined ? { cause: error.cause instanceof Error ? errorData(error.cause) : error.cause } : {}),
  };
}

const replacer = (_key: string, value: unknown) => (value instanceof Error ? errorData(value) : typeof value === 'bigint' ? value.toString() : value);

export class JsonLogger {
  private threshold: number;
  private keys: Record<string, unknown> = {};
  private invocation: Record<string, unknown> = {};
  private coldStart = true;

  constructor(
    private readonly service: string,
    level: LogLevel,
    private readonly write: (line: string, level: LogLevel) => void = (line, at) => (at === 'ERROR' || at === 'WARN' ? process.stderr : process.stdout).write(`${line}\n`),
  ) {
    this.threshold = LEVELS[level];
  }

  setLogLevel(level: LogLevel): void {
    this.threshold = LEVELS[level];
  }

  /** Keys on every entry until the invocation ends. */
  appendKeys(keys: Record<string, unknown>): void {
    Object.assign(this.keys, keys);
  }

  /** The invocation's fields, from its Lambda context: the first call in a process is the cold start. */
  addContext(context: Context): void {
    this.invocation = {
      cold_start: this.coldStart,
      function_name: context.functionName,
      function_memory_size: Number(context.memoryLimitInMB),
      function_request_id: context.awsRequestId,
    };
    this.coldStart = false;
  }

  /** End of an invocation: its keys and fields do not reach the next one. */
  resetKeys(): void {
    this.keys = {};
    this.invocation = {};
  }

  debug(message: string, extra?: Extra): void {
    this.log('DEBUG', message, extra);
  }

  info(message: string, extra?: Extra): void {
    this.log('INFO', message, extra);
  }

  warn(message: string, extra?: Extra): void {
    this.log('WARN', message, extra);
  }

  error(message: string, extra?: Extra): void {
    this.log('ERROR', message, extra);
  }

  private log(level: LogLevel, message: string, extra: Extra): void {
    if (LEVELS[level] < this.threshold) return;
    const trace = process.env._X_AMZN_TRACE_ID;
    const entry = {
      level,
      message,
      timestamp: new Date().toISOString(),
      service: this.service,
      ...this.invocation,
      ...(trace ? { xray_trace_id: trace.split(';')[0]?.replace('Root=', '') } : {}),
      ...this.keys,
      ...(extra instanceof Error ? { error: extra } : extra),
    };
    this.write(JSON.stringify(entry, replacer), level);
  }
}

export const logger = new JsonLogger(process.env.POWERTOOLS_SERVICE_NAME ?? 'elv-after-sales', levelOf(process.env.POWERTOOLS_LOG_LEVEL));

/** Middy middleware: the invocation's fields on every entry, and its keys cleared when it ends. */
export function logContext(log: JsonLogger = logger): MiddlewareObj<unknown, unknown, Error, Context> {
  return {
    before: (request) => log.addContext(request.context),
    after: () => log.resetKeys(),
    onError: () => log.resetKeys(),
  };
}
