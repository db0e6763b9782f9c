/**
 * The `repair-reports` queue step: a signed-off job's repair report, as a PDF, to customer service
 * and to the customer, each once (a redelivered message finds the send recorded). A step of its own
 * so that only its function carries the PDF library and the font.
 */
import { NotFoundError } from '../../platform/errors.ts';
import type { SendOnce } from '../../platform/mail/send-once.ts';
import { repairReportMail } from '../mail/repair-report.ts';
import { repairReportFile } from './repair-report.ts';
import type { RepairReportMessage } from '../../platform/queue/messages.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'tickets' | 'jobs' | 'staff' | 'settings'>;

export async function deliverRepairReport(deps: Deps, sendOnce: SendOnce, message: RepairReportMessage): Promise<void> {
  const job = await deps.jobs.get(message.jobId);
  if (!job) throw new NotFoundError(`Job ${message.jobId} not found`);
  const [standards, ticket, technician, signature] = await Promise.all([deps.settings.getServiceStandards(), deps.tickets.require(job.ticketId), deps.staff.get(job.technicianId), deps.jobs.signature(job.jobId)]);
  if (!technician || !signature) throw new NotFoundError(`Report facts of job ${job.jobId} missing`);
  const pdf = await repairReportFile(ticket, job, technician, signature);
  await sendOnce(`report:${job.jobId}:customer-service`, { to: [standards.value.groupEmails.customer_service], ...repairReportMail(ticket, job, technician, pdf, 'customer_service') });
  if (ticket.customer.email) await sendOnce(`report:${job.jobId}:customer`, { to: [ticket.customer.email], ticketId: ticket.id, ...repairReportMail(ticket, job, technician, pdf) });
}
