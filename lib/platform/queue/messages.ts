/** Message bodies on the queues, validated on receipt: a malformed message fails and ends in the DLQ. */
import * as z from 'zod/mini';

export const ticketAcceptedMessage = z.strictObject({
  type: z.literal('ticket.accepted'),
  ticketId: z.uuid(),
});
export type TicketAcceptedMessage = z.output<typeof ticketAcceptedMessage>;

export const calendarChangedMessage = z.strictObject({
  type: z.literal('calendar.changed'),
  calendarId: z.string().check(z.minLength(1), z.maxLength(60)),
  version: z.number().check(z.int(), z.minimum(1)),
});
export type CalendarChangedMessage = z.output<typeof calendarChangedMessage>;

/** Hand-offs between the groups (FLOW-1..3): each becomes the emails that tell the next group or the customer. */
export const workHandoffMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ticket.to-assessment'), ticketId: z.uuid(), at: z.iso.datetime() }),
  z.strictObject({ type: z.literal('ticket.to-dispatch'), ticketId: z.uuid(), at: z.iso.datetime() }),
  z.strictObject({ type: z.literal('job.scheduled'), jobId: z.uuid(), revision: z.number().check(z.int(), z.minimum(0)) }),
]);
export type WorkHandoffMessage = z.output<typeof workHandoffMessage>;

/** A job was signed off: its repair report (PDF) to customer service and the customer, each once. */
export const repairReportMessage = z.strictObject({ type: z.literal('job.completed'), jobId: z.uuid() });
export type RepairReportMessage = z.output<typeof repairReportMessage>;

export const ticketFollowedUpMessage = z.strictObject({ type: z.literal('ticket.followed-up'), ticketId: z.uuid() });
export type TicketFollowedUpMessage = z.output<typeof ticketFollowedUpMessage>;

/** An investigation's outcome letter, approved by the manager, to be sent to the customer once. */
export const customerNoticeMessage = z.strictObject({ type: z.literal('investigation.outcome-approved'), investigationId: z.uuid() });
export type CustomerNoticeMessage = z.output<typeof customerNoticeMessage>;

/**
 * What the settlement-statement step consumes from `ticket-followed-up`: the follow-up is done
 * (FLOW-5), or the ticket completed (used only when the fee schedule says `statementAt: completion`).
 */
export const settlementTriggerMessage = z.discriminatedUnion('type', [
  ticketFollowedUpMessage,
  z.strictObject({ type: z.literal('ticket.completed'), ticketId: z.uuid() }),
]);
export type SettlementTriggerMessage = z.output<typeof settlementTriggerMessage>;

/** Settlement facts that become emails (each once): statement to the customer and finance, dispute, invoice. */
export const settlementMailMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('statement.disputed'), statementId: z.uuid(), revision: z.number().check(z.int(), z.minimum(1)) }),
  z.strictObject({ type: z.literal('invoice.requested'), statementId: z.uuid() }),
  z.strictObject({ type: z.literal('invoice.issued'), statementId: z.uuid() }),
]);
export type SettlementMailMessage = z.output<typeof settlementMailMessage>;

/** A statement revision was issued: it goes (PDF attached) to the customer and to finance, each once. */
export const statementIssuedMessage = z.strictObject({ type: z.literal('statement.issued'), statementId: z.uuid(), revision: z.number().check(z.int(), z.minimum(1)) });
export type StatementIssuedMessage = z.output<typeof statementIssuedMessage>;

/**
 * An SES bounce or complaint, as EventBridge delivers it (the configuration set's event destination,
 * then a rule targeting the `mail-events` queue). Only the fields the consumer uses are checked; SES
 * adds more. Tags are the ones every send sets (lib/platform/mail/mailer.ts, mailTags).
 */
const recipient = z.object({ emailAddress: z.string().check(z.minLength(3), z.maxLength(320)), diagnosticCode: z.optional(z.string().check(z.maxLength(2000))) });
export const mailEventMessage = z.object({
  source: z.literal('aws.ses'),
  'detail-type': z.string(),
  detail: z.object({
    eventType: z.enum(['Bounce', 'Complaint']),
    mail: z.object({
      messageId: z.string().check(z.minLength(1), z.maxLength(200)),
      timestamp: z.iso.datetime({ offset: true }),
      destination: z.array(z.string()).check(z.maxLength(50)),
      tags: z.optional(z.record(z.string(), z.array(z.string()))),
      commonHeaders: z.optional(z.object({ subject: z.optional(z.string().check(z.maxLength(1000))) })),
    }),
    bounce: z.optional(
      z.object({
        bounceType: z.enum(['Permanent', 'Transient', 'Undetermined']),
        bounceSubType: z.optional(z.string().check(z.maxLength(100))),
        bouncedRecipients: z.array(recipient).check(z.minLength(1), z.maxLength(50)),
        timestamp: z.iso.datetime({ offset: true }),
      }),
    ),
    complaint: z.optional(
      z.object({
        complainedRecipients: z.array(recipient).check(z.minLength(1), z.maxLength(50)),
        complaintFeedbackType: z.optional(z.string().check(z.maxLength(100))),
        timestamp: z.iso.datetime({ offset: true }),
      }),
    ),
  }),
});
export type MailEventMessage = z.output<typeof mailEventMessage>;

/** Purchasing facts that become emails (each once): a purchase order ordered goes to its supplier. */
export const partsMailMessage = z.discriminatedUnion('type', [z.strictObject({ type: z.literal('purchase-order.ordered'), orderId: z.uuid() })]);
export type PartsMailMessage = z.output<typeof partsMailMessage>;

/** A quarter's scorecards were signed off (TRAIN-2): each staff member gets their own, once. */
export const peopleMailMessage = z.strictObject({ type: z.literal('scorecards.signed-off'), quarter: z.string().check(z.regex(/^\d{4}-Q[1-4]$/)) });
export type PeopleMailMessage = z.output<typeof peopleMailMessage>;

/** What each outbox-fed queue carries: the outbox accepts only a message its queue's consumer parses. */
export interface QueueMessages {
  'ticket-accepted': TicketAcceptedMessage;
  'work-handoffs': WorkHandoffMessage;
  'repair-reports': RepairReportMessage;
  'ticket-followed-up': SettlementTriggerMessage;
  'customer-notices': CustomerNoticeMessage;
  'settlement-mail': SettlementMailMessage;
  'statements-issued': StatementIssuedMessage;
  'calendar-changed': CalendarChangedMessage;
  'parts-mail': PartsMailMessage;
  'people-mail': PeopleMailMessage;
}
