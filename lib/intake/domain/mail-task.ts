/**
 * An email that did not reach the customer (it bounced, or the customer marked it as spam) becomes a
 * task for customer service: call the customer, then record what came of it. Rules only; the SES
 * event is read into `MailFailure`s by the use case.
 */
export type MailProblem = 'bounce' | 'complaint';
export type BounceType = 'Permanent' | 'Transient' | 'Undetermined';

/** One recipient of one email that failed. */
export interface MailFailure {
  address: string;
  problem: MailProblem;
  bounceType?: BounceType;
  /** The receiving server's reason (e.g. `550 5.1.1 user unknown`). */
  diagnostic?: string;
  /** The SES message id, when it was sent, its kind (tag `kind`: ack, survey, visit, statement...) and subject. */
  messageId: string;
  sentAt: string;
  mailKind?: string;
  subject?: string;
  /** From the email's `ticket` tag. */
  ticketId?: string;
  at: string;
}

/** What customer service did about the task. */
export const MAIL_TASK_OUTCOMES = ['new_address', 'address_confirmed', 'phone_only'] as const;
export type MailTaskOutcome = (typeof MAIL_TASK_OUTCOMES)[number];

export interface MailTask extends MailFailure {
  taskId: string;
  ticketNumber?: string;
  /** Whether the failed address is the ticket's customer address (an invoice contact's may differ). */
  customerAddress: boolean;
  state: 'open' | 'closed';
  openedAt: string;
  closedAt?: string;
  closedBy?: string;
  outcome?: MailTaskOutcome;
  newAddress?: string;
  note?: string;
}

/**
 * Whether further sends to the address stop. A complaint always (the customer asked us, in effect, to
 * stop); a permanent bounce too (the mailbox does not exist, and every retry hurts the sender's
 * reputation). A transient bounce (mailbox full) opens a task but the address stays usable.
 */
export function suppressionFor(failure: MailFailure): 'complained' | 'bounced' | undefined {
  if (failure.problem === 'complaint') return 'complained';
  return failure.bounceType === 'Permanent' ? 'bounced' : undefined;
}

/**
 * What closing a task changes besides the task: a corrected address replaces the customer's email
 * on the ticket; a confirmed address is mailed again (its suppression lifted); "phone only" keeps the
 * address blocked and the ticket's mark, so nobody relies on email for this customer.
 */
export function closingEffects(task: MailTask, outcome: MailTaskOutcome): { replaceEmail: boolean; liftSuppression: boolean; clearTicketMark: boolean } {
  const onTicket = task.ticketId !== undefined && task.customerAddress;
  return {
    replaceEmail: outcome === 'new_address' && onTicket,
    liftSuppression: outcome === 'address_confirmed',
    clearTicketMark: onTicket && outcome !== 'phone_only',
  };
}
