/** Message bodies on the queues, validated on receipt: a malformed message fails and ends in the DLQ. */
import * as z from 'zod';

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

/** Hand-offs between the groups (FLOW-1..3): each becomes the emails that tell the next group or the customer. */
export const workHandoffMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ticket.to-assessment'), ticketId: z.uuid(), at: z.iso.datetime() }),
  z.strictObject({ type: z.literal('ticket.to-dispatch'), ticketId: z.uuid(), at: z.iso.datetime() }),
  z.strictObject({ type: z.literal('job.scheduled'), jobId: z.uuid(), revision: z.number().int().min(0) }),
  z.strictObject({ type: z.literal('job.completed'), jobId: z.uuid() }),
]);
export type WorkHandoffMessage = z.output<typeof workHandoffMessage>;
