/**
 * What happens to a statement after it is issued (FLOW-5, ORG-5): the customer confirms or disputes
 * it through the signed link (or customer service records a confirmation given on the phone);
 * customer service revises it (a new revision, the history stays; a discount only by the manager,
 * with a reason) and it is sent again; payments are recorded until the total is covered, which
 * settles the statement and settles and closes the ticket; an invoice is requested and finance
 * records its number. Each change is one conditional transaction with its facts and the ticket's
 * timeline event; emails follow through the settlement-mail queue.
 */
import { outboxEvent } from '../../platform/store/outbox.ts';
import type { SettlementMailMessage, StatementIssuedMessage } from '../../platform/queue/messages.ts';
import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { ConcurrentUpdateError, ValidationError } from '../../platform/errors.ts';
import type { Discount } from '../domain/fees.ts';
import { localDate } from '../../platform/local-date.ts';
import {
  DiscountNeedsManagerError,
  InvoiceStateError,
  PaymentExceedsOutstandingError,
  StaleRevisionError,
  assertRevision,
  assertStatus,
  outstandingFen,
  type InvoiceRequest,
  type PaymentMethod,
  type Statement,
  type StatementRevision,
} from '../domain/statement.ts';
import type { NewFact } from '../store/statement-repository.ts';
import { newEvent } from '../../tickets/server.ts';
import { buildRevision, closeSettled, feeFacts, settleTicket, type StatementDeps } from './statement.ts';

type Deps = StatementDeps;

/** The email a change causes, on its queue: an issued statement goes to the sender that attaches its PDF. */
function announcement(message: SettlementMailMessage | StatementIssuedMessage) {
  return message.type === 'statement.issued' ? outboxEvent('statements-issued', message) : outboxEvent('settlement-mail', message);
}

/** Saves a change; a statement becoming settled settles its followed-up ticket in the same transaction. */
async function applyChange(
  deps: Deps,
  before: Statement,
  after: Statement,
  change: { facts: NewFact[]; revision?: StatementRevision; eventType: string; actor: string; data?: Record<string, unknown>; announce?: SettlementMailMessage | StatementIssuedMessage },
): Promise<Statement> {
  const at = new Date(after.updatedAt);
  const event = newEvent(before.ticketId, after.updatedAt, {
    type: change.eventType,
    actor: change.actor,
    data: { statementId: before.statementId, number: before.number, revision: after.revision, ...change.data },
  });
  const items = {
    facts: change.facts,
    event,
    ...(change.revision ? { revision: change.revision } : {}),
    // The email this change causes, carried by its timeline event (outbox).
    ...(change.announce ? { announce: announcement(change.announce) } : {}),
  };
  const saved: Statement = { ...after, version: before.version + 1 };
  if (after.status === 'settled' && before.status !== 'settled') {
    const ticket = await deps.tickets.require(after.ticketId);
    if (ticket.status === 'followed_up') {
      const settled = await deps.tickets.transition(ticket, 'settled', {
        actor: change.actor,
        at,
        type: 'settled',
        data: { statementId: after.statementId, number: after.number, totalFen: after.totalFen, paidFen: after.paidFen },
        withItems: deps.statements.changeItems(before, after, items),
      });
      try {
        await closeSettled(deps, settled, saved, change.actor);
      } catch (error) {
        if (!(error instanceof ConcurrentUpdateError)) throw error;
        await settleTicket(deps, saved, change.actor);
      }
      return saved;
    }
  }
  return deps.statements.save(before, after, items);
}

/**
 * The actions the customer takes through the signed link take the statement the link check read
 * (`read`) instead of reading it again; every write stays conditional on its version.
 */
export async function confirmStatement(deps: Deps, statementId: string, input: { revision: number; note?: string }, actor: string, read?: Statement): Promise<Statement> {
  const statement = read ?? (await deps.statements.require(statementId));
  // A second click on the same confirmation answers like the first.
  if (statement.confirmation?.revision === input.revision && statement.revision === input.revision) return statement;
  assertStatus(statement, ['issued'], 'confirm');
  assertRevision(statement, input.revision);
  const at = deps.now().toISOString();
  const settled = statement.totalFen === 0;
  const after: Statement = {
    ...statement,
    status: settled ? 'settled' : 'confirmed',
    confirmation: { revision: input.revision, at, by: actor, ...(input.note ? { note: input.note } : {}) },
    ...(settled ? { settledAt: at } : {}),
    updatedAt: at,
  };
  return applyChange(deps, statement, after, {
    facts: [{ kind: 'confirmed', at, by: actor }, ...(settled ? [{ kind: 'settled' as const, at, by: actor }] : [])],
    eventType: 'statement_confirmed',
    actor,
    ...(input.note ? { data: { note: input.note } } : {}),
  });
}

export async function disputeStatement(deps: Deps, statementId: string, input: { revision: number; reason: string }, read?: Statement): Promise<Statement> {
  const statement = read ?? (await deps.statements.require(statementId));
  if (statement.status === 'disputed' && statement.dispute?.revision === input.revision) return statement;
  assertStatus(statement, ['issued'], 'dispute');
  assertRevision(statement, input.revision);
  const at = deps.now().toISOString();
  const after: Statement = { ...statement, status: 'disputed', dispute: { revision: input.revision, at, reason: input.reason }, updatedAt: at };
  const saved = await applyChange(deps, statement, after, {
    facts: [{ kind: 'disputed', at, by: 'customer', data: { reason: input.reason } }],
    eventType: 'statement_disputed',
    actor: 'customer',
    data: { reason: input.reason },
    announce: { type: 'statement.disputed', statementId, revision: input.revision },
  });
  return saved;
}

export interface RevisionInput {
  expectedRevision: number;
  reason: string;
  /** Corrected on-site minutes of a visit (the increment and minimum still apply). */
  labourMinutes?: Array<{ jobId: string; minutes: number }>;
  /** A new discount (manager only), `null` to remove the one in force, absent to keep it. */
  discount?: { percentBasisPoints?: number; amountFen?: number; reason: string } | null;
}

export async function reviseStatement(deps: Deps, statementId: string, input: RevisionInput, user: StaffUser): Promise<Statement> {
  const statement = await deps.statements.require(statementId);
  assertStatus(statement, ['issued', 'disputed'], 'revise');
  if (statement.revision !== input.expectedRevision) throw new StaleRevisionError(statement.revision, input.expectedRevision);
  // The revision in force and the ticket: two independent reads, one round trip.
  const [current, ticket] = await Promise.all([deps.statements.revision(statementId, statement.revision), deps.tickets.require(statement.ticketId)]);
  if (!current) throw new Error(`Revision ${statement.revision} of statement ${statementId} missing`);
  const facts = await feeFacts(deps, ticket);

  const jobIds = new Set(facts.visits.map((visit) => visit.jobId));
  const unknown = (input.labourMinutes ?? []).flatMap((entry, index) => (jobIds.has(entry.jobId) ? [] : [{ path: `labourMinutes.${index}.jobId`, key: 'unknown_job' }]));
  if (unknown.length) throw new ValidationError(unknown);
  const minutesOverride = { ...current.minutesOverride, ...Object.fromEntries((input.labourMinutes ?? []).map((entry) => [entry.jobId, entry.minutes])) };

  let discount: Discount | undefined = current.discount;
  if (input.discount === null) discount = undefined;
  else if (input.discount) {
    // Discounts need the manager's approval: the manager's own revision is that approval.
    if (!user.roles.includes('manager')) throw new DiscountNeedsManagerError('Only the manager may grant a discount');
    discount =
      input.discount.percentBasisPoints !== undefined
        ? { kind: 'percent', basisPoints: input.discount.percentBasisPoints, reason: input.discount.reason, approvedBy: user.id }
        : { kind: 'amount', amountFen: input.discount.amountFen!, reason: input.discount.reason, approvedBy: user.id };
  }

  const now = deps.now();
  const schedule = { value: await deps.feeSchedule.getFeeScheduleAt(statement.feeScheduleVersion), version: statement.feeScheduleVersion };
  const revision = buildRevision(statementId, statement.revision + 1, schedule, facts, { minutesOverride, ...(discount ? { discount } : {}) }, { at: now, by: user.id, reason: input.reason });
  if (discount?.kind === 'amount' && discount.amountFen > revision.subtotalFen) {
    throw new ValidationError([{ path: 'discount.amountFen', key: 'discount_exceeds_subtotal', params: { max: revision.subtotalFen } }]);
  }
  const at = now.toISOString();
  const { dispute: _dispute, ...rest } = statement;
  const after: Statement = {
    ...rest,
    status: 'issued',
    revision: revision.revision,
    subtotalFen: revision.subtotalFen,
    discountFen: revision.discountFen,
    taxFen: revision.taxFen,
    totalFen: revision.totalFen,
    revisedAt: at,
    updatedAt: at,
  };
  const saved = await applyChange(deps, statement, after, {
    facts: [{ kind: 'revised', at, by: user.id, data: { reason: input.reason, previousRevision: statement.revision, previousTotalFen: statement.totalFen } }],
    revision,
    eventType: 'statement_revised',
    actor: user.id,
    data: { reason: input.reason, previousTotalFen: statement.totalFen, totalFen: revision.totalFen },
    announce: { type: 'statement.issued', statementId, revision: revision.revision },
  });
  return saved;
}

export async function recordPayment(
  deps: Deps,
  statementId: string,
  input: { amountFen: number; paidOn: string; method: PaymentMethod; reference?: string },
  user: StaffUser,
): Promise<Statement> {
  const statement = await deps.statements.require(statementId);
  assertStatus(statement, ['confirmed'], 'record a payment');
  const now = deps.now();
  if (input.paidOn > localDate(now)) throw new ValidationError([{ path: 'paidOn', key: 'in_the_future' }]);
  const outstanding = outstandingFen(statement);
  if (input.amountFen > outstanding) throw new PaymentExceedsOutstandingError(outstanding);
  const at = now.toISOString();
  const payment = { paymentId: randomUUID(), amountFen: input.amountFen, paidOn: input.paidOn, method: input.method, ...(input.reference ? { reference: input.reference } : {}), recordedAt: at, recordedBy: user.id };
  const paidFen = statement.paidFen + input.amountFen;
  const settled = paidFen === statement.totalFen;
  const after: Statement = { ...statement, payments: [...statement.payments, payment], paidFen, status: settled ? 'settled' : 'confirmed', ...(settled ? { settledAt: at } : {}), updatedAt: at };
  const { recordedAt: _at, recordedBy: _by, ...paymentData } = payment;
  return applyChange(deps, statement, after, {
    facts: [{ kind: 'payment', at, by: user.id, data: paymentData }, ...(settled ? [{ kind: 'settled' as const, at, by: user.id }] : [])],
    eventType: 'payment_recorded',
    actor: user.id,
    data: paymentData,
  });
}

export type InvoiceRequestInput = Omit<InvoiceRequest, 'requestedAt' | 'requestedBy'>;

export async function requestInvoice(deps: Deps, statementId: string, input: InvoiceRequestInput, actor: string, read?: Statement): Promise<Statement> {
  const statement = read ?? (await deps.statements.require(statementId));
  if (statement.invoiceRequest) throw new InvoiceStateError('invoice_already_requested');
  assertStatus(statement, ['confirmed', 'settled'], 'request an invoice');
  if (statement.totalFen === 0) throw new InvoiceStateError('nothing_to_invoice');
  const at = deps.now().toISOString();
  const after: Statement = { ...statement, invoiceRequest: { ...input, requestedAt: at, requestedBy: actor }, updatedAt: at };
  const saved = await applyChange(deps, statement, after, {
    facts: [{ kind: 'invoice_requested', at, by: actor, data: { type: input.type, title: input.title } }],
    eventType: 'invoice_requested',
    actor,
    data: { type: input.type },
    announce: { type: 'invoice.requested', statementId },
  });
  return saved;
}

export async function recordInvoice(deps: Deps, statementId: string, input: { invoiceNumber: string; issuedOn: string }, user: StaffUser): Promise<Statement> {
  const statement = await deps.statements.require(statementId);
  if (!statement.invoiceRequest) throw new InvoiceStateError('invoice_not_requested');
  if (statement.invoice) throw new InvoiceStateError('invoice_already_issued');
  const now = deps.now();
  if (input.issuedOn > localDate(now)) throw new ValidationError([{ path: 'issuedOn', key: 'in_the_future' }]);
  const at = now.toISOString();
  const after: Statement = { ...statement, invoice: { invoiceNumber: input.invoiceNumber, issuedOn: input.issuedOn, recordedAt: at, recordedBy: user.id }, updatedAt: at };
  const saved = await applyChange(deps, statement, after, {
    facts: [{ kind: 'invoice_issued', at, by: user.id, data: { invoiceNumber: input.invoiceNumber, issuedOn: input.issuedOn } }],
    eventType: 'invoice_issued',
    actor: user.id,
    data: { invoiceNumber: input.invoiceNumber },
    announce: { type: 'invoice.issued', statementId },
  });
  return saved;
}
