/**
 * Finance's monthly digest (EventBridge Scheduler at 00:05 on the 1st, Asia/Shanghai): a month's
 * statements, confirmations, payments and the open disputes, as CSV with a summary, sent once per
 * month (`digest:<yyyy-mm>`) however often or concurrently the schedule fires. It records the last
 * month digested and sends every month missed since, in order: a run that failed, or a schedule that
 * fired late, is caught up by the next run. Reads one GSI1 partition per month plus the open
 * disputes: no Scan.
 */
import { localDate } from '../../platform/local-date.ts';
import { previousMonth } from '../domain/statement.ts';
import { SendInProgressError, type SendOnce } from '../../platform/mail/send-once.ts';
import { digestMail, digestSummary, type DigestData } from '../mail/digest.ts';
import { logger } from '../../platform/observability/logger.ts';
import { readSweepState, writeSweepState } from '../../platform/store/sweep-state.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'statements' | 'feeSchedule' | 'db' | 'tableName' | 'staff'>;

export async function gatherDigest(deps: Deps, month: string): Promise<DigestData> {
  // The month's facts (then the statements they name) and the open disputes are read side by side.
  const [{ facts, statements }, openDisputes] = await Promise.all([
    deps.statements.factsOfMonth(month).then(async (unsorted) => {
      const facts = unsorted.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
      const issuedIds = facts.filter((f) => f.kind === 'issued').map((f) => f.statementId);
      return { facts, statements: (await deps.statements.getMany(issuedIds)).sort((a, b) => a.number.localeCompare(b.number)) };
    }),
    deps.statements.openDisputes(),
  ]);
  const confirmations = facts.filter((f) => f.kind === 'confirmed');
  const payments = facts.filter((f) => f.kind === 'payment');
  // Finance reads names, not staff ids: the directory is read when a fact names a staff member.
  const byStaff = [...confirmations, ...payments].some((f) => f.by !== 'customer' && f.by !== 'system');
  const staffNames = byStaff ? Object.fromEntries((await deps.staff.list()).map((member) => [member.id, member.name])) : {};
  return { month, statements, confirmations, payments, openDisputes, staffNames };
}

/** The months a run owes: every month after the last one digested up to last month (just last month the first time). */
export function monthsOwed(lastDigested: string | undefined, today: string): string[] {
  const last = previousMonth(today.slice(0, 7));
  if (!lastDigested) return [last];
  const owed: string[] = [];
  for (let month = last; month > lastDigested && owed.length < 24; month = previousMonth(month)) owed.unshift(month);
  return owed;
}

export async function sendMonthlyDigest(deps: Deps, sendOnce: SendOnce, now: Date): Promise<{ months: string[]; sent: boolean }> {
  const state = await readSweepState(deps.db, deps.tableName, 'digest');
  const owed = monthsOwed(state?.lastMonth as string | undefined, localDate(now));
  const sent: string[] = [];
  for (const month of owed) {
    const [data, schedule] = await Promise.all([gatherDigest(deps, month), deps.feeSchedule.getFeeSchedule()]);
    const financeEmail = schedule.value.financeEmail;
    try {
      await sendOnce(`digest:${month}`, { to: [financeEmail], ...digestMail(data) });
    } catch (error) {
      if (!(error instanceof SendInProgressError)) throw error;
      logger.info('Digest is being sent by an overlapping run', { month });
      return { months: sent, sent: sent.length > 0 };
    }
    await writeSweepState(deps.db, deps.tableName, 'digest', { lastMonth: month, lastRunAt: now.toISOString() });
    logger.info('Monthly digest sent', { month, ...digestSummary(data) });
    sent.push(month);
  }
  return { months: sent, sent: sent.length > 0 };
}
