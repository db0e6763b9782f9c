/**
 * FLOW-1: a fault report becomes a ticket (status received, numbered, with its first timeline
 * event) and a `ticket.accepted` message that acknowledges the customer and routes it to triage.
 */
import { withinWarranty, type Channel, type Customer, type Device, type Rework, type Site, type Ticket } from '../../tickets/index.ts';
import type { PublicReport } from '../../tickets/index.ts';
import { outboxPut } from '../../platform/store/outbox.ts';
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

export async function reportFault(deps: ReportFaultDeps, input: ReportFaultInput): Promise<CreatedTicket> {
  const { actor, reworkOf: _reworkOf, ...report } = input;
  const now = deps.now();
  const timers = await deps.sla.timersForNewTicket({ id: '', urgency: report.urgency }, now);
  const rework: Rework | undefined = input.reworkOf ? { ...input.reworkOf, judgement: 'suspected' } : await suspectedRework(deps, report.device, report.site.address, now);
  const ticket = await deps.tickets.create(
    {
      channel: report.channel,
      urgency: report.urgency,
      locale: report.locale,
      customer: report.customer,
      site: report.site,
      device: report.device,
      symptom: report.symptom,
      ...(report.preferredContactTime ? { preferredContactTime: report.preferredContactTime } : {}),
      ...(actor !== 'customer' ? { createdBy: actor } : {}),
      ...(rework ? { rework } : {}),
    },
    now,
    actor,
    // The ticket, its timers and the event that acknowledges it and routes it to triage: one transaction.
    (ticketId) => [
      ...timers.map((timer) => newTimerPut(deps.tableName, { ...timer, ticketId }, now)),
      outboxPut(deps.tableName, 'ticket-accepted', { type: 'ticket.accepted', ticketId }, now),
    ],
  );
  logger.appendKeys({ ticketId: ticket.id });
  return { id: ticket.id, number: ticket.number, status: ticket.status, statusUrl: deps.statusUrl(ticket.id) };
}
