/**
 * A customer files a complaint from the status page (the ticket's signed status link) and follows it
 * there (complaint-view.ts): it becomes an investigation like one customer service records (STD-3).
 */
import type { LinkVerifier } from '../../platform/auth/link-keys.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { Dependencies } from '../../dependencies.ts';
import type { Investigation } from '../domain/follow-up.ts';
import { registerComplaint } from './follow-up.ts';

/** Files the customer's complaint; a wrong or missing token is answered like an unknown ticket. */
export async function fileCustomerComplaint(
  deps: Pick<Dependencies, 'config' | 'db' | 'tableName' | 'now' | 'followUps' | 'linkKeys' | 'openTicket' | 'sla' | 'settings' | 'staff' | 'surveyUrl' | 'tickets' | 'timers'> & { linkKeys: LinkVerifier },
  ticketId: string,
  token: string | undefined,
  complaint: string,
): Promise<Investigation> {
  if (deps.linkKeys.check('status', ticketId, token, deps.now()) !== 'valid') throw new NotFoundError('Ticket not found');
  return registerComplaint(deps, ticketId, { complaint }, 'customer');
}
