/**
 * Dispatch (FLOW-3): propose eligible technicians for a visit date, schedule the visit with the
 * window agreed with the customer (and, for a complex fault, the agreed completion deadline),
 * reserve the assessed parts, reschedule with history, cancel with the reservations released.
 */
import { outboxEvent } from '../../platform/store/outbox.ts';
import { randomUUID } from 'node:crypto';
import { ALWAYS_CALENDAR } from '../../calendar/index.ts';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { rankCandidates, requiredCertificates, type Candidate } from '../domain/eligibility.ts';
import { DomainError, InvalidTransitionError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { labelOf } from '../../platform/labels.ts';
import type { Locale } from '../../platform/locale.ts';
import type { Job, VisitWindow } from '../domain/job.ts';
import type { Reservation } from '../../parts/index.ts';
import { readinessOf, type ToolKind } from '../../people/index.ts';
import { WAREHOUSE, vanLocation, type StaffMember } from '../../staff/index.ts';
import { assignTimer, cancelTimer, currentTimer, isOpenTimer, nextGeneration, startAgreedTimer, type SlaTimer } from '../../sla/index.ts';
import { customerServiceAgentOf, type Ticket } from '../../tickets/index.ts';
import { localDate } from '../../platform/local-date.ts';
import { InsufficientStockError } from '../../parts/server.ts';
import { changedTimerPut, newTimerPut, visitAgreedItems } from '../../sla/server.ts';
import { guard, type GuardedItem } from '../../platform/store/transact.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'tickets' | 'jobs' | 'parts' | 'staff' | 'people' | 'timers' | 'sla' | 'settings' | 'db' | 'tableName' | 'now'>;

export class TechnicianNotEligibleError extends DomainError {
  override name = 'TechnicianNotEligibleError';
  readonly code = 'technician_not_eligible';
  constructor(readonly candidate: Candidate) {
    super(`Technician ${candidate.technicianId} is not eligible: ${candidate.reasons.map((r) => r.code).join(', ')}`);
  }

  override messageParams(locale: Locale) {
    const reasons = this.candidate.reasons.map((reason) => labelOf('eligibility', reason.code, locale, reason as unknown as Record<string, string>));
    return { name: this.candidate.name, reasons: reasons.join(locale === 'en' ? '; ' : '；') };
  }

  override publicDetails() {
    return { technicianId: this.candidate.technicianId, reasons: this.candidate.reasons };
  }
}

function requireAssessment(ticket: Ticket) {
  if (!ticket.assessment?.onSite) throw new InvalidTransitionError(ticket.status, 'scheduled');
  return ticket.assessment;
}

/** The ticket and the staff records: two independent reads, one round trip. */
function ticketAndStaff(deps: Deps, ticketId: string): Promise<[Ticket, StaffMember[]]> {
  return Promise.all([deps.tickets.require(ticketId), deps.staff.list()]);
}

/** Ranks the technicians for a visit to `ticket` on `visitDate` (one Query of jobs per technician, together). */
async function rankFor(deps: Deps, ticket: Ticket, members: StaffMember[], visitDate: string): Promise<Candidate[]> {
  const assessment = requireAssessment(ticket);
  const technicians = members.filter((m) => m.roles.includes('technician'));
  // The day's jobs, and the people records (certificates, safety exams, tools: never typed into the staff record), together.
  const [counts, settings, records] = await Promise.all([
    Promise.all(technicians.map(async (t) => [t.id, (await deps.jobs.forTechnicianOn(t.id, visitDate)).filter((j) => j.status !== 'cancelled').length] as const)),
    deps.people.settings(),
    Promise.all(technicians.map(async (t) => [t.id, await deps.people.readinessRecords(t.id)] as const)),
  ]);
  const jobs = new Map(counts);
  const readiness = new Map(records.map(([id, r]) => [id, readinessOf(r, settings.value)]));
  return rankCandidates(
    technicians,
    { skill: assessment.skillRequired, certificates: requiredCertificates(assessment), visitDate, tools: (assessment.toolKinds ?? []) as ToolKind[] },
    (id) => jobs.get(id) ?? 0,
    (id) => readiness.get(id),
  );
}

export async function proposeTechnicians(deps: Deps, ticketId: string, visitDate: string): Promise<Candidate[]> {
  const [ticket, members] = await ticketAndStaff(deps, ticketId);
  return rankFor(deps, ticket, members, visitDate);
}

/** From the ticket and staff records the caller read (not read again). */
async function requireEligible(deps: Deps, ticket: Ticket, members: StaffMember[], technicianId: string, visitDate: string): Promise<Candidate> {
  const candidate = (await rankFor(deps, ticket, members, visitDate)).find((c) => c.technicianId === technicianId);
  if (!candidate) throw new ValidationError([{ path: 'technicianId', key: 'unknown_technician' }]);
  if (!candidate.eligible) throw new TechnicianNotEligibleError(candidate);
  return candidate;
}

function checkWindow(window: VisitWindow, now: Date): void {
  if (window.to <= window.from) throw new ValidationError([{ path: 'window.to', key: 'window_order' }]);
  if (new Date(window.to) < now) throw new ValidationError([{ path: 'window.to', key: 'in_the_past' }]);
}

/** Reserve each needed part in the technician's van when it has enough, else in the warehouse. */
async function planReservations(deps: Deps, technicianId: string, needs: Array<{ sku: string; quantity: number }>): Promise<Reservation[]> {
  return Promise.all(
    needs.map(async (need) => {
      const van = await deps.parts.stock(vanLocation(technicianId), need.sku);
      const available = van.onHand - van.reserved;
      return { ...need, location: available >= need.quantity ? vanLocation(technicianId) : WAREHOUSE };
    }),
  );
}

function reservationItems(deps: Deps, reservations: Reservation[]): GuardedItem[] {
  return reservations.map((r) => guard(deps.parts.reserveItem(r.location, r.sku, r.quantity), (cause) => new InsufficientStockError(r.sku, r.location, { cause })));
}

export async function scheduleVisit(
  deps: Deps,
  ticketId: string,
  input: { technicianId: string; window: VisitWindow; agreedCompletionBy?: string },
  user: StaffUser,
): Promise<Job> {
  const [ticket, members] = await ticketAndStaff(deps, ticketId);
  const assessment = requireAssessment(ticket);
  const now = deps.now();
  checkWindow(input.window, now);
  const visitDate = localDate(new Date(input.window.from));
  if (assessment.complexity === 'complex' && !input.agreedCompletionBy) throw new ValidationError([{ path: 'agreedCompletionBy', key: 'required' }]);
  if (input.agreedCompletionBy && input.agreedCompletionBy <= input.window.from) throw new ValidationError([{ path: 'agreedCompletionBy', key: 'window_order' }]);
  await requireEligible(deps, ticket, members, input.technicianId, visitDate);

  // Stock for the reservations and the ticket's timers (both deadlines below): read together.
  const [reservations, timers] = await Promise.all([planReservations(deps, input.technicianId, assessment.partsNeeded), deps.timers.timersOf(ticketId)]);
  const job: Job = {
    jobId: randomUUID(),
    ticketId,
    ticketNumber: ticket.number,
    technicianId: input.technicianId,
    status: 'scheduled',
    window: input.window,
    visitDate,
    ...(input.agreedCompletionBy ? { agreedCompletionBy: input.agreedCompletionBy } : {}),
    plan: assessment.repairPlan,
    partsToTake: reservations,
    reschedules: [],
    safetyChecks: [],
    partsUsed: [],
    createdAt: now.toISOString(),
    version: 1,
  };
  const agreedItems = input.agreedCompletionBy ? await newAgreedDeadline(deps, timers, ticketId, new Date(input.agreedCompletionBy), now, user.id, input.technicianId) : [];
  await deps.tickets.transition(ticket, 'scheduled', {
    actor: user.id,
    at: now,
    type: 'visit_scheduled',
    data: { jobId: job.jobId, technicianId: job.technicianId, window: job.window, ...(job.agreedCompletionBy ? { agreedCompletionBy: job.agreedCompletionBy } : {}) },
    set: { currentJobId: job.jobId, jobIds: [...(ticket.jobIds ?? []), job.jobId], appointment: input.window },
    withItems: [
      deps.jobs.newJobPut(job),
      ...reservationItems(deps, reservations),
      ...agreedItems,
      // STD-1c: the visit time is agreed now.
      ...visitAgreedItems(deps.tableName, timers, now, customerServiceAgentOf(ticket)),
    ],
    announce: outboxEvent('work-handoffs', { type: 'job.scheduled', jobId: job.jobId, revision: 0 }),
  });
  return job;
}

/**
 * STD-2b: a deadline agreed with the customer is a new timer generation beside any earlier one, which
 * stays as it ended (met, breached, exempt, cancelled). One still open is cancelled (replaced),
 * unless its deadline has already passed: then it is breached (lib/sla cancelTimer).
 */
async function newAgreedDeadline(deps: Deps, timers: SlaTimer[], ticketId: string, dueAt: Date, now: Date, by: string, technicianId: string) {
  const previous = currentTimer(timers, 'agreed_completion');
  const standards = await deps.sla.standards();
  const started: SlaTimer = {
    ...startAgreedTimer({ ticketId, at: now, dueAt, warnAtPercent: standards.warnAtPercent, responsibleGroup: 'repair_service' }, ALWAYS_CALENDAR),
    generation: nextGeneration(timers, 'agreed_completion'),
    assignee: technicianId,
  };
  return [
    ...(previous && isOpenTimer(previous) ? [changedTimerPut(deps.tableName, cancelTimer(previous, now, { cause: 'replaced' }, by), previous.version, now)] : []),
    newTimerPut(deps.tableName, started, now),
  ];
}

async function requireJob(deps: Pick<Deps, 'jobs'>, jobId: string): Promise<Job> {
  const job = await deps.jobs.get(jobId);
  if (!job) throw new NotFoundError(`Job ${jobId} not found`);
  return job;
}

/** A new window (and possibly another technician); the history keeps every earlier one. */
export async function rescheduleVisit(
  deps: Deps,
  jobId: string,
  input: { window: VisitWindow; reason: string; technicianId?: string },
  user: StaffUser,
): Promise<Job> {
  const job = await requireJob(deps, jobId);
  if (job.status !== 'scheduled') throw new InvalidTransitionError(job.status, 'scheduled');
  const now = deps.now();
  checkWindow(input.window, now);
  const technicianId = input.technicianId ?? job.technicianId;
  const visitDate = localDate(new Date(input.window.from));
  const [ticket, members] = await ticketAndStaff(deps, job.ticketId);
  await requireEligible(deps, ticket, members, technicianId, visitDate);
  // The open agreed deadline goes with the work to another technician.
  const agreed = technicianId !== job.technicianId ? currentTimer(await deps.timers.timersOf(job.ticketId), 'agreed_completion') : undefined;
  const reassigned = agreed && isOpenTimer(agreed) ? [changedTimerPut(deps.tableName, assignTimer(agreed, technicianId, true), agreed.version, now)] : [];
  const updated: Job = {
    ...job,
    technicianId,
    window: input.window,
    visitDate,
    reschedules: [
      ...job.reschedules,
      { at: now.toISOString(), by: user.id, reason: input.reason, from: job.window, to: input.window, fromTechnicianId: job.technicianId, toTechnicianId: technicianId },
    ],
  };
  await deps.tickets.update(ticket, {
    actor: user.id,
    at: now,
    type: 'visit_rescheduled',
    data: { jobId, from: job.window, to: input.window, reason: input.reason, technicianId },
    set: { appointment: input.window },
    withItems: [deps.jobs.changedJobPut(updated, job.version), ...reassigned],
    announce: outboxEvent('work-handoffs', { type: 'job.scheduled', jobId, revision: updated.reschedules.length }),
  });
  return { ...updated, version: job.version + 1 };
}

/** The visit is called off: reservations go back to stock and the ticket back to dispatch. */
export async function cancelVisit(deps: Deps, jobId: string, input: { reason: string }, user: StaffUser): Promise<Job> {
  const job = await requireJob(deps, jobId);
  if (job.status !== 'scheduled') throw new InvalidTransitionError(job.status, 'cancelled');
  const [ticket, timers] = await Promise.all([deps.tickets.require(job.ticketId), deps.timers.timersOf(job.ticketId)]);
  const now = deps.now();
  const cancelled: Job = { ...job, status: 'cancelled', cancelled: { at: now.toISOString(), by: user.id, reason: input.reason } };
  const current = currentTimer(timers, 'agreed_completion');
  const agreed = current && isOpenTimer(current) ? current : undefined;
  await deps.tickets.transition(ticket, 'awaiting_dispatch', {
    actor: user.id,
    at: now,
    type: 'visit_cancelled',
    data: { jobId, reason: input.reason },
    set: { appointment: undefined, currentJobId: undefined },
    withItems: [
      deps.jobs.changedJobPut(cancelled, job.version),
      ...job.partsToTake.map((r) => deps.parts.releaseItem(r.location, r.sku, r.quantity)),
      // The agreed deadline belonged to this visit: cancelled (counted neither way), or breached if
      // it had already passed; a new one is a new generation when the visit is agreed again.
      ...(agreed ? [changedTimerPut(deps.tableName, cancelTimer(agreed, now, { cause: 'visit_cancelled', reason: input.reason }, user.id), agreed.version, now)] : []),
    ],
  });
  return { ...cancelled, version: job.version + 1 };
}

export { requireJob };
