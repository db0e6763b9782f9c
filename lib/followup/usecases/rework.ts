/**
 * STD-4b judged: the technician or technical support decides whether a suspected rework was caused by
 * the earlier repair (the manager may override, recorded as such). Confirmed: free of charge and one
 * repeat failure of the earlier repair's technician and quarter (STD-4a). Rejected: charged as usual
 * and not counted; a confirmed mark the manager overrides stays in the facts, withdrawn. The ticket,
 * its timeline and the quality fact change in one transaction.
 */
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { localDate } from '../../platform/local-date.ts';
import { decideRework, type Rework, type Ticket } from '../../tickets/index.ts';
import { quarterOf } from '../domain/follow-up.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'tickets' | 'followUps' | 'now'>;

export interface ReworkJudgementInput {
  decision: 'confirmed' | 'rejected';
  reason: string;
}

/** The quarter of the earlier repair: from the device record, else from the earlier ticket's completion. */
async function repairQuarter(deps: Deps, rework: Rework): Promise<string | undefined> {
  if (rework.repairQuarter) return rework.repairQuarter;
  const earlier = await deps.tickets.get(rework.ofTicketId);
  return earlier?.completedAt ? quarterOf(localDate(new Date(earlier.completedAt))) : undefined;
}

export async function judgeRework(deps: Deps, ticketId: string, input: ReworkJudgementInput, user: StaffUser): Promise<Ticket> {
  const ticket = await deps.tickets.require(ticketId);
  const now = deps.now();
  const at = now.toISOString();
  const before = ticket.rework?.judgement;
  const rework = decideRework(ticket, { decision: input.decision, reason: input.reason, by: user.id, at }, user.roles.includes('manager'));
  const quarter = await repairQuarter(deps, rework);
  const fact = !quarter
    ? []
    : input.decision === 'confirmed'
      ? [deps.followUps.repairFailedAgainUpdate(quarter, rework.ofTicketId, ticket.id, at)]
      : before === 'confirmed' || before === undefined
        ? [deps.followUps.repairFailureWithdrawnUpdate(quarter, rework.ofTicketId, at, user.id, input.reason)]
        : [];
  return deps.tickets.update(ticket, {
    actor: user.id,
    at: now,
    type: 'rework_judged',
    data: { decision: input.decision, reason: input.reason, override: rework.decisions!.at(-1)!.override, ofTicketNumber: rework.ofTicketNumber },
    set: { rework: { ...rework, ...(quarter ? { repairQuarter: quarter } : {}) }, freeOfCharge: input.decision === 'confirmed' },
    withItems: fact,
  });
}
