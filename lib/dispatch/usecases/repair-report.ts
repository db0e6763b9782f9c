/**
 * The repair report PDF on demand: for staff (the technician of the job, customer service, technical
 * support, the manager), a read of the customer's data through the need-to-know policy and the
 * access log; for the customer, through the ticket's signed status link (the latest signed-off visit).
 */
import type { Job } from '../domain/job.ts';
import { repairReportFilename, repairReportPdf } from '../mail/repair-report-pdf.ts';
import { NotFoundError } from '../../platform/errors.ts';
import type { PdfFile } from '../../platform/pdf/document.ts';
import { isAllowed, type StaffUser } from '../../platform/auth/staff-user.ts';
import type { LinkVerifier } from '../../platform/auth/link-keys.ts';
import { readTicket } from '../../tickets/server.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'jobs' | 'tickets' | 'staff' | 'accessLog' | 'privacySettings' | 'now' | 'customerRef'>;

type ReportArgs = Parameters<typeof repairReportPdf>;

/** The report of a job as a file, dated by its sign-off: every copy (download, email, a redelivery) is the same document. */
export async function repairReportFile(ticket: ReportArgs[0], job: Job, technician: ReportArgs[2], signature: ReportArgs[3]): Promise<PdfFile> {
  const bytes = await repairReportPdf(ticket, job, technician, signature, new Date(job.signOff?.signedAt ?? job.completedAt ?? job.createdAt));
  return { bytes, filename: repairReportFilename(ticket) };
}

async function build(deps: Pick<Deps, 'jobs' | 'staff'>, ticket: ReportArgs[0], job: Job): Promise<PdfFile> {
  const [technician, signature] = await Promise.all([deps.staff.get(job.technicianId), deps.jobs.signature(job.jobId)]);
  return repairReportFile(ticket, job, { name: technician?.name ?? job.technicianId }, signature);
}

/** A signed-off job's report for staff; another technician's job, or a visit not signed off, is 404. */
export async function staffRepairReport(deps: Deps, jobId: string, user: StaffUser): Promise<PdfFile> {
  const job = await deps.jobs.get(jobId);
  const own = job?.technicianId === user.id;
  if (!job || !(isAllowed(user, ['customer_service', 'tech_support']) || (user.roles.includes('technician') && own))) throw new NotFoundError(`Job ${jobId} not found`);
  if (!job.signOff) throw new NotFoundError(`Job ${jobId} has no repair report yet`);
  const ticket = await deps.tickets.require(job.ticketId);
  const seen = await readTicket(deps, user, ticket, { purpose: 'GET /v1/staff/jobs/{jobId}/repair-report.pdf', ownJob: own });
  return build(deps, seen, job);
}

/** The customer's copy through the status link: the report of the latest signed-off visit; none yet is 404. */
export async function customerRepairReport(deps: Pick<Deps, 'jobs' | 'tickets' | 'staff' | 'now'> & { linkKeys: LinkVerifier }, ticketId: string, token: string | undefined): Promise<PdfFile> {
  if (deps.linkKeys.check('status', ticketId, token, deps.now()) !== 'valid') throw new NotFoundError('Ticket not found');
  const ticket = await deps.tickets.get(ticketId);
  if (!ticket) throw new NotFoundError('Ticket not found');
  const jobs = await Promise.all([...(ticket.jobIds ?? [])].reverse().map((id) => deps.jobs.get(id)));
  const signed = jobs.filter((job): job is Job => Boolean(job?.signOff)).sort((a, b) => b.signOff!.signedAt.localeCompare(a.signOff!.signedAt))[0];
  if (!signed) throw new NotFoundError('No repair report for this ticket yet');
  return build(deps, ticket, signed);
}
