/** Message bodies on the queues, validated on receipt: a malformed message fails and ends in the DLQ. */
import { z } from 'zod';

export const ticketAcceptedMessage = z.strictObject({
  type: z.literal('ticket.accepted'),
  ticketId: z.uuid(),
});
export type TicketAcceptedMessage = z.output<typeof ticketAcceptedMessage>;

export const calendarChangedMessage = z.strictObject({
  type: z.literal('calendar.changed'),
  calendarId: z.string().min(1).max(60),
  version: z.number().int().min(1),
});
export type CalendarChangedMessage = z.output<typeof calendarChangedMessage>;
