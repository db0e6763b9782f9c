/**
 * Computing a ticket's statement (FLOW-5) from the repair report and the follow-up: the visits
 * (check-in to completion, the technician's skill level, the parts used at their price at the time
 * of use), rework and device coverage, with the fee schedule in force. Created once per ticket when
 * the ticket is followed up (or, if configured, at completion), then emailed through the
 * settlement-mail queue. A settled statement settles and closes its followed-up ticket.
 */
import { outboxEvent } from '../../platform/store/outbox.ts';
import { randomUUID } from 'node:crypto';
import { coverageOn } from '../domain/coverage.ts';
import { ConcurrentUpdateError } from '../../platform/errors.ts';
import { computeFees, type Discount, type FeeInput, type FeeSchedule, type Visit, type WaiverReason } from '../domain/fees.ts';
import { localDate } from '../../platform/local-date.ts';
import type { Statement, StatementRevision } from '../domain/statement.ts';
import type { Ticket } from '../../tickets/index.ts';
import { logger } from '../../platform/observability/logger.ts';
import { newEvent } from '../../tickets/server.ts';
import type { Dependencies } from '../../dependencies.ts';

export type StatementDeps = Pick<Dependencies, 'tickets' | 'jobs' | 'staff' | 'coverage' | 'statements' | 'feeSchedule' | 'tableName' | 'now'>;

/** Tickets whose repair is done and not yet closed: the only ones a statement is computed for. */
const BILLABLE: ReadonlyArray<Ticket['status']> = ['completed', 'followed_up', 'settled'];

/** The facts of the repair that the fees depend on (read fresh for every revision). */
export async function feeFacts(deps: Pick<StatementDeps, 'jobs' | 'staff' | 'coverage'>, ticket: Ticket): Promise<Omit<FeeInput, 'schedule' | 'minutesOverride' | 'discount'> & { coverageReference?: string }> {
  // The device's coverage is read beside the jobs and their technicians (it needs neither).
  const [{ visited, technicians }, recorded] = await Promise.all([
    visitsOf(deps, ticket),
    ticket.device.serial ? deps.coverage.get(ticket.device.system, ticket.device.serial) : undefined,
  ]);
  const visits: Visit[] = visited.map((job) => {
    const technician = technicians.get(job.technicianId);
    if (!technician?.technician) logger.warn('Technician without a skill level: billed at the junior rate', { technicianId: job.technicianId, jobId: job.jobId });
    return {
      jobId: job.jobId,
      ...(technician ? { technicianName: technician.name } : {}),
      skillLevel: technician?.technician?.skillLevel ?? 'junior',
      checkInAt: job.checkIn!.at,
      ...(job.completedAt ? { completedAt: job.completedAt } : {}),
      partsUsed: job.partsUsed.map((part) => ({
        sku: part.sku,
        name: part.name,
        quantity: part.quantity,
        unitPriceFen: part.unitPriceFen,
        ...(part.installedSerial ? { installedSerial: part.installedSerial } : {}),
        ...(part.removedSerial ? { removedSerial: part.removedSerial } : {}),
      })),
    };
  });
  const coverage = coverageOn(recorded, localDate(new Date(ticket.completedAt ?? ticket.updatedAt)));
  return {
    urgent: ticket.urgency === 'urgent',
    remote: visits.length === 0 && ticket.remoteResolution !== undefined,
    // Only a confirmed rework (or one recorded before judgements, made free then) is free.
    rework: ticket.freeOfCharge === true,
    visits,
    ...(coverage ? { coverage, coverageReference: recorded!.reference } : {}),
  };
}

/** The ticket's jobs that were visited, and their technicians' records (two rounds of parallel GetItems). */
async function visitsOf(deps: Pick<StatementDeps, 'jobs' | 'staff'>, ticket: Ticket) {
  const jobs = (await Promise.all((ticket.jobIds ?? []).map((jobId) => deps.jobs.get(jobId)))).filter((job) => job !== undefined);
  const visited = jobs.filter((job) => job.checkIn && job.status !== 'cancelled');
  const technicians = new Map(
    await Promise.all([...new Set(visited.map((job) => job.technicianId))].map(async (id) => [id, await deps.staff.get(id)] as const)),
  );
  return { visited, technicians };
}

export function buildRevision(
  statementId: string,
  revision: number,
  schedule: { value: FeeSchedule; version: number },
  facts: Awaited<ReturnType<typeof feeFacts>>,
  adjustments: { minutesOverride?: Record<string, number>; discount?: Discount },
  issued: { at: Date; by: string; reason?: string },
): StatementRevision {
  const { coverageReference, ...input } = facts;
  const result = computeFees({ ...input, schedule: schedule.value, ...adjustments });
  const waivers = [...new Set(result.lines.flatMap((line) => (line.waived ? [line.waived] : [])))] as WaiverReason[];
  return {
    statementId,
    revision,
    feeScheduleVersion: schedule.version,
    issuedAt: issued.at.toISOString(),
    issuedBy: issued.by,
    ...(issued.reason ? { reason: issued.reason } : {}),
    ...result,
    vatBasisPoints: schedule.value.vatBasisPoints,
    ...(adjustments.minutesOverride && Object.keys(adjustments.minutesOverride).length ? { minutesOverride: adjustments.minutesOverride } : {}),
    ...(adjustments.discount ? { discount: adjustments.discount } : {}),
    waivers,
    ...(coverageReference ? { coverageReference } : {}),
  };
}

/**
 * Makes sure the ticket has its statement (once, whatever the redeliveries) and that its email is
 * on its way; when the follow-up is done and the statement already settled, settles the ticket.
 */
export async function ensureStatement(deps: StatementDeps, ticketId: string, trigger: 'followed_up' | 'completion'): Promise<Statement | undefined> {
  // Two independent reads, one round trip (the pointer read is wasted only when the schedule says not yet).
  const [schedule, existingId] = await Promise.all([deps.feeSchedule.getFeeSchedule(), deps.statements.idOfTicket(ticketId)]);
  if (trigger === 'completion' && schedule.value.statementAt !== 'completion') return undefined;
  let statement: Statement;
  if (existingId) {
    statement = await deps.statements.require(existingId);
  } else {
    const ticket = await deps.tickets.require(ticketId);
    if (!BILLABLE.includes(ticket.status)) {
      logger.warn('No statement for a ticket in this status', { ticketId, status: ticket.status, trigger });
      return undefined;
    }
    const now = deps.now();
    const statementId = randomUUID();
    const revision = buildRevision(statementId, 1, schedule, await feeFacts(deps, ticket), {}, { at: now, by: 'system' });
    const draft: Omit<Statement, 'number'> = {
      statementId,
      ticketId: ticket.id,
      ticketNumber: ticket.number,
      locale: ticket.locale,
      customer: { name: ticket.customer.name, ...(ticket.customer.organisation ? { organisation: ticket.customer.organisation } : {}) },
      site: { address: ticket.site.address, ...(ticket.site.name ? { name: ticket.site.name } : {}) },
      device: ticket.device,
      status: 'issued',
      revision: 1,
      feeScheduleVersion: schedule.version,
      subtotalFen: revision.subtotalFen,
      discountFen: revision.discountFen,
      taxFen: revision.taxFen,
      totalFen: revision.totalFen,
      issuedAt: revision.issuedAt,
      payments: [],
      paidFen: 0,
      createdAt: revision.issuedAt,
      updatedAt: revision.issuedAt,
      version: 1,
    };
    const created = await deps.statements.createFirst(
      draft,
      revision,
      (s) => newEvent(ticket.id, revision.issuedAt, { type: 'statement_issued', actor: 'system', data: { statementId, number: s.number, revision: 1, totalFen: s.totalFen, trigger } }),
      now,
      // The statement's email to the customer and finance, carried by the statement's timeline event (outbox).
      (s) => outboxEvent('statements-issued', { type: 'statement.issued', statementId: s.statementId, revision: s.revision }),
    );
    statement = created.statement;
    if (created.created) logger.info('Statement issued', { ticketId, statementId, number: statement.number, totalFen: statement.totalFen });
  }
  if (trigger === 'followed_up') await settleTicket(deps, statement, 'system');
  return statement;
}

/** A settled statement moves its followed-up ticket to settled, then closed (each with its event). */
export async function settleTicket(deps: Pick<StatementDeps, 'tickets' | 'now'>, statement: Statement, actor: string): Promise<void> {
  if (statement.status !== 'settled') return;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    let ticket = await deps.tickets.require(statement.ticketId);
    try {
      if (ticket.status === 'followed_up') {
        ticket = await deps.tickets.transition(ticket, 'settled', {
          actor,
          at: deps.now(),
          type: 'settled',
          data: { statementId: statement.statementId, number: statement.number, totalFen: statement.totalFen, paidFen: statement.paidFen },
        });
      }
      if (ticket.status === 'settled') await closeSettled(deps, ticket, statement, actor);
      return;
    } catch (error) {
      if (!(error instanceof ConcurrentUpdateError)) throw error;
    }
  }
}

export async function closeSettled(deps: Pick<StatementDeps, 'tickets' | 'now'>, ticket: Ticket, statement: Statement, actor: string): Promise<Ticket> {
  return deps.tickets.transition(ticket, 'closed', { actor, at: deps.now(), type: 'closed', data: { statementId: statement.statementId, number: statement.number } });
}
