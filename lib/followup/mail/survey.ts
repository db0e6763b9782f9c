/** The satisfaction survey invitation (FLOW-4) and the investigation outcome letter, zh-CN or en. */
import type { Ticket } from '../../tickets/index.ts';
import { escapeHtml, formatInstant, htmlDocument, plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';

type Mail = Omit<OutgoingMail, 'to'>;

export function surveyMail(ticket: Ticket, surveyUrl: string, expiresAt: Date): Mail {
  const english = ticket.locale === 'en';
  const until = formatInstant(expiresAt.toISOString(), english ? 'en' : 'zh-CN');
  const lines = english
    ? [`Dear ${ticket.customer.name},`, `Ticket ${ticket.number} was completed. How satisfied are you, and is the equipment working normally? It takes one minute (the link is valid until ${until}).`, 'ELV After-Sales Service']
    : [`尊敬的${ticket.customer.name}：`, `工单 ${ticket.number} 已完成。请花一分钟告诉我们您的满意度以及设备是否运行正常（链接有效期至 ${until}）。`, '弱电工程售后服务部'];
  const link = english ? 'Answer the survey' : '填写回访问卷';
  const [greeting, body, signature] = lines as [string, string, string];
  const subject = english ? `[${ticket.number}] How did we do?` : `【${ticket.number}】服务满意度回访`;
  return {
    subject,
    text: [greeting, body, `${link}: ${surveyUrl}`, signature].join('\n\n'),
    html: htmlDocument(english ? 'en' : 'zh-CN', subject, [escapeHtml(greeting), escapeHtml(body), `<a href="${escapeHtml(surveyUrl)}">${link}</a>`, escapeHtml(signature)]),
    reference: `survey:${ticket.id}`,
  };
}

export function investigationOutcomeMail(ticket: Ticket, message: string): Mail {
  const english = ticket.locale === 'en';
  const subject = english ? `[${ticket.number}] What we found and what we changed` : `【${ticket.number}】问题调查结果与整改措施`;
  const lines = english
    ? [`Dear ${ticket.customer.name},`, message, 'Thank you for telling us. ELV After-Sales Service']
    : [`尊敬的${ticket.customer.name}：`, message, '感谢您的反馈。弱电工程售后服务部'];
  return plainLetter(english ? 'en' : 'zh-CN', subject, lines, `outcome:${ticket.id}`);
}
