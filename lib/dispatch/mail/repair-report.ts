/**
 * The repair report email (FLOW-3): a short letter around the report itself, the PDF
 * (`repair-report-pdf.ts`: job facts, times, parts with serials, test result, usage notes and the
 * customer's signature), attached.
 */
import type { Job } from '../domain/job.ts';
import type { Ticket } from '../../tickets/index.ts';
import { plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import type { PdfFile } from '../../platform/pdf/document.ts';

export function repairReportMail(ticket: Ticket, job: Job, pdf: PdfFile): Omit<OutgoingMail, 'to'> {
  const english = ticket.locale === 'en';
  const subject = english ? `[${ticket.number}] Repair report` : `【${ticket.number}】维修报告`;
  const lines = english
    ? [`Dear ${ticket.customer.name},`, `The repair at ${ticket.site.address} is complete and was signed off by ${job.signOff?.signerName}. The repair report is attached.`, 'Customer service will follow up within a few working days.', 'ELV After-Sales Service']
    : [`尊敬的${ticket.customer.name}：`, `${ticket.site.address} 的维修已完成，并由 ${job.signOff?.signerName} 签字确认。维修报告见附件。`, '客服将在几个工作日内回访。', '弱电工程售后服务部'];
  return {
    ...plainLetter(english ? 'en' : 'zh-CN', subject, lines, `report:${job.jobId}`),
    attachments: [{ filename: pdf.filename, content: Buffer.from(pdf.bytes), contentType: 'application/pdf' }],
  };
}
