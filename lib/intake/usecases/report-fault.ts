/**
 * FLOW-1: a fault report becomes a ticket (status received, numbered, with its first timeline
 * event) and a `ticket.accepted` message that acknowledges the customer and routes it to triage.
 */
import type { Channel, Customer, Device, Site, Ticket } from '../../tickets/index.ts';
import type { PublicReport } from '../../tickets/index.ts';
import type { QueuePublisher } from '../../platform/queue/publisher.ts';
import type { TicketAcceptedMessage } from '../../platform/queue/messages.ts';
import type { TicketRepository } from '../../tickets/server.ts';
import { logger } from '../../platform/observability/logger.ts';
import { newTimerPut } from '../../sla/server.ts';
import type { SlaClock } from '../../sla/server.ts';
import type { DeviceRepository } from '../../tickets/server.ts';
import type { FollowUpRepository } from '../../followup/server.ts';

export interface ReportFaultDeps {
  tickets: TicketRepository;
  /** Starts the ticket's SLA timers (written in the same transaction as the ticket). */
  sla: SlaClock;
  devices: DeviceRepository;
  followUps: FollowUpRepository;
  tableName: string;
  queue: QueuePublisher;
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

/** STD-4b: the same device (system + serial) repaired within the warranty period fails again. */
async function reworkOf(deps: ReportFaultDeps, device: Device, now: Date): Promise<{ rework: NonNullable<Ticket['rework']>; quarter?: string } | undefined> {
  if (!device.serial) return undefined;
  const known = await deps.devices.find(device.system, device.serial);
  if (!known) return undefined;
  const warrantyDays = (await deps.sla.standards()).repairWarrantyDays;
  const ageMs = now.getTime() - new Date(known.lastRepairedAt).getTime();
  if (ageMs > warrantyDays * 86_400_000) return undefined;
  return {
    rework: { ofTicketId: known.lastRepairTicketId, ofTicketNumber: known.lastRepairTicketNumber, repairedAt: known.lastRepairedAt },
    ...(known.lastRepairQuarter ? { quarter: known.lastRepairQuarter } : {}),
  };
}

export async function reportFault(deps: ReportFaultDeps, input: ReportFaultInput): Promise<CreatedTicket> {
  const { actor, reworkOf: _reworkOf, ...report } = input;
  const now = deps.now();
  const timers = await deps.sla.timersForNewTicket({ id: '', urgency: report.urgency }, now);
  const found = input.reworkOf ? { rework: input.reworkOf } : await reworkOf(deps, report.device, now);
  const rework = found?.rework;
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
      ...(rework ? { rework, freeOfCharge: true } : {}),
    },
    now,
    actor,
    (ticketId) => [
      ...timers.map((timer) => newTimerPut(deps.tableName, { ...timer, ticketId }, now)),
      // STD-4a: the earlier repair failed again within its warranty.
      ...(found && 'quarter' in found && found.quarter ? [deps.followUps.repairFailedAgainUpdate(found.quarter, found.rework.ofTicketId, ticketId, now.toISOString())] : []),
    ],
  );
  logger.appendKeys({ ticketId: ticket.id });
  const message: TicketAcceptedMessage = { type: 'ticket.accepted', ticketId: ticket.id };
  try {
    await deps.queue.send('ticket-accepted', message);
  } catch (error) {
    // The ticket is safely stored and will show in the received list and the SLA watch; failing the
    // request now would make the customer report it again. Logged loudly for an operator.
    logger.error('Could not enqueue ticket.accepted; ticket stored without acknowledgement', { ticketId: ticket.id, error: error as Error });
  }
  return { id: ticket.id, number: ticket.number, status: ticket.status, statusUrl: deps.statusUrl(ticket.id) };
}
