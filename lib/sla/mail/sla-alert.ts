/** Internal SLA alerts (zh-CN, staff language): a warning to the responsible group, a breach to the manager. */
import { generationOf, timerAlertKey, type AlarmLevel, type SlaTimer } from '../domain/sla-timer.ts';
import type { Ticket } from '../../tickets/index.ts';
import { formatInstant, plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';

const TIMER_NAMES: Record<string, string> = {
  first_contact: '首次联系客户',
  visit_agreement: '约定上门时间',
  on_site: '到达现场',
  simple_repair: '简单故障现场修复',
  agreed_completion: '约定完成时间',
  follow_up: '完工回访',
};

export function slaAlertMail(ticket: Ticket, timer: SlaTimer, level: AlarmLevel): Omit<OutgoingMail, 'to'> {
  const generation = generationOf(timer);
  const what = `${TIMER_NAMES[timer.kind] ?? timer.kind}${generation > 1 ? `（第 ${generation} 次约定）` : ''}`;
  const due = formatInstant(timer.dueAt, 'zh-CN');
  const standard = timer.standardId ? `（${timer.standardId}）` : '';
  const subject =
    level === 'warning'
      ? `【SLA 预警】${ticket.number} ${what}将于 ${due} 到期`
      : `【SLA 超时】${ticket.number} ${what}已于 ${due} 超时`;
  const lines = [
    level === 'warning'
      ? `工单 ${ticket.number} 的“${what}”${standard}已用去 ${timer.warnAtPercent}% 的时限，将于 ${due}（北京时间）到期，请尽快处理。`
      : `工单 ${ticket.number} 的“${what}”${standard}已于 ${due}（北京时间）超时，超时已记入工单时间线。`,
    `客户：${ticket.customer.organisation ?? ticket.customer.name}；系统：${ticket.device.system}；紧急程度：${ticket.urgency === 'urgent' ? '紧急' : '一般'}`,
    `故障描述：${ticket.symptom.slice(0, 200)}`,
  ];
  return plainLetter('zh-CN', subject, lines, timerAlertKey(timer, level));
}
