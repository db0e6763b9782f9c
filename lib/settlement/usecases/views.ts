/**
 * How a statement is shown: to the customer through the signed link (the statement page of the web
 * issue: lines in words, totals, what can be done next; no phone, email or address), and to
 * staff with every revision, every fact and a fresh customer link.
 */
import { NotFoundError } from '../../platform/errors.ts';
import { lineDescription, statementStatusText, waiverText } from '../domain/statement-text.ts';
import { outstandingFen, type Statement, type StatementRevision } from '../domain/statement.ts';
import type { Locale } from '../../tickets/index.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'statements' | 'feeSchedule' | 'now' | 'linkKeys' | 'statementUrl'>;

const DAY_MS = 86_400_000;

/** A wrong, expired or foreign token answers exactly like an unknown statement. */
export async function requireStatementByLink(deps: Pick<Deps, 'statements' | 'now' | 'linkKeys'>, statementId: string, token: string | undefined): Promise<Statement> {
  if (deps.linkKeys.check('statement', statementId, token, deps.now()) !== 'valid') {
    throw new NotFoundError('Statement not found');
  }
  return deps.statements.require(statementId);
}

function linesFor(revision: StatementRevision, locale: Locale) {
  return revision.lines.map((line) => ({
    kind: line.kind,
    description: lineDescription(line, locale),
    ...(line.quantity !== undefined ? { quantity: line.quantity } : {}),
    ...(line.unitFen !== undefined ? { unitFen: line.unitFen } : {}),
    amountFen: line.amountFen,
    ...(line.waived ? { waived: line.waived, waivedText: waiverText(line.waived, locale) } : {}),
    ...(line.installedSerial ? { installedSerial: line.installedSerial } : {}),
    ...(line.removedSerial ? { removedSerial: line.removedSerial } : {}),
  }));
}

export async function publicStatementView(deps: Deps, statementId: string, token: string | undefined, requestedLocale?: Locale) {
  return publicViewOf(deps, await requireStatementByLink(deps, statementId, token), requestedLocale);
}

/**
 * The customer's view of a statement the caller holds (checked through its link, or just saved by
 * the customer's action): its revision is the only read left.
 */
export async function publicViewOf(deps: Pick<Deps, 'statements'>, statement: Statement, requestedLocale?: Locale) {
  const statementId = statement.statementId;
  const revision = await deps.statements.revision(statementId, statement.revision);
  if (!revision) throw new NotFoundError('Statement not found');
  const locale = requestedLocale ?? statement.locale;
  return {
    statementId: statement.statementId,
    number: statement.number,
    ticketNumber: statement.ticketNumber,
    status: statement.status,
    statusText: statementStatusText(statement.status, locale),
    revision: statement.revision,
    issuedAt: revision.issuedAt,
    ...(revision.reason ? { revisionReason: revision.reason } : {}),
    // Who is billed and for which site; like the status view, never a phone, email or address.
    customer: statement.customer,
    ...(statement.site.name ? { site: { name: statement.site.name } } : {}),
    device: { system: statement.device.system, ...(statement.device.model ? { model: statement.device.model } : {}), ...(statement.device.serial ? { serial: statement.device.serial } : {}) },
    lines: linesFor(revision, locale),
    subtotalFen: revision.subtotalFen,
    discountFen: revision.discountFen,
    netFen: revision.netFen,
    vatBasisPoints: revision.vatBasisPoints,
    taxFen: revision.taxFen,
    totalFen: revision.totalFen,
    paidFen: statement.paidFen,
    outstandingFen: outstandingFen(statement),
    ...(statement.confirmation ? { confirmedAt: statement.confirmation.at } : {}),
    ...(statement.dispute ? { dispute: { at: statement.dispute.at, reason: statement.dispute.reason } } : {}),
    ...(statement.invoiceRequest
      ? {
          invoice: {
            type: statement.invoiceRequest.type,
            title: statement.invoiceRequest.title,
            requestedAt: statement.invoiceRequest.requestedAt,
            ...(statement.invoice ? { invoiceNumber: statement.invoice.invoiceNumber, issuedOn: statement.invoice.issuedOn } : {}),
          },
        }
      : {}),
    actions: {
      confirm: statement.status === 'issued',
      dispute: statement.status === 'issued',
      requestInvoice: (statement.status === 'confirmed' || statement.status === 'settled') && !statement.invoiceRequest && statement.totalFen > 0,
    },
  };
}

export async function staffStatementView(deps: Deps, statementId: string) {
  // Two independent reads, one round trip.
  const [found, { value: schedule }] = await Promise.all([deps.statements.withHistory(statementId), deps.feeSchedule.getFeeSchedule()]);
  if (!found) throw new NotFoundError('Statement not found');
  const current = found.revisions.find((r) => r.revision === found.statement.revision);
  const expiresAt = new Date(deps.now().getTime() + schedule.statementLinkValidDays * DAY_MS);
  return {
    statement: found.statement,
    revisions: found.revisions,
    facts: found.facts,
    outstandingFen: outstandingFen(found.statement),
    ...(current ? { current: { revision: current.revision, lines: linesFor(current, 'zh-CN') } } : {}),
    /** A fresh signed link, for a customer without email (sent by SMS or chat by customer service). */
    customerUrl: deps.statementUrl(statementId, expiresAt),
    customerUrlExpiresAt: expiresAt.toISOString(),
  };
}
