/**
 * Technical support's assessment (FLOW-2, ORG-3): diagnosis, repair plan, measures, tools, parts,
 * skill, duration, and whether a visit is needed. Remote-only goes back to customer service with
 * instructions; on-site goes onto the dispatch queue.
 */
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { InvalidTransitionError, ValidationError } from '../../platform/errors.ts';
import { noVisitNeededItems } from '../../sla/server.ts';
import { outboxEvent } from '../../platform/store/outbox.ts';
import type { Assessment, Ticket } from '../../tickets/index.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'tickets' | 'parts' | 'now' | 'timers' | 'tableName'>;

export type AssessmentInput = Omit<Assessment, 'by' | 'at'>;

export async function assessTicket(deps: Deps, ticketId: string, input: AssessmentInput, user: StaffUser): Promise<Ticket> {
  // One round trip for every read: the ticket, the parts named and (remote only: its visit agreement
  // is cancelled) the ticket's timers; the checks below then run in the same order as ever.
  const [ticket, parts, timers] = await Promise.all([
    deps.tickets.require(ticketId),
    Promise.all(input.partsNeeded.map((need) => deps.parts.getPart(need.sku))),
    input.onSite ? [] : deps.timers.timersOf(ticketId),
  ]);
  if (ticket.status !== 'in_assessment') throw new InvalidTransitionError(ticket.status, input.onSite ? 'awaiting_dispatch' : 'remote_resolution');
  const problems = parts.map((part, i) => {
    if (!part) return { path: `partsNeeded.${i}.sku`, key: 'unknown_part' };
    if (!part.designated) return { path: `partsNeeded.${i}.sku`, key: 'part_not_designated', params: { sku: part.sku } };
    return undefined;
  });
  const fields = problems.filter((p) => p !== undefined);
  if (fields.length) throw new ValidationError(fields);
  if (!input.onSite && !input.remoteInstructions) throw new ValidationError([{ path: 'remoteInstructions', key: 'required' }]);

  const now = deps.now();
  const assessment: Assessment = { ...input, by: user.id, at: now.toISOString() };
  if (!input.onSite) {
    return deps.tickets.transition(ticket, 'remote_resolution', {
      actor: user.id,
      at: now,
      type: 'assessed_remote',
      data: { diagnosis: input.diagnosis },
      set: { assessment, remoteResolution: { solution: input.repairPlan, guidance: input.remoteInstructions! } },
      withItems: noVisitNeededItems(deps.tableName, timers, now, user.id),
    });
  }
  return deps.tickets.transition(ticket, 'awaiting_dispatch', {
    actor: user.id,
    at: now,
    type: 'assessed_on_site',
    data: { diagnosis: input.diagnosis, skillRequired: input.skillRequired, parts: input.partsNeeded },
    set: { assessment },
    announce: outboxEvent('work-handoffs', { type: 'ticket.to-dispatch', ticketId, at: now.toISOString() }),
  });
}
