/**
 * reportFault behind the `Idempotency-Key` header (Powertools idempotency, records in the table):
 * the same key and body return the first answer again; the same key with another body is refused.
 */
import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import type { Context } from 'aws-lambda';
import { ValidationError } from '../../platform/errors.ts';
import { idempotencyStore } from '../../platform/queue/idempotency.ts';
import { reportFault, type CreatedTicket, type ReportFaultDeps, type ReportFaultInput } from './report-fault.ts';

const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;

export function reportFaultOnce(tableName: string, deps: ReportFaultDeps) {
  const config = new IdempotencyConfig({
    eventKeyJmesPath: 'key',
    payloadValidationJmesPath: 'input',
    expiresAfterSeconds: 24 * 60 * 60,
  });
  const once = makeIdempotent(async (request: { key: string; input: ReportFaultInput }) => reportFault(deps, request.input), {
    persistenceStore: idempotencyStore(tableName),
    config,
    keyPrefix: 'intake.report-fault',
  });
  return async (key: string | undefined, input: ReportFaultInput, context: Context): Promise<CreatedTicket> => {
    if (key === undefined) return reportFault(deps, input);
    if (!IDEMPOTENCY_KEY.test(key)) throw new ValidationError([{ path: 'Idempotency-Key', key: 'invalid_format' }]);
    config.registerLambdaContext(context);
    return once({ key, input });
  };
}
