/** Timers as staff see them: due at, remaining working time in the timer's clock, state, history. */
import { remainingMinutes, type SlaTimer } from '../domain/sla-timer.ts';
import type { SlaClock } from './clock.ts';
import { isProvisionalYear } from './calendar-reminder.ts';
import { localDate } from '../../platform/local-date.ts';

export interface StaffTimerView extends SlaTimer {
  /** Working minutes left in the timer's clock (negative: overdue); absent once stopped. */
  remainingMinutes?: number;
  /** The deadline was computed on provisional holidays (its year's arrangement not loaded yet). */
  provisional?: true;
}

export async function staffTimerViews(sla: SlaClock, timers: SlaTimer[], now: Date): Promise<StaffTimerView[]> {
  return Promise.all(
    timers.map(async (timer) => {
      if (timer.state !== 'running' && timer.state !== 'paused') return timer;
      const calendar = await sla.calendar(timer.calendarId);
      const dueYear = Number(localDate(new Date(timer.dueAt)).slice(0, 4));
      const provisional = timer.clock === 'business' && isProvisionalYear(calendar, dueYear);
      return { ...timer, remainingMinutes: remainingMinutes(timer, calendar, now), ...(provisional ? { provisional: true as const } : {}) };
    }),
  );
}
