/**
 * Deadlines in a year whose holiday arrangement the State Council has not announced yet run on the
 * provisional days of the holiday law (lib/calendar/cn-provisional.ts). A business calendar counts a
 * year as announced once it holds that year's make-up workdays (调休): every announced arrangement
 * has them, the law alone never does. In November and December the manager is reminded by email,
 * once per year, until next year's arrangement is loaded through the calendar API.
 */
import { CN_LAST_ANNOUNCED_YEAR, type WorkCalendar } from '../../calendar/index.ts';
import { plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import { localDate } from '../../platform/local-date.ts';
import type { Dependencies } from '../../dependencies.ts';

export function isProvisionalYear(calendar: WorkCalendar, year: number): boolean {
  return year > CN_LAST_ANNOUNCED_YEAR && !(calendar.workdays ?? []).some((date) => date.startsWith(`${year}-`));
}

export type SendReminderOnce = (key: string, mail: OutgoingMail) => Promise<unknown>;

/**
 * The breach watch runs every minute: once this process has sent (or found sent) a year's reminder,
 * it neither reads the calendar nor touches the send-once record for it again.
 */
const remindedYears = new Set<number>();

/** Sends the reminder for next year when it is due; returns the year reminded of (now or earlier), if any. */
export async function remindProvisionalCalendar(deps: Pick<Dependencies, 'sla' | 'settings'>, send: SendReminderOnce, now: Date): Promise<number | undefined> {
  const [year, month] = localDate(now).split('-').map(Number) as [number, number];
  if (month < 11) return undefined;
  if (remindedYears.has(year + 1)) return year + 1;
  const standards = await deps.sla.standards();
  const calendar = await deps.sla.calendar(standards.businessCalendarId).catch(() => undefined);
  if (!calendar || !isProvisionalYear(calendar, year + 1)) return undefined;
  const name = (await deps.settings.getCalendar(standards.businessCalendarId))?.name ?? standards.businessCalendarId;
  const lines = [
    `业务日历“${name}”尚未载入 ${year + 1} 年国务院办公厅公布的节假日安排。`,
    `在载入之前，${year + 1} 年的时限按《全国年节及纪念日放假办法》推算的暂定假日计算（不含调休上班日），员工端会标注这些时限为“暂定”。`,
    '公布后请在员工端“日历”页面更新该日历（含调休上班日），系统会自动重算未到期的时限。',
  ];
  await send(`calendar-reminder:${year + 1}`, { to: [standards.groupEmails.manager], ...plainLetter('zh-CN', `【请更新日历】${year + 1} 年节假日安排尚未载入`, lines, `calendar-reminder:${year + 1}`) });
  remindedYears.add(year + 1);
  return year + 1;
}
