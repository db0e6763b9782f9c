/**
 * "Find tickets by phone": customer service and technical support look up a caller's tickets. The
 * phone arrives normalised (E.164, the query schema); the customer index (a blind index, never the
 * number itself) gives the ids, newest first, and one BatchGetItem the tickets.
 */
import type { Ticket } from '../../tickets/index.ts';
import type { TicketRepository } from '../../tickets/server.ts';

export async function ticketsOfPhone(deps: { tickets: TicketRepository }, phone: string, limit: number): Promise<{ items: Ticket[] }> {
  const ids = await deps.tickets.ticketIdsOfCustomer({ phone });
  return { items: await deps.tickets.getMany(ids.slice(0, limit)) };
}
