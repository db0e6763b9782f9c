/** The customer's acknowledgement of a fault report (zh-CN or en): number, next step, status link. */
import type { Ticket } from '../../tickets/index.ts';
import { escapeHtml, formatInstant, htmlDocument } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';

export function acknowledgementMail(ticket: Ticket, statusUrl: string): Omit<OutgoingMail, 'to'> {
  const reportedAt = formatInstant(ticket.createdAt, ticket.locale);
  const urgent = ticket.urgency === 'urgent';
  const english = ticket.locale === 'en';
  const lines = english
    ? [
        `Dear ${ticket.customer.name},`,
        `We have received your fault report. Your ticket number is ${ticket.number} (reported ${reportedAt}, China Standard Time).`,
        urgent
          ? 'You marked it urgent: customer service will contact you within 1 hour.'
          : 'Customer service will contact you within 1 working day to agree the next step.',
        'ELV After-Sales Service',
      ]
    : [
        `尊敬的${ticket.customer.name}：`,
        `我们已收到您的报修，工单号为 ${ticket.number}（报修时间 ${reportedAt}，北京时间）。`,
        urgent ? '您的报修为紧急故障，客服将在 1 小时内与您联系。' : '客服将在 1 个工作日内与您联系，确认下一步安排。',
        '弱电工程售后服务部',
      ];
  const linkText = english ? 'Follow the ticket' : '查看工单进度';
  const [greeting, received, next, signature] = lines as [string, string, string, string];
  return {
    subject: english ? `[${ticket.number}] We received your fault report` : `【${ticket.number}】报修已受理`,
    text: [greeting, received, next, `${linkText}: ${statusUrl}`, signature].join('\n\n'),
    html: htmlDocument(ticket.locale, linkText, [
      escapeHtml(greeting),
      escapeHtml(received),
      escapeHtml(next),
      `<a href="${escapeHtml(statusUrl)}">${linkText}</a>`,
      escapeHtml(signature),
    ]),
    reference: `ack:${ticket.id}`,
  };
}
