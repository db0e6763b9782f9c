/**
 * The `work-handoffs` queue step: turns a hand-off into its emails, each sent once per fact (a
 * redelivered message finds the send already recorded). The repair report, with its PDF, is
 * repair-report-mail.ts (its own queue and function).
 */
import { NotFoundError } from '../../platform/errors.ts';
import type { SendOnce } from '../../platform/mail/send-once.ts';
import { jobSheetMail, toAssessmentMail, toDispatchMail, visitConfirmationMail, type PartNames } from '../mail/handoffs.ts';
import type { WorkHandoffMessage } from '../../platform/queue/messages.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'tickets' | 'jobs' | 'staff' | 'settings' | 'parts'>;

/** The catalogue names of the SKUs a letter lists (one round trip, none without parts). */
async function partNames(deps: Deps, skus: string[]): Promise<PartNames> {
  const parts = await Promise.all([...new Set(skus)].map((sku) => deps.parts.getPart(sku)));
  return Object.fromEntries(parts.flatMap((part) => (part ? [[part.sku, part.name]] : [])));
}

export async function deliverHandoff(deps: Deps, sendOnce: SendOnce, message: WorkHandoffMessage): Promise<void> {
  // The groups' addresses are read beside the other reads, and only by the hand-offs that mail a group.
  const groupEmails = () => deps.settings.getServiceStandards().then((standards) => standards.value.groupEmails);
  switch (message.type) {
    case 'ticket.to-assessment': {
      const [groups, ticket] = await Promise.all([groupEmails(), deps.tickets.require(message.ticketId)]);
      await sendOnce(`handoff:assessment:${ticket.id}:${message.at}`, { to: [groups.tech_support], ...toAssessmentMail(ticket) });
      return;
    }
    case 'ticket.to-dispatch': {
      const [groups, ticket] = await Promise.all([groupEmails(), deps.tickets.require(message.ticketId)]);
      const names = await partNames(deps, ticket.assessment?.partsNeeded.map((p) => p.sku) ?? []);
      await sendOnce(`handoff:dispatch:${ticket.id}:${message.at}`, { to: [groups.repair_service], ...toDispatchMail(ticket, names) });
      return;
    }
    case 'job.scheduled': {
      const job = await deps.jobs.get(message.jobId);
      if (!job) throw new NotFoundError(`Job ${message.jobId} not found`);
      const [ticket, technician, names] = await Promise.all([deps.tickets.require(job.ticketId), deps.staff.get(job.technicianId), partNames(deps, job.partsToTake.map((p) => p.sku))]);
      if (!technician) throw new NotFoundError(`Technician ${job.technicianId} not found`);
      await sendOnce(`job-sheet:${job.jobId}:${message.revision}`, { to: [technician.email], ...jobSheetMail(ticket, job, technician, names) });
      if (ticket.customer.email) {
        await sendOnce(`visit:${job.jobId}:${message.revision}`, { to: [ticket.customer.email], ticketId: ticket.id, ...visitConfirmationMail(ticket, job, technician, message.revision > 0) });
      }
      return;
    }
  }
}
