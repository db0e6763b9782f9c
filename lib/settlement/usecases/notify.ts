/**
 * The `settlement-mail` queue step: settlement facts become emails, each once per fact (a
 * redelivered message finds the send recorded). An issued statement, with its PDF, is
 * statement-mail.ts (its own queue and function).
 */
import { NotFoundError } from '../../platform/errors.ts';
import type { SendOnce } from '../../platform/mail/send-once.ts';
import { disputeMail, invoiceIssuedMail, invoiceRequestMail } from '../mail/statement.ts';
import type { SettlementMailMessage } from '../../platform/queue/messages.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'statements' | 'tickets' | 'settings' | 'feeSchedule'>;

export async function deliverSettlementMail(deps: Deps, sendOnce: SendOnce, message: SettlementMailMessage): Promise<void> {
  const statement = await deps.statements.require(message.statementId);
  // What each fact needs besides the statement is read together, once the statement says it is still to be sent.
  const feeSchedule = () => deps.feeSchedule.getFeeSchedule().then((schedule) => schedule.value);
  switch (message.type) {
    case 'statement.disputed': {
      if (statement.dispute?.revision !== message.revision) return; // revised already: nothing left to handle
      const groups = (await deps.settings.getServiceStandards()).value.groupEmails;
      await sendOnce(`statement-dispute:${statement.statementId}:r${message.revision}`, { to: [groups.customer_service], ...disputeMail(statement) });
      return;
    }
    case 'invoice.requested': {
      const [schedule, revision] = await Promise.all([feeSchedule(), deps.statements.revision(statement.statementId, statement.revision)]);
      if (!revision || !statement.invoiceRequest) throw new NotFoundError(`Invoice request of ${statement.statementId} not found`);
      await sendOnce(`invoice-request:${statement.statementId}`, { to: [schedule.financeEmail], ...invoiceRequestMail(statement, revision) });
      return;
    }
    case 'invoice.issued': {
      if (!statement.invoice) throw new NotFoundError(`Invoice of ${statement.statementId} not found`);
      const ticket = await deps.tickets.require(statement.ticketId);
      const to = [...new Set([statement.invoiceRequest?.email, ticket.customer.email].filter((e): e is string => Boolean(e)))];
      if (to.length) await sendOnce(`invoice-issued:${statement.statementId}`, { to, ticketId: ticket.id, ...invoiceIssuedMail(statement) });
      return;
    }
  }
}
