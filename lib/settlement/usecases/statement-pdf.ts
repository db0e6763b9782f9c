/**
 * The statement PDF of a revision (the one in force unless named), with the QR code of the same
 * signed link the statement email carries (its expiry follows from the revision, so every copy of a
 * revision carries the same link).
 */
import { NotFoundError } from '../../platform/errors.ts';
import type { PdfFile } from '../../platform/pdf/document.ts';
import type { Statement, StatementRevision } from '../domain/statement.ts';
import type { FeeSchedule } from '../domain/fees.ts';
import { statementPdf, statementPdfFilename } from '../mail/statement-pdf.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'statements' | 'feeSchedule' | 'statementUrl'>;

const DAY_MS = 86_400_000;

/** The signed statement link of a revision: valid `statementLinkValidDays` from its issue. */
export function statementLink(deps: Pick<Deps, 'statementUrl'>, statementId: string, issuedAt: string, validDays: number): { url: string; expiresAt: Date } {
  const expiresAt = new Date(Date.parse(issuedAt) + validDays * DAY_MS);
  return { url: deps.statementUrl(statementId, expiresAt), expiresAt };
}

/** A revision's PDF and the signed link its QR code carries (the one its emails carry too). */
export async function statementDocument(
  deps: Pick<Deps, 'statementUrl'>,
  statement: Statement,
  revision: StatementRevision,
  schedule: FeeSchedule,
): Promise<{ pdf: PdfFile; link: { url: string; expiresAt: Date } }> {
  const link = statementLink(deps, statement.statementId, revision.issuedAt, schedule.statementLinkValidDays);
  return { pdf: { bytes: await statementPdf(statement, revision, schedule, link), filename: statementPdfFilename(statement, revision.revision) }, link };
}

export async function statementPdfFile(deps: Deps, statement: Statement, revisionNumber = statement.revision): Promise<PdfFile> {
  const [schedule, revision] = await Promise.all([deps.feeSchedule.getFeeSchedule().then((s) => s.value), deps.statements.revision(statement.statementId, revisionNumber)]);
  if (!revision) throw new NotFoundError(`Revision ${revisionNumber} of ${statement.statementId} not found`);
  return (await statementDocument(deps, statement, revision, schedule)).pdf;
}
