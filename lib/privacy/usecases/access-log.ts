/** The manager reads the access log by Shanghai day, by staff member or by customer (their phone's blind index). */
import type { AccessLogPage } from '../../tickets/server.ts';
import type { Dependencies } from '../../dependencies.ts';

export interface AccessLogQuery {
  day?: string;
  staffId?: string;
  phone?: string;
  limit: number;
  cursor?: string;
}

export function queryAccessLog(deps: Pick<Dependencies, 'accessLog' | 'customerRef'>, query: AccessLogQuery): Promise<AccessLogPage> {
  const page = { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
  if (query.day) return deps.accessLog.byDay(query.day, page);
  if (query.staffId) return deps.accessLog.byStaff(query.staffId, page);
  return deps.accessLog.byCustomer(deps.customerRef({ phone: query.phone! }), page);
}
