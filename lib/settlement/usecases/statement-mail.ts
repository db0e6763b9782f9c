/**
 * The `statements-issued` queue step: a statement revision, its PDF attached, to the customer and to
 * finance, each once (a redelivered message finds the send recorded). A revision replaced meanwhile
 * is not sent any more: the customer gets the revision in force. A step of its own so that only its
 * function carries the PDF library and the font.
 */
import { NotFoundError } from '../../platform/errors.ts';
import type { SendOnce } from '../../platform/mail/send-once.ts';
import { statementDocument } from './statement-pdf.ts';
import { statementCustomerMail, statementFinanceMail } from '../mail/statement.ts';
import { logger } from '../../platform/observability/logger.ts';
import type { StatementIssuedMessage } from '../../platform/queue/messages.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'statements' | 'tickets' | 'feeSchedule' | 'statementUrl'>;

export async function deliverIssuedStatement(deps: Deps, sendOnce: SendOnce, message: StatementIssuedMessage): Promise<void> {
  const statement = await deps.statements.require(message.statementId);
  if (statement.revision !== message.revision) {
    logger.info('Statement revision replaced before it was sent', { statementId: statement.statementId, revision: message.revision, current: statement.revision });
    return;
  }
  const [schedule, revision, ticket] = await Promise.all([
    deps.feeSchedule.getFeeSchedule().then((inForce) => inForce.value),
    deps.statements.revision(statement.statementId, message.revision),
    deps.tickets.require(statement.ticketId),
  ]);
  if (!revision) throw new NotFoundError(`Revision ${message.revision} of ${statement.statementId} not found`);
  // The link's expiry follows from the revision, so a retried send carries the same link.
  const { pdf, link } = await statementDocument(deps, statement, revision, schedule);
  const key = `statement:${statement.statementId}:r${revision.revision}`;
  if (ticket.customer.email) {
    await sendOnce(`${key}:customer`, { to: [ticket.customer.email], ticketId: ticket.id, ...statementCustomerMail(statement, revision, link, pdf) });
  } else {
    logger.info('Customer has no email: customer service delivers the statement link', { statementId: statement.statementId });
  }
  await sendOnce(`${key}:finance`, { to: [schedule.financeEmail], ...statementFinanceMail(statement, revision, pdf) });
}
