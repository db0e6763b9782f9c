/**
 * Quality figures of a quarter from its quality facts (one Query): STD-4a repeat-failure rate
 * (repairs of the quarter that failed again within the warranty, as confirmed reworks / repairs),
 * overall and per technician, against the configured target; satisfaction average and distribution;
 * investigations opened, closed, overdue. A rework mark the manager withdrew does not count.
 */
import { localDate } from '../../platform/local-date.ts';
import type { Dependencies } from '../../dependencies.ts';
import type { SlaTimer } from '../../sla/index.ts';

/** The policy's STD-4a default, as a share; the configured one is `repeatFailureTargetPercent`. */
export const REPEAT_FAILURE_TARGET = 0.02;

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 10_000);

export async function qualityFigures(deps: Pick<Dependencies, 'followUps' | 'now' | 'sla' | 'timers'>, quarter: string) {
  const [standards, facts, settled] = await Promise.all([deps.sla.standards(), deps.followUps.qualityFacts(quarter), deps.timers.settledInQuarter(quarter)]);
  return { ...computeQualityFigures(quarter, facts, localDate(deps.now()), standards.repeatFailureTargetPercent / 100), sla: computeSlaFigures(settled) };
}

/**
 * STD-1..3 kept, per promise kind, from the settled timers whose deadline fell in the quarter: every
 * generation counts on its own (a missed deadline agreed again is one breach, then a second chance).
 * Exempt and cancelled promises are shown, not counted; the rate is met / (met + breached).
 */
export function computeSlaFigures(timers: Array<Pick<SlaTimer, 'kind' | 'state' | 'generation'>>) {
  const byKind = new Map<SlaTimer['kind'], { met: number; breached: number; exempt: number; cancelled: number; laterGenerations: number }>();
  for (const timer of timers) {
    const entry = byKind.get(timer.kind) ?? { met: 0, breached: 0, exempt: 0, cancelled: 0, laterGenerations: 0 };
    if (timer.state === 'met' || timer.state === 'breached' || timer.state === 'exempt' || timer.state === 'cancelled') entry[timer.state] += 1;
    if ((timer.generation ?? 1) > 1) entry.laterGenerations += 1;
    byKind.set(timer.kind, entry);
  }
  const kinds = [...byKind.entries()].map(([kind, e]) => ({ kind, ...e, metRate: e.met + e.breached ? ratio(e.met, e.met + e.breached) : null }));
  const met = kinds.reduce((sum, k) => sum + k.met, 0);
  const breached = kinds.reduce((sum, k) => sum + k.breached, 0);
  return { met, breached, metRate: met + breached ? ratio(met, met + breached) : null, kinds };
}

/** Pure: the figures from a quarter's facts, with `today` (local date) deciding what is overdue. */
export function computeQualityFigures(quarter: string, facts: Array<Record<string, unknown>>, today: string, target = REPEAT_FAILURE_TARGET) {
  const repairs = facts.filter((f) => f.kind === 'REPAIR' && f.completedAt);
  const failedAgain = (f: Record<string, unknown>) => Boolean(f.failedAgainAt) && !f.withdrawnAt;
  const failed = repairs.filter(failedAgain);
  const perTechnician = new Map<string, { repairs: number; failedAgain: number }>();
  for (const repair of repairs) {
    const entry = perTechnician.get(String(repair.technicianId)) ?? { repairs: 0, failedAgain: 0 };
    entry.repairs += 1;
    if (failedAgain(repair)) entry.failedAgain += 1;
    perTechnician.set(String(repair.technicianId), entry);
  }
  const scores = facts.filter((f) => f.kind === 'SATISFACTION').map((f) => Number(f.satisfaction));
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<number, number>;
  for (const score of scores) distribution[score] = (distribution[score] ?? 0) + 1;
  const investigations = facts.filter((f) => f.kind === 'INVESTIGATION');
  const arrivals = facts.filter((f) => f.kind === 'ARRIVAL');
  const lateArrivals = arrivals.filter((f) => Number(f.lateMinutes) > 0);
  const perTechnicianArrivals = new Map<string, { arrivals: number; late: number; lateMinutes: number }>();
  for (const arrival of arrivals) {
    const entry = perTechnicianArrivals.get(String(arrival.technicianId)) ?? { arrivals: 0, late: 0, lateMinutes: 0 };
    entry.arrivals += 1;
    if (Number(arrival.lateMinutes) > 0) {
      entry.late += 1;
      entry.lateMinutes += Number(arrival.lateMinutes);
    }
    perTechnicianArrivals.set(String(arrival.technicianId), entry);
  }
  const repeatFailureRate = ratio(failed.length, repairs.length);
  return {
    quarter,
    repeatFailure: {
      repairs: repairs.length,
      failedAgain: failed.length,
      rate: repeatFailureRate,
      target,
      met: repeatFailureRate <= target,
      perTechnician: [...perTechnician.entries()].map(([technicianId, e]) => ({ technicianId, ...e, rate: ratio(e.failedAgain, e.repairs), met: ratio(e.failedAgain, e.repairs) <= target })),
    },
    satisfaction: {
      responses: scores.length,
      average: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
      distribution,
      equipmentNotWorking: facts.filter((f) => f.kind === 'SATISFACTION' && f.equipmentWorking === false).length,
    },
    /** On site inside (or before the end of) the window agreed with the customer; lateness per technician. */
    punctuality: {
      arrivals: arrivals.length,
      late: lateArrivals.length,
      onTimeRate: arrivals.length ? ratio(arrivals.length - lateArrivals.length, arrivals.length) : null,
      averageLateMinutes: lateArrivals.length ? Math.round(lateArrivals.reduce((sum, f) => sum + Number(f.lateMinutes), 0) / lateArrivals.length) : 0,
      perTechnician: [...perTechnicianArrivals.entries()].map(([technicianId, e]) => ({ technicianId, ...e })),
    },
    investigations: {
      opened: investigations.length,
      closed: investigations.filter((f) => f.closedAt).length,
      overdue: investigations.filter((f) => !f.closedAt && String(f.dueDate) < today).length,
      complaints: investigations.filter((f) => f.source === 'complaint').length,
    },
  };
}

export type QualityFigures = ReturnType<typeof computeQualityFigures>;

/**
 * The levels of a quarter over the STD-4a target, each told to the manager once per quarter (the
 * follow-up watch checks the current quarter): the whole department, and each technician.
 */
export function targetCrossings(figures: QualityFigures): Array<{ key: string; technicianId?: string; repairs: number; failedAgain: number; rate: number }> {
  const { repeatFailure } = figures;
  return [
    ...(repeatFailure.met ? [] : [{ key: `quality:${figures.quarter}:overall`, repairs: repeatFailure.repairs, failedAgain: repeatFailure.failedAgain, rate: repeatFailure.rate }]),
    ...repeatFailure.perTechnician
      .filter((t) => !t.met)
      .map((t) => ({ key: `quality:${figures.quarter}:technician:${t.technicianId}`, technicianId: t.technicianId, repairs: t.repairs, failedAgain: t.failedAgain, rate: t.rate })),
  ];
}
