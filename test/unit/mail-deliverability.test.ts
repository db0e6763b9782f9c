/** Bounces and complaints: what an SES event means for the address, the ticket and the call task. */
import { describe, expect, it } from 'vitest';
import { closingEffects, suppressionFor, type MailFailure, type MailTask } from '../../lib/intake/domain/mail-task.ts';
import { closeMailTaskSchema } from '../../lib/intake/schemas.ts';
import { failuresOf } from '../../lib/intake/usecases/undeliverable-email.ts';
import { mailTags } from '../../lib/platform/mail/mailer.ts';
import { mailEventMessage } from '../../lib/platform/queue/messages.ts';
import { simulatedEvents } from '../../local/services/ses-simulator.ts';

const TICKET = '6f1c1f5e-2a4b-4c53-9d8e-0a1b2c3d4e5f';
const AT = new Date('2026-11-10T02:00:00Z');
const send = (to: string[]) => ({
  FromEmailAddress: 'service@elv-demo.cn',
  Destination: { ToAddresses: to },
  ConfigurationSetName: 'mail-set',
  EmailTags: mailTags({ to, subject: 's', text: 't', html: 'h', reference: `ack:${TICKET}`, ticketId: TICKET }),
});

const failure = (overrides: Partial<MailFailure> = {}): MailFailure => ({
  address: 'a@example.cn',
  problem: 'bounce',
  bounceType: 'Permanent',
  messageId: 'm-1',
  sentAt: AT.toISOString(),
  at: AT.toISOString(),
  ...overrides,
});

describe('the mailbox simulator stand-in', () => {
  it('answers bounce@ and complaint@ (with labels) with the events SES publishes, parsed by the consumer', () => {
    const events = simulatedEvents(send(['bounce+x1@simulator.amazonses.com', 'ok@example.cn', 'COMPLAINT@simulator.amazonses.com']), 'msg-1', '受理确认', AT);
    expect(events.map((event) => event['detail-type'])).toEqual(['Email Bounced', 'Email Complained']);
    const [bounce, complaint] = events.map((event) => failuresOf(mailEventMessage.parse(event)));
    expect(bounce).toEqual([
      expect.objectContaining({ address: 'bounce+x1@simulator.amazonses.com', problem: 'bounce', bounceType: 'Permanent', messageId: 'msg-1', mailKind: 'ack', ticketId: TICKET, subject: '受理确认' }),
    ]);
    expect(complaint).toEqual([expect.objectContaining({ address: 'complaint@simulator.amazonses.com', problem: 'complaint', ticketId: TICKET })]);
  });

  it('publishes nothing for a send without a configuration set, as SES does', () => {
    expect(simulatedEvents({ ...send(['bounce@simulator.amazonses.com']), ConfigurationSetName: undefined }, 'msg-2', undefined, AT)).toEqual([]);
  });

  it('ignores a ticket tag that is not a ticket id', () => {
    const [event] = simulatedEvents({ ...send(['bounce@simulator.amazonses.com']), EmailTags: [{ Name: 'ticket', Value: 'nope' }] }, 'msg-3', undefined, AT);
    expect(failuresOf(mailEventMessage.parse(event))[0]!.ticketId).toBeUndefined();
  });
});

describe('mail tags', () => {
  it('carry the kind of email and its ticket in the characters SES allows', () => {
    expect(mailTags({ to: [], subject: '', text: '', html: '', reference: 'statement:abc:r2', ticketId: TICKET })).toEqual([
      { Name: 'kind', Value: 'statement' },
      { Name: 'ticket', Value: TICKET },
    ]);
    expect(mailTags({ to: [], subject: '', text: '', html: '' })).toEqual([]);
  });
});

describe('which failures block the address', () => {
  it('a complaint and a permanent bounce do; a transient or undetermined bounce does not', () => {
    expect(suppressionFor(failure({ problem: 'complaint', bounceType: undefined }))).toBe('complained');
    expect(suppressionFor(failure())).toBe('bounced');
    expect(suppressionFor(failure({ bounceType: 'Transient' }))).toBeUndefined();
    expect(suppressionFor(failure({ bounceType: 'Undetermined' }))).toBeUndefined();
  });
});

describe('closing a call task', () => {
  const task = (overrides: Partial<MailTask> = {}): MailTask => ({ ...failure(), taskId: 't', ticketId: TICKET, customerAddress: true, state: 'open', openedAt: AT.toISOString(), ...overrides });

  it('a corrected address replaces the customer email and clears the mark; the old address stays blocked', () => {
    expect(closingEffects(task(), 'new_address')).toEqual({ replaceEmail: true, liftSuppression: false, clearTicketMark: true });
  });

  it('a confirmed address is mailed again', () => {
    expect(closingEffects(task(), 'address_confirmed')).toEqual({ replaceEmail: false, liftSuppression: true, clearTicketMark: true });
  });

  it('phone only keeps the block and the mark', () => {
    expect(closingEffects(task(), 'phone_only')).toEqual({ replaceEmail: false, liftSuppression: false, clearTicketMark: false });
  });

  it('an address other than the customer\'s (an invoice contact) never changes the ticket', () => {
    expect(closingEffects(task({ customerAddress: false }), 'new_address')).toEqual({ replaceEmail: false, liftSuppression: false, clearTicketMark: false });
  });

  it('needs a note, and a new address with new_address', () => {
    expect(closeMailTaskSchema.safeParse({ outcome: 'new_address', note: 'x' }).success).toBe(false);
    expect(closeMailTaskSchema.safeParse({ outcome: 'phone_only' }).success).toBe(false);
    expect(closeMailTaskSchema.safeParse({ outcome: 'new_address', newAddress: 'b@example.cn', note: 'x' }).success).toBe(true);
  });
});
