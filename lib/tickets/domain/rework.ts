/**
 * STD-4b, judged: a failure of a repaired device within the warranty is only a *suspected* rework
 * until the technician or technical support decides whether the earlier repair caused it (the
 * manager may override). Only a confirmed rework is free of charge and counts against the earlier
 * repair in STD-4a. Every decision stays on the ticket beside the ones before it.
 */
import { DomainError } from '../../platform/errors.ts';
import type { Rework, ReworkDecision, Ticket, TicketStatus } from './ticket.ts';

const DAY_MS = 86_400_000;

/** Inside the warranty up to and including the last day: `days` x 24 hours after the repair. */
export function withinWarranty(repairedAt: string, now: Date, warrantyDays: number): boolean {
  const age = now.getTime() - new Date(repairedAt).getTime();
  return age >= 0 && age <= warrantyDays * DAY_MS;
}

/** Judging makes sense until the fee is computed: after the follow-up the statement exists. */
const JUDGEABLE: readonly TicketStatus[] = ['received', 'triaged', 'remote_resolution', 'in_assessment', 'awaiting_dispatch', 'scheduled', 'on_site', 'completed'];

export class ReworkJudgementError extends DomainError {
  override name = 'ReworkJudgementError';
  readonly code: 'rework_not_suspected' | 'rework_already_judged' | 'rework_too_late';
  constructor(reason: 'not_rework' | 'already_judged' | 'too_late', message: string) {
    super(message);
    this.code = reason === 'not_rework' ? 'rework_not_suspected' : reason === 'already_judged' ? 'rework_already_judged' : 'rework_too_late';
  }
}

/**
 * The rework after a decision. A second decision needs the manager (an override, recorded as one);
 * the same decision twice changes nothing and is refused.
 */
export function decideRework(ticket: Pick<Ticket, 'rework' | 'status'>, decision: Omit<ReworkDecision, 'override'>, byManager: boolean): Rework {
  const rework = ticket.rework;
  if (!rework) throw new ReworkJudgementError('not_rework', 'The ticket is not a suspected rework');
  if (!JUDGEABLE.includes(ticket.status)) throw new ReworkJudgementError('too_late', `A ${ticket.status} ticket's fee is settled on what was decided`);
  const current = rework.judgement ?? 'confirmed';
  const decided = rework.judgement !== undefined && rework.judgement !== 'suspected';
  if (decided && (!byManager || current === decision.decision)) throw new ReworkJudgementError('already_judged', `Already ${current}`);
  return { ...rework, judgement: decision.decision, decisions: [...(rework.decisions ?? []), { ...decision, override: decided }] };
}
