/**
 * The structured logger (lib/platform/observability/logger.ts): one JSON line per entry, the level
 * threshold, the invocation's fields and keys until it ends, and errors written as data.
 */
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { JsonLogger, logContext, type LogLevel } from '../../lib/platform/observability/logger.ts';

function capture(level: LogLevel = 'INFO') {
  const lines: Array<{ level: LogLevel; entry: Record<string, any> }> = [];
  const log = new JsonLogger('elv-test', level, (line, at) => lines.push({ level: at, entry: JSON.parse(line) }));
  return { log, lines };
}

const context = (awsRequestId: string) => ({ functionName: 'intake-acknowledge', memoryLimitInMB: '512', awsRequestId }) as Context;

describe('structured logger', () => {
  it('writes one JSON entry with level, message, service and the extra keys', () => {
    const { log, lines } = capture();
    log.warn('Technician without a skill level', { technicianId: 't-1' });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.entry).toMatchObject({ level: 'WARN', message: 'Technician without a skill level', service: 'elv-test', technicianId: 't-1' });
    expect(Date.parse(lines[0]!.entry.timestamp)).not.toBeNaN();
  });

  it('leaves out entries below its level, and follows a change of level', () => {
    const { log, lines } = capture('WARN');
    log.info('quiet');
    log.debug('quieter');
    log.error('loud');
    log.setLogLevel('SILENT');
    log.error('silenced');
    expect(lines.map((l) => l.entry.message)).toEqual(['loud']);
  });

  it('writes an error, and one inside a value, as name, message, stack and cause', () => {
    const { log, lines } = capture();
    const cause = new TypeError('socket hang up');
    log.error('Unhandled error', new Error('Send failed', { cause }));
    log.error('Could not record the configuration alert', { error: cause });
    expect(lines[0]!.entry.error).toMatchObject({ name: 'Error', message: 'Send failed', cause: { name: 'TypeError', message: 'socket hang up' } });
    expect(lines[0]!.entry.error.stack).toContain('Send failed');
    expect(lines[1]!.entry.error).toMatchObject({ name: 'TypeError', message: 'socket hang up' });
  });

  it("carries the invocation's fields and keys until it ends, and marks only the first invocation as the cold start", async () => {
    const { log, lines } = capture();
    const handler = middy(async (ticketId: string) => {
      log.appendKeys({ ticketId });
      log.info('acknowledged');
    }).use(logContext(log));
    await handler('ticket-1', context('req-1'));
    await handler('ticket-2', context('req-2'));
    log.info('between invocations');
    expect(lines.map((l) => l.entry)).toEqual([
      expect.objectContaining({ message: 'acknowledged', ticketId: 'ticket-1', function_request_id: 'req-1', cold_start: true, function_name: 'intake-acknowledge', function_memory_size: 512 }),
      expect.objectContaining({ message: 'acknowledged', ticketId: 'ticket-2', function_request_id: 'req-2', cold_start: false }),
      expect.not.objectContaining({ ticketId: expect.anything(), function_request_id: expect.anything() }),
    ]);
  });

  it('clears the keys of an invocation that failed', async () => {
    const { log, lines } = capture();
    const handler = middy(async () => {
      log.appendKeys({ messageId: 'm-1' });
      throw new Error('boom');
    }).use(logContext(log));
    await expect(handler(undefined, context('req-3'))).rejects.toThrow('boom');
    log.info('after');
    expect(lines[0]!.entry.messageId).toBeUndefined();
  });
});
