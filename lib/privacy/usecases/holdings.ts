/**
 * Everything held about one customer, found through the customer index (their phone's or email's
 * blind index, never a scan): each ticket with its timeline, follow-up, visits and statement.
 */
import type { Ticket, TicketEvent } from '../../tickets/index.ts';
import type { Dependencies } from '../../dependencies.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { phoneForms, type RightsSubject } from '../domain/rights.ts';
import type { ExportedTicket } from '../domain/export.ts';
import type { PrivacyAdapters } from '../adapters.ts';

export type HoldingsDeps = Pick<Dependencies, 'tickets' | 'followUps' | 'statements' | 'jobs'> & Pick<PrivacyAdapters, 'customerTickets'>;

export interface TicketHoldings {
  ticket: Ticket;
  events: TicketEvent[];
  followUp?: ExportedTicket['followUp'];
  jobs: ExportedTicket['visits'];
  statement?: ExportedTicket['statement'];
}

export async function customerHoldings(deps: HoldingsDeps, subject: RightsSubject): Promise<TicketHoldings[]> {
  const ticketIds = await deps.customerTickets(subject);
  const found = await Promise.all(
    ticketIds.map(async (ticketId): Promise<TicketHoldings | undefined> => {
      const withTimeline = await deps.tickets.getWithTimeline(ticketId, (item) => item);
      if (!withTimeline) return undefined;
      const { ticket, events } = withTimeline;
      const [followUp, statementId, jobs] = await Promise.all([
        deps.followUps.get(ticketId),
        deps.statements.idOfTicket(ticketId),
        Promise.all((ticket.jobIds ?? []).map(async (jobId) => ({ job: await deps.jobs.get(jobId), signature: (await deps.jobs.signature(jobId)) !== undefined }))),
      ]);
      const statement = statementId ? await deps.statements.withHistory(statementId) : undefined;
      const visits = jobs.flatMap(({ job, signature }) => (job ? [{ job, signature }] : []));
      return { ticket, events, ...(followUp ? { followUp } : {}), jobs: visits, ...(statement ? { statement } : {}) };
    }),
  );
  const holdings = found.filter((entry): entry is TicketHoldings => entry !== undefined);
  if (holdings.length === 0) throw new NotFoundError('No personal data held for this customer');
  return holdings;
}

/** Every personal value the customer gave on a ticket: what erasure looks for in free text too. */
export function personalValues(ticket: Pick<Ticket, 'customer' | 'site'>): string[] {
  const { customer, site } = ticket;
  return [customer.name, customer.email, customer.organisation, site.address, site.contactName, ...phoneForms(customer.phone), ...phoneForms(site.contactPhone)].filter((value): value is string => typeof value === 'string' && value.trim().length >= 2);
}
