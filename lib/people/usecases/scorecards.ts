/**
 * Quarterly grading (TRAIN-2): scorecards computed from the quarter's facts for every active member
 * of the three groups; the manager adjusts a grade with a reason (a record beside the computed one),
 * records ad-hoc assessments, and signs the quarter off, which freezes every scorecard: facts that
 * arrive later show as "after sign-off" and change nothing. The manager gets the drafts of the
 * quarter just ended at the start of the next (HTML table + CSV); after sign-off each person gets theirs.
 */
import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import { localDate, quarterOf } from '../../platform/local-date.ts';
import { unlessInProgress, type SendOnce } from '../../platform/mail/send-once.ts';
import { readSweepState, writeSweepState } from '../../platform/store/sweep-state.ts';
import { customerServiceAgentOf } from '../../tickets/index.ts';
import { groupOf, type StaffGroup } from '../domain/people.ts';
import { computeScore, factsAfter, previousQuarter, quarterDates, quarterFacts, type Grade } from '../domain/scorecard.ts';
import { QuarterSignedOffError, type FrozenScorecard, type GradeAdjustment, type Scorecard } from '../store/scorecard-repository.ts';
import { draftScorecardsMail, ownScorecardMail } from '../mail/scorecards.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'people' | 'scorecards' | 'staff' | 'followUps' | 'timers' | 'tickets' | 'sla' | 'now' | 'db' | 'tableName'>;

/** Every active member of the three groups, with the computed scorecard of the quarter as its facts stand now. */
export async function computeScorecards(deps: Deps, quarter: string): Promise<Scorecard[]> {
  const { from, to } = quarterDates(quarter);
  const [config, members, facts, timers, sessions] = await Promise.all([
    deps.scorecards.config(),
    deps.staff.list(),
    deps.followUps.qualityFacts(quarter),
    deps.timers.settledInQuarter(quarter),
    deps.people.sessions(quarter.slice(0, 4)),
  ]);
  const people = members.filter((m) => m.active && groupOf(m.roles)).map((m) => ({ id: m.id, name: m.name, group: groupOf(m.roles)! }));
  // Only the customer-service promises that settled before anyone was named need the ticket's agent.
  const customerServiceTickets = timers.filter((t) => t.responsibleGroup === 'customer_service' && !t.assignee).map((t) => t.ticketId);
  const handlers = await deps.tickets.handlers(customerServiceTickets);
  const agents = new Map([...handlers].flatMap(([id, ticket]) => (customerServiceAgentOf(ticket) ? [[id, customerServiceAgentOf(ticket)!] as const] : [])));
  const byPerson = quarterFacts({ people, facts, timers, agents, sessions: sessions.filter((s) => s.date >= from && s.date <= to) });
  return people.map((p) => {
    const personFacts = byPerson.get(p.id)!;
    return { staffId: p.id, name: p.name, group: p.group, quarter, facts: personFacts, configVersion: config.version, ...computeScore(personFacts, p.group, config.value) };
  });
}

/** A quarter can be reviewed once it has begun (normally after it ends, when the drafts arrive; the manager decides). */
function requireStarted(deps: Pick<Deps, 'now'>, quarter: string): void {
  if (quarterDates(quarter).from > localDate(deps.now())) throw new ValidationError([{ path: 'quarter', key: 'quarter_not_started' }]);
}

const latestAdjustments = (adjustments: GradeAdjustment[]) => new Map([...adjustments].sort((a, b) => a.at.localeCompare(b.at)).map((a) => [a.staffId, a]));

/** The manager's view of a quarter: live drafts, or the frozen scorecards with what arrived after sign-off. */
export async function quarterScorecards(deps: Deps, quarter: string) {
  const [live, records] = await Promise.all([computeScorecards(deps, quarter), deps.scorecards.quarter(quarter)]);
  const adjustments = latestAdjustments(records.adjustments);
  const adHocOf = (staffId: string) => records.adHoc.filter((a) => a.staffId === staffId);
  const historyOf = (staffId: string) => records.adjustments.filter((a) => a.staffId === staffId);
  if (records.signOff) {
    const liveById = new Map(live.map((c) => [c.staffId, c]));
    return {
      quarter,
      signOff: records.signOff,
      cards: records.frozen.map((card) => ({ ...card, adjustments: historyOf(card.staffId), adHoc: adHocOf(card.staffId), afterSignOff: factsAfter(card.facts, liveById.get(card.staffId)?.facts ?? card.facts) })),
    };
  }
  return {
    quarter,
    signOff: null,
    cards: live.map((card) => {
      const adjustment = adjustments.get(card.staffId);
      return { ...card, ...(adjustment ? { adjustment } : {}), finalGrade: adjustment?.grade ?? card.grade, adjustments: historyOf(card.staffId), adHoc: adHocOf(card.staffId), afterSignOff: {} };
    }),
  };
}

async function requireGraded(deps: Pick<Deps, 'staff'>, staffId: string): Promise<{ id: string; group: StaffGroup }> {
  const member = await deps.staff.get(staffId);
  const group = member && groupOf(member.roles);
  if (!member || !group) throw new NotFoundError(`No graded staff member ${staffId}`);
  return { id: member.id, group };
}

/** The manager's grade beside the computed one, with the reason; refused once the quarter is signed off. */
export async function adjustGrade(deps: Deps, quarter: string, staffId: string, input: { grade: Grade; reason: string }, user: StaffUser): Promise<GradeAdjustment> {
  requireStarted(deps, quarter);
  await requireGraded(deps, staffId);
  const adjustment: GradeAdjustment = { staffId, quarter, grade: input.grade, reason: input.reason, by: user.id, at: deps.now().toISOString() };
  await deps.scorecards.addAdjustment(adjustment);
  return adjustment;
}

export async function recordAdHocAssessment(deps: Deps, staffId: string, input: { date: string; kind: 'incident' | 'efficiency' | 'other'; note: string; grade?: Grade | undefined }, user: StaffUser) {
  await requireGraded(deps, staffId);
  const now = deps.now();
  if (input.date > localDate(now)) throw new ValidationError([{ path: 'date', key: 'in_the_future' }]);
  const { grade, ...rest } = input;
  const assessment = { assessmentId: randomUUID(), staffId, quarter: quarterOf(input.date), ...rest, ...(grade ? { grade } : {}), by: user.id, at: now.toISOString() };
  await deps.scorecards.addAdHoc(assessment);
  return assessment;
}

/** Freezes the quarter: every scorecard as computed now, with the adjustment in force; each person is emailed theirs. */
export async function signOffQuarter(deps: Deps, quarter: string, user: StaffUser) {
  requireStarted(deps, quarter);
  const [cards, records] = await Promise.all([computeScorecards(deps, quarter), deps.scorecards.quarter(quarter)]);
  if (records.signOff) throw new QuarterSignedOffError(quarter);
  const now = deps.now();
  const at = now.toISOString();
  const adjustments = latestAdjustments(records.adjustments);
  const frozen: FrozenScorecard[] = cards.map((card) => {
    const adjustment = adjustments.get(card.staffId);
    return { ...card, ...(adjustment ? { adjustment } : {}), finalGrade: adjustment?.grade ?? card.grade, signedOffAt: at, signedOffBy: user.id };
  });
  const signOff = { quarter, at, by: user.id, configVersion: cards[0]?.configVersion ?? 0 };
  await deps.scorecards.signOff(signOff, frozen, now);
  return { signOff, cards: frozen };
}

/** A person's own signed-off scorecards of a year (drafts are the manager's). */
export async function ownScorecards(deps: Pick<Deps, 'scorecards'>, staffId: string, year: string): Promise<FrozenScorecard[]> {
  const cards = await Promise.all([1, 2, 3, 4].map((q) => deps.scorecards.frozenCard(`${year}-Q${q}`, staffId)));
  return cards.filter((c): c is FrozenScorecard => c !== undefined).reverse();
}

/**
 * At the start of a quarter (Asia/Shanghai), the drafts of the quarter just ended to the manager
 * (HTML table + CSV), once per quarter: the daily people watch tries until a run has sent them (a
 * run after an outage still does), then remembers the quarter (`SWEEP#people`) and computes nothing more.
 */
export async function sendDraftScorecards(deps: Deps, sendOnce: SendOnce, now: Date): Promise<boolean> {
  const quarter = previousQuarter(quarterOf(localDate(now)));
  const state = await readSweepState(deps.db, deps.tableName, 'people');
  if (state?.draftsSentFor === quarter) return false;
  const { signOff } = await deps.scorecards.quarter(quarter);
  if (signOff) return false; // already signed off: nothing left to draft
  const [cards, standards] = await Promise.all([computeScorecards(deps, quarter), deps.sla.standards()]);
  const key = `scorecards-draft:${quarter}`;
  const sent = await unlessInProgress(() => sendOnce(key, { to: [standards.groupEmails.manager], ...draftScorecardsMail(quarter, cards, key) }));
  if (sent) await writeSweepState(deps.db, deps.tableName, 'people', { draftsSentFor: quarter, at: now.toISOString() });
  return sent;
}

/** After sign-off: each person's own frozen scorecard, once each (a redelivered event sends nothing again). */
export async function sendSignedScorecards(deps: Pick<Deps, 'scorecards' | 'staff'>, sendOnce: SendOnce, quarter: string): Promise<number> {
  const [{ frozen }, members] = await Promise.all([deps.scorecards.quarter(quarter), deps.staff.list()]);
  const emails = new Map(members.map((m) => [m.id, m.email]));
  let sent = 0;
  for (const card of frozen) {
    const to = emails.get(card.staffId);
    const key = `scorecard:${quarter}:${card.staffId}`;
    if (to && (await unlessInProgress(() => sendOnce(key, { to: [to], ...ownScorecardMail(card, key) })))) sent += 1;
  }
  return sent;
}
