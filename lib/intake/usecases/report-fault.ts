/**
 * FLOW-1: a fault report becomes a ticket (status received, numbered, with its first timeline
 * event) and a `ticket.accepted` message that acknowledges the customer and routes it to triage.
 */
import { withinWarranty, type Channel, type Customer, type Device, type Rework, type Site, type Ticket } from '../../tickets/index.ts';
import { PRIVACY_NOTICE_VERSION, type PublicReport } from '../../tickets/index.ts';
import { outboxEvent } from '../../platform/store/outbox.ts';
import { isTransactionConflict, replayOf, requestRecordPut, RequestReplayedError } from '../../platform/store/request-record.ts';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TicketRepository } from '../../tickets/server.ts';
import { logger } from '../../platform/observability/logger.ts';
import { newTimerPut } from '../../sla/server.ts';
import type { SlaClock } from '../../sla/server.ts';
import type { DeviceRepository } from '../../tickets/server.ts';

export interface ReportFaultDeps {
  tickets: TicketRepository;
  /** Starts the ticket's SLA timers (written in the same transaction as the ticket). */
  sla: SlaClock;
  devices: DeviceRepository;
  tableName: string;
  /** Reads the stored answer of a replayed request. */
  db: DynamoDBDocumentClient;
  now: () => Date;
  statusUrl: (ticketId: string) => string;
}

export interface ReportFaultInput extends Omit<PublicReport, 'customer' | 'site' | 'device' | 'preferredContactTime'> {
  preferredContactTime?: string | undefined;
  customer: Customer;
  site: Site;
  device: Device;
  channel: Channel;
  /** Set when the system opens the ticket as rework (a follow-up found the equipment not working). */
  reworkOf?: NonNullable<Ticket['rework']>;
  /** `customer` for the public API, the staff id when customer service records it. */
  actor: string;
}

export interface CreatedTicket {
  id: string;
  number: string;
  status: Ticket['status'];
  statusUrl: string;
}

/**
 * STD-4b: the same device (by serial, else by site + system + location) repaired within the warranty
 * fails again: a suspected rework, linked to that repair. Whether the repair caused it is judged
 * later (lib/followup/usecases/rework.ts); nothing is free or counted until then.
 */
async function suspectedRework(deps: ReportFaultDeps, device: Device, siteAddress: string, now: Date): Promise<Rework | undefined> {
  const known = await deps.devices.find(device, siteAddress);
  if (!known) return undefined;
  const warrantyDays = (await deps.sla.standards()).repairWarrantyDays;
  if (!withinWarranty(known.lastRepairedAt, now, warrantyDays)) return undefined;
  return {
    ofTicketId: known.lastRepairTicketId,
    ofTicketNumber: known.lastRepairTicketNumber,
    repairedAt: known.lastRepairedAt,
    ...(known.lastRepairQuarter ? { repairQuarter: known.lastRepairQuarter } : {}),
    judgement: 'suspected',
  };
}

/** Set when the report came with an `Idempotency-Key`: its record is written with the ticket. */
export interface ReportRequest {
  key: string;
  /** The report as received (its hash tells a replay from a reuse of the key). */
  body: unknown;
}

const REQUEST_SCOPE = 'intake.report-fault';
const KEEP_REQUEST_SECONDS = 24 * 60 * 60;

/**
 * Two round trips: the device's last repair, the day's next number and the SLA timers (configuration
 * cached per container) are read together; then one transaction writes the ticket, its number, its
 * first timeline event (which carries the `ticket.accepted` outbox event), its timers and the request record.
 */
export async function reportFault(deps: ReportFaultDeps, input: ReportFaultInput, request?: ReportRequest): Promise<CreatedTicket> {
  const { actor, reworkOf: _reworkOf, ...report } = input;
  const now = deps.now();
  const [timers, rework, number] = await Promise.all([
    deps.sla.timersForNewTicket({ id: '', urgency: report.urgency }, now),
    input.reworkOf ? Promise.resolve<Rework>({ ...input.reworkOf, judgement: 'suspected' }) : suspectedRework(deps, report.device, report.site.address, now),
    deps.tickets.nextTicketNumber(now),
  ]);
  const recordOptions = request ? { tableName: deps.tableName, scope: REQUEST_SCOPE, key: request.key, request: request.body, now, keepSeconds: KEEP_REQUEST_SECONDS } : undefined;
  try {
    let created: CreatedTicket | undefined;
    await deps.tickets.create(
      {
        channel: report.channel,
        urgency: report.urgency,
        locale: report.locale,
        customer: report.customer,
        site: report.site,
        device: report.device,
        symptom: report.symptom,
        ...(report.preferredContactTime ? { preferredContactTime: report.preferredContactTime } : {}),
        ...(report.privacyNoticeAccepted ? { privacyNotice: { version: report.privacyNoticeVersion ?? PRIVACY_NOTICE_VERSION, acceptedAt: now.toISOString() } } : {}),
        ...(actor !== 'customer' ? { createdBy: actor } : {}),
        ...(rework ? { rework } : {}),
      },
      { now, number },
      actor,
      (ticketId) => {
        created = { id: ticketId, number, status: 'received', statusUrl: deps.statusUrl(ticketId) };
        return [...timers.map((timer) => newTimerPut(deps.tableName, { ...timer, ticketId }, now)), ...(recordOptions ? [requestRecordPut(recordOptions, created)] : [])];
      },
      (ticketId) => outboxEvent('ticket-accepted', { type: 'ticket.accepted', ticketId }),
    );
    logger.appendKeys({ ticketId: created!.id });
    return created!;
  } catch (error) {
    // A replay; or a twin in flight at the same moment (its transaction conflicts with ours): the
    // stored answer when it has committed, else 409 in progress (the client retries).
    if (recordOptions && (error instanceof RequestReplayedError || isTransactionConflict(error))) return replayOf<CreatedTicket>(deps.db, recordOptions);
    throw error;
  }
}
