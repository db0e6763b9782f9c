/**
 * The technician's visit (FLOW-3, SAFE-3, PARTS-4): own jobs only; the pre-job safety check gates
 * the check-in; check-in stops the on-site timer; each part used is a designated part taken from
 * stock in the same transaction as the job (valuable ones into the issue register); the customer's
 * signature completes the repair and starts the follow-up timer.
 */
import { randomUUID } from 'node:crypto';
import { isAllowed, type StaffUser } from '../../platform/auth/staff-user.ts';
import { DomainError, InvalidTransitionError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { STANDARD_SAFETY_CHECKLIST, latestSafetyCheckPassed, punctualityOf, type CheckedTool, type Job, type SafetyCheckItem } from '../domain/job.ts';
import { toolProblem } from '../../people/index.ts';
import { quarterOf } from '../../followup/index.ts';
import { localDate } from '../../platform/local-date.ts';
import type { PartUse } from '../../parts/index.ts';
import { vanLocation } from '../../staff/index.ts';
import { assignTimer, currentTimer, isOpenTimer, stopTimer } from '../../sla/index.ts';
import { changedTimerPut, newTimerPut } from '../../sla/server.ts';
import { eventPut, newEvent } from '../../tickets/server.ts';
import { transactWrite } from '../../platform/store/transact.ts';
import { completionItems } from '../../followup/server.ts';
import { outboxPut } from '../../platform/store/outbox.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'tickets' | 'jobs' | 'parts' | 'devices' | 'timers' | 'sla' | 'db' | 'tableName' | 'now' | 'followUps' | 'people'>;

export class SafetyCheckRequiredError extends DomainError {
  override name = 'SafetyCheckRequiredError';
  readonly code = 'safety_check_required';
}

export class PartNotDesignatedError extends DomainError {
  override name = 'PartNotDesignatedError';
  readonly code = 'part_not_designated';
  constructor(readonly sku: string) {
    super(`Part ${sku} is not a designated qualified part`);
  }

  override messageParams() {
    return { sku: this.sku };
  }

  override publicDetails() {
    return { sku: this.sku };
  }
}

export const MAX_SIGNATURE_BYTES = 100 * 1024;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A technician reaches only their own jobs; anyone else's answers exactly like a missing one. */
export async function requireOwnJob(deps: Pick<Deps, 'jobs'>, jobId: string, user: StaffUser): Promise<Job> {
  const job = await deps.jobs.get(jobId);
  if (!job || !isAllowed(user, ['technician'], (u) => u.id === job.technicianId)) throw new NotFoundError(`Job ${jobId} not found`);
  return job;
}

function requireStatus(job: Job, status: Job['status'], action: string): void {
  if (job.status !== status) throw new InvalidTransitionError(job.status, action);
}

async function saveJob(deps: Deps, before: Job, after: Job, event: { type: string; actor: string; data: Record<string, unknown> }, now: Date, extra = [] as Parameters<typeof transactWrite>[1]) {
  await transactWrite(deps.db, [
    deps.jobs.changedJobPut(after, before.version),
    eventPut(deps.tableName, newEvent(before.ticketId, now.toISOString(), { ...event, data: { jobId: before.jobId, ...event.data } })),
    ...extra,
  ]);
  return { ...after, version: before.version + 1 };
}

/**
 * The registered tools (SAFE-3) the technician checked before the job: each must be on the register
 * and held by the job's technician; one that is overdue or failed fails the check.
 */
async function checkedTools(deps: Deps, job: Job, assetNos: string[], today: string): Promise<CheckedTool[]> {
  const found = await Promise.all(assetNos.map(async (assetNo) => (await deps.people.tool(assetNo))?.tool));
  const unknown = found.flatMap((tool, i) => (!tool || tool.holder !== job.technicianId ? [{ path: `toolsChecked.${i}`, key: 'unknown_tool' }] : []));
  if (unknown.length) throw new ValidationError(unknown);
  return found.map((tool) => ({ assetNo: tool!.assetNo, kind: tool!.kind, nextDueOn: tool!.nextDueOn, condition: tool!.condition, inDate: !toolProblem(tool!, today) }));
}

export async function submitSafetyCheck(deps: Deps, jobId: string, items: SafetyCheckItem[], user: StaffUser, toolsChecked: string[] = []): Promise<Job> {
  const job = await requireOwnJob(deps, jobId, user);
  requireStatus(job, 'scheduled', 'safety_check');
  const missing = STANDARD_SAFETY_CHECKLIST.filter((standard) => !items.some((i) => i.item === standard));
  if (missing.length) throw new ValidationError(missing.map((item) => ({ path: `items.${item}`, key: 'required' })));
  const now = deps.now();
  const tools = await checkedTools(deps, job, [...new Set(toolsChecked)], localDate(now));
  const passed = items.every((i) => i.ok) && tools.every((t) => t.inDate);
  const check = { at: now.toISOString(), by: user.id, items, ...(tools.length ? { tools } : {}), passed };
  const failing = [...items.filter((i) => !i.ok).map((i) => i.item), ...tools.filter((t) => !t.inDate).map((t) => t.assetNo)];
  return saveJob(deps, job, { ...job, safetyChecks: [...job.safetyChecks, check] }, { type: passed ? 'safety_check_passed' : 'safety_check_failed', actor: user.id, data: { failing } }, now);
}

export async function checkIn(deps: Deps, jobId: string, input: { latitude?: number; longitude?: number }, user: StaffUser): Promise<Job> {
  const job = await requireOwnJob(deps, jobId, user);
  requireStatus(job, 'scheduled', 'on_site');
  if (!latestSafetyCheckPassed(job)) throw new SafetyCheckRequiredError('The pre-job safety check has not passed');
  const [ticket, timers] = await Promise.all([deps.tickets.require(job.ticketId), deps.timers.timersOf(job.ticketId)]);
  const now = deps.now();
  const currentOnSite = currentTimer(timers, 'on_site');
  const onSite = currentOnSite && isOpenTimer(currentOnSite) ? currentOnSite : undefined;
  const startedRepair = ticket.assessment?.complexity === 'simple' && !timers.some((t) => t.kind === 'simple_repair') ? await deps.sla.start(ticket, 'simple_repair', now) : undefined;
  const simpleRepair = startedRepair && assignTimer(startedRepair, job.technicianId);
  const punctuality = punctualityOf(job.window, now);
  const updated: Job = { ...job, status: 'on_site', checkIn: { at: now.toISOString(), ...input, punctuality } };
  await deps.tickets.transition(ticket, 'on_site', {
    actor: user.id,
    at: now,
    type: 'checked_in',
    data: { jobId, ...input, ...punctuality },
    withItems: [
      // Punctuality counts per technician in the quarter's quality figures.
      deps.followUps.qualityFactPut(quarterOf(localDate(now)), 'ARRIVAL', jobId, { jobId, ticketId: ticket.id, technicianId: job.technicianId, arrivedAt: now.toISOString(), window: job.window, ...punctuality }),
      deps.jobs.changedJobPut(updated, job.version),
      ...(onSite ? [changedTimerPut(deps.tableName, assignTimer(stopTimer(onSite, now), job.technicianId), onSite.version, now)] : []),
      ...(simpleRepair ? [newTimerPut(deps.tableName, simpleRepair, now)] : []),
    ],
  });
  return { ...updated, version: job.version + 1 };
}

export async function recordWork(deps: Deps, jobId: string, input: { diagnosis?: string; workDone?: string; testResult?: string; usageNotes?: string }, user: StaffUser): Promise<Job> {
  const job = await requireOwnJob(deps, jobId, user);
  requireStatus(job, 'on_site', 'record_work');
  return saveJob(deps, job, { ...job, ...input }, { type: 'work_recorded', actor: user.id, data: { fields: Object.keys(input) } }, deps.now());
}

export async function usePart(
  deps: Deps,
  jobId: string,
  input: { sku: string; quantity: number; installedSerial?: string; removedSerial?: string },
  user: StaffUser,
): Promise<Job> {
  // The job and the part are read together: two independent reads, one round trip.
  const [job, part] = await Promise.all([requireOwnJob(deps, jobId, user), deps.parts.getPart(input.sku)]);
  requireStatus(job, 'on_site', 'use_part');
  if (!part) throw new ValidationError([{ path: 'sku', key: 'unknown_part' }]);
  if (!part.designated) throw new PartNotDesignatedError(part.sku);
  if (part.valuable && (!input.installedSerial || !input.removedSerial)) {
    throw new ValidationError([...(input.installedSerial ? [] : [{ path: 'installedSerial', key: 'required' }]), ...(input.removedSerial ? [] : [{ path: 'removedSerial', key: 'required' }])]);
  }
  const now = deps.now();
  const reservation = job.partsToTake.find((r) => r.sku === input.sku && r.quantity > 0);
  const location = reservation?.location ?? vanLocation(job.technicianId);
  const fromReservation = Math.min(input.quantity, reservation?.quantity ?? 0);
  const use: PartUse = {
    sku: part.sku,
    name: part.name,
    quantity: input.quantity,
    unitPriceFen: part.unitPriceFen,
    ...(input.installedSerial ? { installedSerial: input.installedSerial } : {}),
    ...(input.removedSerial ? { removedSerial: input.removedSerial } : {}),
    location,
    at: now.toISOString(),
    by: user.id,
  };
  const updated: Job = {
    ...job,
    partsUsed: [...job.partsUsed, use],
    partsToTake: job.partsToTake.map((r) => (r === reservation ? { ...r, quantity: r.quantity - fromReservation } : r)),
  };
  return saveJob(deps, job, updated, { type: 'part_used', actor: user.id, data: { sku: part.sku, quantity: input.quantity, installedSerial: input.installedSerial, removedSerial: input.removedSerial } }, now, [
    ...deps.parts.movementItems(
      {
        entryId: randomUUID(),
        sku: part.sku,
        kind: 'used',
        quantity: input.quantity,
        from: location,
        ...(input.installedSerial ? { serials: [input.installedSerial] } : {}),
        actor: user.id,
        at: use.at,
        reason: `ticket ${job.ticketId}`,
        document: { type: 'job', id: jobId },
      },
      fromReservation,
    ),
    ...(part.valuable ? [deps.parts.registerItem({ ...use, jobId, ticketId: job.ticketId, line: job.partsUsed.length + 1 })] : []),
  ]);
}

export function decodeSignature(base64: string): Buffer {
  const png = Buffer.from(base64.replace(/^data:image\/png;base64,/, ''), 'base64');
  if (png.length > MAX_SIGNATURE_BYTES) throw new ValidationError([{ path: 'signaturePng', key: 'too_big_bytes', params: { max: MAX_SIGNATURE_BYTES } }]);
  if (png.length < PNG_SIGNATURE.length || !png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new ValidationError([{ path: 'signaturePng', key: 'not_png' }]);
  return png;
}

/** The customer signs the repair report: the job and the ticket complete together. */
export async function signOff(
  deps: Deps,
  jobId: string,
  input: { signerName: string; signaturePng: string; testResult: string; usageNotes: string },
  user: StaffUser,
): Promise<Job> {
  const job = await requireOwnJob(deps, jobId, user);
  requireStatus(job, 'on_site', 'completed');
  const png = decodeSignature(input.signaturePng);
  const [ticket, timers] = await Promise.all([deps.tickets.require(job.ticketId), deps.timers.timersOf(job.ticketId)]);
  const now = deps.now();
  const completion = await completionItems(deps, ticket, timers, now, job.technicianId);
  const completed: Job = {
    ...job,
    status: 'completed',
    testResult: input.testResult,
    usageNotes: input.usageNotes,
    completedAt: now.toISOString(),
    signOff: { signerName: input.signerName, signedAt: now.toISOString(), signatureRef: `JOB#${jobId}/SIGNATURE`, signatureBytes: png.length },
    partsToTake: job.partsToTake.map((r) => ({ ...r, quantity: 0 })),
  };
  const leftovers = job.partsToTake.filter((r) => r.quantity > 0);
  await deps.tickets.transition(ticket, 'completed', {
    actor: user.id,
    at: now,
    type: 'repair_signed_off',
    data: { jobId, signerName: input.signerName },
    set: completion.set,
    withItems: [
      deps.jobs.changedJobPut(completed, job.version),
      deps.jobs.signaturePut(jobId, png),
      ...completion.items,
      ...leftovers.map((r) => deps.parts.releaseItem(r.location, r.sku, r.quantity)),
      outboxPut(deps.tableName, 'repair-reports', { type: 'job.completed', jobId }, now),
    ],
  });
  return { ...completed, version: job.version + 1 };
}
