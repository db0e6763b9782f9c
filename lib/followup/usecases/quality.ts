/**
 * Quality figures of a quarter from its quality facts (one Query): STD-4a repeat-failure rate
 * (repairs of the quarter that failed again within the warranty / repairs), overall and per
 * technician; satisfaction average and distribution; investigations opened, closed, overdue.
 */
import { localDate } from '../../platform/local-date.ts';
import type { Dependencies } from '../../dependencies.ts';

export const REPEAT_FAILURE_TARGET = 0.02;

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

export async function qualityFigures(deps: Pick<Dependencies, 'followUps' | 'now'>, quarter: string) {
  return computeQualityFigures(quarter, await deps.followUps.qualityFacts(quarter), localDate(deps.now()));
}

/** Pure: the figures from a quarter's facts, with `today` (local date) deciding what is overdue. */
export function computeQualityFigures(quarter: string, facts: Array<Record<string, unknown>>, today: string) {
  const repairs = facts.filter((f) => f.kind === 'REPAIR' && f.completedAt);
  const failed = repairs.filter((f) => f.failedAgainAt);
  const perTechnician = new Map<string, { repairs: number; failedAgain: number }>();
  for (const repair of repairs) {
    const entry = perTechnician.get(String(repair.technicianId)) ?? { repairs: 0, failedAgain: 0 };
    entry.repairs += 1;
    if (repair.failedAgainAt) entry.failedAgain += 1;
    perTechnician.set(String(repair.technicianId), entry);
  }
  const scores = facts.filter((f) => f.kind === 'SATISFACTION').map((f) => Number(f.satisfaction));
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<number, number>;
  for (const score of scores) distribution[score] = (distribution[score] ?? 0) + 1;
  const investigations = facts.filter((f) => f.kind === 'INVESTIGATION');
  const repeatFailureRate = ratio(failed.length, repairs.length);
  return {
    quarter,
    repeatFailure: {
      repairs: repairs.length,
      failedAgain: failed.length,
      rate: repeatFailureRate,
      target: REPEAT_FAILURE_TARGET,
      met: repeatFailureRate <= REPEAT_FAILURE_TARGET,
      perTechnician: [...perTechnician.entries()].map(([technicianId, e]) => ({ technicianId, ...e, rate: ratio(e.failedAgain, e.repairs) })),
    },
    satisfaction: {
      responses: scores.length,
      average: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
      distribution,
      equipmentNotWorking: facts.filter((f) => f.kind === 'SATISFACTION' && f.equipmentWorking === false).length,
    },
    investigations: {
      opened: investigations.length,
      closed: investigations.filter((f) => f.closedAt).length,
      overdue: investigations.filter((f) => !f.closedAt && String(f.dueDate) < today).length,
      complaints: investigations.filter((f) => f.source === 'complaint').length,
    },
  };
}
