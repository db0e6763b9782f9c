/** The privacy context's adapters, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import type { TicketRepository } from '../tickets/server.ts';
import type { RightsSubject } from './domain/rights.ts';
import { PrivacyRepository } from './store/privacy-repository.ts';

export const privacyAdapters = ({ db, tableName }: StoreAccess, tickets: TicketRepository) => ({
  privacy: new PrivacyRepository(db, tableName),
  /** A customer's tickets, newest first, through the customer index (blind index of phone and email). */
  customerTickets: (subject: RightsSubject) => tickets.ticketIdsOfCustomer(subject),
});

export type PrivacyAdapters = ReturnType<typeof privacyAdapters>;
