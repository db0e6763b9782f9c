/**
 * The repair report (FLOW-3): job facts, times, parts with serials, test result, usage notes and the
 * customer's signature, as an HTML document (attached, printable) plus a short email around it.
 */
import type { Job } from '../domain/job.ts';
import type { StaffMember } from '../../staff/index.ts';
import type { Ticket } from '../../tickets/index.ts';
import { escapeHtml, formatInstant, plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import { labelOf } from '../../platform/labels.ts';

/** Who a copy of the report is addressed to: the customer, or customer service (who follow up). */
export type ReportAudience = 'customer' | 'customer_service';

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;

export function repairReportDocument(ticket: Ticket, job: Job, technician: StaffMember, signaturePng: Buffer): string {
  const row = (label: string, value: string) => `<tr><th style="text-align:left;padding:4px 12px 4px 0">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
  const parts = job.partsUsed.length
    ? `<table border="1" cellspacing="0" cellpadding="4"><tr><th>备件</th><th>数量</th><th>单价</th><th>新件序列号</th><th>旧件序列号</th></tr>${job.partsUsed
        .map((p) => `<tr><td>${escapeHtml(`${p.name} (${p.sku})`)}</td><td>${p.quantity}</td><td>${yuan(p.unitPriceFen)}</td><td>${escapeHtml(p.installedSerial ?? '')}</td><td>${escapeHtml(p.removedSerial ?? '')}</td></tr>`)
        .join('')}</table>`
    : '<p>未更换备件</p>';
  return [
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>维修报告 ${escapeHtml(ticket.number)}</title></head><body style="font-family:'PingFang SC','Microsoft YaHei',sans-serif">`,
    `<h1>维修报告</h1><table>`,
    row('工单号', ticket.number),
    row('客户', ticket.customer.organisation ? `${ticket.customer.organisation}（${ticket.customer.name}）` : ticket.customer.name),
    row('地址', ticket.site.address),
    row('设备', [labelOf('system', ticket.device.system, 'zh-CN'), ticket.device.model, `序列号 ${ticket.device.serial ?? '—'}`].filter(Boolean).join(' ')),
    row('故障现象', ticket.symptom),
    row('技术员', technician.name),
    row('到场时间', job.checkIn ? formatInstant(job.checkIn.at, 'zh-CN') : '—'),
    row('完成时间', job.completedAt ? formatInstant(job.completedAt, 'zh-CN') : '—'),
    row('现场诊断', job.diagnosis ?? ''),
    row('维修内容', job.workDone ?? ''),
    row('测试结果', job.testResult ?? ''),
    row('使用注意事项', job.usageNotes ?? ''),
    `</table><h2>更换备件</h2>${parts}`,
    `<h2>客户签字</h2><p>${escapeHtml(job.signOff?.signerName ?? '')}，${job.signOff ? escapeHtml(formatInstant(job.signOff.signedAt, 'zh-CN')) : ''}</p>`,
    `<img alt="客户签名" src="data:image/png;base64,${signaturePng.toString('base64')}" style="max-width:320px;border:1px solid #ccc">`,
    ticket.rework ? `<p>本次为保修期内返修（原工单 ${escapeHtml(ticket.rework.ofTicketNumber)}），免收人工及备件费用。</p>` : '',
    '</body></html>',
  ].join('\n');
}

/**
 * The report's email: to the customer in their language; customer service's copy (zh-CN, the staff
 * language) is addressed to customer service, with what they need to follow up.
 */
export function repairReportMail(ticket: Ticket, job: Job, technician: StaffMember, signaturePng: Buffer, audience: ReportAudience = 'customer'): Omit<OutgoingMail, 'to'> {
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
    attachments: [{ filename: `维修报告-${ticket.number}.html`, content: repairReportDocument(ticket, job, technician, signaturePng), contentType: 'text/html; charset=utf-8' }],
  };
}
