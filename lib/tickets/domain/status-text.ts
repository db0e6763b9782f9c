/** What a customer reads about each status: its label (the label catalogue) and the next step, in both locales. */
import { labelOf } from '../../platform/labels.ts';
import type { Locale, TicketStatus } from './ticket.ts';

const NEXT_STEPS: Record<TicketStatus, Record<Locale, string>> = {
  received: { 'zh-CN': '客服将尽快与您联系，确认故障情况。', en: 'Customer service will contact you shortly to confirm the fault.' },
  triaged: { 'zh-CN': '客服已记录初步判断，正在安排处理。', en: 'Customer service has recorded a first judgement and is arranging the next step.' },
  remote_resolution: { 'zh-CN': '客服将远程指导您排除故障。', en: 'Customer service will guide you through the fix remotely.' },
  in_assessment: { 'zh-CN': '技术支持组正在评估维修方案。', en: 'Technical support is assessing the repair plan.' },
  awaiting_dispatch: { 'zh-CN': '我们正在安排技术员，并将与您确认上门时间。', en: 'We are assigning a technician and will agree a visit time with you.' },
  scheduled: { 'zh-CN': '技术员将在约定时间上门。', en: 'A technician will visit at the agreed time.' },
  on_site: { 'zh-CN': '技术员正在现场维修。', en: 'The technician is working on site.' },
  completed: { 'zh-CN': '客服将在几个工作日内回访。', en: 'Customer service will follow up within a few working days.' },
  followed_up: { 'zh-CN': '我们将发送费用结算单供您确认。', en: 'We will send you the fee statement to confirm.' },
  settled: { 'zh-CN': '工单即将关闭。', en: 'The ticket will be closed.' },
  closed: { 'zh-CN': '工单已完成，感谢您的支持。', en: 'The ticket is done. Thank you.' },
  cancelled: { 'zh-CN': '工单已取消。', en: 'The ticket was cancelled.' },
};

export const statusLabel = (status: TicketStatus, locale: Locale) => labelOf('ticketStatus', status, locale);
export const nextStep = (status: TicketStatus, locale: Locale) => NEXT_STEPS[status][locale];

const EVENT_LABELS: Record<string, Record<Locale, string>> = {
  received: { 'zh-CN': '报修已受理', en: 'Report received' },
  acknowledged: { 'zh-CN': '已发送受理确认', en: 'Acknowledgement sent' },
};

export function milestoneLabel(type: string, toStatus: TicketStatus | undefined, locale: Locale): string {
  if (type === 'received') return EVENT_LABELS.received![locale];
  if (toStatus) return statusLabel(toStatus, locale);
  return EVENT_LABELS[type]?.[locale] ?? type;
}
