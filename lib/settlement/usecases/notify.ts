/**
 * The `settlement-mail` queue step: settlement facts become emails, each once per fact (a
 * redelivered message finds the send recorded). A statement revision replaced meanwhile is not
 * sent any more: the customer gets the revision in force.
 */
import { NotFoundError } from '../../platform/errors.ts';
import type { SendOnce } from '../../platform/mail/send-once.ts';
import { statementPdf, statementPdfFilename } from '../mail/statement-pdf.ts';
import { statementLink } from './statement-pdf.ts';
import { disputeMail, invoiceIssuedMail, invoiceRequestMail, statementCustomerMail, statementFinanceMail } from '../mail/statement.ts';
import { logger } from '../../platform/observability/logger.ts';
import type { SettlementMailMessage } from '../../platform/queue/messages.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'statements' | 'tickets' | 'settings' | 'feeSchedule' | 'statementUrl'>;

export async function deliverSettlementMail(deps: Deps, sendOnce: SendOnce, message: SettlementMailMessage): Promise<void> {
  const statement = await deps.statements.require(message.statementId);
  // What each fact needs besides the statement is read together, once the statement says it is still to be sent.
  const feeSchedule = () => deps.feeSchedule.getFeeSchedule().then((schedule) => schedule.value);
  switch (message.type) {
    case 'statement.issued': {
      if (statement.revision !== message.revision) {
        logger.info('Statement revision replaced before it was sent', { statementId: statement.statementId, revision: message.revision, current: statement.revision });
        return;
      }
      const [schedule, revision, ticket] = await Promise.all([feeSchedule(), deps.statements.revision(statement.statementId, message.revision), deps.tickets.require(statement.ticketId)]);
      if (!revision) throw new NotFoundError(`Revision ${message.revision} of ${statement.statementId} not found`);
      // The link's expiry follows from the revision, so a retried send carries the same link.
      const link = statementLink(deps, statement.statementId, revision.issuedAt, schedule.statementLinkValidDays);
      const pdf = { bytes: await statementPdf(statement, revision, schedule, link), filename: statementPdfFilename(statement, revision.revision) };
      const key = `statement:${statement.statementId}:r${revision.revision}`;
      if (ticket.customer.email) {
        await sendOnce(`${key}:customer`, { to: [ticket.customer.email], ticketId: ticket.id, ...statementCustomerMail(statement, revision, link, pdf) });
      } else {
        logger.info('Customer has no email: customer service delivers the statement link', { statementId: statement.statementId });
      }
      await sendOnce(`${key}:finance`, { to: [schedule.financeEmail], ...statementFinanceMail(statement, revision, pdf) });
      return;
    }
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
