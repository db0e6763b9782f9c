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
import type { StaffMember } from '../../staff/index.ts';

/** Who a copy of the report is addressed to: the customer, or customer service (who follow up). */
export type ReportAudience = 'customer' | 'customer_service';

/**
 * The report's email: to the customer in their language; customer service's copy (zh-CN, the staff
 * language) is addressed to customer service, with what they need to follow up.
 */
export function repairReportMail(ticket: Ticket, job: Job, technician: Pick<StaffMember, 'name'>, pdf: PdfFile, audience: ReportAudience = 'customer'): Omit<OutgoingMail, 'to'> {
  const english = audience === 'customer' && ticket.locale === 'en';
  const signer = job.signOff?.signerName ?? ticket.customer.name;
  const subject = english ? `[${ticket.number}] Repair report` : `【${ticket.number}】维修报告`;
  const lines =
    audience === 'customer_service'
      ? [
          '客服组：',
          `工单 ${ticket.number}（${ticket.customer.organisation ? `${ticket.customer.organisation}，` : ''}${ticket.customer.name}）的维修已由技术员${technician.name}完成，现场地址：${ticket.site.address}，已由${signer}签字确认。维修报告见附件。`,
          '请在几个工作日内安排回访。',
          '弱电工程售后服务部',
        ]
      : english
        ? [`Dear ${ticket.customer.name},`, `The repair at ${ticket.site.address} is complete and was signed off by ${signer}. The repair report is attached.`, 'Customer service will follow up within a few working days.', 'ELV After-Sales Service']
        : [`尊敬的${ticket.customer.name}：`, `${ticket.site.address}的维修已完成，并由${signer}签字确认。维修报告见附件。`, '客服将在几个工作日内回访。', '弱电工程售后服务部'];
  return {
    ...plainLetter(english ? 'en' : 'zh-CN', subject, lines, `report:${job.jobId}`),
    attachments: [{ filename: pdf.filename, content: Buffer.from(pdf.bytes), contentType: 'application/pdf' }],
  };
}
