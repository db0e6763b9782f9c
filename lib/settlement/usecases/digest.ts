/**
 * Finance's monthly digest (EventBridge, daily at 16:05 UTC = 00:05 Asia/Shanghai; it acts only on
 * the 1st of a month in Shanghai): the previous month's statements, confirmations, payments and the
 * open disputes, as CSV with a summary, sent once per month (`digest:<yyyy-mm>`) however often or
 * concurrently the schedule fires. Reads one GSI1 partition per month plus the open disputes: no Scan.
 */
import { localDate } from '../../platform/local-date.ts';
import { previousMonth } from '../domain/statement.ts';
import { SendInProgressError, type SendOnce } from '../../platform/mail/send-once.ts';
import { digestMail, digestSummary, type DigestData } from '../mail/digest.ts';
import { logger } from '../../platform/observability/logger.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'statements' | 'feeSchedule'>;

export async function gatherDigest(deps: Deps, month: string): Promise<DigestData> {
  const facts = (await deps.statements.factsOfMonth(month)).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const issuedIds = facts.filter((f) => f.kind === 'issued').map((f) => f.statementId);
  const statements = (await deps.statements.getMany(issuedIds)).sort((a, b) => a.number.localeCompare(b.number));
  return {
    month,
    statements,
    confirmations: facts.filter((f) => f.kind === 'confirmed'),
    payments: facts.filter((f) => f.kind === 'payment'),
    openDisputes: await deps.statements.openDisputes(),
  };
}

export async function sendMonthlyDigest(deps: Deps, sendOnce: SendOnce, now: Date): Promise<{ month?: string; sent: boolean }> {
  const today = localDate(now);
  if (!today.endsWith('-01')) return { sent: false };
  const month = previousMonth(today.slice(0, 7));
  const data = await gatherDigest(deps, month);
  const financeEmail = (await deps.feeSchedule.getFeeSchedule()).value.financeEmail;
  try {
    await sendOnce(`digest:${month}`, { to: [financeEmail], ...digestMail(data) });
  } catch (error) {
    if (!(error instanceof SendInProgressError)) throw error;
    logger.info('Digest is being sent by an overlapping run', { month });
    return { month, sent: false };
  }
  logger.info('Monthly digest sent', { month, ...digestSummary(data) });
  return { month, sent: true };
}
