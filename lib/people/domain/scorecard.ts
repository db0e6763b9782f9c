/**
 * Quarterly grading (TRAIN-2): each staff member's scorecard is computed from the quarter's facts,
 * every one of which names the people responsible: settled SLA timers (the group, and the technician
 * the timer names, else the technician of the visit or the customer-service agent of the ticket),
 * arrivals, repairs and confirmed reworks,
 * survey answers (technician and agent), complaints upheld against a person, training attendance and
 * exams. Metric weights and grade bands are configuration per group (versioned). A computed grade is
 * never overwritten: the manager's adjustment is a record beside it.
 */
import * as z from 'zod/mini';
import { meta } from '../../platform/schema-meta.ts';
import { STAFF_GROUPS, type StaffGroup, type TrainingSession } from './people.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

export const METRICS = ['slaKept', 'punctuality', 'repeatFailure', 'satisfaction', 'complaints', 'trainingAttendance', 'examsPassed'] as const;
export type Metric = (typeof METRICS)[number];
/** Metrics that measure the work itself: a scorecard with none of them counted has no grade. */
const WORK_METRICS: readonly Metric[] = ['slaKept', 'punctuality', 'repeatFailure', 'satisfaction'];

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];

const weight = z.number().check(z.int(), z.minimum(0), z.maximum(100));
const score = () => z.number().check(z.minimum(0), z.maximum(100));
const groupScoringSchema = z
  .strictObject({
    weights: z.strictObject(Object.fromEntries(METRICS.map((m) => [m, weight])) as Record<Metric, typeof weight>),
    /** Lowest score of each grade (below `pass` is fail). */
    bands: z
      .strictObject({ excellent: score(), good: score(), pass: score() })
      .check(z.refine((b) => b.excellent > b.good && b.good > b.pass, { params: { key: 'bands_order' } })),
  })
  .check(z.refine((g) => Object.values(g.weights).some((w) => w > 0), { params: { key: 'weights_zero' }, path: ['weights'] }));

export const scorecardConfigSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      groups: z.strictObject(Object.fromEntries(STAFF_GROUPS.map((g) => [g, groupScoringSchema])) as Record<StaffGroup, typeof groupScoringSchema>),
      /** Fewer survey answers than this are a small sample: shown, never graded on. */
      minSatisfactionAnswers: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
      /** Each upheld complaint takes this many points off the complaints metric (100 with none). */
      pointsPerUpheldComplaint: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
    })
    .apply(meta({ id: 'ScorecardConfig' })))();
export type ScorecardConfig = z.output<typeof scorecardConfigSchema>;

const BANDS = { excellent: 90, good: 80, pass: 60 };
export const DEFAULT_SCORECARD_CONFIG: ScorecardConfig = {
  groups: {
    repair_service: { weights: { slaKept: 25, punctuality: 15, repeatFailure: 20, satisfaction: 20, complaints: 10, trainingAttendance: 5, examsPassed: 5 }, bands: BANDS },
    customer_service: { weights: { slaKept: 35, punctuality: 0, repeatFailure: 0, satisfaction: 30, complaints: 15, trainingAttendance: 10, examsPassed: 10 }, bands: BANDS },
    tech_support: { weights: { slaKept: 30, punctuality: 0, repeatFailure: 0, satisfaction: 20, complaints: 20, trainingAttendance: 15, examsPassed: 15 }, bands: BANDS },
  },
  minSatisfactionAnswers: 5,
  pointsPerUpheldComplaint: 25,
};

/** What a person's quarter consists of, as counts (every number on the scorecard). */
export interface PersonFacts {
  sla: { met: number; breached: number; exempt: number; cancelled: number };
  arrivals: { total: number; late: number };
  repairs: { total: number; failedAgain: number };
  satisfaction: { answers: number; sum: number };
  complaintsUpheld: number;
  training: { sessions: number; attended: number };
  exams: { sat: number; passed: number };
}

export const emptyFacts = (): PersonFacts => ({
  sla: { met: 0, breached: 0, exempt: 0, cancelled: 0 },
  arrivals: { total: 0, late: 0 },
  repairs: { total: 0, failedAgain: 0 },
  satisfaction: { answers: 0, sum: 0 },
  complaintsUpheld: 0,
  training: { sessions: 0, attended: 0 },
  exams: { sat: 0, passed: 0 },
});

type Fact = Record<string, unknown>;
interface SettledTimer {
  ticketId: string;
  state: string;
  responsibleGroup: string;
  assignee?: string;
}

export interface QuarterInput {
  people: Array<{ id: string; group: StaffGroup }>;
  /** The quarter's quality facts (REPAIR, ARRIVAL, SATISFACTION, INVESTIGATION). */
  facts: Fact[];
  /** Timers settled with a deadline in the quarter. */
  timers: SettledTimer[];
  /** The customer-service agent of each ticket (first contact, else recording, else triage). */
  agents: Map<string, string>;
  /** The quarter's training sessions (with their attendance lists once held). */
  sessions: TrainingSession[];
}

/**
 * Every person's facts of the quarter. A repair-service promise counts for the technician who
 * repaired the ticket (else who arrived), a customer-service promise for the ticket's agent; a survey
 * answer for its technician and its agent (once if they are the same person).
 */
export function quarterFacts(input: QuarterInput): Map<string, PersonFacts> {
  const byPerson = new Map(input.people.map((p) => [p.id, emptyFacts()]));
  const of = (id: unknown) => (typeof id === 'string' ? byPerson.get(id) : undefined);
  const technicianOf = new Map<string, string>();
  for (const fact of input.facts.filter((f) => f.kind === 'ARRIVAL').sort((a, b) => String(a.arrivedAt).localeCompare(String(b.arrivedAt)))) technicianOf.set(String(fact.ticketId), String(fact.technicianId));
  for (const fact of input.facts.filter((f) => f.kind === 'REPAIR')) technicianOf.set(String(fact.ticketId), String(fact.technicianId));

  for (const timer of input.timers) {
    // The person the timer names; a timer settled before anyone was named (breached first) goes by the ticket.
    const person = of(
      timer.assignee ?? (timer.responsibleGroup === 'repair_service' ? technicianOf.get(timer.ticketId) : timer.responsibleGroup === 'customer_service' ? input.agents.get(timer.ticketId) : undefined),
    );
    if (person && (timer.state === 'met' || timer.state === 'breached' || timer.state === 'exempt' || timer.state === 'cancelled')) person.sla[timer.state] += 1;
  }
  for (const fact of input.facts) {
    if (fact.kind === 'ARRIVAL') {
      const person = of(fact.technicianId);
      if (person) {
        person.arrivals.total += 1;
        if (Number(fact.lateMinutes) > 0) person.arrivals.late += 1;
      }
    } else if (fact.kind === 'REPAIR' && fact.completedAt) {
      const person = of(fact.technicianId);
      if (person) {
        person.repairs.total += 1;
        if (fact.failedAgainAt && !fact.withdrawnAt) person.repairs.failedAgain += 1;
      }
    } else if (fact.kind === 'SATISFACTION') {
      const technician = (fact.technicianId as string | undefined) ?? technicianOf.get(String(fact.ticketId));
      for (const id of new Set([technician, fact.csAgentId as string | undefined])) {
        const person = of(id);
        if (person) {
          person.satisfaction.answers += 1;
          person.satisfaction.sum += Number(fact.satisfaction);
        }
      }
    } else if (fact.kind === 'INVESTIGATION' && fact.source === 'complaint' && fact.upheld === true) {
      const person = of(fact.againstStaffId);
      if (person) person.complaintsUpheld += 1;
    }
  }
  // The attendance list of a session held names everyone who was due (attended or not).
  for (const session of input.sessions) {
    for (const result of session.results ?? []) {
      const person = of(result.staffId);
      if (!person) continue;
      person.training.sessions += 1;
      if (!result.attended) continue;
      person.training.attended += 1;
      if (session.exam && result.score !== undefined) {
        person.exams.sat += 1;
        if (result.score >= session.exam.passMark) person.exams.passed += 1;
      }
    }
  }
  return byPerson;
}

export interface MetricResult {
  metric: Metric;
  /** 0-100, one decimal; null when the quarter has nothing to measure it by. */
  score: number | null;
  weight: number;
  /** In the weighted score (measured, weighted, and not a small sample). */
  counted: boolean;
  smallSample?: boolean;
}

export interface ComputedScore {
  metrics: MetricResult[];
  /** Weighted over the counted metrics; null without a counted work metric. */
  score: number | null;
  grade: Grade | null;
  /** Survey answers below the configured minimum: shown, not graded on. */
  smallSample: boolean;
}

const one = (value: number) => Math.round(value * 10) / 10;
const share = (part: number, whole: number) => (whole ? one((100 * part) / whole) : null);

export function gradeOf(score: number, bands: ScorecardConfig['groups'][StaffGroup]['bands']): Grade {
  return score >= bands.excellent ? 'excellent' : score >= bands.good ? 'good' : score >= bands.pass ? 'pass' : 'fail';
}

export function computeScore(facts: PersonFacts, group: StaffGroup, config: ScorecardConfig): ComputedScore {
  const scoring = config.groups[group];
  const smallSample = facts.satisfaction.answers > 0 && facts.satisfaction.answers < config.minSatisfactionAnswers;
  const raw: Record<Metric, number | null> = {
    slaKept: share(facts.sla.met, facts.sla.met + facts.sla.breached),
    punctuality: share(facts.arrivals.total - facts.arrivals.late, facts.arrivals.total),
    repeatFailure: share(facts.repairs.total - facts.repairs.failedAgain, facts.repairs.total),
    satisfaction: facts.satisfaction.answers ? one((facts.satisfaction.sum / facts.satisfaction.answers) * 20) : null,
    complaints: Math.max(0, 100 - facts.complaintsUpheld * config.pointsPerUpheldComplaint),
    trainingAttendance: share(facts.training.attended, facts.training.sessions),
    examsPassed: share(facts.exams.passed, facts.exams.sat),
  };
  const metrics = METRICS.map((metric): MetricResult => {
    const small = metric === 'satisfaction' && smallSample;
    return { metric, score: raw[metric], weight: scoring.weights[metric], counted: raw[metric] !== null && scoring.weights[metric] > 0 && !small, ...(small ? { smallSample: true } : {}) };
  });
  const counted = metrics.filter((m) => m.counted);
  if (!counted.some((m) => WORK_METRICS.includes(m.metric))) return { metrics, score: null, grade: null, smallSample };
  const totalWeight = counted.reduce((sum, m) => sum + m.weight, 0);
  const score = one(counted.reduce((sum, m) => sum + m.score! * m.weight, 0) / totalWeight);
  return { metrics, score, grade: gradeOf(score, scoring.bands), smallSample };
}

/** The counts that changed after sign-off (late facts): shown beside a frozen scorecard, never in it. */
export function factsAfter(frozen: PersonFacts, live: PersonFacts): Record<string, number> {
  const changes: Record<string, number> = {};
  const walk = (a: Record<string, unknown>, b: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(b)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'number') {
        const delta = value - Number(a[key] ?? 0);
        if (delta) changes[path] = delta;
      } else if (value && typeof value === 'object') walk((a[key] ?? {}) as Record<string, unknown>, value as Record<string, unknown>, path);
    }
  };
  walk(frozen as unknown as Record<string, unknown>, live as unknown as Record<string, unknown>, '');
  return changes;
}

/** The quarter before ('2027-Q1' -> '2026-Q4') and a quarter's first and last local dates. */
export function previousQuarter(quarter: string): string {
  const year = Number(quarter.slice(0, 4));
  const q = Number(quarter.slice(-1));
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}

export function quarterDates(quarter: string): { from: string; to: string } {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(-1));
  const lastDay = ['03-31', '06-30', '09-30', '12-31'][q - 1]!;
  return { from: `${year}-${String(q * 3 - 2).padStart(2, '0')}-01`, to: `${year}-${lastDay}` };
}

/** A quarter as written in requests and keys: '2026-Q4'. */
export const quarterSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^\d{4}-Q[1-4]$/)))();
