/**
 * The statement PDF of a revision (the one in force unless named), with the QR code of the same
 * signed link the statement email carries (its expiry follows from the revision, so every copy of a
 * revision carries the same link).
 */
import { NotFoundError } from '../../platform/errors.ts';
import type { PdfFile } from '../../platform/pdf/document.ts';
import type { Statement } from '../domain/statement.ts';
import { statementPdf, statementPdfFilename } from '../mail/statement-pdf.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'statements' | 'feeSchedule' | 'statementUrl'>;

const DAY_MS = 86_400_000;

/** The signed statement link of a revision: valid `statementLinkValidDays` from its issue. */
export function statementLink(deps: Pick<Deps, 'statementUrl'>, statementId: string, issuedAt: string, validDays: number): { url: string; expiresAt: Date } {
  const expiresAt = new Date(Date.parse(issuedAt) + validDays * DAY_MS);
  return { url: deps.statementUrl(statementId, expiresAt), expiresAt };
}

export async function statementPdfFile(deps: Deps, statement: Statement, revisionNumber = statement.revision): Promise<PdfFile> {
  const [schedule, revision] = await Promise.all([deps.feeSchedule.getFeeSchedule().then((s) => s.value), deps.statements.revision(statement.statementId, revisionNumber)]);
  if (!revision) throw new NotFoundError(`Revision ${revisionNumber} of ${statement.statementId} not found`);
  const bytes = await statementPdf(statement, revision, schedule, statementLink(deps, statement.statementId, revision.issuedAt, schedule.statementLinkValidDays));
  return { bytes, filename: statementPdfFilename(statement, revision.revision) };
}
