/** Internal SLA alerts (zh-CN, staff language): a warning to the responsible group, a breach to the manager. */
import { generationOf, timerAlertKey, type AlarmLevel, type SlaTimer } from '../domain/sla-timer.ts';
import type { Ticket } from '../../tickets/index.ts';
import { formatInstant, plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import { labelOf } from '../../platform/labels.ts';

export function slaAlertMail(ticket: Ticket, timer: SlaTimer, level: AlarmLevel): Omit<OutgoingMail, 'to'> {
  const generation = generationOf(timer);
  const what = `${labelOf('timerKind', timer.kind, 'zh-CN')}${generation > 1 ? `（第 ${generation} 次约定）` : ''}`;
  const due = formatInstant(timer.dueAt, 'zh-CN');
  const standard = timer.standardId ? `（服务标准 ${timer.standardId}）` : '';
  const subject =
    level === 'warning'
      ? `【SLA 预警】${ticket.number} ${what}将于 ${due} 到期`
      : `【SLA 超时】${ticket.number} ${what}已于 ${due} 超时`;
  const lines = [
    level === 'warning'
      ? `工单 ${ticket.number} 的“${what}”${standard}已用去 ${timer.warnAtPercent}% 的时限，将于 ${due}（北京时间）到期，请尽快处理。`
      : `工单 ${ticket.number} 的“${what}”${standard}已于 ${due}（北京时间）超时，超时已记入工单时间线。`,
    `客户：${ticket.customer.organisation ?? ticket.customer.name}；系统：${labelOf('system', ticket.device.system, 'zh-CN')}；紧急程度：${labelOf('urgency', ticket.urgency, 'zh-CN')}`,
    `故障描述：${ticket.symptom.slice(0, 200)}`,
  ];
  return plainLetter('zh-CN', subject, lines, timerAlertKey(timer, level));
}
