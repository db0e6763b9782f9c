/** Message bodies on the queues, validated on receipt: a malformed message fails and ends in the DLQ. */
import { z } from 'zod';

export const ticketAcceptedMessage = z.strictObject({
  type: z.literal('ticket.accepted'),
  ticketId: z.uuid(),
});
export type TicketAcceptedMessage = z.output<typeof ticketAcceptedMessage>;
