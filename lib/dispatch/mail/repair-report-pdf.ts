/**
 * The repair report (维修服务报告, FLOW-3) as the printable PDF: ticket, customer, site, device, fault,
 * what was found and done, parts with their serials, the test result, usage notes, arrival and
 * completion in Asia/Shanghai, the technician and the customer's signature (the PNG kept beside the job).
 * Attached to the report emails and served to staff and to the customer's status link.
 */
import type { Job } from '../domain/job.ts';
import type { StaffMember } from '../../staff/index.ts';
import type { Ticket } from '../../tickets/index.ts';
import { formatInstant } from '../../platform/mail/html.ts';
import { PdfDocumentBuilder } from '../../platform/pdf/document.ts';
import { labelOf } from '../../platform/labels.ts';

const yuan = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
const at = (iso: string | undefined) => (iso ? `${formatInstant(iso, 'zh-CN')}（北京时间）` : '—');

export const repairReportFilename = (ticket: Pick<Ticket, 'number'>) => `维修服务报告-${ticket.number}.pdf`;

export async function repairReportPdf(ticket: Ticket, job: Job, technician: Pick<StaffMember, 'name'>, signaturePng: Uint8Array | undefined, madeAt: Date): Promise<Uint8Array> {
  const pdf = await PdfDocumentBuilder.create({ title: '维修服务报告', reference: ticket.number, author: '弱电工程售后服务部', createdAt: madeAt, language: 'zh-CN' });
  pdf.title('维修服务报告', `弱电工程售后服务部    工单号 ${ticket.number}`);
  pdf.heading('客户与设备').fields([
    ['工单号', ticket.number],
    ['客户', [ticket.customer.organisation, ticket.customer.name].filter(Boolean).join(' ')],
    ['现场', [ticket.site.name, ticket.site.address].filter(Boolean).join('，')],
    ['设备', [labelOf('system', ticket.device.system, 'zh-CN'), ticket.device.model, ticket.device.serial ? `序列号 ${ticket.device.serial}` : undefined].filter(Boolean).join('  ')],
    ['安装位置', ticket.device.location ?? '—'],
    ['故障现象', ticket.symptom],
  ]);
  pdf.heading('维修过程').fields([
    ['技术员', technician.name],
    ['到场时间', at(job.checkIn?.at)],
    ['完成时间', at(job.completedAt ?? job.signOff?.signedAt)],
    ['现场诊断', job.diagnosis ?? '—'],
    ['维修内容', job.workDone ?? '—'],
    ['测试结果', job.testResult ?? '—'],
    ['使用注意事项', job.usageNotes ?? '—'],
  ]);
  pdf.heading('更换备件');
  if (job.partsUsed.length) {
    pdf.table(
      [
        { header: '备件', width: 0.34 },
        { header: '数量', width: 0.08, align: 'right' },
        { header: '单价', width: 0.14, align: 'right' },
        { header: '新件序列号', width: 0.22 },
        { header: '旧件序列号', width: 0.22 },
      ],
      job.partsUsed.map((p) => [`${p.name}（${p.sku}）`, String(p.quantity), yuan(p.unitPriceFen), p.installedSerial ?? '—', p.removedSerial ?? '—']),
    );
  } else pdf.paragraph('未更换备件');
  if (ticket.rework) pdf.space(4).paragraph(`本次为保修期内返修（原工单 ${ticket.rework.ofTicketNumber}）。`);
  pdf.heading('客户确认');
  pdf.paragraph('以上维修内容、测试结果及使用注意事项已向客户说明，客户签字确认。');
  pdf.fields([
    ['签字人', job.signOff?.signerName ?? '—'],
    ['签字时间', at(job.signOff?.signedAt)],
  ]);
  if (signaturePng) await pdf.png(signaturePng, 220, 90, '客户签名');
  return pdf.save();
}
