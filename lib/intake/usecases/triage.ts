/**
 * Customer service's part of FLOW-1: classify a contacted ticket as a simple fault (remote solution
 * and guidance; the customer confirms it works -> completed) or a complex one (handed to technical
 * support), and correct the facts learnt on the phone, every change on the timeline.
 */
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { InvalidTransitionError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { Device, Site, Ticket } from '../../tickets/index.ts';
import type { SlaTimer } from '../../sla/index.ts';
import type { Dependencies } from '../../dependencies.ts';
import { completionItems } from '../../followup/server.ts';
import { outboxEvent } from '../../platform/store/outbox.ts';
import { noVisitNeededItems } from '../../sla/server.ts';

type Deps = Pick<Dependencies, 'tickets' | 'timers' | 'sla' | 'tableName' | 'now' | 'followUps' | 'devices'>;

export type TriageInput =
  | { classification: 'simple'; notes: string; solution: string; guidance: string }
  | { classification: 'complex'; notes: string };

const targetOf = (classification: TriageInput['classification']) => (classification === 'simple' ? 'remote_resolution' : 'in_assessment');

/**
 * The ticket and, when the classification is simple (its visit agreement is then cancelled), its
 * timers: two independent reads, one round trip.
 */
async function readForClassification(deps: Deps, ticketId: string, classification: TriageInput['classification']): Promise<[Ticket, SlaTimer[]]> {
  return Promise.all([deps.tickets.require(ticketId), classification === 'simple' ? deps.timers.timersOf(ticketId) : []]);
}

/**
 * Applies a classification: simple goes to remote resolution (no visit is needed, so the STD-1c visit
 * agreement is cancelled), complex to technical support with the hand-off event (outbox). The event
 * type and data say whether it is the triage or the manager's correction. `timers` are the ticket's,
 * read with it (used by a simple classification).
 */
async function classify(deps: Deps, ticket: Ticket, timers: SlaTimer[], input: TriageInput, user: StaffUser, event: { type: string; data: Record<string, unknown> }): Promise<Ticket> {
  const now = deps.now();
  const triage = { classification: input.classification, notes: input.notes, by: user.id, at: now.toISOString() };
  if (input.classification === 'simple') {
    return deps.tickets.transition(ticket, 'remote_resolution', {
      actor: user.id,
      at: now,
      type: event.type,
      data: { ...event.data, solution: input.solution },
      set: { triage, remoteResolution: { solution: input.solution, guidance: input.guidance } },
      withItems: noVisitNeededItems(deps.tableName, timers, now, user.id),
    });
  }
  return deps.tickets.transition(ticket, 'in_assessment', {
    actor: user.id,
    at: now,
    type: event.type,
    data: event.data,
    set: { triage },
    announce: outboxEvent('work-handoffs', { type: 'ticket.to-assessment', ticketId: ticket.id, at: now.toISOString() }),
  });
}

/**
 * Triage happens once, on a contacted ticket: called again it answers 409 with the current status
 * (and nobody is emailed twice). A wrong triage is corrected by the manager with `retriageTicket`.
 */
export async function triageTicket(deps: Deps, ticketId: string, input: TriageInput, user: StaffUser): Promise<Ticket> {
  const [ticket, timers] = await readForClassification(deps, ticketId, input.classification);
  if (ticket.status !== 'triaged') throw new InvalidTransitionError(ticket.status, targetOf(input.classification));
  return classify(deps, ticket, timers, input, user, { type: input.classification === 'simple' ? 'triaged_simple' : 'handed_to_assessment', data: { notes: input.notes } });
}

export type RetriageInput = TriageInput & { reason: string };

/**
 * The manager's audited correction of a triage, before anyone is sent on site: a remote resolution
 * that needs technical support after all, or an assessment that turns out to be a remote fix. The
 * timeline keeps the earlier classification, the new one and the reason.
 */
export async function retriageTicket(deps: Deps, ticketId: string, input: RetriageInput, user: StaffUser): Promise<Ticket> {
  const [ticket, timers] = await readForClassification(deps, ticketId, input.classification);
  const to = targetOf(input.classification);
  if ((ticket.status !== 'remote_resolution' && ticket.status !== 'in_assessment') || ticket.status === to) throw new InvalidTransitionError(ticket.status, to);
  const { reason, ...classification } = input;
  return classify(deps, ticket, timers, classification, user, {
    type: 'retriaged',
    data: { from: ticket.triage?.classification ?? null, to: input.classification, reason, notes: input.notes },
  });
}

/** The customer confirmed the remote fix works: completed (and still followed up, FLOW-4). */
export async function confirmRemoteResolution(deps: Deps, ticketId: string, input: { customerConfirmation: string }, user: StaffUser): Promise<Ticket> {
  const [ticket, timers] = await Promise.all([deps.tickets.require(ticketId), deps.timers.timersOf(ticketId)]);
  const now = deps.now();
  // A remote fix is a repair too: its device is known and it counts in STD-4a (against who fixed it).
  const { items, set } = await completionItems(deps, ticket, timers, now, user.id);
  const completed = await deps.tickets.transition(ticket, 'completed', {
    actor: user.id,
    at: now,
    type: 'resolved_remotely',
    data: { customerConfirmation: input.customerConfirmation },
    set: {
      ...set,
      remoteResolution: { ...ticket.remoteResolution!, confirmedAt: now.toISOString(), confirmedBy: user.id, customerConfirmation: input.customerConfirmation },
    },
    withItems: items,
  });
  return completed;
}

export interface FactsInput {
  device?: Partial<Omit<Device, 'system'>> & { system?: Device['system'] };
  site?: Partial<Site>;
  calendarId?: string;
}

/** Corrections learnt on the phone (model, serial, site...): the timeline keeps before and after. */
export async function editTicketFacts(deps: Deps, ticketId: string, input: FactsInput, user: StaffUser): Promise<Ticket> {
  const ticket = await deps.tickets.require(ticketId);
  const changes: Array<{ field: string; from: unknown; to: unknown }> = [];
  const device = { ...ticket.device };
  const site = { ...ticket.site };
  for (const [key, value] of Object.entries(input.device ?? {})) {
    const field = key as keyof Device;
    if (value !== undefined && device[field] !== value) {
      changes.push({ field: `device.${key}`, from: device[field] ?? null, to: value });
      (device as Record<string, unknown>)[field] = value;
    }
  }
  for (const [key, value] of Object.entries(input.site ?? {})) {
    const field = key as keyof Site;
    if (value !== undefined && site[field] !== value) {
      changes.push({ field: `site.${key}`, from: site[field] ?? null, to: value });
      site[field] = value as string;
    }
  }
  if (input.calendarId !== undefined && input.calendarId !== ticket.calendarId) {
    // A ticket's calendar must exist: its timers are computed in it.
    await deps.sla.calendar(input.calendarId, { fresh: true }).catch((error: unknown) => {
      throw error instanceof NotFoundError ? new ValidationError([{ path: 'calendarId', key: 'unknown_calendar', params: { id: input.calendarId! } }]) : error;
    });
    changes.push({ field: 'calendarId', from: ticket.calendarId ?? null, to: input.calendarId });
  }
  if (changes.length === 0) throw new ValidationError([{ path: '(body)', key: 'nothing_changed' }]);
  return deps.tickets.update(ticket, {
    actor: user.id,
    at: deps.now(),
    type: 'facts_edited',
    data: { changes },
    set: { device, site, ...(input.calendarId !== undefined ? { calendarId: input.calendarId } : {}) },
  });
}
