/**
 * reportFault behind the `Idempotency-Key` header: the request record is written in the ticket's own
 * transaction (lib/platform/store/request-record.ts), so the same key and body return the first answer
 * again, the same key with another body is refused (422), and a report costs no extra round trip.
 */
import { ValidationError } from '../../platform/errors.ts';
import { reportFault, type CreatedTicket, type ReportFaultDeps, type ReportFaultInput } from './report-fault.ts';

const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;

export function reportFaultOnce(deps: ReportFaultDeps) {
  return async (key: string | undefined, input: ReportFaultInput): Promise<CreatedTicket> => {
    if (key === undefined) return reportFault(deps, input);
    if (!IDEMPOTENCY_KEY.test(key)) throw new ValidationError([{ path: 'Idempotency-Key', key: 'invalid_format' }]);
    return reportFault(deps, input, { key, body: input });
  };
}
