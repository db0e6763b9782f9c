/**
 * Emails between the groups and to the customer around a visit: hand-off to technical support, to
 * dispatch, the technician's job sheet, the customer's visit confirmation (zh-CN or en).
 */
import type { Job } from '../domain/job.ts';
import type { StaffMember } from '../../staff/index.ts';
import type { Ticket } from '../../tickets/index.ts';
import { formatInstant, plainLetter } from '../../platform/mail/html.ts';
import { labelOf, locationLabel } from '../../platform/labels.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';

type Mail = Omit<OutgoingMail, 'to'>;

const mail = plainLetter;

const window = (job: Job, locale: string) => `${formatInstant(job.window.from, locale)} – ${formatInstant(job.window.to, locale)}`;

/** Catalogue names of the parts a letter lists, by SKU (a SKU without one is listed by its number). */
export type PartNames = Readonly<Record<string, string>>;

const partText = (names: PartNames, sku: string, quantity: number) => `${names[sku] ? `${names[sku]}（${sku}）` : `备件编号 ${sku}`} × ${quantity}`;

/** The device in words: its system's label, then model and serial where known (no empty gaps). */
function deviceText(ticket: Ticket): string {
  const { system, model, serial } = ticket.device;
  return [labelOf('system', system, 'zh-CN'), model, serial ? `序列号 ${serial}` : undefined].filter(Boolean).join(' ');
}

export function toAssessmentMail(ticket: Ticket): Mail {
  return mail(
    'zh-CN',
    `【待技术评估】${ticket.number} ${labelOf('system', ticket.device.system, 'zh-CN')}${ticket.urgency === 'urgent' ? `（${labelOf('urgency', 'urgent', 'zh-CN')}）` : ''}`,
    [
      `工单 ${ticket.number} 经客服初判为复杂故障，请技术支持组评估维修方案。`,
      `设备：${deviceText(ticket)}，位置：${ticket.device.location ?? '未填'}`,
      `故障现象：${ticket.symptom}`,
      `客服备注：${ticket.triage?.notes || '无'}`,
    ],
    `handoff:assessment:${ticket.id}`,
  );
}

export function toDispatchMail(ticket: Ticket, partNames: PartNames = {}): Mail {
  const a = ticket.assessment!;
  return mail(
    'zh-CN',
    `【待派工】${ticket.number} 需上门维修`,
    [
      `工单 ${ticket.number} 已完成技术评估，需要安排技术员上门。`,
      `维修方案：${a.repairPlan}`,
      `所需技能：${labelOf('skill', a.skillRequired, 'zh-CN')}；预计用时：${a.estimatedMinutes} 分钟；登高作业：${a.requiresWorkAtHeight ? '是' : '否'}；电工作业：${a.requiresElectrician ? '是' : '否'}`,
      `所需备件：${a.partsNeeded.map((p) => partText(partNames, p.sku, p.quantity)).join('，') || '无'}`,
    ],
    `handoff:dispatch:${ticket.id}`,
  );
}

export function jobSheetMail(ticket: Ticket, job: Job, technician: StaffMember, partNames: PartNames = {}): Mail {
  const a = ticket.assessment!;
  return mail(
    'zh-CN',
    `【派工单】${ticket.number} ${window(job, 'zh-CN')}`,
    [
      `${technician.name}，您好：您被派往以下现场。`,
      `上门时间：${window(job, 'zh-CN')}（北京时间）`,
      `地址：${ticket.site.address}${ticket.site.name ? `（${ticket.site.name}）` : ''}`,
      `现场联系人：${ticket.site.contactName ?? ticket.customer.name}，电话 ${ticket.site.contactPhone ?? ticket.customer.phone}`,
      `设备：${deviceText(ticket)}，位置：${ticket.device.location ?? '未填'}`,
      `故障现象：${ticket.symptom}`,
      `维修方案：${a.repairPlan}`,
      `技术措施：${a.technicalMeasures}`,
      `携带工具：${[...new Set([...(a.toolKinds ?? []).map((kind) => labelOf('tool', kind, 'zh-CN')), ...a.toolsNeeded])].join('、') || '常规工具'}`,
      `携带备件：${job.partsToTake.map((p) => `${partText(partNames, p.sku, p.quantity)}（${p.location === 'warehouse' ? `${locationLabel(p.location, 'zh-CN')}领取` : '车载库存'}）`).join('，') || '无'}`,
      '出发前请完成工具与设备安全检查，检查通过后才能开工。',
    ],
    `handoff:job:${job.jobId}`,
  );
}

export function visitConfirmationMail(ticket: Ticket, job: Job, technician: StaffMember, rescheduled: boolean): Mail {
  if (ticket.locale === 'en') {
    return mail(
      'en',
      `[${ticket.number}] ${rescheduled ? 'New visit time' : 'Visit confirmed'}: ${window(job, 'en')}`,
      [
        `Dear ${ticket.customer.name},`,
        `${rescheduled ? 'Your visit has been moved. ' : ''}Our technician ${technician.name} will visit ${ticket.site.address} on ${window(job, 'en')} (China Standard Time).`,
        `Ticket ${ticket.number}: ${ticket.symptom}`,
        'ELV After-Sales Service',
      ],
      `visit:${job.jobId}`,
    );
  }
  return mail(
    'zh-CN',
    `【${ticket.number}】${rescheduled ? '上门时间已变更' : '上门时间确认'}：${window(job, 'zh-CN')}`,
    [
      `尊敬的${ticket.customer.name}：`,
      `${rescheduled ? '您的上门时间已调整。' : ''}我们的技术员${technician.name}将于 ${window(job, 'zh-CN')}（北京时间）到达${ticket.site.address}。`,
      `工单 ${ticket.number}：${ticket.symptom}`,
      '弱电工程售后服务部',
    ],
    `visit:${job.jobId}`,
  );
}
